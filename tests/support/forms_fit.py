"""Every window, dialog and panel of the app, built in the language installed now at its
default size, and the texts in it that do not fit.

`build(name)` makes one form as the app shows it (the main window with a chat tab, its
notes panel, offer banner and status bar; each dialog; the earnings and statistics
windows with figures in them) and shows it; `cut_texts(widget)` lists every visible
QLabel, button, check box, combo box and group-box title whose text is cut: wider than
the widget (or taller, for a one-line label), or for a word-wrapped label, taller at its
width than the height it was given. Used by tests/app/test_forms_fit.py and by
docs/screenshots/check_forms.py (which also saves a PNG of each form).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
from keyring.backends import fail
from PySide6.QtCore import Qt, QTextBoundaryFinder
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)

from responder_app.app_controller import AppController
from responder_app.features.client_feedback.ratings_section import RatingsSection
from responder_app.features.earnings.ledger import WindowNow
from responder_app.features.earnings.panel import EarningsPanel
from responder_app.features.notes.drafts import NoteFields
from responder_app.features.notes.merge_dialog import MergeDialog
from responder_app.features.notes.panel import NotesPanel
from responder_app.features.notes.wrap_up_dialog import WrapUpDialog
from responder_app.features.reply_speed.clocks import WaitingClock, WaitLevel
from responder_app.features.reply_speed.stats_panel import StatsPanel
from responder_app.features.reply_speed.widgets import (
    OfferBanner,
    QueuePanel,
)
from responder_app.features.safety.abuse_banner import AbuseBanner
from responder_app.features.safety.block_dialog import BlockDialog
from responder_app.features.safety.break_dialog import BreakDialog
from responder_app.features.safety.catalog import Catalog
from responder_app.features.safety.day_summary import DaySummaryDialog
from responder_app.features.safety.guard import DayTally
from responder_app.features.safety.handoff_card import HandoffCard
from responder_app.features.safety.report_dialog import ReportDialog
from responder_app.features.safety.settings import SafetySettings
from responder_app.features.safety.settings_dialog import SafetySettingsDialog
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.language import installed_language
from responder_app.ui.main_window import MainWindow
from responder_app.ui.sign_in_dialog import SignInDialog
from responder_wire.client_feedback import RatingOut, RatingsStats
from responder_wire.earnings import DailyEarnings, EarningsSummary, PeriodEarnings, RateWindow
from responder_wire.models import (
    Availability,
    ConversationState,
    ConversationSummary,
    MessageOut,
    SenderRole,
)
from responder_wire.reply_speed import (
    DailyReplySpeed,
    HistogramBucket,
    PeriodReplySpeed,
    ReplySpeedStats,
)

__all__ = ["FORMS", "Cut", "build", "cut_texts", "settle"]

NOW = datetime(2027, 1, 2, 13, 37, tzinfo=UTC)


@dataclass(frozen=True)
class Cut:
    form: str
    widget: str  # objectName (or class) of the widget whose text is cut
    text: str
    needed: tuple[int, int]  # the size the text needs
    given: tuple[int, int]  # the size the widget has

    def __str__(self) -> str:
        return (f"{self.form}: {self.widget} {self.text!r} needs {self.needed[0]}x"
                f"{self.needed[1]}, has {self.given[0]}x{self.given[1]}")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _summary(cid: str, alias: str, topic: str) -> ConversationSummary:
    return ConversationSummary(
        id=cid, alias=alias, topic=topic, length_minutes=30, state=ConversationState.ACTIVE,
        created_at=NOW - timedelta(minutes=4), offered_at=NOW - timedelta(minutes=3),
        ended_at=None, closed_at=None, responder_id=1, price_fen=2500)


def _main_window() -> QWidget:
    clock = ServerClock()
    clock.observe(NOW.timestamp() * 1000)
    window = MainWindow(clock)
    window.set_account("Lin Yue", "lin.yue@example.com")
    window.set_availability(Availability.ONLINE)
    tab = window.open_conversation(_summary("c-1", "Linh", "công việc · work stress"))
    window.open_conversation(_summary("c-2", "小美", "工作压力"))
    for position, (sender, body) in enumerate([
        (SenderRole.CLIENT, "Chào bạn, mình đang rất mệt mỏi với công việc."),
        (SenderRole.RESPONDER, "I'm here. Tell me what happened today."),
        (SenderRole.CLIENT, "今天被老板当着全组的面批评了，好难受。"),
    ], start=1):
        tab.add_message(MessageOut(
            id=f"m-{position}", conversation_id="c-1", position=position, sender=sender,
            body=body, created_at=NOW - timedelta(minutes=3 - position)))
    panel = NotesPanel("Linh", tab)
    tab.set_side_panel(panel, 300)
    panel.set_enabled_for_editing(True)
    panel.set_fields(NoteFields(text="Hai tuần làm thêm giờ. 睡眠五小时。", tags=("work",),
                                call_me="Linh", avoid="advice to quit"))
    banner = OfferBanner("c-1", tab)
    tab.add_banner(banner)
    banner.show_offer("Linh")
    queue = QueuePanel(window)
    window.add_status_widget(queue)
    queue.show_queue(3, WaitingClock(seconds=75, level=WaitLevel.AMBER))
    return window


def _sign_in() -> QWidget:
    dialog = SignInDialog(server_url="https://responder.example.com",
                          email="lin.yue@example.com", remember=True)
    dialog.ui.passwordEdit.setText("correct horse battery")
    return dialog


_APPS: list[AppController] = []  # the apps whose dialogs are being checked stay alive


def _app() -> AppController:
    """The real app, unsigned-in, as the Preferences and shortcuts come with it."""
    store = AppSettings.in_file(str(Path(tempfile.mkdtemp()) / "settings.ini"))
    app = AppController(http=httpx.AsyncClient(), settings=store,
                        credentials=CredentialStore(fail.Keyring()))
    _APPS[:] = [app]
    return app


def _preferences(page: str) -> Callable[[], QWidget]:
    def build_page() -> QWidget:
        dialog = _app().host.open_preferences(page)
        dialog.hide()
        return dialog
    return build_page


def _shortcuts() -> QWidget:
    dialog = _app().host.open_shortcuts()
    dialog.hide()
    return dialog


def _quick_reply_popup() -> QWidget:
    app = _app()
    window = app.window
    window.resize(1100, 720)
    window.open_conversation(_summary("c-1", "Linh", "công việc · work stress"))
    tab = window.current_tab
    assert tab is not None
    app.quick_replies.popup("c-1").open_picker()  # type: ignore[union-attr]
    window.hide()
    return window


def _merge() -> QWidget:
    mine = NoteFields(text="Hai tuần làm thêm giờ, ngủ ít.", tags=("công việc",),
                      call_me="Linh", avoid="khuyên nghỉ việc")
    theirs = NoteFields(text="连续加班两周。", tags=("工作压力",), call_me="小美",
                        avoid="不要直接劝辞职")
    return MergeDialog(mine, theirs)


def _wrap_up() -> QWidget:
    return WrapUpDialog("Linh")


def _notes_panel() -> QWidget:
    panel = NotesPanel("Linh")
    panel.set_enabled_for_editing(True)
    return panel


def _earnings() -> QWidget:
    today = date(2027, 1, 2)
    daily = [DailyEarnings(day=today - timedelta(days=29 - i), net_fen=(i % 5) * 1000,
                           sessions=i % 5) for i in range(30)]
    panel = EarningsPanel(goal_fen=1_000_000)
    panel.show_summary(EarningsSummary(
        time_zone="Asia/Shanghai", currency="CNY", generated_at=NOW,
        today=PeriodEarnings(net_fen=12_345, sessions=7, online_seconds=3 * 3600),
        week=PeriodEarnings(net_fen=123_456, sessions=60, online_seconds=30 * 3600),
        month=PeriodEarnings(net_fen=812_345, sessions=401, online_seconds=90 * 3600),
        pending_fen=250_000, paid_fen=562_345, daily=daily))
    panel.show_window(WindowNow(
        window=RateWindow.DAY, next_window=RateWindow.NIGHT,
        changes_at=NOW + timedelta(minutes=23), change_local="22:00", minutes_left=23,
        prices_fen={15: 1500, 30: 2500, 60: 4500}))
    panel.set_export_range(today - timedelta(days=30), today)
    return panel


def _statistics() -> QWidget:
    panel = StatsPanel()
    ratings = RatingsSection(panel)
    panel.add_section(ratings)
    period = PeriodReplySpeed(clients=11, answered=10, median_s=12.0, p90_s=40.2,
                              within_10s_share=4 / 11, within_30s_share=7 / 11, reassigned=1)
    panel.show_stats(ReplySpeedStats(
        time_zone="Asia/Shanghai", generated_at=NOW, today=period, week=period,
        histogram=[HistogramBucket(from_s=0, to_s=5, count=3),
                   HistogramBucket(from_s=5, to_s=10, count=4),
                   HistogramBucket(from_s=90, to_s=None, count=1)],
        daily=[DailyReplySpeed(day=date(2026, 12, 31), clients=11, answered=10,
                               median_s=12, p90_s=40),
               DailyReplySpeed(day=date(2027, 1, 1), clients=0, answered=0)],
        days=2))
    ratings.show_ratings(RatingsStats(count=3, average=4.3, by_stars=[0, 0, 1, 0, 2], recent=[
        RatingOut(conversation_id="c-1", alias="Linh", stars=5,
                  comment="Cảm ơn bạn đã lắng nghe.", created_at=NOW),
        RatingOut(conversation_id="c-2", alias="小美", stars=3, comment="谢谢。",
                  created_at=NOW)]))
    return panel


def _handoff_card() -> QWidget:
    card = HandoffCard("c-1")
    card.show_match("suicide", "不想活了", "CN", Catalog().hotlines("CN"), installed_language())
    card.resize(680, card.sizeHint().height())
    return card


def _safety_chat() -> QWidget:
    """A chat with a crisis card, the banner suggesting Block and a blurred message."""
    tab = ChatTab(_summary("c-1", "小美", "工作压力"), ServerClock())
    tab.resize(760, 720)
    for position, (body, sender) in enumerate([
            ("今天被老板当着全组的面批评了，好难受。", SenderRole.CLIENT),
            ("I'm here. Tell me what happened today.", SenderRole.RESPONDER),
            ("你这个傻逼，根本不懂", SenderRole.CLIENT),
            ("说真的，我不想活了", SenderRole.CLIENT)], start=1):
        tab.add_message(MessageOut(
            id=f"m-{position}", conversation_id="c-1", position=position, sender=sender,
            body=body, created_at=NOW + timedelta(seconds=20 * position)))
    tab.mark_message("m-3", QApplication.translate("SafetyFeature", "May be abusive"),
                     veiled=True)
    banner = AbuseBanner("c-1", tab)
    tab.add_banner(banner)
    banner.show_count("小美", 3)
    card = HandoffCard("c-1", tab)
    tab.add_banner(card)
    card.show_match("suicide", "不想活了", "CN", Catalog().hotlines("CN"), installed_language())
    return tab


def _report() -> QWidget:
    return ReportDialog("小美")


def _block() -> QWidget:
    return BlockDialog("小美")


def _break() -> QWidget:
    dialog = BreakDialog(15)
    dialog.set_reason("stretch", 2 * 3600 + 5 * 60)
    return dialog


def _safety_settings() -> QWidget:
    store = AppSettings.in_file(str(Path(tempfile.mkdtemp()) / "settings.ini"))
    return SafetySettingsDialog(SafetySettings(store))


def _day_summary() -> QWidget:
    dialog = DaySummaryDialog()
    dialog.show_tally(DayTally(date(2026, 12, 1), 5 * 3600 + 40 * 60, {"a", "b", "c", "d"},
                               {"b"}), QApplication.translate(
        "SafetyFeature", "You've reached your daily limit of %n chats. New clients are "
        "paused until tomorrow; your current chats go on.", "", 4))
    return dialog


FORMS: dict[str, Callable[[], QWidget]] = {
    "main_window": _main_window,
    "sign_in_dialog": _sign_in,
    **{f"preferences_{page}": _preferences(page) for page in (
        "notifications", "presence", "reply_speed", "quick_replies", "language", "privacy")},
    "shortcuts_dialog": _shortcuts,
    "quick_reply_popup": _quick_reply_popup,
    "merge_dialog": _merge,
    "wrap_up_dialog": _wrap_up,
    "notes_panel": _notes_panel,
    "earnings_panel": _earnings,
    "statistics_panel": _statistics,
    "safety_chat": _safety_chat,
    "handoff_card": _handoff_card,
    "report_dialog": _report,
    "block_dialog": _block,
    "break_dialog": _break,
    "safety_settings_dialog": _safety_settings,
    "day_summary_dialog": _day_summary,
}

# Parts of the main window also saved on their own (check_forms.py's PNGs).
PARTS = {"status_panel": "status_panel", "offer_banner": "OfferBanner",
         "chat_notes_panel": "NotesPanel"}


def build(name: str) -> QWidget:
    """One form, shown at its default size, its layout settled."""
    widget = FORMS[name]()
    widget.show()
    settle()
    return widget


def _label_cut(label: QLabel) -> tuple[int, int] | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        margins = label.contentsMargins()
        inner = label.width() - margins.left() - margins.right()
        needed_h = label.heightForWidth(label.width())
        if needed_h > label.height():
            return (label.width(), needed_h)
        # A piece no line break can split (a long word; Chinese breaks between any two
        # characters) still overflows a wrapped label.
        longest = max((label.fontMetrics().horizontalAdvance(piece.strip())
                       for piece in _unbreakable(label.text())), default=0)
        if label.textFormat() != Qt.TextFormat.RichText and longest > inner:
            return (longest, needed_h)
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() or hint.height() > label.height():
        return (hint.width(), hint.height())
    return None


def _unbreakable(text: str) -> list[str]:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        pieces.append(text[start:end])
        start = end
    return pieces


def _button_cut(button: QAbstractButton) -> tuple[int, int] | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    # Its width as the style asks for it; its height only as far as the text goes (a
    # squeezed dialog may take a pixel of a button's padding, never of its text).
    text_height = button.fontMetrics().height()
    if hint.width() > button.width() or text_height > button.height():
        return (hint.width(), max(text_height, button.height()))
    return None


def _group_cut(box: QGroupBox) -> tuple[int, int] | None:
    if not box.title():
        return None
    needed = box.fontMetrics().horizontalAdvance(box.title().replace("&", "")) + 16
    if needed > box.width():
        return (needed, box.height())
    return None


def _combo_cut(combo: QComboBox) -> tuple[int, int] | None:
    if not combo.currentText():
        return None
    hint = combo.sizeHint()
    if hint.width() > combo.width():
        return (hint.width(), hint.height())
    return None


def cut_texts(form: str, top: QWidget) -> list[Cut]:
    """Every visible text in `top` that its widget cuts."""
    cuts: list[Cut] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        needed: tuple[int, int] | None = None
        text = ""
        if isinstance(widget, QLabel):
            needed, text = _label_cut(widget), widget.text()
        elif isinstance(widget, QAbstractButton):
            needed, text = _button_cut(widget), widget.text()
        elif isinstance(widget, QGroupBox):
            needed, text = _group_cut(widget), widget.title()
        elif isinstance(widget, QComboBox):
            needed, text = _combo_cut(widget), widget.currentText()
        if needed is not None:
            name = widget.objectName() or type(widget).__name__
            cuts.append(Cut(form, name, text, needed, (widget.width(), widget.height())))
    return cuts
