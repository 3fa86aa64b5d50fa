"""Layout that holds still: the chat/notes divider in the same place in every chat and
remembered, the reply box one stable, remembered height, the notes panel's conflict banner
and offline line whole at a narrow width, the status bar whole at 640×480, and the small
fixes (the "too long" warning, cleared search)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_app.features.notes.panel import NotesPanel
from responder_app.features.notes.sync import SyncState, SyncStatus
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.main_window import MainWindow
from responder_wire.models import MAX_MESSAGE_LENGTH

from .conftest import summary


def _fits(label: QLabel) -> bool:
    """The label's whole text fits the room it has (wrapped if it wraps)."""
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else 0
    room = label.contentsRect()
    needed = QFontMetrics(label.font()).boundingRect(
        QRect(0, 0, room.width(), 10_000), int(flags), label.text())
    return needed.width() <= room.width() and needed.height() <= room.height()


def _settled(widget: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_notes_divider_and_reply_box_are_the_same_in_every_chat_and_remembered(
    qtbot: QtBot, clock: ServerClock, tmp_path: Path, themed_app: QApplication
) -> None:
    settings = AppSettings.in_file(str(tmp_path / "s.ini"))
    window = MainWindow(clock, settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    tabs = [window.open_conversation(summary(f"c-{i}", f"Client {i}")) for i in range(3)]
    for tab in tabs:  # the notes feature gives each chat its panel, shown or not
        tab.set_side_panel(QWidget(), 320)
    _settled(window)

    def positions() -> set[tuple[int, int]]:
        seen = set()
        for tab in tabs:
            window.ui.tabs.setCurrentWidget(tab)
            _settled(window)
            seen.add((tab.ui.notesSplitter.sizes()[1], tab.ui.composerSplitter.sizes()[1]))
        return seen

    first = positions()
    assert len(first) == 1  # one place, whichever chat is shown (was 640, 800 or 977 px)
    notes_w, reply_h = next(iter(first))
    assert notes_w == 320
    assert tabs[0].ui.composer.height() >= tabs[0].ui.composer.fontMetrics().lineSpacing() * 2
    # typing a long reply does not make the box jump
    window.ui.tabs.setCurrentWidget(tabs[0])
    tabs[0].composer.setPlainText("\n".join(["line"] * 12))
    _settled(window)
    assert tabs[0].ui.composerSplitter.sizes()[1] == reply_h

    # the responder drags both dividers in one chat: every chat follows, and it is kept
    notes = tabs[1].ui.notesSplitter
    window.ui.tabs.setCurrentWidget(tabs[1])
    _settled(window)
    notes.moveSplitter(notes.width() - 400, 1)
    tabs[1].ui.composerSplitter.moveSplitter(tabs[1].ui.composerSplitter.height() - 150, 1)
    _settled(window)
    dragged = positions()
    assert len(dragged) == 1
    assert abs(next(iter(dragged))[0] - 400) <= 8  # where the handle was dropped
    assert abs(next(iter(dragged))[1] - 150) <= 8
    assert next(iter(dragged)) != (notes_w, reply_h)
    window.close()

    again = MainWindow(clock, settings)  # the next start
    qtbot.addWidget(again)
    again.resize(1280, 720)
    again.show()
    tab = again.open_conversation(summary("c-9", "Mei"))
    tab.set_side_panel(QWidget(), 320)
    _settled(again)
    assert (tab.ui.notesSplitter.sizes()[1], tab.ui.composerSplitter.sizes()[1]) == next(
        iter(dragged))


def test_the_notes_panel_wraps_its_conflict_banner_and_keeps_its_title(
    qtbot: QtBot, themed_app: QApplication
) -> None:
    panel = NotesPanel("Lisa Nguyen")
    qtbot.addWidget(panel)
    panel.resize(230, 600)  # the narrowest the panel gets
    panel.show()
    panel.set_status(SyncStatus(SyncState.CONFLICT))
    _settled(panel)
    ui = panel.ui
    # the banner's text runs the panel's width, not one word a line
    assert ui.conflictLabel.width() >= panel.width() - 60
    assert _fits(ui.conflictLabel) and _fits(ui.titleLabel)
    assert ui.mergeButton.isVisible()
    title = ui.titleLabel.geometry()
    banner = ui.conflictFrame.geometry()
    assert not title.intersects(banner) and title.bottom() < banner.top()
    panel.set_status(SyncStatus(SyncState.OFFLINE))
    _settled(panel)
    assert ui.statusLabel.text() == "Kept on this PC · saves when the server is back"
    assert _fits(ui.statusLabel)  # whole, wrapped if need be, not "…server is ba"


def test_search_results_go_when_the_box_is_cleared(qtbot: QtBot,
                                                   themed_app: QApplication) -> None:
    panel = NotesPanel("Mei")
    qtbot.addWidget(panel)
    panel.show()
    panel.ui.searchEdit.setText("exam")
    panel.ui.searchEdit.returnPressed.emit()  # the search is asked for, as Enter does
    panel.show_search_results("exam", [])
    assert panel.ui.searchResults.isVisible()
    assert panel.ui.searchResults.count() == 1
    panel.ui.searchEdit.clear()  # the box's own clear button does this
    assert not panel.ui.searchResults.isVisible()
    assert panel.ui.searchResults.count() == 0
    panel.show_search_results("exam", [])  # a late answer to the cleared search
    assert not panel.ui.searchResults.isVisible()


def test_the_too_long_warning_leaves_when_the_text_fits(qtbot: QtBot,
                                                        clock: ServerClock) -> None:
    tab = ChatTab(summary(), clock)
    qtbot.addWidget(tab)
    tab.show()
    tab.composer.setPlainText("x" * (MAX_MESSAGE_LENGTH + 5))
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    assert tab.ui.errorLabel.isVisible() and "too long" in tab.ui.errorLabel.text()
    tab.composer.moveCursor(tab.composer.textCursor().MoveOperation.End)
    for _ in range(4):
        QTest.keyClick(tab.composer, Qt.Key.Key_Backspace)
    assert tab.ui.errorLabel.isVisible()  # still one too many
    QTest.keyClick(tab.composer, Qt.Key.Key_Backspace)
    assert not tab.ui.errorLabel.isVisible()


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path, themed_app: QApplication
        ) -> Iterator[AppController]:
    http = httpx.AsyncClient()
    controller = AppController(http=http, settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    yield controller
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


def test_the_status_bar_is_whole_at_640x480(app: AppController) -> None:
    window = app.window
    window.resize(640, 480)
    window.show()
    _settled(window)
    bar = window.ui.statusbar
    labels = [w for w in bar.findChildren(QLabel) if w.isVisible() and w.text()]
    assert labels
    for label in labels:
        assert _fits(label), label.text()
        corner = label.mapTo(window, QPoint(label.width(), label.height()))
        assert corner.x() <= window.width(), label.text()
