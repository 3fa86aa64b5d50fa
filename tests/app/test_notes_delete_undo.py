"""Destructive actions are never one keystroke away (issue 28): Delete notes asks and
offers Undo; a space typed while the focus sits on Delete notes or Wrap up presses
nothing; the wrap-up note comes only from its own dialog."""

from __future__ import annotations

import warnings

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from responder_app.features.notes.drafts import NoteFields
from responder_app.features.notes.panel import NotesPanel
from responder_app.services.server_clock import ServerClock
from responder_app.ui.chat_tab import ChatTab
from responder_wire.notes import ClientBrief, ClientNotes
from tests.app.conftest import summary

NOTES = NoteFields(text="Her mother is ill; talking helps.", tags=("family",), call_me="Mei")


def _activate(widget: QWidget) -> None:
    """The offscreen platform gives keyboard focus only to the active window."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)


def _panel(qtbot: QtBot) -> NotesPanel:
    panel = NotesPanel("Mei")
    qtbot.addWidget(panel)
    panel.show_brief(ClientBrief(conversation_id="y", client_id="c", returning=False,
                                 notes=ClientNotes(client_id="c"), history=[]))
    panel.set_fields(NOTES)
    panel.show()
    _activate(panel)
    return panel


def test_tab_from_search_then_a_sentence_with_two_spaces_deletes_nothing(
    qapp: QApplication, qtbot: QtBot,
) -> None:
    panel = _panel(qtbot)
    asked: list[NoteFields] = []
    panel.sig_delete_requested.connect(asked.append)
    panel.ui.searchEdit.setFocus()
    QTest.keyClicks(panel.ui.searchEdit, "exam")
    QTest.keyClick(panel.ui.searchEdit, Qt.Key.Key_Tab)
    assert panel.ui.deleteButton.hasFocus()  # where the stray keys land
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClicks(focused, "I see  you")  # a sentence with two spaces
    QTest.keyClick(focused, Qt.Key.Key_Space)
    assert panel.delete_box is None  # nothing asked, nothing deleted
    assert asked == []
    assert panel.fields() == NOTES


def test_delete_asks_and_keep_is_the_focused_answer(qapp: QApplication, qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    asked: list[NoteFields] = []
    panel.sig_delete_requested.connect(asked.append)
    panel.ui.deleteButton.setFocus()
    QTest.keyClick(panel.ui.deleteButton, Qt.Key.Key_Return)  # Enter presses it
    box = panel.delete_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.defaultButton().text() == "Keep notes"
    QTest.keyClick(box, Qt.Key.Key_Return)  # Enter on the question keeps the notes
    assert panel.delete_box is None
    assert asked == []
    panel.ui.deleteButton.click()
    box = panel.delete_box
    assert box is not None
    delete = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    delete.click()
    assert asked == [NOTES]


def test_undo_puts_the_deleted_notes_back_and_the_offer_ends(
    qapp: QApplication, qtbot: QtBot,
) -> None:
    panel = _panel(qtbot)
    restored: list[NoteFields] = []
    panel.sig_undo_delete_requested.connect(restored.append)
    panel.set_fields(NoteFields())  # the feature cleared them after the server's delete
    panel.offer_undo(NOTES)
    assert not panel.ui.undoFrame.isHidden()
    assert panel.undo_timer.isActive()  # offered for a while, not for ever
    panel.ui.undoButton.click()
    assert restored == [NOTES]
    assert panel.fields() == NOTES
    assert panel.ui.undoFrame.isHidden()
    panel.offer_undo(NOTES)
    panel.undo_timer.timeout.emit()  # the window is over
    assert panel.ui.undoFrame.isHidden() and not panel.undo_offered


def test_a_space_on_a_focused_wrap_up_button_does_not_wrap_up(
    qapp: QApplication, qtbot: QtBot, clock: ServerClock,
) -> None:
    tab = ChatTab(summary(), clock)
    qtbot.addWidget(tab)
    tab.show()
    _activate(tab)
    asked: list[str] = []
    tab.sig_wrap_up_requested.connect(asked.append)
    tab.ui.wrapUpButton.setFocus()
    assert tab.ui.wrapUpButton.hasFocus()
    QTest.keyClicks(tab.ui.wrapUpButton, "ok  so how was today")
    assert asked == []
    assert tab.ui.wrapUpButton.text() == "Wrap up"  # not even half-way (the second click)
    QTest.keyClick(tab.ui.wrapUpButton, Qt.Key.Key_Return)
    QTest.keyClick(tab.ui.wrapUpButton, Qt.Key.Key_Return)
    assert asked == [tab.conversation_id]  # Enter, on purpose, still works


def test_a_space_on_the_crisis_card_or_abuse_banner_presses_nothing(
    qapp: QApplication, qtbot: QtBot, clock: ServerClock,
) -> None:
    from responder_app.features.safety.abuse_banner import AbuseBanner
    from responder_app.features.safety.handoff_card import HandoffCard

    tab = ChatTab(summary(), clock)
    qtbot.addWidget(tab)
    card, banner = HandoffCard(tab.conversation_id, tab), AbuseBanner(tab.conversation_id, tab)
    card.show_match("suicide", "自杀", "CN", [], "zh_CN")
    banner.show_count("Mei", 3)
    tab.add_banner(card, first=True)
    tab.add_banner(banner)
    tab.show()
    _activate(tab)
    pressed: list[str] = []
    for signal in (card.sig_share_requested, card.sig_flag_requested, card.sig_dismissed,
                   banner.sig_block_requested, banner.sig_dismissed):
        signal.connect(pressed.append)
    card.ui.detailsButton.click()
    for button in (card.ui.flagButton, card.ui.dismissButton, banner.ui.blockButton,
                   banner.ui.dismissButton):
        button.setFocus()
        QTest.keyClicks(button, "I hear you ")
    assert pressed == []
    assert card.isVisible() and banner.isVisible()
