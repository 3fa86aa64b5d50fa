"""Safe on both sides of the chat: block and report, abusive messages flagged (and blurred
if the responder wants), the crisis handoff card, and the guard for the responder (break
suggestions, Pause new clients, the daily limit, the end-of-day view).

Every client message is checked on this PC as it is shown (live or from history) against
the operator's lists (`catalog.py`); a live match is recorded for the operator. Nothing is
blocked or sent by itself: the card and the banners only offer.

Test-facing hooks:
    safety.catalog               Catalog (the lists in force; `check(text)`)
    safety.card(cid)             the chat's HandoffCard, or None
    safety.abuse_banner(cid)     the chat's AbuseBanner, or None
    safety.guard                 WellbeingGuard (`clock`, `today` are injectable)
    safety.pause_status          PauseStatus (the status bar's note)
    safety.break_dialog          the open BreakDialog, or None
    await safety.block(cid, note) / report(cid, reason, note) / share(cid) / flag(cid)
    await safety.pause_new_clients(minutes) / resume()
    safety.check_now()           one tick of the guard (the ticker runs it)
    sig_card_shown(str)          a handoff card is on screen in this chat
    sig_match_recorded(str, str) conversation_id, kind: the backend recorded a match
    sig_nudged(str)              "stretch" | "heavy": a break was suggested
    sig_paused(), sig_resumed()  new clients paused / welcome again
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from qasync import asyncSlot

from responder_app.features.safety.abuse_banner import AbuseBanner
from responder_app.features.safety.api import SafetyApi
from responder_app.features.safety.block_dialog import BlockDialog
from responder_app.features.safety.break_dialog import BreakDialog
from responder_app.features.safety.catalog import Catalog, Findings
from responder_app.features.safety.day_summary import DaySummaryDialog
from responder_app.features.safety.guard import GuardEvent, PauseReason, WellbeingGuard
from responder_app.features.safety.handoff_card import HandoffCard
from responder_app.features.safety.pause_status import PauseStatus
from responder_app.features.safety.report_dialog import ReportDialog
from responder_app.features.safety.settings import SafetySettings
from responder_app.features.safety.settings_dialog import SafetySettingsDialog
from responder_app.services.api_client import ApiError
from responder_app.shell.host import FeatureHost
from responder_app.shell.signals import wait_for_signal
from responder_app.ui.language import installed_language
from responder_wire.models import Availability, ConversationSummary, MessageOut, SenderRole
from responder_wire.safety import ABUSE_KIND, MatchKind, ReportReason, ResourcesShared

__all__ = ["SafetyFeature"]

log = logging.getLogger(__name__)

SAVE_EVERY_TICKS = 60  # the day's tally goes to the settings about once a minute


class SafetyFeature(QObject):
    sig_card_shown = Signal(str)
    sig_match_recorded = Signal(str, str)
    sig_nudged = Signal(str)
    sig_paused = Signal()
    sig_resumed = Signal()

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.session = host.session
        self.window = host.window
        self.settings = SafetySettings(host.settings)
        self.catalog = Catalog.load(host.settings.data_dir())
        self.guard = WellbeingGuard(self.settings.rules())
        self.guard.tally = self.settings.load_tally(self.guard.today())
        self.pause_status = PauseStatus()
        self.window.add_status_widget(self.pause_status)
        self.break_dialog: BreakDialog | None = None
        self.day_dialog: DaySummaryDialog | None = None
        self.dialog: QDialog | None = None  # block / report / settings, while open
        self._cards: dict[str, HandoffCard] = {}
        self._banners: dict[str, AbuseBanner] = {}
        self._findings: dict[str, dict[str, Findings]] = {}  # cid -> message id -> result
        self._abusive: dict[str, set[str]] = {}  # cid -> ids of messages flagged abusive
        self._recorded: set[str] = set()  # message ids whose matches the backend has
        self._ticks = 0
        self._build_actions()
        self._connect_signals()

    def _build_actions(self) -> None:
        w = self.window
        self.action_report = QAction(self.tr("&Report this client…"), self)
        self.action_report.setObjectName("action_report")
        self.action_block = QAction(self.tr("&Block this client…"), self)
        self.action_block.setObjectName("action_block")
        w.add_menu_action("chat", self.action_report)
        w.add_menu_action("chat", self.action_block)
        self.action_break = QAction(self.tr("Take a &break from new clients…"), self)
        self.action_break.setObjectName("action_take_break")
        self.action_day = QAction(self.tr("Your &day…"), self)
        self.action_day.setObjectName("action_day_summary")
        self.action_settings = QAction(self.tr("&Safety and breaks…"), self)
        self.action_settings.setObjectName("action_safety_settings")
        for action in (self.action_break, self.action_day, self.action_settings):
            w.add_menu_action("account", action)

    def _connect_signals(self) -> None:
        h, s, w = self.host, self.session, self.window
        h.events.sig_message_created.connect(self._on_message_created)
        h.events.sig_conversation_offered.connect(self._on_offered)
        h.events.sig_resources_shared.connect(self._on_resources_shared)
        w.sig_message_shown.connect(self._on_message_shown)
        w.sig_conversation_closed.connect(self._on_tab_closed)
        h.ticker.sig_ticked.connect(self.check_now)
        s.sig_signed_in.connect(self._on_signed_in)
        h.sig_quitting.connect(self._save_tally)
        self.action_report.triggered.connect(self._report_current)
        self.action_block.triggered.connect(self._block_current)
        self.action_break.triggered.connect(lambda: self.suggest_break(""))
        self.action_day.triggered.connect(lambda: self.show_day_summary())
        self.action_settings.triggered.connect(self._open_settings)
        self.pause_status.sig_resume_requested.connect(self._on_resume_clicked)

    # ---- accessors ----------------------------------------------------------------------

    def card(self, conversation_id: str) -> HandoffCard | None:
        return self._cards.get(conversation_id)

    def abuse_banner(self, conversation_id: str) -> AbuseBanner | None:
        return self._banners.get(conversation_id)

    def _api(self) -> SafetyApi | None:
        return SafetyApi(self.session.api) if self.session.api is not None else None

    # ---- the lists ----------------------------------------------------------------------

    def _on_signed_in(self) -> None:
        self.session.spawn(self.refresh_lists())

    async def refresh_lists(self) -> bool:
        """Fetch the operator's lists; keep them on this PC (the last ones stay in force
        if the backend can't be reached)."""
        api = self._api()
        if api is None:
            return False
        try:
            phrases, resources = await api.phrases(), await api.resources()
        except ApiError as exc:
            log.info("kept the safety lists on this PC: %s", exc.message)
            return False
        self.catalog.update(phrases, resources)
        self.catalog.save(self.host.settings.data_dir())
        return True

    # ---- checking client messages -------------------------------------------------------

    def _check(self, conversation_id: str, message_id: str, body: str) -> Findings:
        """The check, once per message (live and shown may both ask)."""
        seen = self._findings.setdefault(conversation_id, {})
        findings = seen.get(message_id)
        if findings is None:
            findings = seen[message_id] = self.catalog.check(body)
        return findings

    def _on_message_shown(self, conversation_id: str, message_id: str) -> None:
        """A row appeared in a chat (live or history): mark it, raise the card."""
        tab = self.host.chat_tab(conversation_id)
        if tab is None:
            return
        row = tab.model.row_of(message_id)
        if row is None:
            return
        item = tab.model.item(row)
        contact = self.catalog.contact(item.body)  # either side: off the platform, nothing holds
        if contact is not None:
            tab.mark_message(message_id, self.tr(
                "Contact details (%1): against the platform's rules. Payment and safety "
                "only hold inside the platform.").replace("%1", contact))
        if item.own:
            return
        # keyed by the row's own id string: the signal's copy would cost a string per
        # loaded message for as long as the chat is open
        findings = self._check(conversation_id, item.id, item.body)
        if findings.abuse is not None:
            self._flag_abusive(conversation_id, message_id)
        if findings.crisis is not None:
            self.guard.chat_flagged(conversation_id)
            self._raise_card(conversation_id, *findings.crisis)

    def _on_message_created(self, message: MessageOut) -> None:
        """A client message arrived live: record what it matched for the operator (the
        inbox has shown it already, so the card is up)."""
        if message.sender != SenderRole.CLIENT or message.id in self._recorded:
            return
        findings = self._check(message.conversation_id, message.id, message.body)
        if not findings:
            return
        self._recorded.add(message.id)
        if findings.crisis is not None:
            category, matched = findings.crisis
            self.session.spawn(self._record(message, MatchKind.CRISIS, category, matched))
        if findings.abuse is not None:
            self.session.spawn(self._record(message, MatchKind.ABUSE, ABUSE_KIND,
                                            findings.abuse))

    async def _record(self, message: MessageOut, kind: MatchKind, category: str,
                      matched: str) -> None:
        api = self._api()
        if api is None:
            return
        try:
            await api.record_match(message.conversation_id, kind, category, message.id,
                                   matched)
        except ApiError as exc:
            log.warning("could not record a safety match: %s", exc.message)
            return
        self.sig_match_recorded.emit(message.conversation_id, kind.value)

    def _flag_abusive(self, conversation_id: str, message_id: str) -> None:
        tab = self.host.chat_tab(conversation_id)
        if tab is None:
            return
        tab.mark_message(message_id, self.tr("May be abusive"),
                         veiled=self.settings.blur_abusive)
        flagged = self._abusive.setdefault(conversation_id, set())
        if message_id in flagged:
            return
        flagged.add(message_id)
        self.guard.chat_flagged(conversation_id)
        if len(flagged) >= self.settings.suggest_block_after and not tab.ended:
            banner = self._banners.get(conversation_id)
            if banner is None:
                banner = self._banners[conversation_id] = AbuseBanner(conversation_id, tab)
                banner.sig_block_requested.connect(self._on_banner_block)
                tab.add_banner(banner)
            elif banner.isHidden() and len(flagged) > self.settings.suggest_block_after:
                return  # dismissed: not again for every further message
            banner.show_count(tab.alias, len(flagged))

    # ---- the handoff card ---------------------------------------------------------------

    def _raise_card(self, conversation_id: str, category: str, matched: str) -> None:
        tab = self.host.chat_tab(conversation_id)
        if tab is None:
            return
        card = self._cards.get(conversation_id)
        if card is None:
            card = self._cards[conversation_id] = HandoffCard(conversation_id, tab)
            card.sig_share_requested.connect(self._on_share_clicked)
            card.sig_flag_requested.connect(self._on_flag_clicked)
            tab.add_banner(card, first=True)  # the crisis card above every other banner
        region = self.catalog.region_for(tab.summary.client_region)
        card.show_match(category, matched, region, self.catalog.hotlines(region),
                        installed_language())
        if self.window.current_tab is not tab:  # a chat in the background: say where
            self.window.show_notice(self.tr(
                "%1 may be in crisis: see the card in their chat.").replace("%1", tab.alias), 0)
        if not tab.ended:  # the row's crisis badge, top of the list, the critical alert
            self.window.mark_crisis(conversation_id)
        self.sig_card_shown.emit(conversation_id)

    @asyncSlot(str)
    async def _on_share_clicked(self, conversation_id: str) -> None:
        await self.share(conversation_id)

    @asyncSlot(str)
    async def _on_flag_clicked(self, conversation_id: str) -> None:
        await self.flag(conversation_id)

    async def share(self, conversation_id: str) -> ResourcesShared | None:
        """Show the region's hotlines to the client, as a card on their page."""
        card, api = self._cards.get(conversation_id), self._api()
        if card is None or api is None:
            return None
        card.set_busy(True)
        try:
            shared = await api.share_resources(conversation_id, card.region)
        except ApiError as exc:
            card.set_busy(False)
            card.show_status(exc.message)
            return None
        card.set_shared()
        card.set_busy(False)
        card.show_status(self.tr("The client sees these numbers on their page now."))
        return shared

    async def flag(self, conversation_id: str) -> bool:
        card, api = self._cards.get(conversation_id), self._api()
        if api is None:
            return False
        note = f"{card.category}: {card.matched}" if card is not None else ""
        if card is not None:
            card.set_busy(True)
        try:
            await api.flag_supervisor(conversation_id, note)
        except ApiError as exc:
            if card is not None:
                card.set_busy(False)
                card.show_status(exc.message)
            else:
                self.session.report(exc.message)
            return False
        if card is not None:
            card.set_flagged()
            card.set_busy(False)
            card.show_status(self.tr("A supervisor will look at this chat."))
        return True

    def _on_resources_shared(self, shared: ResourcesShared) -> None:
        card = self._cards.get(shared.conversation_id)
        if card is not None and not card.shared:
            card.set_shared()  # shared from another device of ours

    # ---- block and report ---------------------------------------------------------------

    def _current(self) -> str | None:
        tab = self.window.current_tab
        if tab is None:
            self.window.show_notice(self.tr("Open a chat first."), 4000)
            return None
        return tab.conversation_id

    @asyncSlot()
    async def _block_current(self) -> None:
        cid = self._current()
        if cid is not None:
            await self.block_flow(cid)

    @asyncSlot(str)
    async def _on_banner_block(self, conversation_id: str) -> None:
        await self.block_flow(conversation_id)

    @asyncSlot()
    async def _report_current(self) -> None:
        cid = self._current()
        if cid is not None:
            await self.report_flow(cid)

    async def block_flow(self, conversation_id: str) -> bool:
        """Confirm (with an optional note), then block."""
        tab = self.host.chat_tab(conversation_id)
        if tab is None or self.dialog is not None:
            return False
        dialog = BlockDialog(tab.alias, self.window)
        card = self._cards.get(conversation_id)
        if card is not None:  # a crisis: the hotlines and a supervisor first
            dialog.set_crisis(shared=card.shared, flagged=card.flagged)
        self.dialog = dialog
        dialog.open()
        (result,) = await wait_for_signal(dialog.finished)
        self.dialog = None
        note, share, flag = dialog.note(), dialog.share_first(), dialog.flag_first()
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return False
        # Not blocked if what the responder asked for first failed (the card says why).
        if share and await self.share(conversation_id) is None:
            return False
        if flag and not await self.flag(conversation_id):
            return False
        return await self.block(conversation_id, note) is not None

    async def block(self, conversation_id: str, note: str = "") -> ConversationSummary | None:
        """End the chat now; the backend never sends this client to us again."""
        api = self._api()
        if api is None:
            return None
        try:
            summary = await api.block(conversation_id, note)
        except ApiError as exc:
            self.session.report(exc.message)
            return None
        self.guard.chat_flagged(conversation_id)
        tab = self.host.chat_tab(conversation_id)
        if tab is not None:
            tab.set_ended_text(self.tr("You blocked %1").replace("%1", summary.alias))
            self.window.open_conversation(summary)  # the row and banner say so too
            banner = self._banners.get(conversation_id)
            if banner is not None:
                banner.hide()
        self.window.show_notice(self.tr(
            "You blocked %1. The chat has ended, and they won't be sent to you again.")
            .replace("%1", summary.alias))
        return summary

    async def report_flow(self, conversation_id: str) -> bool:
        tab = self.host.chat_tab(conversation_id)
        if tab is None or self.dialog is not None:
            return False
        dialog = ReportDialog(tab.alias, self.window)
        if conversation_id in self._abusive:
            dialog.set_reason(ReportReason.ABUSE)
        self.dialog = dialog
        dialog.open()
        (result,) = await wait_for_signal(dialog.finished)
        self.dialog = None
        reason, note = dialog.reason(), dialog.note()
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return False
        return await self.report(conversation_id, reason, note)

    async def report(self, conversation_id: str, reason: ReportReason, note: str = "") -> bool:
        api = self._api()
        if api is None:
            return False
        try:
            await api.report(conversation_id, reason, note)
        except ApiError as exc:
            self.session.report(exc.message)
            return False
        self.window.show_notice(self.tr("Report sent. The operator will look at it; your "
                                        "chat goes on."))
        return True

    # ---- the guard: breaks, pauses and the daily limit ----------------------------------

    def _working(self) -> bool:
        s = self.session
        return s.signed_in and (s.availability == Availability.ONLINE
                                or bool(self.window.tabs_by_conversation_id))

    def check_now(self) -> None:
        """One tick of the guard (the shell's ticker runs it about once a second)."""
        guard = self.guard
        if guard.pause is not None and self.session.chosen != Availability.AWAY:
            guard.end_pause()  # the responder came back by hand: their choice
            self.pause_status.hide()
        self._apply(guard.observe(self._working()))
        if guard.pause is not None:
            self.pause_status.show_left(guard.seconds_left())
        self._ticks += 1
        if self._ticks % SAVE_EVERY_TICKS == 0:
            self._save_tally()

    def _apply(self, events: list[GuardEvent]) -> None:
        for event in events:
            if event == GuardEvent.NUDGE_STRETCH:
                self.suggest_break("stretch")
            elif event == GuardEvent.NUDGE_HEAVY:
                self.suggest_break("heavy")
            elif event in (GuardEvent.CAP_HOURS, GuardEvent.CAP_SESSIONS):
                self.session.spawn(self._cap_reached(event))
            elif event == GuardEvent.PAUSE_OVER:
                self.session.spawn(self.resume())

    def _on_offered(self, summary: ConversationSummary) -> None:
        self._apply(self.guard.session_offered(summary.id))
        self._save_tally()

    def _on_tab_closed(self, conversation_id: str) -> None:
        for store in (self._cards, self._banners, self._findings, self._abusive):
            store.pop(conversation_id, None)  # type: ignore[attr-defined]
        if self.session.signed_in:
            self._apply(self.guard.chat_closed(conversation_id))
            self._save_tally()

    def suggest_break(self, kind: str) -> None:
        """Offer "Pause new clients" (kind: "stretch", "heavy", or "" when asked)."""
        if kind and self.guard.pause is not None:
            return
        if self.break_dialog is None:
            self.break_dialog = BreakDialog(self.settings.pause_minutes, self.window)
            self.break_dialog.finished.connect(self._on_break_finished)
            self.break_dialog.open()
        worked = 0.0
        if self.guard.stretch_started is not None:
            worked = self.guard.clock() - self.guard.stretch_started
        self.break_dialog.set_reason(kind, worked)
        if kind:
            self.sig_nudged.emit(kind)

    @asyncSlot(int)
    async def _on_break_finished(self, result: int) -> None:
        dialog, self.break_dialog = self.break_dialog, None
        if dialog is None:
            return
        minutes = dialog.minutes()
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            await self.pause_new_clients(minutes)
        else:
            self.guard.snooze()

    async def pause_new_clients(self, minutes: int) -> None:
        """Routing stops (away) for `minutes`; current chats go on; then it resumes."""
        self.guard.start_pause(minutes)
        await self.session.set_availability(Availability.AWAY)
        self.pause_status.show_left(self.guard.seconds_left())
        self.window.show_notice(self.tr(
            "New clients paused for %n minutes. Your current chats go on.", "", minutes))
        self.sig_paused.emit()

    async def resume(self) -> None:
        """The pause is over: welcome new clients again (unless the responder chose
        something else meanwhile)."""
        self.guard.end_pause()
        self.pause_status.hide()
        if self.session.chosen == Availability.AWAY and self.session.signed_in:
            await self.session.set_availability(Availability.ONLINE)
            self.window.show_notice(self.tr("Welcome back. New clients can reach you again."))
        self.sig_resumed.emit()

    @asyncSlot()
    async def _on_resume_clicked(self) -> None:
        await self.resume()

    async def _cap_reached(self, event: GuardEvent) -> None:
        if event == GuardEvent.CAP_SESSIONS:
            reason = self.tr("You've reached your daily limit of %n chats. New clients are "
                             "paused until tomorrow; your current chats go on.", "",
                             self.settings.cap_sessions)
        else:
            reason = self.tr("You've reached your daily limit of %n hours online. New "
                             "clients are paused until tomorrow; your current chats go on.",
                             "", self.settings.cap_hours)
        self.guard.start_cap_pause()
        await self.session.set_availability(Availability.AWAY)
        self.pause_status.show_left(None)
        self.sig_paused.emit()
        self.show_day_summary(reason)

    def show_day_summary(self, reason: str = "") -> DaySummaryDialog:
        if self.day_dialog is None:
            self.day_dialog = DaySummaryDialog(self.window)
            self.day_dialog.finished.connect(self._day_closed)
        self.day_dialog.show_tally(self.guard.tally, reason)
        self.day_dialog.open()
        return self.day_dialog

    def _day_closed(self) -> None:
        if self.day_dialog is not None:
            self.day_dialog.deleteLater()
            self.day_dialog = None

    def _save_tally(self) -> None:
        self.settings.save_tally(self.guard.tally)

    @asyncSlot()
    async def _open_settings(self) -> None:
        if self.dialog is not None:
            return
        dialog = SafetySettingsDialog(self.settings, self.window)
        self.dialog = dialog
        dialog.open()
        await wait_for_signal(dialog.finished)
        self.dialog = None
        dialog.deleteLater()
        self.guard.rules = self.settings.rules()

    @property
    def paused(self) -> bool:
        return self.guard.pause is not None

    @property
    def pause_reason(self) -> PauseReason | None:
        return self.guard.pause.reason if self.guard.pause is not None else None
