"""Alembic migrations build exactly the schema the models describe, so every schema change
ships as a migration and an operator's database is upgraded in place, never rebuilt; on
SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from responder_server.core.config import normalise_database_url
from responder_server.core.db import Database, alembic_config, include_name
from responder_server.core.models import Base
from tests.support.dbquery import query
from tests.support.templates import migrate


def test_migrations_match_the_models(empty_database_url: str) -> None:
    migrate(empty_database_url)

    def compare(conn: Any) -> list[Any]:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        return list(compare_metadata(context, Base.metadata))

    async def diff() -> list[Any]:
        database = Database(normalise_database_url(empty_database_url))
        try:
            async with database.engine.connect() as conn:
                return await conn.run_sync(compare)
        finally:
            await database.dispose()

    assert asyncio.run(diff()) == []


def test_migrating_twice_keeps_the_data(empty_database_url: str) -> None:
    migrate(empty_database_url)
    query(empty_database_url,
          "INSERT INTO responders (email, display_name, password_hash, availability,"
          " max_concurrent, created_at) VALUES ('a@b.c', 'A', 'x', 'offline', 3,"
          " '2026-01-01 00:00:00+00')")
    migrate(empty_database_url)
    assert query(empty_database_url, "SELECT email FROM responders") == [("a@b.c",)]
    applied = {row[0] for row in query(empty_database_url,
                                       "SELECT version_num FROM alembic_version")}
    assert applied == set(ScriptDirectory.from_config(alembic_config()).get_heads())
