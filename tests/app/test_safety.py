"""Safety on the responder's PC: the lists and the check (crisis phrases in each language
match, ordinary sadness doesn't), the guard's arithmetic on a hand-driven clock, and the
widgets (the handoff card, an abusive message blurred until clicked, the dialogs)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from responder_app.features.safety.block_dialog import BlockDialog
from responder_app.features.safety.catalog import CACHE_FILE, Catalog
from responder_app.features.safety.day_summary import DaySummaryDialog
from responder_app.features.safety.defaults import DEFAULT_PHRASES, DEFAULT_RESOURCES
from responder_app.features.safety.guard import (
    DayTally,
    GuardEvent,
    GuardRules,
    WellbeingGuard,
)
from responder_app.features.safety.handoff_card import HandoffCard
from responder_app.features.safety.report_dialog import ReportDialog
from responder_app.features.safety.settings import SafetySettings
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.timeline_model import Role
from responder_server.safety.defaults import DEFAULT_PHRASES as SERVER_PHRASES
from responder_server.safety.defaults import DEFAULT_RESOURCES as SERVER_RESOURCES
from responder_wire.models import ConversationState, ConversationSummary, MessageOut, SenderRole
from responder_wire.safety import PhrasesOut, ReportReason

CRISIS = {
    "zh_CN": [("我真的不想活了", "suicide"), ("昨晚又割腕了", "self_harm"),
              ("他又家暴我", "domestic_abuse")],
    "vi": [("em muốn chết", "suicide"), ("Tôi đã tự làm hại bản thân", "self_harm"),
           ("chồng đánh tôi mỗi tối", "domestic_abuse")],
    "en": [("I want to die", "suicide"), ("I cut myself again", "self_harm"),
           ("I'm scared to go home, he hits me", "domestic_abuse")],
}
NEAR_MISSES = ["我好累", "今天很难过", "I'm so tired", "buồn quá", "累死了，加班到十点",
               "I feel sad today", "mệt mỏi quá", "this job is killing me"]


class ManualClock:
    """Seconds and a date that a test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.day = date(2026, 12, 1)

    def __call__(self) -> float:
        return self.now

    def today(self) -> date:
        return self.day


def test_the_apps_defaults_are_the_backends_version_zero() -> None:
    assert {k: v for k, v in DEFAULT_PHRASES.items() if k != "version"} == SERVER_PHRASES
    assert {k: v for k, v in DEFAULT_RESOURCES.items() if k != "version"} == SERVER_RESOURCES


@pytest.mark.parametrize("language", list(CRISIS))
def test_crisis_phrases_match_in_each_language(language: str) -> None:
    catalog = Catalog()
    for text, category in CRISIS[language]:
        found = catalog.check(text)
        assert found.crisis is not None and found.crisis[0] == category, text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_ordinary_sadness_matches_nothing(text: str) -> None:
    assert not Catalog().check(text)


def test_abuse_is_found_across_widths_and_case() -> None:
    catalog = Catalog()
    assert catalog.check("ＦＵＣＫ YOU").abuse == "fuck you"  # full-width letters
    assert catalog.check("你这个傻逼").abuse == "傻逼"
    assert catalog.check("thanks, that helped").abuse is None


def test_the_lists_from_the_backend_are_kept_on_this_pc(tmp_path: Path) -> None:
    lists = dict(DEFAULT_PHRASES)
    lists["version"] = 4
    lists["abuse"] = {"zh_CN": ["蠢货"], "vi": [], "en": []}
    catalog = Catalog()
    catalog.update(PhrasesOut.model_validate(lists), None)
    assert catalog.check("你是蠢货").abuse == "蠢货"
    catalog.save(tmp_path)
    again = Catalog.load(tmp_path)
    assert again.phrases.version == 4 and again.check("你是蠢货").abuse == "蠢货"
    (tmp_path / CACHE_FILE).write_text("{broken", encoding="utf-8")
    assert Catalog.load(tmp_path).phrases.version == 0  # a damaged file: the defaults


def test_hotlines_fit_the_clients_region() -> None:
    catalog = Catalog()
    assert [r.number for r in catalog.hotlines("CN")] == ["12356", "110", "120"]
    assert [r.number for r in catalog.hotlines("VN")] == ["113", "115", "111"]
    assert [r.number for r in catalog.hotlines("FR")] == ["112"]  # not listed: elsewhere
    assert catalog.region_for(None) == "CN"  # no region: the operator's default


# ---- the guard -------------------------------------------------------------------------


def _guard(clock: ManualClock, **rules: float) -> WellbeingGuard:
    return WellbeingGuard(GuardRules(**rules), clock=clock,  # type: ignore[arg-type]
                          today=clock.today)


def _work(guard: WellbeingGuard, clock: ManualClock, minutes: int,
          working: bool = True) -> list[GuardEvent]:
    events: list[GuardEvent] = []
    for _ in range(minutes):
        clock.now += 60
        events += guard.observe(working)
    return events


def test_a_long_stretch_is_nudged_once_then_after_the_snooze() -> None:
    clock = ManualClock()
    guard = _guard(clock)
    guard.observe(True)
    assert _work(guard, clock, 119) == []
    assert _work(guard, clock, 1) == [GuardEvent.NUDGE_STRETCH]
    guard.snooze()
    assert _work(guard, clock, 29) == []
    assert _work(guard, clock, 1) == [GuardEvent.NUDGE_STRETCH]
    assert round(guard.tally.online_s) == 150 * 60


