"""Client text is shown literally: never interpreted as HTML or Qt rich text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from responder_app.services.server_clock import ServerClock
from responder_app.ui.bubble_delegate import layout_plain_text
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.main_window import MainWindow
from responder_app.ui.timeline_model import Role
from responder_wire.models import MessagePage

from .conftest import message, summary

HOSTILE = ["<b>x</b>", "<img src=x onerror=alert(1)>", "<a href='http://evil'>click</a>",
           "&lt;i&gt; &amp; <!-- -->"]


@pytest.mark.parametrize("body", HOSTILE)
def test_timeline_exposes_the_raw_string(qtbot: QtBot, clock: ServerClock, body: str) -> None:
    tab = ChatTab(summary(), clock)
    qtbot.addWidget(tab)
    tab.prepend_history(MessagePage(messages=[message(body)], has_more=False))
    index = tab.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == body
    assert index.data(Role.BODY) == body


@pytest.mark.parametrize("body", HOSTILE)
def test_bubble_lays_out_every_character_of_the_markup(qapp: object, body: str) -> None:
    font = qapp.font()  # type: ignore[attr-defined]
    layout, width, _ = layout_plain_text(body, font, 10_000)
    assert layout.text() == body  # nothing stripped or parsed
    # As wide as the literal string: "<b>x</b>" is not drawn as a bold "x".
    assert width == pytest.approx(QFontMetricsF(font).horizontalAdvance(body), abs=1.0)
    assert width > QFontMetricsF(font).horizontalAdvance("x") * 3


def test_bubble_size_grows_with_the_literal_markup(qtbot: QtBot, clock: ServerClock) -> None:
    tab = ChatTab(summary(), clock)
    qtbot.addWidget(tab)
    tab.resize(700, 400)
    tab.show()
    tab.prepend_history(MessagePage(messages=[message("x"), message("<b>x</b>")],
                                    has_more=False))
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.rect = tab.ui.timeline.visualRect(tab.model.index(0, 0))
    plain = tab.delegate.bubble_rect(option, tab.model.index(0, 0)).width()
    markup = tab.delegate.bubble_rect(option, tab.model.index(1, 0)).width()
    assert markup > plain + 20


def test_client_alias_and_topic_are_plain_text_everywhere(qtbot: QtBot, clock: ServerClock) -> None:
    window = MainWindow(clock)
    qtbot.addWidget(window)
    alias, topic = "<b>Mei</b>", "<img src=x onerror=alert(1)>"
    tab = window.open_conversation(summary(alias=alias, topic=topic))
    assert tab.ui.aliasLabel.text() == alias
    assert tab.ui.topicLabel.text() == topic
    assert window.tab_text("c-1") == alias
    for label in tab.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_app_code_never_uses_rich_text_apis() -> None:
    root = Path(__file__).resolve().parents[2] / "responder_app"
    offenders = []
    pattern = re.compile(r"setHtml|appendHtml|insertHtml|RichText|QTextBrowser|fromHtml")
    for path in root.rglob("*.py"):
        if path.name.startswith(("ui_", "rc_")):
            continue
        if pattern.search(path.read_text(encoding="utf-8")):
            offenders.append(path.name)
    assert offenders == []
