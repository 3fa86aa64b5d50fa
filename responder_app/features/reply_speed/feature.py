"""Reply speed in the inbox: a live waiting clock on every chat's tab (m:ss, coloured
calm → amber → red by the settings' thresholds), "longest waiting first" tab order, the
first-reply time in each chat's header (and the client's real wait where it differs),
accept mode's "Take", the reassigned notice, the queue indicator and the statistics panel.

Since when a client waits is the one waiting rule's answer (`services.waiting`), computed
by the shell's one ticker; this feature only draws it, on every `sig_ticked`.

Test-facing hooks:
    feature.pill(conversation_id)        WaitingPill on that tab (.text(), .level)
    feature.banner(conversation_id)      OfferBanner or None (.mode: "offer" | "reassigned")
    feature.first_reply_text(cid)        the header's first-reply text ("" if none yet)
    feature.queue_panel                  QueuePanel (.ui.queueLabel)
    feature.stats_panel                  StatsPanel (created on first use)
    feature.tick()                       recompute every clock now (the shell's ticker)
    feature.action_take                  "Take this client" (the chat on screen)
    await feature.take(conversation_id)
    await feature.refresh_stats()
    feature.apply_settings(thresholds, longest_first, accept_mode)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget
from qasync import asyncSlot

from responder_app.features.reply_speed.api import ReplySpeedApi
from responder_app.features.reply_speed.clocks import (
    ReplyThresholds,
    WaitingClock,
    WaitLevel,
    format_clock,
    format_first_reply,
)
from responder_app.features.reply_speed.settings import ReplySpeedSettings
from responder_app.features.reply_speed.widgets import (
    OfferBanner,
    QueuePanel,
    ReplySpeedPage,
    WaitingPill,
)
from responder_app.services.api_client import ApiError
from responder_app.services.event_stream import ConnectionState, StreamStatus
from responder_app.services.i18n import isolate
from responder_app.services.waiting import first_reply, longest_waiting_first
from responder_app.shell.host import FeatureHost
from responder_app.ui.chat_tab import ChatTab
from responder_wire.models import (
    ConversationSummary,
    MessageOut,
    SenderRole,
)
from responder_wire.reply_speed import AssignmentMode, QueueStatus, ReassignedNotice

if TYPE_CHECKING:
    from responder_app.features.reply_speed.stats_panel import StatsPanel

__all__ = ["ReplySpeedFeature"]

log = logging.getLogger(__name__)

STATS_DEBOUNCE_MS = 400
TAKE_LOCK = "reply_speed.take"


class ReplySpeedFeature(QObject):
    sig_ticked = Signal()  # after every redraw (benchmarks count them)
    sig_stats_shown = Signal()  # the panel shows fresh figures

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.window = host.window
        self.settings = ReplySpeedSettings(host.settings)
        self.clock = host.clock
        self.thresholds = ReplyThresholds(self.settings.waiting_amber_s,
                                          self.settings.waiting_red_s).normalised()
        self.longest_first = self.settings.longest_waiting_first
        self.accept_mode = self.settings.accept_mode
        self.queue = QueueStatus(waiting=0)
        self._queue_events = 0  # queue.changed events seen (a read racing one is dropped)
        self._queue_reading = False
        self._queue_read_again = False
        self._pills: dict[str, WaitingPill] = {}
        self._banners: dict[str, OfferBanner] = {}
        self._first_reply: dict[str, QLabel] = {}
        self._reassigned: dict[str, ReassignedNotice] = {}
        self._asked_first_reply: set[str] = set()
        self.stats_panel: StatsPanel | None = None
        self.page: ReplySpeedPage | None = None  # its Preferences page, once built

        self.queue_panel = QueuePanel(self.window)
        self.window.add_status_widget(self.queue_panel)
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(STATS_DEBOUNCE_MS)
        self._add_actions()
        self._connect_signals()

    # ---- wiring -------------------------------------------------------------------------

    def _add_actions(self) -> None:
        self.action_longest_first = QAction(self.tr("&Longest waiting first"), self.window)
        self.action_longest_first.setCheckable(True)
        self.action_longest_first.setChecked(self.longest_first)
        self.action_stats = QAction(self.tr("Reply speed s&tatistics…"), self.window)
        self.action_settings = QAction(self.tr("Reply speed s&ettings…"), self.window)
        # Accept mode's "Take" for the chat on screen (its key is the shell's: keyboard.py).
        self.action_take = QAction(self.tr("T&ake this client"), self.window)
        self.action_take.setObjectName("action_take")
        for action in (self.action_take, self.action_longest_first, self.action_stats,
                       self.action_settings):
            self.window.add_menu_action("chat", action)
        self.host.add_preferences_page("reply_speed", self.tr("Reply speed"),
                                       self._build_page, order=30)

    def _connect_signals(self) -> None:
        h, e, w = self.host, self.host.events, self.window
        e.sig_queue_changed.connect(self._on_queue_changed)
        e.sig_conversation_reassigned.connect(self._show_reassigned)
        e.sig_conversation_offered.connect(self._on_offered)
        e.sig_conversation_ended.connect(self._on_summary_event)
        e.sig_message_created.connect(self._on_message)
        e.sig_conversation_closed.connect(lambda _s: self._stats_changed())
        h.session.sig_signed_in.connect(self._on_signed_in)
        h.session.sig_signed_out.connect(self._on_signed_out)
        h.session.sig_availability_changed.connect(lambda _a: self.reread_queue())
        h.session.sig_connection_changed.connect(self._on_connection_changed)
        w.sig_conversation_opened.connect(self._on_opened)
        w.sig_conversation_closed.connect(self._on_closed)
        h.ticker.sig_ticked.connect(self._redraw)
        self._stats_timer.timeout.connect(self._on_stats_due)
        self.action_longest_first.toggled.connect(self._longest_first_toggled)
        self.action_stats.triggered.connect(self.show_stats)
        self.action_settings.triggered.connect(self.open_settings)
        self.action_take.triggered.connect(self._take_current)

    @property
    def _api(self) -> ReplySpeedApi | None:
        api = self.host.session.api
        return ReplySpeedApi(api) if api is not None and api.tokens is not None else None

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        self.host.session.spawn(coro)

    # ---- test-facing accessors ----------------------------------------------------------

    def pill(self, conversation_id: str) -> WaitingPill | None:
        return self._pills.get(conversation_id)

    def banner(self, conversation_id: str) -> OfferBanner | None:
        banner = self._banners.get(conversation_id)
        return banner if banner is not None and not banner.isHidden() else None

    def first_reply_text(self, conversation_id: str) -> str:
        label = self._first_reply.get(conversation_id)
        return label.text() if label is not None and not label.isHidden() else ""

    @property
    def next_wake_ms(self) -> float | None:
        return self.host.ticker.next_wake_ms

    # ---- tabs ---------------------------------------------------------------------------

    def _on_opened(self, conversation_id: str) -> None:
        tab = self.window.chat_tab(conversation_id)
        if tab is None:
            return
        pill = WaitingPill()
        self._pills[conversation_id] = pill
        self.window.set_tab_badge(conversation_id, pill)
        label = QLabel(tab)
        label.setObjectName("firstReplyLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)  # two lines in a narrow window rather than a wider header
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.hide()
        tab.add_header_widget(label)
        self._first_reply[conversation_id] = label
        tab.sig_state_changed.connect(self._on_tab_state_changed)
        self._apply_summary(tab)

    def _on_closed(self, conversation_id: str) -> None:
        # The tab bar deletes the pill with its tab; the rest went with the ChatTab.
        self._pills.pop(conversation_id, None)
        self._banners.pop(conversation_id, None)
        self._first_reply.pop(conversation_id, None)
        self._reassigned.pop(conversation_id, None)
        self._asked_first_reply.discard(conversation_id)

    def _on_tab_state_changed(self, conversation_id: str) -> None:
        tab = self.window.chat_tab(conversation_id)
        if tab is not None:
            self._apply_summary(tab)

    def _banner_for(self, tab: ChatTab) -> OfferBanner:
        banner = self._banners.get(tab.conversation_id)
        if banner is None:
            banner = OfferBanner(tab.conversation_id, tab)
            tab.add_banner(banner)
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
            tab.lock_composer(TAKE_LOCK, self.tr("Take %1's chat to reply.")
                              .replace("%1", isolate(summary.alias)))
        else:
            banner = self._banners.get(tab.conversation_id)
            if banner is not None and banner.mode == "offer":
                banner.hide()
            tab.unlock_composer(TAKE_LOCK)
        label = self._first_reply.get(tab.conversation_id)
        figures = first_reply(summary)
        if label is not None:
            if figures is None:
                label.hide()
            else:
                text = self.tr("First reply in %1").replace(
                    "%1", format_first_reply(figures.credited_s))
                if figures.differs:
                    text += " · " + self.tr("client waited %1").replace(
                        "%1", format_first_reply(figures.client_waited_s))
                label.setText(text)
                label.show()

    def tick(self) -> None:
        """Recompute every waiting clock now (through the shell's one ticker)."""
        self.host.ticker.tick()

    def _redraw(self) -> None:
        """After each tick: every pill, the queue line and (if asked) the tab order."""
        ticker = self.host.ticker
        order: list[tuple[str, Any]] = []
        for conversation_id in self.window.tab_order():
            since = ticker.waiting_since(conversation_id)
            order.append((conversation_id, since))
            pill = self._pills.get(conversation_id)
            if pill is not None and conversation_id not in self._reassigned:
                pill.show_clock(WaitingClock.at(since, self.clock, self.thresholds))
        oldest = self.queue.oldest_queued_at if self.queue.waiting else None
        self.queue_panel.show_queue(self.queue.waiting,
                                    WaitingClock.at(oldest, self.clock, self.thresholds))
        if oldest is not None:
            ticker.extra_starts["queue"] = oldest
        else:
            ticker.extra_starts.pop("queue", None)
        if self.longest_first:
            self.window.order_tabs(longest_waiting_first(order))
        self.sig_ticked.emit()

    # ---- server events ------------------------------------------------------------------

    def _on_queue_changed(self, queue: QueueStatus) -> None:
        self._queue_events += 1
        self.queue = queue
        self.host.ticker.schedule()

    # The server sends `queue.changed` only to responders not offline and only while their
    # stream is open: after a gap in the events (a reconnect) or an availability change the
    # count shown may be stale, so it is dropped and read again (GET /queue).

    def _on_connection_changed(self, status: StreamStatus) -> None:
        if status.state == ConnectionState.CONNECTED:
            self.reread_queue()
        elif self.queue.waiting:
            self.queue = QueueStatus(waiting=0)  # nothing shown that nobody keeps true
            self.host.ticker.schedule()

    def reread_queue(self) -> None:
        """Read the queue from the server (again if a read is under way)."""
        if self._queue_reading:
            self._queue_read_again = True
            return
        if self._api is None:
            return
        task = self.host.session.spawn(self._read_queue())
        if task is not None:
            self._queue_reading = True
            task.add_done_callback(self._queue_read_done)

    def _queue_read_done(self, _task: object) -> None:
        self._queue_reading = False

    async def _read_queue(self) -> None:
        while True:
            self._queue_read_again = False
            api = self._api
            if api is None:
                return
            seen = self._queue_events
            try:
                queue = await api.queue()
            except ApiError as exc:
                log.info("could not read the queue: %s", exc.message)
                return
            if seen == self._queue_events:  # no newer event came meanwhile
                self.queue = queue
                self.host.ticker.schedule()
            if not self._queue_read_again:
                return

    def _on_offered(self, summary: ConversationSummary) -> None:
        tab = self.window.chat_tab(summary.id)
        if tab is not None:
            self._offered_again(tab)
            self._apply_summary(tab)
        self._stats_changed()

    def _on_summary_event(self, summary: ConversationSummary) -> None:
        tab = self.window.chat_tab(summary.id)
        if tab is not None:
            self._apply_summary(tab)

    def _on_message(self, message: MessageOut) -> None:
        if message.sender == SenderRole.RESPONDER:
            self._first_reply_recorded(message.conversation_id)
        self._stats_changed()

    def _first_reply_recorded(self, conversation_id: str) -> None:
        """Our first message is stored: fetch the first-reply time the server recorded."""
        tab = self.window.chat_tab(conversation_id)
        if (tab is None or tab.summary.first_reply_at is not None
                or conversation_id in self._asked_first_reply):
            return
        self._asked_first_reply.add(conversation_id)
        self._spawn(self._refresh_summary(conversation_id))

    async def _refresh_summary(self, conversation_id: str) -> None:
        summary = await self.host.inbox.refresh_summary(conversation_id)
        if summary is None:
            self._asked_first_reply.discard(conversation_id)
            return
        tab = self.window.chat_tab(conversation_id)
        if tab is not None:
            self._apply_summary(tab)

    def _show_reassigned(self, notice: ReassignedNotice) -> None:
        """The inbox already locked the chat (no longer ours); say why, on the tab too."""
        tab = self.window.chat_tab(notice.conversation_id)
        if tab is None:
            return
        self._reassigned[notice.conversation_id] = notice
        tab.unlock_composer(TAKE_LOCK)
        banner = self._banner_for(tab)
        banner.show_reassigned(notice.alias, format_clock(notice.after_seconds))
        pill = self._pills.get(notice.conversation_id)
        if pill is not None:
            pill.show_fixed(self.tr("Reassigned"), "reassigned")
        self._stats_changed()

    def _offered_again(self, tab: ChatTab) -> None:
        """A chat taken away earlier came back to us (reassigned again)."""
        if self._reassigned.pop(tab.conversation_id, None) is None:
            return
        banner = self._banners.get(tab.conversation_id)
        if banner is not None:
            banner.hide()
        pill = self._pills.get(tab.conversation_id)
        if pill is not None:
            pill.show_clock(WaitingClock(None, WaitLevel.NONE))

    # ---- sign-in, queue, assignment mode ------------------------------------------------

    @asyncSlot()
    async def _on_signed_in(self) -> None:
        api = self._api
        if api is None:
            return
        # The server keeps the assignment mode: read it, never write this PC's old choice
        # over one made on another PC (it is written only when the responder changes it).
        try:
            mode = await api.assignment_mode()
        except ApiError as exc:
            log.info("could not read the assignment mode: %s", exc.message)
        else:
            self._adopt_mode(mode == AssignmentMode.ACCEPT)
        self.reread_queue()
        self.tick()

    def _adopt_mode(self, accept_mode: bool) -> None:
        """The server's assignment mode, shown (and kept as the last one known)."""
        if accept_mode == self.accept_mode:
            return
        self.accept_mode = accept_mode
        self.settings.accept_mode = accept_mode
        self.settings.sync()
        if self.page is not None:
            self.page.show_settings(self.thresholds, self.longest_first, accept_mode)

    def _on_signed_out(self) -> None:
        self.queue = QueueStatus(waiting=0)
        self._queue_read_again = False
        self.host.ticker.extra_starts.pop("queue", None)
        self._reassigned.clear()

    @asyncSlot(str)
    async def _on_take_requested(self, conversation_id: str) -> None:
        await self.take(conversation_id)

    def _take_current(self) -> None:
        """The menu entry (or its key): take the chat on screen if it is offered."""
        tab = self.window.current_tab
        if tab is None or not tab.summary.needs_take or tab.conversation_id in self._reassigned:
            self.window.show_notice(self.tr("No client on screen is waiting to be taken."),
                                    4000)
            return
        self._spawn(self.take(tab.conversation_id))

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
            self.host.session.report(exc.message)
            return
        tab = self.window.chat_tab(conversation_id)
        if tab is not None:
            self.window.open_conversation(summary)
            self._apply_summary(tab)
            if tab is self.window.current_tab:
                tab.composer.setFocus()
        self.tick()

    # ---- settings -----------------------------------------------------------------------

    def open_settings(self) -> ReplySpeedPage | None:
        """Preferences, on the reply-speed page."""
        self.host.open_preferences("reply_speed")
        return self.page

    def _build_page(self, parent: QWidget) -> QWidget:
        page = ReplySpeedPage(self.thresholds, self.longest_first, self.accept_mode, parent)
        page.sig_changed.connect(lambda: self.apply_settings(
            page.thresholds, page.longest_first, page.accept_mode))
        self.page = page
        return page

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
            self.host.session.report(exc.message)

    def _longest_first_toggled(self, checked: bool) -> None:
        if checked != self.longest_first:
            self.longest_first = checked
            self.settings.longest_waiting_first = checked
            self.settings.sync()
            if self.page is not None:
                self.page.show_settings(self.thresholds, checked, self.accept_mode)
            self.tick()

    # ---- statistics ---------------------------------------------------------------------

    def show_stats(self) -> StatsPanel:
        if self.stats_panel is None:
            from responder_app.features.reply_speed.stats_panel import StatsPanel  # QtCharts

            self.stats_panel = StatsPanel(self.window)
            for section in self.host.build_statistics_sections(self.stats_panel):
                self.stats_panel.add_section(section)
            self.stats_panel.sig_refresh_requested.connect(self._stats_changed)
        self.stats_panel.show()
        self.stats_panel.raise_()
        self.stats_panel.activateWindow()
        return self.stats_panel

    def _stats_changed(self) -> None:
        if self.stats_panel is not None and self.stats_panel.isVisible():
            self._stats_timer.start()

    def _on_stats_due(self) -> None:
        # A debounce timer may fire after the loop stopped (closing): spawn() then drops it.
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
        self.host.statistics_shown()
