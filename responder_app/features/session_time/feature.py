"""A session's paid time in each chat, by the server's clock.

- The header's session line (`ChatTab.set_session_text`): the paid length before the first
  reply ("15-min session"), then the time left ("12:34 left"), drawn as a warning in the
  last two minutes; "Time is up" once the paid time is over.
- A line above the chat (`add_banner`): two minutes left; the time is up, with the grace
  counting down to `grace_ends_at` ("the chat ends in 4:59 unless the client extends"); an
  extension ("Mei added 30 minutes", for EXTENDED_NOTICE_S). A chat that ended because the
  time ran out says so in the chat tab's own ended banner (its summary's `ended_by`).
- `conversation.time_warning` for a chat not in view: a desktop notification
  (`host.notify`, shown by the alerts feature).

Cheap each second: only the chat in view is redrawn on the shell's ticker (others when
they are shown or an event arrives), and the ticker is asked to wake when its countdown
turns (`ticker.extra_starts`), so the clock never lags. No timer of its own.

Test-facing hooks:
    session_time.header_text(cid)   the header's session line
    session_time.notice(cid)        (text, level) of the line above the chat ("" hidden)
    session_time.time_left(cid)     phases.TimeLeft now
    session_time.refresh(cid)       redraw one chat now
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from responder_app.features.session_time.banner import SessionTimeBanner
from responder_app.features.session_time.phases import Phase, TimeLeft, time_left
from responder_app.services.i18n import isolate
from responder_app.services.notifier import Notice, NoticeKind
from responder_app.shell.host import FeatureHost
from responder_app.ui import locale_format
from responder_wire.session_time import TIME_WARNING_S, SessionTime

__all__ = ["EXTENDED_NOTICE_S", "TICKER_KEY", "SessionTimeFeature"]

EXTENDED_NOTICE_S = 60  # how long "Mei added 30 minutes" stays above the chat
TICKER_KEY = "session_time"


def _warning_minutes() -> int:
    return max(1, round(TIME_WARNING_S / 60))


class SessionTimeFeature(QObject):
    sig_notified = Signal(str, str)  # conversation_id, the notification's text (tests)

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.window = host.window
        self.clock = host.clock
        self._latest: dict[str, SessionTime] = {}  # the newest time event of each chat
        # the phase the server announced last (warning, time up), for how many paid minutes
        self._reached: dict[str, tuple[Phase, int]] = {}
        self._extended_at: dict[str, tuple[datetime, SessionTime]] = {}
        self._banners: dict[str, SessionTimeBanner] = {}
        e = host.events
        e.sig_time_warning.connect(self._on_warning)
        e.sig_time_up.connect(self._on_time_up)
        e.sig_time_extended.connect(self._on_extended)
        self.window.sig_conversation_opened.connect(self._on_opened)
        self.window.sig_conversation_closed.connect(self._on_closed)
        self.window.sig_current_changed.connect(self.refresh)
        host.ticker.sig_ticked.connect(self._on_ticked)
        host.session.sig_signed_out.connect(self._on_signed_out)

    # ---- test-facing --------------------------------------------------------------------

    def header_text(self, conversation_id: str) -> str:
        tab = self.host.chat_tab(conversation_id)
        return tab.session_text if tab is not None else ""

    def notice(self, conversation_id: str) -> tuple[str, str]:
        banner = self._banners.get(conversation_id)
        if banner is None or banner.isHidden():
            return "", ""
        return banner.text, banner.level

    def time_left(self, conversation_id: str) -> TimeLeft | None:
        tab = self.host.chat_tab(conversation_id)
        if tab is None:
            return None
        return time_left(tab.summary, self._latest.get(conversation_id), self.clock.now(),
                         self._reached.get(conversation_id))

    # ---- tabs ---------------------------------------------------------------------------

    def _on_opened(self, conversation_id: str) -> None:
        tab = self.host.chat_tab(conversation_id)
        if tab is None or conversation_id in self._banners:
            return
        banner = SessionTimeBanner(tab)
        tab.add_banner(banner)
        self._banners[conversation_id] = banner
        tab.sig_state_changed.connect(self.refresh)  # a new summary (first reply, the end)
        self.refresh(conversation_id)

    def _on_closed(self, conversation_id: str) -> None:
        self._banners.pop(conversation_id, None)  # went with its tab
        self._latest.pop(conversation_id, None)
        self._reached.pop(conversation_id, None)
        self._extended_at.pop(conversation_id, None)

    def _on_signed_out(self) -> None:
        self._latest.clear()
        self._reached.clear()
        self._extended_at.clear()
        self.host.ticker.extra_starts.pop(TICKER_KEY, None)

    # ---- the clock ----------------------------------------------------------------------

    def _on_ticked(self) -> None:
        tab = self.window.current_tab
        ticker = self.host.ticker
        if tab is None:
            ticker.extra_starts.pop(TICKER_KEY, None)
            return
        left = self.refresh(tab.conversation_id)
        if left is not None and left.countdown_to is not None and left.seconds > 0:
            # a moment just past whose whole seconds are the countdown's: the ticker wakes
            # as it turns to the next second
            ticker.extra_starts[TICKER_KEY] = left.countdown_to - timedelta(
                seconds=left.seconds + 1)
        else:
            ticker.extra_starts.pop(TICKER_KEY, None)

    def refresh(self, conversation_id: str) -> TimeLeft | None:
        """Redraw one chat's session line and notice for now (the server's time)."""
        tab = self.host.chat_tab(conversation_id)
        if tab is None:
            return None
        now = self.clock.now()
        left = time_left(tab.summary, self._latest.get(conversation_id), now,
                         self._reached.get(conversation_id))
        clock = locale_format.clock(left.seconds)
        notice, level = "", ""
        match left.phase:
            case Phase.BEFORE_REPLY | Phase.ENDED:
                tab.set_session_text("")  # the paid length ("15-min session")
            case Phase.RUNNING:
                tab.set_session_text(self.tr("%1 left").replace("%1", clock))
            case Phase.WARNING:
                tab.set_session_text(self.tr("%1 left").replace("%1", clock), "warning")
                notice, level = self.tr("Less than %n minutes left. %1 has been told too.",
                                        "", _warning_minutes()).replace(
                    "%1", isolate(tab.alias)), "warning"
            case Phase.GRACE:
                tab.set_session_text(self.tr("Time is up"), "warning")
                level = "warning"
                if left.seconds > 0:
                    notice = self.tr("Time is up · the chat ends in %1 unless the client "
                                     "extends").replace("%1", clock)
                else:
                    notice = self.tr("Time is up · the chat is ending")
            case Phase.ENDED_BY_TIME:
                tab.set_session_text(self.tr("Time is up"))
        extended = self._extended_at.get(conversation_id)
        if extended is not None:
            at, event = extended
            if (now - at).total_seconds() >= EXTENDED_NOTICE_S or left.phase not in (
                    Phase.RUNNING, Phase.WARNING):
                del self._extended_at[conversation_id]
            elif left.phase == Phase.RUNNING:
                notice, level = self.tr("%1 added %n minutes", "", event.added_minutes).replace(
                    "%1", isolate(tab.alias)), "extended"
        banner = self._banners.get(conversation_id)
        if banner is not None:
            banner.show_notice(notice, level)
        return left

    # ---- events -------------------------------------------------------------------------

    def _remember(self, time: SessionTime) -> None:
        self._latest[time.conversation_id] = time

    def _on_warning(self, time: SessionTime) -> None:
        self._remember(time)
        self._reached[time.conversation_id] = (Phase.WARNING, time.paid_minutes)
        cid = time.conversation_id
        tab = self.host.chat_tab(cid)
        if tab is None:
            return
        self.refresh(cid)
        if not self.host.in_view(cid):
            text = self.tr("%1 has %n minutes left", "", _warning_minutes()).replace(
                "%1", tab.alias)
            self.host.notify(Notice(NoticeKind.TIME, cid, tab.alias, text))
            self.sig_notified.emit(cid, text)

    def _on_time_up(self, time: SessionTime) -> None:
        self._remember(time)
        self._reached[time.conversation_id] = (Phase.GRACE, time.paid_minutes)
        self.refresh(time.conversation_id)

    def _on_extended(self, time: SessionTime) -> None:
        self._remember(time)
        if time.added_minutes > 0:
            self._extended_at[time.conversation_id] = (self.clock.now(), time)
        self.refresh(time.conversation_id)
