"""The Preferences page for starting Responder when the responder signs in to the
computer (responder_app/platform/autostart.py does it the platform's way)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from responder_app.platform.autostart import Autostart
from responder_app.ui.ui_startup_page import Ui_StartupPage

__all__ = ["StartupPage"]

log = logging.getLogger(__name__)


class StartupPage(QWidget):
    def __init__(self, autostart: Autostart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StartupPage()
        self.ui.setupUi(self)
        self.autostart = autostart
        check = self.ui.startAtSignInCheck
        check.setChecked(autostart.enabled())
        check.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        try:
            self.autostart.set_enabled(on)
        except OSError as exc:  # a locked registry key, a read-only config folder
            log.warning("could not change start at sign-in: %s", exc)
            self.ui.startAtSignInCheck.blockSignals(True)
            self.ui.startAtSignInCheck.setChecked(self.autostart.enabled())
            self.ui.startAtSignInCheck.blockSignals(False)
