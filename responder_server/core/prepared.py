"""Core statements compiled once and, on SQLite, run straight on the DBAPI cursor.

The send's statements (conversations.put_message, the event INSERT in core/events.py) run
thousands of times a second. Through SQLAlchemy's `Connection.execute` each costs about as
much again as SQLite takes to run it (execution context, result wrapping, events). A
`Prepared` statement is compiled once per dialect; on SQLite its parameters are put in
order and converted with the same bind processors SQLAlchemy would use (so a datetime is
stored exactly as the ORM stores it) and handed to `sqlite3`; a driver error is raised as
SQLAlchemy's own (`IntegrityError`, `OperationalError`), as callers expect. On PostgreSQL
(asyncpg behind `run_sync`) it is the plain `Connection.execute`.

Only statements without expanding parameters (`IN` lists) and without result types that
need processing (the send reads back integers) belong here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.sql.expression import Executable

__all__ = ["Prepared"]

_CURSOR = "responder_sqlite_cursor"  # session.info: the transaction's DBAPI cursor


class _SQLite:
    """One statement compiled for SQLite: its SQL and how to order its parameters."""

    def __init__(self, statement: Any, dialect: Dialect) -> None:
        compiled: Any = statement.compile(dialect=dialect)
        self.sql: str = compiled.string
        if "POSTCOMPILE" in self.sql:
            raise ValueError("a Prepared statement cannot have expanding parameters")
        binds = compiled.binds
        self._names: list[str] = list(compiled.positiontup or ())
        self._defaults = {name: bind.value for name, bind in binds.items()}
        self._processors: list[Callable[[Any], Any] | None] = [
            binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in self._names]

    def arguments(self, params: Mapping[str, Any]) -> tuple[Any, ...]:
        defaults = self._defaults
        values = [params[name] if name in params else defaults[name] for name in self._names]
        return tuple(value if process is None or value is None else process(value)
                     for value, process in zip(values, self._processors, strict=True))


class Prepared:
    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._sqlite: _SQLite | None = None

    def rows(self, session: Session, params: Mapping[str, Any]) -> Sequence[Any]:
        """Runs it once; the rows it returns (tuples), if any."""
        cursor = self._cursor(session)
        if cursor is None:
            result = session.connection().execute(self.statement, params)
            return result.all() if result.returns_rows else []
        compiled = self._compiled(session)
        arguments = compiled.arguments(params)
        try:
            cursor.execute(compiled.sql, arguments)
            return cursor.fetchall()
        except sqlite3.Error as error:
            raise DBAPIError.instance(compiled.sql, arguments, error, sqlite3.Error) from error

    def first(self, session: Session, params: Mapping[str, Any]) -> Any | None:
        rows = self.rows(session, params)
        return rows[0] if rows else None

    def scalar(self, session: Session, params: Mapping[str, Any]) -> Any:
        """The one value of the one row it returns."""
        (value,), = self.rows(session, params)
        return value

    def run_many(self, session: Session, many: Sequence[Mapping[str, Any]]) -> None:
        """Runs it once for each set of parameters (an INSERT of several rows)."""
        cursor = self._cursor(session)
        if cursor is None:
            session.connection().execute(self.statement, list(many))
            return
        compiled = self._compiled(session)
        arguments = [compiled.arguments(params) for params in many]
        try:
            cursor.executemany(compiled.sql, arguments)
        except sqlite3.Error as error:
            raise DBAPIError.instance(compiled.sql, arguments, error, sqlite3.Error) from error

    def _compiled(self, session: Session) -> _SQLite:
        if self._sqlite is None:
            self._sqlite = _SQLite(self.statement, session.get_bind().dialect)
        return self._sqlite

    @staticmethod
    def _cursor(session: Session) -> sqlite3.Cursor | None:
        """The `sqlite3` cursor of the session's transaction; None on any other driver
        (asyncpg, and aiosqlite, whose connection is a coroutine API). Taking the
        connection begins the transaction (BEGIN IMMEDIATE for the writer, core/db.py)."""
        cursor = session.info.get(_CURSOR)
        if cursor is None:
            connection = session.connection()
            cursor = False  # remembered: not the sqlite3 driver
            if connection.dialect.driver == "pysqlite":
                cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            session.info[_CURSOR] = cursor
        return cursor if isinstance(cursor, sqlite3.Cursor) else None


@event.listens_for(Session, "after_transaction_end")
def _forget_cursor(session: Session, transaction: SessionTransaction) -> None:
    # The next transaction of this session may run on another pooled connection.
    if transaction.parent is None:
        session.info.pop(_CURSOR, None)
