"""Windows 10/11 toasts through windows-toasts (WinRT), under the app's AppUserModelID, so
a click on one brings the window up on that client's chat (plyer's balloon tip has no
click). The toast is shown on a worker thread (WinRT calls block briefly); its click comes
back on a WinRT thread and is handed to the app's loop. Where WinRT is missing or refuses
(an old Windows, wine), `notify` raises and the Notifier falls back to the tray icon's
message, whose click opens the chat too."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from responder_app.platform.identity import APP_USER_MODEL_ID
from responder_app.services.notifier import Notice

__all__ = ["WindowsToasts", "windows_toasts_backend"]

log = logging.getLogger(__name__)


class WindowsToasts:
    """A desktop backend for the Notifier (`async notify`, `on_action` for clicks)."""

    def __init__(self, app_name: str, icon_path: str, module: Any = None) -> None:
        if module is None:
            import windows_toasts as module  # type: ignore[import-not-found,no-redef]
        self._module = module
        self._toaster = module.InteractableWindowsToaster(
            app_name, notifierAUMID=APP_USER_MODEL_ID)
        self._icon_path = icon_path
        self.on_action: Callable[[str], None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def notify(self, notice: Notice) -> None:
        self._loop = asyncio.get_running_loop()
        toast = self._module.Toast([notice.title, notice.body])
        conversation_id = notice.conversation_id
        toast.on_activated = lambda _args: self._clicked(conversation_id)
        await asyncio.to_thread(self._toaster.show_toast, toast)

    def _clicked(self, conversation_id: str) -> None:
        """On a WinRT thread: the app's loop runs the handler."""
        loop, handler = self._loop, self.on_action
        if loop is None or handler is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(handler, conversation_id)


def windows_toasts_backend(app_name: str, icon_path: str) -> WindowsToasts | None:
    try:
        return WindowsToasts(app_name, icon_path)
    except Exception as exc:  # not installed, or WinRT not there
        log.info("no Windows toasts (%s: %s)", type(exc).__name__, exc)
        return None
