"""The session core: sign-in and sign-out, the API client, the event stream, the durable
outbox, the responder's availability, spawning tasks and reporting errors. No feature
lives here, and nothing here imports one (the layer test keeps it so).

Availability has two sides: what the responder *chose* (online, or away — by hand or by
the idle timer) and what the *server* says. The status bar shows only the server's truth.
After every (re)connect of the event stream the session asks the server and re-asserts
the choice if they differ: a server that was down longer than its presence timeout marks
the responder offline while restarting, and nobody would drain the queue otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import platform
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import httpx
from PySide6.QtCore import QObject, Signal

from responder_app.services.api_client import ApiClient, ApiError, normalize_server_url
from responder_app.services.credentials import CredentialStore
from responder_app.services.event_stream import ConnectionState, EventStream, StreamStatus
from responder_app.services.outbox import Outbox, OutgoingMessage, journal_dir_for
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.shell.events import EventRouter
from responder_wire.models import (
    Availability,
    ConversationSummary,
    ResponderProfile,
    TokenPair,
)

__all__ = ["Session"]

log = logging.getLogger(__name__)

REASSERT_EVERY_S = 10.0  # at most this often after a presence.changed saying "offline"

SnapshotHandler = Callable[[list[ConversationSummary]], Awaitable[None]]


class Session(QObject):
    sig_signed_in = Signal()  # the stream is starting; the window may show
    sig_signed_out = Signal()
    sig_connection_changed = Signal(StreamStatus)
    sig_availability_changed = Signal(object)  # Availability: the server's truth
    sig_outgoing_changed = Signal(OutgoingMessage)  # a reply's state changed
    sig_error = Signal(str)  # a plain-words error the responder should see
    sig_notice = Signal(str, int)  # text, milliseconds to show it (0: until replaced)
    sig_auth_lost = Signal(str)  # signed out by the server: sign in again

    def __init__(
        self,
        *,
        http: httpx.AsyncClient,
        settings: AppSettings,
        credentials: CredentialStore,
        clock: ServerClock,
        events: EventRouter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.http = http
        self.settings = settings
        self.credentials = credentials
        self.clock = clock
        self.events = events
        self.api: ApiClient | None = None
        self.stream: EventStream | None = None
        self.outbox: Outbox | None = None
        self.availability: Availability | None = None  # the server's truth, as last heard
        self.chosen = Availability.ONLINE  # what the responder (or the idle timer) chose
        self.snapshot_handler: SnapshotHandler | None = None
        self._remember = False
        self._email = ""
        self._tasks: set[asyncio.Task[Any]] = set()
        self._last_reassert = 0.0
        events.sig_presence_changed.connect(self._on_presence_event)

    # ---- state --------------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self.api is not None and self.api.tokens is not None

    @property
    def profile(self) -> ResponderProfile | None:
        return self.api.profile if self.api is not None else None

    @property
    def connected(self) -> bool:
        return (self.stream is not None
                and self.stream.status.state == ConnectionState.CONNECTED)

    # ---- tasks and errors ---------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any] | None:
        """Run a coroutine on the app's loop; it is cancelled when the session stops, and
        an exception it raises is logged instead of vanishing."""
        try:
            # Only on a running loop: a timer that fires after the loop stopped (closing,
            # or a finished test) must not leave a task on a dead loop for the next one.
            task = asyncio.get_running_loop().create_task(coro)
        except RuntimeError:
            coro.close()
            return None
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("a background task failed", exc_info=task.exception())

    def report(self, message: str, timeout_ms: int = 8000) -> None:
        self.sig_notice.emit(message, timeout_ms)
        self.sig_error.emit(message)

    # ---- sign-in ------------------------------------------------------------------------

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
        await self._start(tokens)
        return True

    async def sign_in(self, server_url: str, email: str, password: str, *,
                      remember: bool = False) -> TokenPair:
        """Sign in with a password. Raises `ApiError` with a plain message."""
        url = normalize_server_url(server_url)
        api = self._new_api(url)
        self._remember, self._email = remember, email.strip()
        try:
            tokens = await api.sign_in(email, password)
        except ApiError:
            self.api = None
            raise
        s = self.settings
        remembered_before = s.remember_me
        s.server_url, s.last_email, s.remember_me = url, email.strip(), remember
        s.sync()
        if not remember and remembered_before:  # forget the sign-in kept last time
            self.credentials.delete(url, email)
        await self._start(tokens)
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
                self.sig_notice.emit(message, 8000)

    async def _start(self, tokens: TokenPair) -> None:
        api = self.api
        assert api is not None
        profile = tokens.responder
        self.chosen = Availability.ONLINE  # signing in means ready for clients
        self._show_availability(profile.availability)
        # Replies not yet confirmed live on disk, per server and responder.
        self.outbox = Outbox(api, self.sig_outgoing_changed.emit,
                             journal_dir=journal_dir_for(self.settings.data_dir(),
                                                         api.server_url, profile.id))
        if self.outbox.load_error:
            self.sig_notice.emit(self.outbox.load_error, 0)
        self.stream = EventStream(
            api, on_event=self.events.route, on_status=self._on_status,
            on_snapshot=self._on_snapshot, on_auth_lost=self._on_auth_lost,
        )
        self.stream.start()
        self.sig_signed_in.emit()
        if profile.availability != Availability.ONLINE:
            await self.set_availability(Availability.ONLINE)

    async def _on_snapshot(self, conversations: list[ConversationSummary]) -> None:
        if self.snapshot_handler is not None:
            await self.snapshot_handler(conversations)

    # ---- availability -------------------------------------------------------------------

    async def set_availability(self, availability: Availability, *,
                               chosen: bool = True) -> ResponderProfile | None:
        """Ask the server; the status bar shows its answer. `chosen=False` for the app's own
        sign-off on quitting, which must not become the choice re-asserted later."""
        if chosen:
            self.chosen = availability
        if self.api is None:
            return None
        try:
            profile = await self.api.set_availability(availability)
        except ApiError as exc:
            self.report(exc.message)
            return None
        self._show_availability(profile.availability)
        return profile

    def _show_availability(self, availability: Availability) -> None:
        self.availability = availability
        self.sig_availability_changed.emit(availability)

    async def reassert_availability(self) -> None:
        """Ask the server what it thinks; put the responder's choice back if it differs."""
        api = self.api
        if api is None or api.tokens is None:
            return
        self._last_reassert = time.monotonic()
        try:
            profile = await api.me()
        except ApiError as exc:
            log.info("could not read presence after reconnecting: %s", exc.message)
            return
        if profile.availability != self.chosen and self.chosen != Availability.OFFLINE:
            log.info("server says %s, responder chose %s: re-asserting",
                     profile.availability.value, self.chosen.value)
            await self.set_availability(self.chosen)
        else:
            self._show_availability(profile.availability)

    def _on_presence_event(self, profile: ResponderProfile) -> None:
        mine = self.profile
        if mine is not None and profile.id != mine.id:
            return
        self._show_availability(profile.availability)
        # The server's sweep set us offline while our stream is open (it lost track of us,
        # e.g. right after its restart): put the choice back, but never in a tight loop.
        if (profile.availability == Availability.OFFLINE and self.connected
                and self.chosen != Availability.OFFLINE
                and time.monotonic() - self._last_reassert > REASSERT_EVERY_S):
            self.spawn(self.reassert_availability())

    # ---- the stream ---------------------------------------------------------------------

    def _on_status(self, status: StreamStatus) -> None:
        self.sig_connection_changed.emit(status)
        if status.state == ConnectionState.CONNECTED:
            if self.outbox is not None:
                self.outbox.retry_all_failed()  # replies typed during an outage go out now
            self.spawn(self.reassert_availability())

    def reconnect_now(self) -> None:
        if self.stream is not None:
            self.stream.reconnect_now()
        if self.outbox is not None:
            self.outbox.retry_all_failed()

    def _on_auth_lost(self, error: ApiError) -> None:
        self.sig_notice.emit(error.message, 0)
        self.sig_error.emit(error.message)
        self.sig_auth_lost.emit(error.message)

    # ---- sign-out / shutdown ------------------------------------------------------------

    async def stop(self) -> None:
        """Stop the stream, the outbox (its journal stays on disk) and every task."""
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
        await self.stop()
        if api is not None:
            with contextlib.suppress(ApiError):
                await api.sign_out()
            self.credentials.delete(api.server_url, self._email)
        self.settings.remember_me = False
        self.settings.sync()
        self.api = None
        self.availability = None
        self.sig_signed_out.emit()

    async def forget(self) -> None:
        """After the server signed us out: stop everything, keep nothing signed in."""
        await self.stop()
        self.api = None
        self.availability = None
        self.sig_signed_out.emit()

    async def shutdown(self) -> None:
        """The app closes: go offline (tokens stay valid for a silent restart), stop."""
        api = self.api
        if api is not None and api.tokens is not None:
            with contextlib.suppress(ApiError, asyncio.TimeoutError):
                await asyncio.wait_for(api.set_availability(Availability.OFFLINE), timeout=2.0)
        await self.stop()
