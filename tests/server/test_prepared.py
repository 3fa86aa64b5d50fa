"""Statements run straight on the sqlite3 driver (responder_server/core/prepared.py) store
exactly what SQLAlchemy stores, and fail the way SQLAlchemy fails."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Table, bindparam, create_engine, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from responder_server.core.models import Base, Conversation, Event, Message
from responder_server.core.prepared import Prepared

_EVENTS: Table = Event.__table__  # type: ignore[assignment]
_MESSAGES: Table = Message.__table__  # type: ignore[assignment]
_COLUMNS = ("type", "created_at", "conversation_id", "responder_id", "client_visible",
            "payload")
INSERT_EVENT = Prepared(insert(_EVENTS).values(
    {name: bindparam(name, type_=_EVENTS.c[name].type) for name in _COLUMNS}))


def _event(i: int, at: datetime) -> dict[str, object]:
    return {"type": "message.created", "created_at": at, "conversation_id": f"c{i}",
            "responder_id": i if i % 2 else None, "client_visible": bool(i % 2),
            "payload": "{\"body\": \"我最近考试压力很大\"}"}


def test_rows_written_by_the_driver_read_back_as_the_orm_wrote_them(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'p.db'}")
    Base.metadata.create_all(engine)
    # a time zone east of UTC: both paths must store it converted to UTC
    at = datetime(2026, 12, 1, 20, 5, 6, 789, tzinfo=timezone(timedelta(hours=8)))
    with Session(engine) as session, session.begin():
        INSERT_EVENT.run_many(session, [_event(1, at), _event(2, at)])
    with Session(engine) as session, session.begin():
        session.connection().execute(insert(_EVENTS), [_event(3, at), _event(4, at)])
    with Session(engine) as session:
        rows = session.scalars(select(Event).order_by(Event.seq)).all()
        raw = session.connection().exec_driver_sql(
            "SELECT created_at, client_visible FROM events ORDER BY seq").all()
    assert [r.seq for r in rows] == [1, 2, 3, 4]
    assert {r.created_at for r in rows} == {at.astimezone(UTC)}
    assert [r.client_visible for r in rows] == [True, False, True, False]
    assert [r.responder_id for r in rows] == [1, None, 3, None]
    assert raw[0] == raw[2] and raw[1] == raw[3]  # byte for byte the same stored values


def test_a_driver_error_is_sqlalchemys_error_and_keeps_nothing(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'p.db'}")
    Base.metadata.create_all(engine)
    columns = _MESSAGES.c
    insert_message = Prepared(insert(_MESSAGES).values(
        {name: bindparam(name, type_=columns[name].type)
         for name in ("id", "conversation_id", "sender", "body", "created_at")})
        .returning(columns.position))
    now = datetime.now(UTC)
    with Session(engine) as session, session.begin():
        session.add(Conversation(id="c1", alias="小美", topic="", length_minutes=15,
                                 price_fen=100, state="active", created_at=now))
    mid = str(uuid.uuid4())
    message = {"id": mid, "conversation_id": "c1", "sender": "client", "body": "你好",
               "created_at": now}
    with Session(engine) as session, session.begin():
        assert insert_message.scalar(session, message) == 1
    with pytest.raises(IntegrityError), Session(engine) as session, session.begin():
        insert_message.scalar(session, {**message, "body": "另一条"})  # the same id again
    with Session(engine) as session:
        assert session.scalars(select(Message.body)).all() == ["你好"]
