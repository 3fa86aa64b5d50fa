"""Desktop notifications that never crash, hang or busy the app.

On Linux the app talks to `org.freedesktop.Notifications` itself, over its own session-bus
connection driven by the app's asyncio loop (qasync: the socket is watched on the UI
thread like every other socket), with jeepney's asyncio API. No thread and no libdbus:
every call has an explicit signature, and a click on a notification ("default" action)
comes back as an `ActionInvoked` signal that tells the app which chat to open.

On Windows the app's own toasts (services/toasts.py: windows-toasts over WinRT, under
its AppUserModelID), whose click also opens the chat. On macOS (and Windows without
WinRT) plyer, whose calls block, runs on one worker thread.

Where the desktop route fails: the tray icon's message; where neither works, nothing,
and the app is told once so it can say so. Every desktop call has a timeout: a
notification service that hangs costs the UI nothing.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import html
import inspect
import logging
import sys
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

__all__ = [
    "DBusNotifications",
    "DesktopBackend",
    "Notice",
    "NoticeKind",
    "Notifier",
    "Route",
    "TrayBackend",
    "desktop_backend",
    "plyer_backend",
    "preview",
]

log = logging.getLogger(__name__)

PREVIEW_CHARS = 120


class NoticeKind(StrEnum):
    NEW_CLIENT = "new_client"
    MESSAGE = "message"
    WAITING = "waiting"  # escalation: a client left waiting past the amber threshold
    TIME = "time"  # a chat's paid time: two minutes left (session_time)
    CRISIS = "crisis"  # a client may be in crisis: critical, stays until dismissed
    PAYOUT = "payout"  # money sent, arrived or came back (payouts; no chat to open)


URGENCY_NORMAL = 1
URGENCY_CRITICAL = 2  # the spec's critical: servers keep it on screen until dismissed


class Route(StrEnum):
    DESKTOP = "desktop"  # the desktop's notification service
    TRAY = "tray"  # the tray icon's message
    NONE = "none"


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    conversation_id: str
    title: str  # the client's alias
    body: str  # a preview, or a generic line when the privacy setting hides text


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """One line of at most `limit` characters (the backend escapes markup itself)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@runtime_checkable
class AsyncDesktop(Protocol):
    """A desktop backend that runs on the event loop."""

    async def notify(self, notice: Notice) -> None: ...


# A desktop backend: an object with `async notify(notice)` (runs on the loop), an async
# function, or a blocking function (runs on a worker thread: plyer off Linux). It raises
# when the notification could not be shown.
DesktopBackend = AsyncDesktop | Callable[[Notice], Awaitable[None]] | Callable[[Notice], None]
TrayBackend = Callable[[Notice], bool]  # False: the tray cannot show messages


def plyer_backend(app_name: str, icon_path: str, timeout_s: int = 10) -> Callable[[Notice], None]:
    """A blocking call into plyer (the Notifier runs it off the UI thread). Not for Linux,
    where plyer would run dbus-python on that thread."""

    def _notify(notice: Notice) -> None:
        from plyer import notification

        notification.notify(title=notice.title, message=notice.body, app_name=app_name,
                            app_icon=icon_path, timeout=timeout_s)

    return _notify


