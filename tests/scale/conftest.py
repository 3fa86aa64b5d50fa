"""Scale tests: two real instances on one PostgreSQL database (the races, delivery across
instances, event positions), nginx in front of both with one killed mid-run (the census),
and a fuzz of the OpenAPI document. They take longer than the rest, so they carry the
`slow` marker (`-m "not slow"` leaves them out of a quick local run); CI runs them all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.backend import Backend
from tests.support.instances import start_pair
from tests.support.postgres import PostgresCluster


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.slow)


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