def test_a_ten_minute_break_starts_a_new_stretch_a_shorter_one_does_not() -> None:
    clock = ManualClock()
    guard = _guard(clock)
    guard.observe(True)
    _work(guard, clock, 100)
    _work(guard, clock, 8, working=False)  # 9 min between two worked minutes: no break
    assert _work(guard, clock, 12) == [GuardEvent.NUDGE_STRETCH]
    guard.snooze()
    _work(guard, clock, 10, working=False)
    assert _work(guard, clock, 119) == []  # the break reset the stretch


def test_a_timed_pause_runs_out_and_counts_as_a_break() -> None:
    clock = ManualClock()
    guard = _guard(clock)
    guard.observe(True)
    _work(guard, clock, 110)
    guard.start_pause(15)
    assert _work(guard, clock, 14) == []  # no nudge while paused
    assert _work(guard, clock, 1) == [GuardEvent.PAUSE_OVER]
    guard.end_pause()
    assert _work(guard, clock, 60) == []  # a new stretch


def test_the_daily_limits_and_a_heavy_chat() -> None:
    clock = ManualClock()
    guard = _guard(clock, cap_hours=1, cap_sessions=3)
    guard.observe(True)
    assert guard.session_offered("a") == [] and guard.session_offered("b") == []
    assert guard.session_offered("c") == [GuardEvent.CAP_SESSIONS]
    assert guard.session_offered("d") == []  # once a day
    guard.chat_flagged("b")
    assert guard.chat_closed("a") == []
    assert guard.chat_closed("b") == [GuardEvent.NUDGE_HEAVY]
    guard.start_cap_pause()
    assert _work(guard, clock, 30) == []
    clock.day = date(2026, 12, 2)  # midnight: a new day, the limit's pause is over
    assert _work(guard, clock, 1) == [GuardEvent.PAUSE_OVER]
    assert guard.tally.day == date(2026, 12, 2) and guard.tally.sessions == set()


def test_the_days_tally_survives_a_restart(tmp_path: Path) -> None:
    settings = SafetySettings(AppSettings.in_file(str(tmp_path / "s.ini")))
    tally = DayTally(date(2026, 12, 1), 3600.0, {"a", "b"}, {"b"})
    settings.save_tally(tally)
    assert settings.load_tally(date(2026, 12, 1)) == tally
    assert settings.load_tally(date(2026, 12, 2)) == DayTally(date(2026, 12, 2))


# ---- widgets ---------------------------------------------------------------------------


def _summary() -> ConversationSummary:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    return ConversationSummary(id="c-1", alias="小美", topic="work", length_minutes=15,
                               price_fen=990, state=ConversationState.ACTIVE,
                               created_at=now, offered_at=now, ended_at=None,
                               closed_at=None, responder_id=1)


def test_the_handoff_card_shows_the_match_and_the_regions_numbers(qtbot: QtBot) -> None:
    card = HandoffCard("c-1")
    qtbot.addWidget(card)
    catalog = Catalog()
    card.show_match("suicide", "不想活了", "CN", catalog.hotlines("CN"), "en")
    assert "不想活了" in card.ui.matchedLabel.text()
    assert "12356" in card.hotlines_text() and "120 ambulance" in card.hotlines_text()
    assert card.ui.hotlinesLabel.textFormat() == Qt.TextFormat.PlainText
    with qtbot.waitSignal(card.sig_share_requested) as blocker:
        QTest.mouseClick(card.ui.shareButton, Qt.MouseButton.LeftButton)
    assert blocker.args == ["c-1"]
    card.set_shared()
    assert not card.ui.shareButton.isEnabled()


def test_an_abusive_message_is_blurred_until_clicked(qtbot: QtBot) -> None:
    tab = ChatTab(_summary(), ServerClock())
    qtbot.addWidget(tab)
    tab.resize(700, 500)
    tab.show()
    message = MessageOut(id="m-1", conversation_id="c-1", position=1,
                         sender=SenderRole.CLIENT, body="你这个傻逼",
                         created_at=datetime(2026, 12, 1, 9, 1, tzinfo=UTC))
    tab.add_message(message)
    tab.mark_message("m-1", "May be abusive", veiled=True)
    index = tab.model.index(0, 0)
    assert index.data(Role.VEILED) and index.data(Role.MARK) == "May be abusive"
    assert "click to show" in tab.delegate.meta_text(index)
    view = tab.ui.timeline
    rect = view.visualRect(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 30, rect.top() + 12))
    assert not index.data(Role.VEILED)  # shown as it is now; the mark stays
    assert index.data(Role.MARK) == "May be abusive"


def test_the_report_dialog_gives_a_reason_and_a_note(qtbot: QtBot) -> None:
    dialog = ReportDialog("小美")
    qtbot.addWidget(dialog)
    dialog.set_reason(ReportReason.THREATS)
    dialog.ui.noteEdit.setPlainText("  said they know where I live  ")
    assert dialog.reason() == ReportReason.THREATS
    assert dialog.note() == "said they know where I live"
    assert dialog.ui.reasonCombo.count() == len(ReportReason)


def test_the_block_dialog_says_what_block_does(qtbot: QtBot) -> None:
    dialog = BlockDialog("小美")
    qtbot.addWidget(dialog)
    assert "小美" in dialog.ui.introLabel.text()
    assert "never" in dialog.ui.detailLabel.text()


def test_the_day_in_plain_words(qtbot: QtBot) -> None:
    dialog = DaySummaryDialog()
    qtbot.addWidget(dialog)
    dialog.show_tally(DayTally(date(2026, 12, 1), 3 * 3600 + 20 * 60, {"a", "b", "c"}, {"b"}))
    assert dialog.ui.hoursLabel.text() == "You were online for 3 h 20 min."
    assert dialog.ui.sessionsLabel.text() == "You talked with 3 clients."
    assert "1 of those chats" in dialog.ui.heavyLabel.text()
