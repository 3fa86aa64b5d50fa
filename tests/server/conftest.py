"""The server suite runs every backend test on SQLite and on PostgreSQL (a throwaway
cluster the test run starts itself, tests/support/postgres.py; a fresh database per test).
PostgreSQL tests skip, saying why, only where PostgreSQL is not installed
(scripts/install_system_packages.sh installs it, so in CI they run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.backend import Backend, start_backend
from tests.support.postgres import PostgresCluster, start_cluster


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster | str]:
    cluster = start_cluster()
    yield cluster
    if isinstance(cluster, PostgresCluster):
        cluster.stop()


@pytest.fixture
def postgres(postgres_cluster: PostgresCluster | str) -> PostgresCluster:
    if isinstance(postgres_cluster, str):
        pytest.skip(postgres_cluster)
    return postgres_cluster


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database, as an operator would give it to --database-url."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'responder.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    return cluster.create_database()


@pytest.fixture
def backend(tmp_path: Path, database_url: str) -> Iterator[Backend]:
    """The real backend on a free loopback port, with a fresh database of each kind."""
    server = start_backend(tmp_path, "--heartbeat", "0.5", database_url=database_url)
    yield server
    server.stop()
