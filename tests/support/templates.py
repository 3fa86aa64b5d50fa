"""Migrate once, copy per test (as Synapse and Zulip do): each test worker migrates one
template database of each kind, and every test gets a copy of it, a file copy on SQLite
and `CREATE DATABASE ... TEMPLATE` on PostgreSQL (tests/support/postgres.py). The server
still runs its migrations at start-up; on a copy they find nothing to do."""

from __future__ import annotations

import shutil
from pathlib import Path

from responder_server.core.config import normalise_database_url
from responder_server.core.db import Database
from tests.support.factories import run_blocking


def migrate(database_url: str) -> None:
    """Brings a database (as an operator types its URL) to the newest schema, and lets go
    of every connection to it."""

    async def run() -> None:
        database = Database(normalise_database_url(database_url))
        try:
            await database.migrate()
        finally:
            await database.dispose()

    run_blocking(run)


class SqliteTemplate:
    """One migrated SQLite file; `copy_to` gives a test its own copy."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / "template.db"
        migrate(f"sqlite:///{self.path}")
        # The last connection closed checkpointed the WAL into the file and removed it.
        assert not Path(f"{self.path}-wal").exists(), "the template's WAL was not folded in"

    def copy_to(self, path: Path) -> str:
        shutil.copyfile(self.path, path)
        return f"sqlite:///{path}"
