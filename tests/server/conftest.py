"""The server suite runs every backend test on SQLite and on PostgreSQL (`database_url` and
the throwaway cluster are in tests/conftest.py, shared with the end-to-end and web suites;
the two-instance and nginx tests are in tests/scale/)."""

from __future__ import annotations

import pytest

from tests.support.backend import Backend


@pytest.fixture
def backend(backend_on_each_database: Backend) -> Backend:
    """The real backend on a free loopback port, with a fresh database of each kind."""
    return backend_on_each_database

