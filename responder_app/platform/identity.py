"""The app's AppUserModelID on Windows: its windows group under it on the taskbar and its
toasts are shown (and clicked) as its own. The installer registers the same ID with the
app's name and icon (packaging/windows/responder.nsi)."""

from __future__ import annotations

import logging
import sys
from typing import Any

__all__ = ["APP_USER_MODEL_ID", "claim_app_user_model_id"]

log = logging.getLogger(__name__)

APP_USER_MODEL_ID = "Responder.Desktop"


def claim_app_user_model_id(shell32: Any = None) -> bool:
    """Give this process the app's ID (Windows only; a no-op elsewhere). `shell32` is
    injectable for tests."""
    if shell32 is None:
        if sys.platform != "win32":
            return False
        import ctypes

        shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]
    try:
        result = shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
    except (OSError, AttributeError) as exc:
        log.info("could not set the AppUserModelID: %s", exc)
        return False
    return int(result) == 0  # S_OK
