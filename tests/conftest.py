from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import backend as backend_support
from tests.support.backend import Backend, start_backend
from tests.support.postgres import PostgresCluster, start_cluster
from tests.support.templates import SqliteTemplate

# Backends fork from a process that has imported the server once (tests/support/zygote.py).
backend_support.FORK_FROM_ZYGOTE = True

# Widget tests run offscreen unless a test session provides a real display (Xvfb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


def _identity_key() -> None:
    """Every backend a test starts keeps identity data under one throwaway key, as an
    operator's server does under theirs (payout_accounts/crypto.py)."""
    import tempfile

    from responder_server.payout_accounts.crypto import ENV, new_key_file

    if not os.environ.get(ENV):
        path = Path(tempfile.mkdtemp(prefix="responder-identity-")) / "identity.key"
        new_key_file(path)
        os.environ[ENV] = str(path)


_identity_key()



# The longest modules first (the Linux installer's build alone is a minute and a half), so
# the parallel workers do not end with one of them still running while the others idle.
_FIRST = ("installer", "scale", "e2e")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent

    def rank(item: pytest.Item) -> int:
        parts = Path(item.path).relative_to(here).parts
        return _FIRST.index(parts[0]) if parts[0] in _FIRST else len(_FIRST)

    items.sort(key=rank)  # stable: each module's own order is kept


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`database_url`: every test that takes it (the server, end-to-end and web suites)
    runs once on SQLite and once on PostgreSQL."""
    for name in ("database_url", "empty_database_url"):
        if name in metafunc.fixturenames:
            metafunc.parametrize(name, ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplate:
    """One migrated SQLite database per test process; tests get copies."""
    return SqliteTemplate(tmp_path_factory.mktemp("template"))


@pytest.fixture
def backend(tmp_path: Path, sqlite_template: SqliteTemplate) -> Iterator[Backend]:
    """The real backend on a free loopback port, with a fresh SQLite database. The server,
    end-to-end and web suites override this with one on SQLite and one on PostgreSQL."""
    url = sqlite_template.copy_to(tmp_path / "responder.db")
    server = start_backend(tmp_path, "--heartbeat", "0.5", database_url=url)
    yield server
    server.stop()


# -- PostgreSQL: one throwaway cluster per test run (tests/support/postgres.py) --

@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster | str]:
    cluster = start_cluster()
    yield cluster
    if isinstance(cluster, PostgresCluster):
        cluster.stop()


@pytest.fixture
def postgres(postgres_cluster: PostgresCluster | str) -> PostgresCluster:
    """PostgreSQL tests skip, saying why, only where PostgreSQL is not installed
    (scripts/install_system_packages.sh installs it, so in CI they run)."""
    if isinstance(postgres_cluster, str):
        pytest.skip(postgres_cluster)
    return postgres_cluster


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database of each kind with the schema in place, as an operator would give
    it to --database-url: a copy of the run's migrated template (tests/support/templates.py),
    a new one per test. `empty_database_url` is one with nothing in it."""
    if request.param == "sqlite":
        template: SqliteTemplate = request.getfixturevalue("sqlite_template")
        return template.copy_to(tmp_path / "responder.db")
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    return cluster.create_migrated_database()


@pytest.fixture
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of each kind (no schema yet), for the migration tests."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'responder.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    return cluster.create_database()


@pytest.fixture
def backend_on_each_database(tmp_path: Path, database_url: str) -> Iterator[Backend]:
    """The real backend on a free loopback port, once on SQLite and once on PostgreSQL."""
    server = start_backend(tmp_path, "--heartbeat", "0.5", database_url=database_url)
    yield server
    server.stop()
