"""The Preferences page for the app's language (the same choice as the Language menu)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from responder_app.ui.ui_language_page import Ui_LanguagePage

__all__ = ["LanguagePage"]


class LanguagePage(QWidget):
    sig_language_requested = Signal(str)  # "" (follow the system), "zh_CN", "vi", "en"

    def __init__(self, choice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LanguagePage()
        self.ui.setupUi(self)
        combo = self.ui.languageCombo
        combo.addItem(self.tr("Follow the system"), "")
        # Each language in its own name, so anyone can find theirs.
        combo.addItem("简体中文", "zh_CN")
        combo.addItem("Tiếng Việt", "vi")
        combo.addItem("English", "en")
        self.set_choice(choice)
        combo.currentIndexChanged.connect(
            lambda _i: self.sig_language_requested.emit(str(combo.currentData())))

    def set_choice(self, choice: str) -> None:
        combo = self.ui.languageCombo
        index = combo.findData(choice)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
