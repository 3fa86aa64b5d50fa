"""Reply speed in the inbox, wired to the controller: a live waiting clock on every chat's
tab (m:ss, coloured calm → amber → red by the settings' thresholds), "longest waiting
first" tab order, the first-reply time in each chat's header, accept mode's "Take",
the reassigned notice, the queue indicator and the statistics panel.

Every clock is computed from server timestamps and the server's clock (`ServerClock`),
never the PC's clock alone. There is no fixed one-second ticker: the center wakes when
the next waiting clock turns to a new second (at most every `MIN_GAP_MS`), so the tab
never lags the server's truth by more than that, and it sleeps when nobody waits.

The controller creates one (`controller.reply_speed`). Test-facing hooks:
    center.tick()                       recompute every clock now
    center.pill(conversation_id)        WaitingPill on that tab (.text(), .level)
    center.banner(conversation_id)      OfferBanner or None (.mode: "offer" | "reassigned")
    center.first_reply_text(cid)        the header's first-reply text ("" if none yet)
    center.queue_panel                  QueuePanel (.ui.queueLabel)
    center.stats_panel                  StatsPanel (created on first use)
    center.next_wake_ms                 when the next tick is due (None: sleeping)
    await center.take(conversation_id)
    await center.refresh_stats()
    center.apply_settings(thresholds, longest_first, accept_mode)
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTabBar
from qasync import asyncSlot

from responder_app.services.api_client import ApiError
from responder_app.services.reply_speed_api import ReplySpeedApi
from responder_app.services.reply_timer import (
    Escalation,
    ReplyThresholds,
    WaitingClock,
    first_reply_seconds,
    format_clock,
    format_first_reply,
    longest_waiting_first,
    ms_until_next_change,
    waiting_since,
)
from responder_app.ui.reply_speed_widgets import (
    OfferBanner,
    QueuePanel,
    ReplySpeedSettingsDialog,
    WaitingPill,
)
from responder_app.ui.stats_panel import StatsPanel
from responder_wire.models import (
    ConversationState,
    ConversationSummary,
    EventEnvelope,
    EventType,
    MessageOut,
    SenderRole,
)
from responder_wire.stats import AssignmentMode, QueueStatus, ReassignedNotice

if TYPE_CHECKING:
    from responder_app.app_controller import AppController
    from responder_app.ui.chat_tab import ChatTab

__all__ = ["ReplySpeedCenter"]

log = logging.getLogger(__name__)

MIN_GAP_MS = 500  # wake at most twice a second, however many clocks tick
STATS_DEBOUNCE_MS = 400


class ReplySpeedCenter(QObject):
    sig_ticked = Signal()  # after every tick (benchmarks count them)
    sig_stats_shown = Signal()  # the panel shows fresh figures

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.settings = controller.settings
        self.clock = controller.clock
        self.thresholds = ReplyThresholds(self.settings.waiting_amber_s,
                                          self.settings.waiting_red_s).normalised()
        self.longest_first = self.settings.longest_waiting_first
        self.accept_mode = self.settings.accept_mode
        self.queue = QueueStatus(waiting=0)
        self.next_wake_ms: float | None = None
        self._pills: dict[str, WaitingPill] = {}
        self._banners: dict[str, OfferBanner] = {}
        self._first_reply: dict[str, QLabel] = {}
        self._reassigned: dict[str, ReassignedNotice] = {}
        self._asked_first_reply: set[str] = set()
        self.stats_panel: StatsPanel | None = None
        self.settings_dialog: ReplySpeedSettingsDialog | None = None

        self.queue_panel = QueuePanel(self.window)
        self.window.ui.statusbar.addPermanentWidget(self.queue_panel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(STATS_DEBOUNCE_MS)
        self._add_actions()
        self._connect_signals()

    # ---- wiring -------------------------------------------------------------------------

    def _add_actions(self) -> None:
        menu = self.window.ui.chatMenu
        menu.addSeparator()
        self.action_longest_first = QAction(self.tr("&Longest waiting first"), self.window)
        self.action_longest_first.setCheckable(True)
        self.action_longest_first.setChecked(self.longest_first)
        self.action_stats = QAction(self.tr("Reply &speed statistics…"), self.window)
        self.action_settings = QAction(self.tr("Reply speed s&ettings…"), self.window)
        for action in (self.action_longest_first, self.action_stats, self.action_settings):
            menu.addAction(action)

    def _connect_signals(self) -> None:
        c, w = self.controller, self.window
        c.sig_event_received.connect(self._on_event)
        c.sig_signed_in.connect(self._on_signed_in)
        c.sig_signed_out.connect(self._on_signed_out)
        w.sig_conversation_opened.connect(self._on_opened)
        w.sig_conversation_closed.connect(self._on_closed)
        w.sig_message_shown.connect(lambda _cid, _mid: self.tick())
        c.sig_message_state_changed.connect(lambda _cid, _mid, _state: self.tick())
        w.ui.tabs.currentChanged.connect(lambda _index: self.tick())
        self._timer.timeout.connect(self.tick)
        self._stats_timer.timeout.connect(self._on_stats_due)
        self.action_longest_first.toggled.connect(self._longest_first_toggled)
        self.action_stats.triggered.connect(self.show_stats)
        self.action_settings.triggered.connect(self.open_settings)

    @property
    def _api(self) -> ReplySpeedApi | None:
        api = self.controller.api
        return ReplySpeedApi(api) if api is not None and api.tokens is not None else None

    def _spawn(self, coro: Any) -> None:
        self.controller._spawn(coro)

    # ---- test-facing accessors ----------------------------------------------------------

    def pill(self, conversation_id: str) -> WaitingPill | None:
        return self._pills.get(conversation_id)

    def banner(self, conversation_id: str) -> OfferBanner | None:
        banner = self._banners.get(conversation_id)
        return banner if banner is not None and not banner.isHidden() else None

    def first_reply_text(self, conversation_id: str) -> str:
        label = self._first_reply.get(conversation_id)
        return label.text() if label is not None and not label.isHidden() else ""

    # ---- tabs ---------------------------------------------------------------------------

    def _on_opened(self, conversation_id: str) -> None:
        tab = self.window.chat_tab(conversation_id)
        if tab is None:
            return
        pill = WaitingPill()
        self._pills[conversation_id] = pill
        index = self.window.ui.tabs.indexOf(tab)
        self.window.ui.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, pill)
        label = QLabel(tab)
        label.setObjectName("firstReplyLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.hide()
        tab.ui.timerLayout.addWidget(label)
        self._first_reply[conversation_id] = label
        self._apply_summary(tab)
        self.tick()

    def _on_closed(self, conversation_id: str) -> None:
        # The tab bar deletes the pill with its tab; the rest went with the ChatTab.
        self._pills.pop(conversation_id, None)
        self._banners.pop(conversation_id, None)
        self._first_reply.pop(conversation_id, None)
        self._reassigned.pop(conversation_id, None)
        self._asked_first_reply.discard(conversation_id)
        self.tick()

    def _banner_for(self, tab: ChatTab) -> OfferBanner:
        banner = self._banners.get(tab.conversation_id)
        if banner is None:
            banner = OfferBanner(tab.conversation_id, tab)
            tab.ui.chatLayout.insertWidget(1, banner)
            banner.sig_take_requested.connect(self._on_take_requested)
            banner.sig_close_requested.connect(self.window.close_conversation)
            self._banners[tab.conversation_id] = banner
        return banner

    def _apply_summary(self, tab: ChatTab) -> None:
        """Take banner and first-reply time, after the tab took a (new) summary."""
        summary = tab.summary
        if tab.conversation_id in self._reassigned:
            return
        if summary.needs_take:
            self._banner_for(tab).show_offer(summary.alias)
            tab.ui.composer.setEnabled(False)
            tab.ui.sendButton.setEnabled(False)
        else:
            banner = self._banners.get(tab.conversation_id)
            if banner is not None and banner.mode == "offer":
                banner.hide()
                tab.ui.composer.setEnabled(not tab.ended)
                tab.ui.sendButton.setEnabled(not tab.ended)
        label = self._first_reply.get(tab.conversation_id)
        seconds = first_reply_seconds(summary)
        if label is not None:
            if seconds is None:
                label.hide()
            else:
                label.setText(self.tr("First reply in %1").replace(
                    "%1", format_first_reply(seconds)))
                label.show()

    def tick(self) -> None:
        """Recompute every waiting clock, colour, order and the queue; plan the next wake."""
        now_ms = self.clock.now_ms()
        starts: list[datetime] = []
        order: list[tuple[str, datetime | None]] = []
        for conversation_id, tab in self.window.tabs_by_conversation_id.items():
            pill = self._pills.get(conversation_id)
            if conversation_id in self._reassigned:
                order.append((conversation_id, None))
                continue
            if tab.summary.needs_take and tab.ui.composer.isEnabled():
                self._apply_summary(tab)
            last = tab.model.last_item()
            since = waiting_since(tab.summary, (last.own, last.created_at) if last else None,
                                  tab.model.has_own_message())
            order.append((conversation_id, since))
            if since is not None:
                starts.append(since)
            if pill is not None:
                pill.show_clock(WaitingClock.at(since, self.clock, self.thresholds))
        oldest = self.queue.oldest_queued_at if self.queue.waiting else None
        self.queue_panel.show_queue(self.queue.waiting,
                                    WaitingClock.at(oldest, self.clock, self.thresholds))
        if oldest is not None:
            starts.append(oldest)
        if self.longest_first:
            self._reorder(longest_waiting_first(order))
        wait = ms_until_next_change(starts, now_ms)
        if wait is None:
            self._timer.stop()
            self.next_wake_ms = None
        else:
            delay = max(MIN_GAP_MS, int(wait) + 2)
            self.next_wake_ms = now_ms + delay
            self._timer.start(delay)
        self.sig_ticked.emit()

    def _reorder(self, wanted: list[str]) -> None:
        tabs = self.window.ui.tabs
        bar = tabs.tabBar()
        for target, conversation_id in enumerate(wanted):
            tab = self.window.chat_tab(conversation_id)
            if tab is None:
                continue
            index = tabs.indexOf(tab)
            if index != target and index >= 0:
                bar.moveTab(index, target)

    # ---- server events ------------------------------------------------------------------

    def _on_event(self, envelope: EventEnvelope) -> None:
        kind = envelope.type
        if kind == EventType.QUEUE_CHANGED:
            self.queue = QueueStatus.model_validate(envelope.data)
        elif kind == EventType.CONVERSATION_REASSIGNED:
            self._show_reassigned(ReassignedNotice.model_validate(envelope.data))
        elif kind in (EventType.CONVERSATION_OFFERED, EventType.CONVERSATION_ENDED):
            summary = ConversationSummary.model_validate(envelope.data)
            tab = self.window.chat_tab(summary.id)
            if tab is not None:
                if kind == EventType.CONVERSATION_OFFERED:
                    self._offered_again(tab)
                self._apply_summary(tab)
        elif kind == EventType.MESSAGE_CREATED:
            message = MessageOut.model_validate(envelope.data)
            if message.sender == SenderRole.RESPONDER:
                self._first_reply_recorded(message.conversation_id)
        if kind in (EventType.MESSAGE_CREATED, EventType.CONVERSATION_OFFERED,
                    EventType.CONVERSATION_REASSIGNED, EventType.CONVERSATION_CLOSED):
            self._stats_changed()
        self.tick()

    def _first_reply_recorded(self, conversation_id: str) -> None:
        """Our first message is stored: fetch the first-reply time the server recorded."""
        tab = self.window.chat_tab(conversation_id)
        if (tab is None or tab.summary.first_reply_at is not None
                or conversation_id in self._asked_first_reply):
            return
        self._asked_first_reply.add(conversation_id)
        self._spawn(self._refresh_summary(conversation_id))

    async def _refresh_summary(self, conversation_id: str) -> None:
        api = self.controller.api
        if api is None:
            return
        try:
            summary = await api.get_conversation(conversation_id)
        except ApiError as exc:
            log.info("could not refresh the conversation: %s", exc.message)
            self._asked_first_reply.discard(conversation_id)
            return
        tab = self.window.chat_tab(conversation_id)
        if tab is not None:
            self.window.open_conversation(summary)
            self._apply_summary(tab)
            self.tick()

    def _show_reassigned(self, notice: ReassignedNotice) -> None:
        tab = self.window.chat_tab(notice.conversation_id)
        if tab is None:
            return
        self._reassigned[notice.conversation_id] = notice
        # No longer ours: shown as not active, so nothing counts it as a client waiting for
        # us (tray counts, escalating alerts) and nothing can be sent.
        tab.update_summary(tab.summary.model_copy(update={"state": ConversationState.CLOSED}))
        tab.ui.composer.setPlaceholderText(self.tr("%1 is now with another responder.")
                                           .replace("%1", notice.alias))
        banner = self._banner_for(tab)
        banner.show_reassigned(notice.alias, format_clock(notice.after_seconds))
        tab.ui.composer.setEnabled(False)
        tab.ui.sendButton.setEnabled(False)
        tab.ui.wrapUpButton.hide()
        tab.ui.waitingLabel.hide()
        pill = self._pills.get(notice.conversation_id)
        if pill is not None:
            pill.show_fixed(self.tr("Reassigned"), "reassigned")
        index = self.window.ui.tabs.indexOf(tab)
        if index >= 0:
            self.window.ui.tabs.setTabToolTip(index, self.tr(
                "%1 was reassigned to another responder").replace("%1", notice.alias))

    def _offered_again(self, tab: ChatTab) -> None:
        """A chat taken away earlier came back to us (reassigned again)."""
        if self._reassigned.pop(tab.conversation_id, None) is None:
            return
        banner = self._banners.get(tab.conversation_id)
        if banner is not None:
            banner.hide()
        tab.ui.wrapUpButton.show()
        pill = self._pills.get(tab.conversation_id)
        if pill is not None:
            pill.show_clock(WaitingClock(None, Escalation.NONE))

    def is_reassigned(self, conversation_id: str) -> bool:
        return conversation_id in self._reassigned

    # ---- sign-in, queue, assignment mode ------------------------------------------------

    @asyncSlot()
    async def _on_signed_in(self) -> None:
        api = self._api
        if api is None:
            return
        try:
            mode = AssignmentMode.ACCEPT if self.accept_mode else AssignmentMode.AUTO
            await api.set_assignment_mode(mode)
            self.queue = await api.queue()
        except ApiError as exc:
            log.info("reply speed set-up failed: %s", exc.message)
        self.tick()

    def _on_signed_out(self) -> None:
        self.queue = QueueStatus(waiting=0)
        self.tick()

    @asyncSlot(str)
    async def _on_take_requested(self, conversation_id: str) -> None:
        await self.take(conversation_id)

    async def take(self, conversation_id: str) -> None:
        api = self._api
        banner = self._banners.get(conversation_id)
        if api is None:
            return
        if banner is not None:
            banner.set_taking(True)
        try:
            summary = await api.take(conversation_id)
        except ApiError as exc:
            if banner is not None:
                banner.set_taking(False)
            self.controller._report(exc.message)
            return
        tab = self.window.chat_tab(conversation_id)
        if tab is not None:
            self.window.open_conversation(summary)
            self._apply_summary(tab)
            if tab is self.window.current_tab:
                tab.composer.setFocus()
        self.tick()

    # ---- settings -----------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = ReplySpeedSettingsDialog(self.thresholds, self.longest_first, self.accept_mode,
                                          self.window)
        self.settings_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_settings(
            dialog.thresholds, dialog.longest_first, dialog.accept_mode))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def apply_settings(self, thresholds: ReplyThresholds, longest_first: bool,
                       accept_mode: bool) -> None:
        self.thresholds = thresholds.normalised()
        self.settings.waiting_amber_s = self.thresholds.amber_s
        self.settings.waiting_red_s = self.thresholds.red_s
        self.settings.longest_waiting_first = longest_first
        self.action_longest_first.setChecked(longest_first)
        self.longest_first = longest_first
        if accept_mode != self.accept_mode:
            self.accept_mode = accept_mode
            self.settings.accept_mode = accept_mode
            self._spawn(self._push_mode())
        self.settings.sync()
        self.tick()

    async def _push_mode(self) -> None:
        api = self._api
        if api is None:
            return
        try:
            await api.set_assignment_mode(
                AssignmentMode.ACCEPT if self.accept_mode else AssignmentMode.AUTO)
        except ApiError as exc:
            self.controller._report(exc.message)

    def _longest_first_toggled(self, checked: bool) -> None:
        if checked != self.longest_first:
            self.longest_first = checked
            self.settings.longest_waiting_first = checked
            self.settings.sync()
            self.tick()

    # ---- statistics ---------------------------------------------------------------------

    def show_stats(self) -> StatsPanel:
        if self.stats_panel is None:
            self.stats_panel = StatsPanel(self.window)
            self.stats_panel.sig_refresh_requested.connect(self._stats_changed)
        self.stats_panel.show()
        self.stats_panel.raise_()
        self.stats_panel.activateWindow()
        return self.stats_panel

    def _stats_changed(self) -> None:
        if self.stats_panel is not None and self.stats_panel.isVisible():
            self._stats_timer.start()

    def _on_stats_due(self) -> None:
        # A debounce timer may fire after the app's asyncio loop has stopped (closing, or a
        # test that has finished): then there is nobody to show the figures to.
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        self._spawn(self.refresh_stats())

    async def refresh_stats(self) -> None:
        api, panel = self._api, self.stats_panel
        if api is None or panel is None:
            return
        try:
            stats = await api.stats()
        except ApiError as exc:
            panel.show_error(exc.message)
            return
        except asyncio.CancelledError:
            raise
        panel.show_stats(stats)
        self.sig_stats_shown.emit()
