"""Clients pick their own aliases, so the inbox may hold two "Minh" and three "Sam" — three
Sams all about work look identical by topic too. Only while aliases collide, each such chat
gets a short tag of its own ("Sam · 3f2a", from the chat's id, the same for as long as it
is open) in its list row, its spoken label, its tooltip and its chat header; an alias
nobody shares stays as it is, and the tag goes when the namesake leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from responder_app.services.server_clock import ServerClock
from responder_app.ui.conversation_list import ListRole
from responder_app.ui.main_window import MainWindow
from responder_app.ui.tab_label import namesake_tags
from tests.app.conftest import summary


@pytest.fixture
def window(qtbot: QtBot, clock: ServerClock) -> MainWindow:
    w = MainWindow(clock)
    qtbot.addWidget(w)
    w.close_handler = None
    return w


def _alias(window: MainWindow, cid: str) -> str:
    return str(window.conversations.index_of(cid).data(ListRole.ALIAS))


def test_three_sams_about_work_are_told_apart_and_a_lone_alias_is_left_alone(
        window: MainWindow) -> None:
    for cid in ("s1", "s2", "s3"):
        window.open_conversation(summary(cid, "Sam", topic="work"))
    window.open_conversation(summary("m1", "Minh", topic="work"))
    shown = [_alias(window, cid) for cid in ("s1", "s2", "s3")]
    assert len(set(shown)) == 3, shown  # three different lines, not three "Sam"
    tags = namesake_tags(["s1", "s2", "s3"])
    assert shown == [f"Sam · {tags[cid]}" for cid in ("s1", "s2", "s3")]
    assert all(len(tag) == 4 for tag in tags.values())
    assert _alias(window, "m1") == "Minh"  # nobody else is Minh: no tag
    tab = window.chat_tab("s2")
    assert tab is not None and tab.ui.aliasLabel.text() == f"Sam · {tags['s2']}"
    assert window.tab_text("s2").startswith(f"Sam · {tags['s2']}")  # the spoken label
    tooltip = window.conversations.index_of("s2").data(Qt.ItemDataRole.ToolTipRole)
    assert str(tooltip).startswith(f"Sam · {tags['s2']}")

    window.close_conversation("s1")
    window.close_conversation("s3")
    assert _alias(window, "s2") == "Sam"  # the last Sam needs no tag
    assert tab.ui.aliasLabel.text() == "Sam"


def test_tags_stay_distinct_even_when_four_characters_collide() -> None:
    ids = [f"c-{i}" for i in range(3000)]  # enough for some four-character prefixes to meet
    tags = namesake_tags(ids)
    assert len(set(tags.values())) == len(ids)
    assert namesake_tags(["a", "b"]) == namesake_tags(["b", "a"])  # stable, whatever order
