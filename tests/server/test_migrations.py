"""Alembic migrations build exactly the schema the models describe, so every schema change
ships as a migration and an operator's database is upgraded in place, never rebuilt."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from responder_server.db import Database, alembic_config, include_name
from responder_server.models import Base


def test_migrations_match_the_models(tmp_path: Path) -> None:
    db_path = tmp_path / "fresh.db"
    database = Database(f"sqlite+aiosqlite:///{db_path}")
    asyncio.run(database.migrate())
    asyncio.run(database.dispose())
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_migrating_twice_keeps_the_data(tmp_path: Path) -> None:
    db_path = tmp_path / "kept.db"
    url = f"sqlite+aiosqlite:///{db_path}"
    asyncio.run(Database(url).migrate())
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO responders (email, display_name, password_hash, availability,"
                     " max_concurrent, created_at) VALUES ('a@b.c', 'A', 'x', 'offline', 3,"
                     " '2026-01-01 00:00:00')")
    asyncio.run(Database(url).migrate())
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT email FROM responders").fetchall() == [("a@b.c",)]
        applied = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
    assert applied == set(ScriptDirectory.from_config(alembic_config()).get_heads())
