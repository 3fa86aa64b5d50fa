"""Widget tests run offscreen; helpers to build wire objects and run the Qt/asyncio loop."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

# isort: off
import asyncio
import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
import PySide6  # noqa: F401  (before qasync)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
import qasync

# isort: on
from responder_app.services.server_clock import ServerClock
from responder_app.shell.collector import MainThreadCollector
from responder_app.ui.theme import ACCENT, BACKGROUND, apply_theme, stylesheet, ui_font
from responder_wire.models import (
    ConversationState,
    ConversationSummary,
    MessageOut,
    SenderRole,
)
from tests.app.three_chats import three_chats  # noqa: F401  (a fixture for tests/app)

NOW = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
_positions = itertools.count(1)


@pytest.fixture
def themed_app(qapp: QApplication) -> QApplication:
    # Themed once, and again only when a test changed it: each theming re-styles every
    # live widget, and that had become seconds per test.
    if not _themed(qapp):
        apply_theme(qapp)
    return qapp


def _themed(app: QApplication) -> bool:
    return (app.style().name().lower() == "fusion" and app.styleSheet() == stylesheet()
            and app.font() == ui_font()
            and app.palette().color(QPalette.ColorRole.Window) == BACKGROUND
            and app.palette().color(QPalette.ColorRole.Highlight) == ACCENT)


@pytest.fixture
def clock() -> ServerClock:
    c = ServerClock()
    c.observe(NOW.timestamp() * 1000)
    return c


def summary(
    conversation_id: str = "c-1",
    alias: str = "Mei",
    topic: str = "work stress",
    state: ConversationState = ConversationState.ACTIVE,
) -> ConversationSummary:
    return ConversationSummary(
        id=conversation_id, alias=alias, topic=topic, length_minutes=30, state=state,
        created_at=NOW - timedelta(minutes=3), offered_at=NOW - timedelta(minutes=2),
        ended_at=None, closed_at=None, responder_id=1, price_fen=2500,
    )


def message(
    body: str,
    *,
    conversation_id: str = "c-1",
    sender: SenderRole = SenderRole.CLIENT,
    message_id: str | None = None,
    position: int | None = None,
    at: datetime | None = None,
) -> MessageOut:
    pos = next(_positions) if position is None else position
    return MessageOut(
        id=message_id or f"m-{pos}", conversation_id=conversation_id, position=pos,
        sender=sender, body=body, created_at=at or NOW,
    )


@pytest.fixture
def make_summary() -> Callable[..., ConversationSummary]:
    return summary


@pytest.fixture
def make_message() -> Callable[..., MessageOut]:
    return message


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """Qt's loop as the asyncio loop, as in the real app (which also never quits just
    because its last window closed: the controller decides)."""
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    collector = MainThreadCollector(qapp)  # as main.py: collections on the Qt thread only
    collector.start()
    yield loop
    loop.run_until_complete(asyncio.sleep(0))
    asyncio.set_event_loop(None)
    loop.close()
    collector.stop()
    collector.deleteLater()
