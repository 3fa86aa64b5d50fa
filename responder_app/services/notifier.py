"""Desktop notifications that never crash or hang the app.

plyer first (on Linux it calls `org.freedesktop.Notifications.Notify` over D-Bus through
dbus-python, or runs `notify-send`); where plyer has no working backend, the tray icon's
message; where neither works, nothing, and the app is told once so it can say so.

plyer's calls block (D-Bus round trip, a subprocess), so they run on one worker thread
with a timeout: a notification daemon that hangs costs the UI thread nothing.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Notice", "NoticeKind", "Notifier", "Route", "plyer_backend"]

log = logging.getLogger(__name__)

PREVIEW_CHARS = 120


class NoticeKind(StrEnum):
    NEW_CLIENT = "new_client"
    MESSAGE = "message"
    WAITING = "waiting"  # escalation: a client left waiting past the amber threshold


class Route(StrEnum):
    DESKTOP = "desktop"  # plyer
    TRAY = "tray"  # the tray icon's message
    NONE = "none"


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    conversation_id: str
    title: str  # the client's alias
    body: str  # a preview, or a generic line when the privacy setting hides text


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """One line of at most `limit` characters (notification servers may treat the body as
    markup; plyer passes it on as is, so keep it short and on one line)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


DesktopBackend = Callable[[Notice], None]
TrayBackend = Callable[[Notice], bool]  # False: the tray cannot show messages


def plyer_backend(app_name: str, icon_path: str, timeout_s: int = 10) -> DesktopBackend:
    """A blocking call into plyer (run it off the UI thread)."""

    def _notify(notice: Notice) -> None:
        from plyer import notification

        notification.notify(title=notice.title, message=notice.body, app_name=app_name,
                            app_icon=icon_path, timeout=timeout_s)

    return _notify


class Notifier:
    def __init__(
        self,
        desktop: DesktopBackend | None,
        tray: TrayBackend | None = None,
        *,
        on_unavailable: Callable[[], None] | None = None,
        timeout_s: float = 3.0,
    ) -> None:
        self._desktop = desktop
        self._tray = tray
        self._on_unavailable = on_unavailable
        self._timeout_s = timeout_s
        self._desktop_broken = desktop is None
        self._said_unavailable = False
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="notify")
        self.sent: list[tuple[Route, Notice]] = []  # what went where (diagnostics, tests)

    @property
    def desktop_works(self) -> bool:
        return not self._desktop_broken

    async def show(self, notice: Notice) -> Route:
        if not self._desktop_broken and self._desktop is not None:
            try:
                future = self._pool.submit(self._desktop, notice)
                await asyncio.wait_for(asyncio.wrap_future(future), self._timeout_s)
                self.sent.append((Route.DESKTOP, notice))
                return Route.DESKTOP
            except Exception as exc:  # NotImplementedError, D-Bus errors, a timeout, ...
                log.info("desktop notifications don't work here (%s); using the tray",
                         type(exc).__name__)
                self._desktop_broken = True
                if isinstance(exc, TimeoutError | asyncio.TimeoutError):
                    # The worker may stay stuck in the call: leave it, use a fresh one.
                    self._pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = concurrent.futures.ThreadPoolExecutor(
                        1, thread_name_prefix="notify")
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

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
