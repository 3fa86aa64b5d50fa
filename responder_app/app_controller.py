"""Wires the services (API, event stream, outbox, keyring) to the windows.

Test-facing hooks (for end-to-end tests that drive the real app without dialogs):

    controller = AppController(http=httpx.AsyncClient(), settings=AppSettings.in_file(tmp),
                               credentials=CredentialStore(keyring.backends.fail.Keyring()))
    await controller.sign_in(server_url, email, password, remember=False)  # no dialog
    # -> shows controller.window, goes online, starts the event stream

    controller.window                       MainWindow (QMainWindow)
    controller.tabs_by_conversation_id      dict[str, ChatTab], open chats by conversation id
    controller.chat_tab(conversation_id)    ChatTab | None
    chat_tab.composer                       QPlainTextEdit (Enter sends, Shift+Enter newline)
    chat_tab.model                          TimelineModel (rows: .items(), .row_of(message_id))
    chat_tab.ui.wrapUpButton / .bannerWrapUpButton
    await controller.send(conversation_id, body) -> OutgoingMessage
    await controller.wrap_up(conversation_id)
    await controller.set_availability(Availability.AWAY)
    await controller.sign_out()
    await controller.shutdown()             stops stream and outbox (does not close `http`)

    Signals (all on the controller):
    sig_signed_in()                         after sign-in, window shown
    sig_signed_out()
    sig_conversation_opened(str)            conversation_id, when its tab is added
    sig_conversation_closed(str)            conversation_id, when its tab is removed
    sig_message_shown(str, str)             conversation_id, message_id: a row was added
    sig_message_state_changed(str, str, str) conversation_id, message_id, "sending|sent|failed"
    sig_connection_changed(str)             "connecting" | "connected" | "reconnecting" | "offline"
    sig_availability_changed(str)           "online" | "away" | "offline" (from the server)
    sig_error(str)                          a plain-words error shown to the user
    sig_quit_requested()                    the user closed the window / cancelled sign-in
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import platform
from typing import Any

import httpx
from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QDialog
from qasync import asyncSlot

from responder_app.alert_center import AlertCenter
from responder_app.client_feedback import ClientFeedbackCenter
from responder_app.earnings import EarningsCenter
from responder_app.notes_center import NotesCenter
from responder_app.reply_speed import ReplySpeedCenter
from responder_app.services.api_client import ApiClient, ApiError, normalize_server_url
from responder_app.services.credentials import CredentialStore
from responder_app.services.event_stream import ConnectionState, EventStream, StreamStatus
from responder_app.services.outbox import Outbox, OutgoingMessage
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.main_window import MainWindow
from responder_app.ui.sign_in_dialog import SignInDialog
from responder_wire.models import (
    Availability,
    ConversationState,
    ConversationSummary,
    EventEnvelope,
    EventType,
    MessageOut,
    ResponderProfile,
    TokenPair,
)

__all__ = ["AppController", "wait_for_signal"]

log = logging.getLogger(__name__)

HISTORY_PAGE = 50


async def wait_for_signal(signal: SignalInstance) -> tuple[Any, ...]:
    """Await the next emission of a Qt signal (instead of a nested `exec()`)."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def _fire(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(_fire)
    try:
        return await future
    finally:
        with contextlib.suppress(RuntimeError, TypeError):
            signal.disconnect(_fire)


