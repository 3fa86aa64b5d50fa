"""What clients on the web page tell the responder besides their messages: that they are
typing, and how they rated a chat.

Typing, both ways:
- a client's `typing.changed` shows "Mei is typing…" under the alias in that chat's
  header for TYPING_SHOW_MS, or until their message arrives. A notice older than
  TYPING_STALE_S by the server's clock (one replayed after a reconnect) is ignored;
- while the responder types a reply, the page is told at most every TYPING_SEND_EVERY_S
  (the server drops notices that come closer together anyway).

Ratings: a section of the statistics window (through the host's
`add_statistics_section`), refreshed whenever the window shows fresh figures and whenever a
`conversation.rated` event arrives while it is open.

Test-facing hooks:
    center.typing_text(conversation_id)   the header's typing text ("" when hidden)
    await center.refresh_ratings()
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from responder_app.features.client_feedback.api import WebClientApi
from responder_app.services.api_client import ApiError
from responder_app.services.i18n import isolate
from responder_app.shell.host import FeatureHost
from responder_wire.client_feedback import TYPING_STALE_S, TypingNotice
from responder_wire.models import ConversationSummary, MessageOut, SenderRole

if TYPE_CHECKING:
    from responder_app.features.client_feedback.ratings_section import RatingsSection

__all__ = ["ClientFeedbackFeature"]

log = logging.getLogger(__name__)

TYPING_SHOW_MS = 5000
TYPING_SEND_EVERY_S = 2.5


class ClientFeedbackFeature(QObject):
    sig_typing_changed = Signal(str, str)  # conversation_id, text ("" when hidden)
    sig_ratings_shown = Signal()

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.window = host.window
        self.clock = host.clock
        self.ratings: RatingsSection | None = None  # built with the statistics window
        self._labels: dict[str, QLabel] = {}
        self._timers: dict[str, QTimer] = {}
        self._last_sent: dict[str, float] = {}
        e = host.events
        e.sig_typing_changed.connect(self._on_typing)
        e.sig_message_created.connect(self._on_message)
        e.sig_conversation_ended.connect(self._on_chat_over)
        e.sig_conversation_closed.connect(self._on_chat_over)
        e.sig_conversation_rated.connect(lambda _rating: self._on_rated())
        host.add_statistics_section(self._build_ratings)
        self.window.sig_conversation_opened.connect(self._on_opened)
        self.window.sig_conversation_closed.connect(self._on_closed)
        host.sig_statistics_shown.connect(self._on_stats_shown)

    @property
    def _api(self) -> WebClientApi | None:
        api = self.host.session.api
        return WebClientApi(api) if api is not None and api.tokens is not None else None

    def typing_text(self, conversation_id: str) -> str:
        label = self._labels.get(conversation_id)
        return label.text() if label is not None and not label.isHidden() else ""

    # ---- typing -------------------------------------------------------------------------

    def _on_opened(self, conversation_id: str) -> None:
        tab = self.host.chat_tab(conversation_id)
        if tab is None or conversation_id in self._labels:
            return
        label = QLabel(tab)
        label.setObjectName("typingLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)  # the alias is the client's text
        label.hide()
        tab.add_title_widget(label)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(TYPING_SHOW_MS)
        timer.timeout.connect(partial(self._hide_typing, conversation_id))
        self._labels[conversation_id] = label
        self._timers[conversation_id] = timer
        tab.sig_composer_edited.connect(self._composer_changed)

    def _on_closed(self, conversation_id: str) -> None:
        self._labels.pop(conversation_id, None)  # went with its tab
        timer = self._timers.pop(conversation_id, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()
        self._last_sent.pop(conversation_id, None)

    def _show_typing(self, conversation_id: str, alias: str) -> None:
        label = self._labels.get(conversation_id)
        if label is None:
            return
        text = self.tr("%1 is typing…").replace("%1", isolate(alias))
        label.setText(text)
        label.show()
        self._timers[conversation_id].start()
        self.sig_typing_changed.emit(conversation_id, text)

    def _hide_typing(self, conversation_id: str) -> None:
        label = self._labels.get(conversation_id)
        if label is None or label.isHidden():
            return
        label.hide()
        self._timers[conversation_id].stop()
        self.sig_typing_changed.emit(conversation_id, "")

    def _composer_changed(self, conversation_id: str) -> None:
        tab = self.host.chat_tab(conversation_id)
        api = self._api
        if tab is None or api is None or tab.ended or not tab.composer.toPlainText().strip():
            return
        now = time.monotonic()
        if now - self._last_sent.get(conversation_id, -TYPING_SEND_EVERY_S) \
                < TYPING_SEND_EVERY_S:
            return
        self._last_sent[conversation_id] = now
        self.host.session.spawn(self._send_typing(api, conversation_id))

    @staticmethod
    async def _send_typing(api: WebClientApi, conversation_id: str) -> None:
        with contextlib.suppress(ApiError):  # only a courtesy; never bother the responder
            await api.typing(conversation_id)

    # ---- events -------------------------------------------------------------------------

    def _on_typing(self, notice: TypingNotice) -> None:
        if (notice.sender == SenderRole.CLIENT
                and self.clock.seconds_since(notice.at) <= TYPING_STALE_S):
            self._show_typing(notice.conversation_id, notice.alias)

    def _on_message(self, message: MessageOut) -> None:
        if message.sender == SenderRole.CLIENT:
            self._hide_typing(message.conversation_id)

    def _on_chat_over(self, summary: ConversationSummary) -> None:
        self._hide_typing(summary.id)

    def _on_rated(self) -> None:
        if self.ratings is not None and self.ratings.isVisible():
            self.host.session.spawn(self.refresh_ratings())

    # ---- ratings ------------------------------------------------------------------------

    def _build_ratings(self, parent: QWidget) -> QWidget:
        from responder_app.features.client_feedback.ratings_section import RatingsSection

        self.ratings = RatingsSection(parent)
        return self.ratings

    def _on_stats_shown(self) -> None:
        self.host.session.spawn(self.refresh_ratings())

    async def refresh_ratings(self) -> None:
        api, section = self._api, self.ratings
        if api is None or section is None:
            return
        try:
            stats = await api.ratings()
        except ApiError as exc:
            section.show_error(exc.message)
            return
        except asyncio.CancelledError:
            raise
        section.show_ratings(stats)
        self.sig_ratings_shown.emit()
