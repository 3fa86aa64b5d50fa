"""The server suite runs every backend test on SQLite and on PostgreSQL (`database_url` and
the throwaway cluster are in tests/conftest.py, shared with the end-to-end and web suites)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.backend import Backend
from tests.support.instances import start_pair
from tests.support.postgres import PostgresCluster


@pytest.fixture
def backend(backend_on_each_database: Backend) -> Backend:
    """The real backend on a free loopback port, with a fresh database of each kind."""
    return backend_on_each_database


@pytest.fixture
def pair(tmp_path: Path, postgres: PostgresCluster) -> Iterator[tuple[Backend, Backend]]:
    """Instances A and B on one fresh PostgreSQL database."""
    a, b = start_pair(tmp_path, postgres)
    yield a, b
    a.stop()
    b.stop()