class AppController(QObject):
    sig_signed_in = Signal()
    sig_signed_out = Signal()
    sig_conversation_opened = Signal(str)
    sig_conversation_closed = Signal(str)
    sig_message_shown = Signal(str, str)
    sig_message_state_changed = Signal(str, str, str)
    sig_connection_changed = Signal(str)
    sig_availability_changed = Signal(str)
    sig_error = Signal(str)
    sig_quit_requested = Signal()
    sig_event_received = Signal(object)  # EventEnvelope, after the windows were updated

    def __init__(
        self,
        *,
        http: httpx.AsyncClient,
        settings: AppSettings | None = None,
        credentials: CredentialStore | None = None,
        clock: ServerClock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.http = http
        self.settings = settings or AppSettings()
        self.credentials = credentials or CredentialStore()
        self.clock = clock or ServerClock()
        self.window = MainWindow(self.clock, self.settings)
        self.api: ApiClient | None = None
        self.stream: EventStream | None = None
        self.outbox: Outbox | None = None
        self.dialog: SignInDialog | None = None
        self._remember = False
        self._email = ""
        self._tasks: set[asyncio.Task[Any]] = set()
        self._connect_signals()
        self.reply_speed = ReplySpeedCenter(self)  # waiting clocks, queue, Take, statistics
        self.alerts = AlertCenter(self)  # notifications, tray, sound, idle-away, cap
        self.earnings = EarningsCenter(self)  # earnings panel, rate line, CSV export
        self.client_feedback = ClientFeedbackCenter(self)  # web clients typing, ratings
        self.notes = NotesCenter(self)  # client notes beside each chat, wrap-up, search

    def _connect_signals(self) -> None:
        w = self.window
        w.sig_send_requested.connect(self._on_send_requested)
        w.sig_retry_requested.connect(self._on_retry_requested)
        w.sig_wrap_up_requested.connect(self._on_wrap_up_requested)
        w.sig_load_older_requested.connect(self._on_load_older_requested)
        w.sig_availability_requested.connect(self._on_availability_requested)
        w.sig_sign_out_requested.connect(self._on_sign_out_requested)
        w.sig_reconnect_requested.connect(self._on_reconnect_requested)
        w.sig_conversation_opened.connect(self.sig_conversation_opened)
        w.sig_conversation_closed.connect(self.sig_conversation_closed)
        w.sig_message_shown.connect(self.sig_message_shown)

    # ---- test-facing accessors ----------------------------------------------------------

    @property
    def tabs_by_conversation_id(self) -> dict[str, ChatTab]:
        return self.window.tabs_by_conversation_id

    def chat_tab(self, conversation_id: str) -> ChatTab | None:
        return self.window.chat_tab(conversation_id)

    @property
    def signed_in(self) -> bool:
        return self.api is not None and self.api.tokens is not None

    # ---- start-up -----------------------------------------------------------------------

    async def start(self) -> bool:
        """Sign in silently with a remembered token, else show the sign-in dialog.
        Returns False if the user cancelled the dialog."""
        if await self.try_silent_sign_in():
            return True
        return await self.sign_in_interactively()

    async def try_silent_sign_in(self) -> bool:
        s = self.settings
        if not (s.remember_me and s.last_email and s.server_url):
            return False
        token = self.credentials.load(s.server_url, s.last_email)
        if not token:
            return False
        api = self._new_api(s.server_url)
        self._remember, self._email = True, s.last_email
        try:
            tokens = await api.sign_in_with_refresh_token(token)
        except ApiError as exc:
            log.info("silent sign-in failed: %s", exc.slug or exc.status)
            if exc.status == 401:
                self.credentials.delete(s.server_url, s.last_email)
            self.api = None
            return False
        await self._after_sign_in(tokens)
        return True

    async def sign_in_interactively(self, error: str = "") -> bool:
        """Show the sign-in dialog (`open()`, not `exec()`) and wait until it closes."""
        s = self.settings
        dialog = SignInDialog(
            server_url=s.server_url, email=s.last_email, remember=s.remember_me,
            keyring_message=self.credentials.unavailable_message,
        )
        self.dialog = dialog
        dialog.show_error(error)
        dialog.sig_submit.connect(self._on_dialog_submit)
        dialog.open()
        (result,) = await wait_for_signal(dialog.finished)
        self.dialog = None
        dialog.deleteLater()
        return result == QDialog.DialogCode.Accepted and self.signed_in

    @asyncSlot(str, str, str, bool)
    async def _on_dialog_submit(self, server: str, email: str, password: str,
                                remember: bool) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.set_busy(True)
        try:
            await self.sign_in(server, email, password, remember=remember)
        except ApiError as exc:
            dialog.set_busy(False)
            dialog.show_error(exc.message)
            return
        dialog.set_busy(False)
        dialog.set_keyring_message(self.credentials.unavailable_message if remember else None)
        dialog.accept()

    async def sign_in(self, server_url: str, email: str, password: str, *,
                      remember: bool = False) -> TokenPair:
        """Sign in with a password (no dialog). Raises `ApiError` with a plain message."""
        url = normalize_server_url(server_url)
        api = self._new_api(url)
        self._remember, self._email = remember, email.strip()
        try:
            tokens = await api.sign_in(email, password)
        except ApiError:
            self.api = None
            raise
        s = self.settings
        s.server_url, s.last_email, s.remember_me = url, email.strip(), remember
        s.sync()
        if not remember:
            self.credentials.delete(url, email)
        await self._after_sign_in(tokens)
        return tokens

    def _new_api(self, server_url: str) -> ApiClient:
        device = f"Responder desktop on {platform.node() or 'this computer'}"[:100]
        self.api = ApiClient(self.http, server_url, clock=self.clock,
                             on_tokens=self._on_tokens, device_name=device)
        return self.api

    def _on_tokens(self, tokens: TokenPair | None) -> None:
        """Keep the (rotating) refresh token in the keyring when "remember me" is on."""
        if self.api is None or not self._remember or tokens is None:
            return
        if not self.credentials.save(self.api.server_url, self._email, tokens.refresh_token):
            message = self.credentials.unavailable_message
            if message:
                self.window.show_notice(message)

    async def _after_sign_in(self, tokens: TokenPair) -> None:
        api = self.api
        assert api is not None
        profile = tokens.responder
        self.window.set_account(profile.display_name, profile.email)
        self.window.set_availability(profile.availability)
        self.outbox = Outbox(api, self._on_outgoing_changed)
        self.stream = EventStream(
            api, on_event=self._on_event, on_status=self._on_status,
            on_snapshot=self._on_snapshot, on_auth_lost=self._on_auth_lost,
        )
        self.window.close_handler = self._close_from_window
        self.window.show()
        self.stream.start()
        self.sig_signed_in.emit()
        if profile.availability != Availability.ONLINE:
            await self.set_availability(Availability.ONLINE)

    # ---- sign-out / shutdown ------------------------------------------------------------

    async def _stop_session(self) -> None:
        if self.stream is not None:
            await self.stream.stop()
            self.stream = None
        if self.outbox is not None:
            await self.outbox.aclose()
            self.outbox = None
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()

    async def sign_out(self) -> None:
        api = self.api
        await self._stop_session()
        if api is not None:
            with contextlib.suppress(ApiError):
                await api.sign_out()
            self.credentials.delete(api.server_url, self._email)
        self.settings.remember_me = False
        self.settings.sync()
        self.api = None
        self.window.close_all_conversations()
        self.window.set_availability(None)
        self.sig_signed_out.emit()

    @asyncSlot()
    async def _on_sign_out_requested(self) -> None:
        await self.sign_out()
        self.window.close_handler = None
        self.window.hide()
        if not await self.sign_in_interactively():
            self.sig_quit_requested.emit()

    async def _close_from_window(self) -> None:
        await self.shutdown()
        self.sig_quit_requested.emit()

    async def shutdown(self) -> None:
        """Stop the session when the app closes (tokens stay valid for a silent restart)."""
        api = self.api
        if api is not None and api.tokens is not None:
            with contextlib.suppress(ApiError, asyncio.TimeoutError):
                await asyncio.wait_for(api.set_availability(Availability.OFFLINE), timeout=2.0)
        await self._stop_session()

    # ---- events -------------------------------------------------------------------------

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _on_status(self, status: StreamStatus) -> None:
        self.window.set_connection_status(status)
        self.sig_connection_changed.emit(status.state.value)
        if status.state == ConnectionState.CONNECTED and self.outbox is not None:
            self.outbox.retry_all_failed()  # replies typed during an outage go out now

    def _on_auth_lost(self, error: ApiError) -> None:
        self.window.show_notice(error.message, 0)
        self.sig_error.emit(error.message)
        self._spawn(self._reauthenticate(error.message))

    async def _reauthenticate(self, message: str) -> None:
        await self._stop_session()
        self.api = None
        self.window.close_handler = None
        self.window.close_all_conversations()
        self.window.hide()
        self.sig_signed_out.emit()
        if not await self.sign_in_interactively(message):
            self.sig_quit_requested.emit()

    async def _on_snapshot(self, conversations: list[ConversationSummary]) -> None:
        open_ids = {c.id for c in conversations}
        for conversation_id in list(self.tabs_by_conversation_id):
            if conversation_id not in open_ids:
                self.window.close_conversation(conversation_id)
        for summary in conversations:
            self._open(summary)

    def _open(self, summary: ConversationSummary) -> None:
        if summary.state not in (ConversationState.ACTIVE, ConversationState.ENDED):
            return
        is_new = summary.id not in self.tabs_by_conversation_id
        tab = self.window.open_conversation(summary)
        if is_new:
            tab.loading_history = True
            self._spawn(self._load_history(summary.id))

    def _on_event(self, envelope: EventEnvelope) -> None:
        kind = envelope.type
        if kind in (EventType.CONVERSATION_OFFERED, EventType.CONVERSATION_ENDED):
            self._open(ConversationSummary.model_validate(envelope.data))
        elif kind == EventType.CONVERSATION_CLOSED:
            summary = ConversationSummary.model_validate(envelope.data)
            self.window.close_conversation(summary.id)
        elif kind == EventType.MESSAGE_CREATED:
            message = MessageOut.model_validate(envelope.data)
            if message.conversation_id in self.tabs_by_conversation_id:
                self.window.show_message(message)
            else:
                self._spawn(self._open_by_id(message.conversation_id))
        elif kind == EventType.PRESENCE_CHANGED:
            profile = ResponderProfile.model_validate(envelope.data)
            self._show_availability(profile.availability)
        self.sig_event_received.emit(envelope)

    def _show_availability(self, availability: Availability) -> None:
        self.window.set_availability(availability)
        self.sig_availability_changed.emit(availability.value)

    async def _open_by_id(self, conversation_id: str) -> None:
        if self.api is None:
            return
        try:
            summary = await self.api.get_conversation(conversation_id)
        except ApiError as exc:
            log.info("could not open conversation: %s", exc.message)
            return
        self._open(summary)

    async def _load_history(self, conversation_id: str) -> None:
        tab = self.chat_tab(conversation_id)
        if tab is None or self.api is None:
            return
        before = tab.model.oldest_position if tab.history_loaded else None
        try:
            page = await self.api.messages(conversation_id, before=before, limit=HISTORY_PAGE)
        except ApiError as exc:
            tab = self.chat_tab(conversation_id)
            if tab is not None:
                tab.history_failed(exc.message)
            return
        # the tab may have been closed meanwhile; show_history ignores that
        self.window.show_history(conversation_id, page)

    # ---- user actions -------------------------------------------------------------------

    async def send(self, conversation_id: str, body: str) -> OutgoingMessage:
        if self.outbox is None:
            raise ApiError("You're not signed in.")
        outgoing = self.outbox.send(conversation_id, body)
        self.window.show_outgoing(outgoing, new=True)
        self.sig_message_state_changed.emit(conversation_id, outgoing.id, outgoing.state.value)
        return outgoing

    @asyncSlot(str, str)
    async def _on_send_requested(self, conversation_id: str, body: str) -> None:
        try:
            await self.send(conversation_id, body)
        except ApiError as exc:
            self._report(exc.message)

    def _on_outgoing_changed(self, outgoing: OutgoingMessage) -> None:
        self.window.show_outgoing(outgoing)
        self.sig_message_state_changed.emit(
            outgoing.conversation_id, outgoing.id, outgoing.state.value)

    @asyncSlot(str, str)
    async def _on_retry_requested(self, conversation_id: str, message_id: str) -> None:
        if self.outbox is not None:
            self.outbox.retry(message_id)

    async def wrap_up(self, conversation_id: str, note: str = "") -> None:
        if self.api is None:
            return
        tab = self.chat_tab(conversation_id)
        if tab is not None:
            tab.set_wrapping_up(True)
        try:
            await self.api.wrap_up(conversation_id, note)
        except ApiError as exc:
            tab = self.chat_tab(conversation_id)
            if tab is not None:
                tab.set_wrapping_up(False)
                tab.show_error(exc.message)
            if exc.slug != "not-found":
                self._report(exc.message)
                return
        self.window.close_conversation(conversation_id)

    @asyncSlot(str)
    async def _on_wrap_up_requested(self, conversation_id: str) -> None:
        await self.notes.offer_wrap_up(conversation_id)  # optional note and tags

    @asyncSlot(str)
    async def _on_load_older_requested(self, conversation_id: str) -> None:
        await self._load_history(conversation_id)

    async def set_availability(self, availability: Availability) -> None:
        if self.api is None:
            return
        try:
            profile = await self.api.set_availability(availability)
        except ApiError as exc:
            self._report(exc.message)
            return
        self._show_availability(profile.availability)

    @asyncSlot(str)
    async def _on_availability_requested(self, value: str) -> None:
        await self.set_availability(Availability(value))

    def _on_reconnect_requested(self) -> None:
        if self.stream is not None:
            self.stream.reconnect_now()

    def _report(self, message: str) -> None:
        self.window.show_notice(message)
        self.sig_error.emit(message)
