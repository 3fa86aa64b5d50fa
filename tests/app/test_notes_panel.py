"""The notes panel, merge suggestion and wrap-up dialog as widgets (offscreen)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from responder_app.features.notes.drafts import NoteFields
from responder_app.features.notes.panel import NotesPanel
from responder_app.features.notes.sync import SyncState, SyncStatus, parse_tags, suggest_merge
from responder_app.features.notes.wrap_up_dialog import WrapUpDialog
from responder_wire.notes import ClientBrief, ClientNotes, PastSession
from responder_wire.search import SearchHit, SearchHitKind


def test_tags_split_on_western_and_chinese_separators() -> None:
    assert parse_tags("exam stress，异地恋、 Exam stress; prefers Mandarin, ") == (
        "exam stress", "异地恋", "prefers Mandarin")


def test_the_merge_suggestion_drops_nothing_from_either_version() -> None:
    mine = NoteFields(text="line one\nmy addition", tags=("a",), call_me="Mei", avoid="")
    theirs = NoteFields(text="line one\ntheir addition", tags=("b", "A"), call_me="Meimei",
                        avoid="father")
    merged = suggest_merge(mine, theirs)
    assert merged.text == "line one\ntheir addition\nmy addition"
    assert merged.tags == ("b", "A")
    assert merged.call_me == "Meimei / Mei"
    assert merged.avoid == "father"


def test_the_panel_shows_a_returning_client_as_plain_text_and_reports_edits(
    qapp: QApplication,
) -> None:
    panel = NotesPanel("<b>Mei</b>")
    edits: list[NoteFields] = []
    panel.sig_edited.connect(edits.append)
    notes = ClientNotes(client_id="c", text="<i>story</i>", tags=["exam stress"], version=3)
    past = PastSession(conversation_id="x", started_at=datetime(2026, 5, 1, tzinfo=UTC),
                       topic="<script>", length_minutes=30, earned_fen=1500,
                       wrap_up_note="ok")
    panel.show_brief(ClientBrief(conversation_id="y", client_id="c", returning=True,
                                 notes=notes, history=[past]))
    panel.set_fields(NoteFields(text=notes.text, tags=tuple(notes.tags)))
    assert edits == []  # showing notes is not an edit
    assert panel.ui.titleLabel.textFormat() == Qt.TextFormat.PlainText
    assert panel.ui.titleLabel.text() == "Notes on \u2068<b>Mei</b>\u2069"
    assert "<script> · 30 min · ¥15.00" in panel.ui.historyList.item(0).text()
    panel.ui.notesEdit.appendPlainText("more")
    assert edits[-1].text == "<i>story</i>\nmore"
    panel.set_status(SyncStatus(SyncState.CONFLICT))
    assert not panel.ui.conflictFrame.isHidden()
    panel.set_status(SyncStatus(SyncState.FAILED, "A tag can be at most 40 characters."))
    assert panel.ui.errorLabel.text() == "A tag can be at most 40 characters."


def test_a_past_session_nobody_answered_shows_as_refunded_not_as_money(
    qapp: QApplication,
) -> None:
    panel = NotesPanel("Mei")
    answered = PastSession(conversation_id="a", started_at=datetime(2026, 5, 2, tzinfo=UTC),
                           topic="sleep", length_minutes=30, earned_fen=1500)
    unanswered = PastSession(conversation_id="b", started_at=datetime(2026, 5, 1, tzinfo=UTC),
                             topic="work", length_minutes=30, earned_fen=0, refunded=True)
    panel.show_brief(ClientBrief(conversation_id="y", client_id="c", returning=True,
                                 notes=ClientNotes(client_id="c"),
                                 history=[answered, unanswered]))
    assert "sleep · 30 min · ¥15.00" in panel.ui.historyList.item(0).text()
    refunded = panel.ui.historyList.item(1).text()
    assert "work · 30 min · Refunded · no reply" in refunded
    assert "¥" not in refunded


def test_the_wrap_up_dialog_can_be_skipped(qapp: QApplication) -> None:
    dialog = WrapUpDialog("Mei")
    dialog.ui.noteEdit.setPlainText("a note")
    dialog.ui.tagsEdit.setText("x, y")
    dialog.ui.skipButton.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.note(), dialog.tags()) == ("", ())
    other = WrapUpDialog("Mei")
    other.ui.noteEdit.setPlainText("  a note ")
    other.ui.tagsEdit.setText("x, y")
    other.ui.wrapUpButton.click()
    assert (other.note(), other.tags()) == ("a note", ("x", "y"))


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="sets the PC's zone with TZ")
def test_history_and_search_dates_are_the_platforms_days_not_the_pcs(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a PC in Los Angeles, a session at 2026-12-06 17:00 UTC is 12/7 in Shanghai (the
    platform's zone, the day earnings counts it on), not the PC's 12/6."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        at = datetime(2026, 12, 6, 17, 0, tzinfo=UTC)
        assert at.astimezone().day == 6  # the PC's day
        panel = NotesPanel("Mei")
        panel.time_zone = ZoneInfo("Asia/Shanghai")
        past = PastSession(conversation_id="x", started_at=at, topic="sleep",
                           length_minutes=30, earned_fen=1500)
        panel.show_brief(ClientBrief(
            conversation_id="y", client_id="c", returning=True,
            notes=ClientNotes(client_id="c", version=1), history=[past]))
        assert panel.ui.historyList.item(0).text().startswith("12/7/26 · sleep")
        panel.ui.searchEdit.setText("sleep")
        panel.ui.searchEdit.returnPressed.emit()
        panel.show_search_results("sleep", [
            SearchHit(kind=SearchHitKind.MESSAGE, alias="Mei", snippet="sleep", at=at)])
        assert panel.ui.searchResults.item(0).text() == "Chat · 12/7/26 · Mei\nsleep"
    finally:
        monkeypatch.undo()
        time.tzset()