def desktop_backend(app_name: str, icon_path: str, *,
                    open_label: str = "Open the chat") -> DesktopBackend | None:
    """The desktop backend for this platform: D-Bus on the app's own loop on Linux and the
    BSDs, the app's toasts on Windows, plyer elsewhere, None when there is none (then
    the Notifier uses the tray icon's message).
    `open_label` names the click action (pass a translated string; most servers don't
    show it)."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        try:
            import jeepney  # noqa: F401
        except ImportError:
            log.warning("jeepney is missing: no desktop notifications")
            return None
        return DBusNotifications(app_name, icon_path, open_label=open_label)
    if sys.platform == "win32":
        from responder_app.services.toasts import windows_toasts_backend

        # Without toasts, the tray icon's message (its click opens the chat), never plyer:
        # plyer's balloon runs on a thread of its own and wants an .ico, so a failure there
        # is lost silently and the responder is never told (seen under wine).
        return windows_toasts_backend(app_name, icon_path)
    try:
        import plyer  # noqa: F401
    except ImportError:
        return None
    return plyer_backend(app_name, icon_path)


# ---- org.freedesktop.Notifications on the asyncio loop ------------------------------------

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
DEFAULT_ACTION = "default"  # what servers invoke when the notification itself is clicked
MAX_TRACKED = 256  # notifications remembered for clicks (servers may never say "closed")


class NotificationError(RuntimeError):
    """The notification service answered with an error."""


class DBusNotifications:
    """`Notify` over the session bus with jeepney's asyncio API, on the running loop.

    Connects on first use (and again after the bus went away). Remembers which chat each
    shown notification belongs to until the service says it was closed, so that a click
    (`ActionInvoked` with the default action) calls `on_action(conversation_id)`.
    """

    def __init__(self, app_name: str, icon_path: str, *, open_label: str = "Open the chat",
                 expire_ms: int = 10_000, bus: str = "SESSION") -> None:
        self.app_name = app_name
        self.icon_path = icon_path
        self.open_label = open_label
        self.expire_ms = expire_ms
        self.bus = bus
        self.on_action: Callable[[str], None] | None = None
        self.capabilities: frozenset[str] = frozenset()
        self._conn: Any = None  # jeepney.io.asyncio.DBusConnection
        self._router: Any = None  # jeepney.io.asyncio.DBusRouter
        self._signals: asyncio.Task[None] | None = None
        self._connecting: asyncio.Lock | None = None
        self._shown: OrderedDict[int, str] = OrderedDict()  # notification id -> chat

    @property
    def connected(self) -> bool:
        return self._router is not None and not self._router._rcv_task.done()

    @property
    def tracked(self) -> int:
        """Notifications still open that a click may come from."""
        return len(self._shown)

    async def notify(self, notice: Notice) -> None:
        from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call

        router = await self._ensure_router()
        actions = ([DEFAULT_ACTION, self.open_label]
                   if self.on_action is not None and "actions" in self.capabilities else [])
        crisis = notice.kind == NoticeKind.CRISIS
        hints = {"category": ("s", "im.received"),
                 "urgency": ("y", URGENCY_CRITICAL if crisis else URGENCY_NORMAL)}
        address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        message = new_method_call(address, "Notify", NOTIFY_SIGNATURE, (
            self.app_name, 0, self.icon_path, notice.title, self._body(notice.body),
            actions, hints, 0 if crisis else self.expire_ms))  # 0: until dismissed
        reply = await router.send_and_get_reply(message)
        if reply.header.message_type == MessageType.error:
            raise NotificationError(
                f"{reply.header.fields.get(HeaderFields.error_name)}: {reply.body}")
        (notification_id,) = reply.body
        if actions:
            self._shown[int(notification_id)] = notice.conversation_id
            while len(self._shown) > MAX_TRACKED:
                self._shown.popitem(last=False)

    async def probe(self) -> None:
        """Raises unless a notification service answers on the bus now."""
        from jeepney import DBusAddress, MessageType, new_method_call

        router = await self._ensure_router()
        address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        reply = await router.send_and_get_reply(new_method_call(address, "GetCapabilities"))
        if reply.header.message_type == MessageType.error:
            raise NotificationError(f"GetCapabilities: {reply.body}")
        self.capabilities = frozenset(reply.body[0])

    def _body(self, text: str) -> str:
        # Servers with body-markup render a subset of HTML; a client's words are text.
        if "body-markup" in self.capabilities or not self.capabilities:
            return html.escape(text, quote=False)
        return text

    async def _ensure_router(self) -> Any:
        if self.connected:
            return self._router
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        async with self._connecting:
            if not self.connected:
                await self._connect()
        return self._router

    async def _connect(self) -> None:
        from jeepney import DBusAddress, MessageType, new_method_call
        from jeepney.bus_messages import MatchRule, message_bus
        from jeepney.io.asyncio import DBusRouter, Proxy, open_dbus_connection

        self._drop_connection()
        conn = await open_dbus_connection(self.bus)
        router = DBusRouter(conn)
        try:
            rule = MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH)
            queue: asyncio.Queue[Any] = asyncio.Queue(1024)
            handle = router.filter(rule, queue=queue)
            await Proxy(message_bus, router).AddMatch(rule)
            address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
            reply = await router.send_and_get_reply(
                new_method_call(address, "GetCapabilities"))
            if reply.header.message_type == MessageType.error:
                raise NotificationError(f"GetCapabilities: {reply.body}")
        except BaseException:
            router._rcv_task.cancel()
            conn.writer.close()
            raise
        self.capabilities = frozenset(reply.body[0])
        self._conn, self._router = conn, router
        self._shown.clear()  # ids from an earlier service mean nothing to this one
        self._signals = asyncio.create_task(self._read_signals(queue, handle))

    async def _read_signals(self, queue: asyncio.Queue[Any], handle: Any) -> None:
        from jeepney import HeaderFields

        with handle:
            while True:
                message = await queue.get()
                try:
                    self._on_signal(message.header.fields.get(HeaderFields.member), message.body)
                except Exception:  # a callback that fails must not stop the clicks
                    log.exception("handling a notification signal failed")

    def _on_signal(self, member: str | None, body: tuple[Any, ...]) -> None:
        if member == "ActionInvoked" and len(body) == 2:
            notification_id, key = body
            conversation_id = self._shown.get(int(notification_id))
            if conversation_id is not None and key == DEFAULT_ACTION and self.on_action:
                self.on_action(conversation_id)
        elif member == "NotificationClosed" and body:
            self._shown.pop(int(body[0]), None)

    def _drop_connection(self) -> None:
        if self._signals is not None:
            self._signals.cancel()
            self._signals = None
        if self._router is not None:
            self._router._rcv_task.cancel()
            self._router = None
        if self._conn is not None:
            with contextlib.suppress(Exception):  # the loop may be closed already
                self._conn.writer.close()
            self._conn = None

    def close(self) -> None:
        self._drop_connection()
        self._shown.clear()


# ---- the notifier ----------------------------------------------------------------------


class Notifier:
    """Shows a notice on the desktop, else in the tray, else says once that it can't.

    After a desktop failure the tray is used; the desktop is tried again after
    `retry_desktop_s` (a notification service that restarted comes back)."""

    def __init__(
        self,
        desktop: DesktopBackend | None,
        tray: TrayBackend | None = None,
        *,
        on_unavailable: Callable[[], None] | None = None,
        on_activated: Callable[[str], None] | None = None,
        timeout_s: float = 3.0,
        retry_desktop_s: float = 300.0,
    ) -> None:
        self._desktop = desktop
        self._tray = tray
        self._on_unavailable = on_unavailable
        self._timeout_s = timeout_s
        self._retry_desktop_s = retry_desktop_s
        self._desktop_broken = desktop is None
        self._broken_at = 0.0
        self._said_unavailable = False
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None  # blocking backends
        self.sent: list[tuple[Route, Notice]] = []  # what went where (diagnostics, tests)
        self.activation_handler = on_activated

    @property
    def activation_handler(self) -> Callable[[str], None] | None:
        """Called with the conversation_id when the responder clicks a notification."""
        return self._on_activated

    @activation_handler.setter
    def activation_handler(self, callback: Callable[[str], None] | None) -> None:
        self._on_activated = callback
        if hasattr(self._desktop, "on_action"):  # D-Bus, Windows toasts: clicks come back
            self._desktop.on_action = callback  # type: ignore[union-attr]

    @property
    def desktop_works(self) -> bool:
        return not self._desktop_broken

    async def probe(self) -> bool:
        """Whether the desktop route works now: asks a backend that can be asked (D-Bus:
        is a notification service there?); a blocking one (plyer) is known only by trying,
        so it counts as working until a notice fails."""
        desktop = self._desktop
        probe = getattr(desktop, "probe", None)
        if desktop is None or probe is None:
            return not self._desktop_broken
        try:
            await asyncio.wait_for(probe(), self._timeout_s)
        except Exception as exc:  # no bus, no service, a service that hangs
            log.info("no desktop notification service (%s: %s)", type(exc).__name__, exc)
            self._desktop_broken = True
            self._broken_at = time.monotonic()
            return False
        self._desktop_broken = False
        return True

    async def show(self, notice: Notice) -> Route:
        if self._desktop is not None and self._desktop_broken and (
                time.monotonic() - self._broken_at >= self._retry_desktop_s):
            self._desktop_broken = False
        if not self._desktop_broken and self._desktop is not None:
            try:
                await asyncio.wait_for(self._call_desktop(self._desktop, notice),
                                       self._timeout_s)
                self.sent.append((Route.DESKTOP, notice))
                return Route.DESKTOP
            except Exception as exc:  # NotImplementedError, D-Bus errors, a timeout, ...
                log.info("desktop notifications don't work here (%s: %s); using the tray",
                         type(exc).__name__, exc)
                self._desktop_broken = True
                self._broken_at = time.monotonic()
                if isinstance(exc, TimeoutError) and self._pool is not None:
                    # A worker may stay stuck in the call: leave it, use a fresh one.
                    self._pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = None
        if self._tray is not None:
            try:
                if self._tray(notice):
                    self.sent.append((Route.TRAY, notice))
                    return Route.TRAY
            except Exception:  # a tray that misbehaves must not take the app down
                log.exception("tray message failed")
        if not self._said_unavailable:
            self._said_unavailable = True
            if self._on_unavailable is not None:
                self._on_unavailable()
        self.sent.append((Route.NONE, notice))
        return Route.NONE

    async def _call_desktop(self, desktop: DesktopBackend, notice: Notice) -> None:
        if isinstance(desktop, AsyncDesktop):
            await desktop.notify(notice)
        elif inspect.iscoroutinefunction(desktop):
            await desktop(notice)
        else:  # a blocking call (plyer off Linux): one worker thread
            if self._pool is None:
                self._pool = concurrent.futures.ThreadPoolExecutor(
                    1, thread_name_prefix="notify")
            await asyncio.wrap_future(self._pool.submit(desktop, notice))

    def close(self) -> None:
        close = getattr(self._desktop, "close", None)
        if callable(close):
            close()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
