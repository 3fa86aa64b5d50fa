"""Reading a backend's database directly, as an operator would with psql or sqlite3, on
either database (the URL as the operator typed it)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from responder_server.core.config import normalise_database_url
from tests.support.factories import run_blocking


def is_postgres(database_url: str) -> bool:
    return database_url.startswith(("postgresql", "postgres:"))


def query(database_url: str, sql: str, params: dict[str, Any] | None = None
          ) -> list[tuple[Any, ...]]:
    """The rows of one statement (`:name` parameters), committed. Callable from a running
    event loop too (the app's qasync loop in e2e tests): it then runs on a thread of its
    own and blocks the caller for that one short statement."""

    async def run() -> list[tuple[Any, ...]]:
        engine = create_async_engine(normalise_database_url(database_url))
        try:
            async with engine.begin() as conn:
                result = await conn.execute(text(sql), params or {})
                return [tuple(row) for row in result.all()] if result.returns_rows else []
        finally:
            await engine.dispose()

    return run_blocking(run)
