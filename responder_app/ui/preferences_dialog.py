"""The one Preferences dialog: a list of pages on the left, the page on the right.

The dialog knows no feature: each page is a widget a feature (or the shell) contributed
through `FeatureHost.add_preferences_page`; every control applies its setting at once,
so the dialog only has Close (Esc closes it too)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from responder_app.ui.ui_preferences_dialog import Ui_PreferencesDialog

__all__ = ["PreferencesDialog"]


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.setObjectName("preferencesDialog")
        self._keys: list[str] = []
        self.ui.pageList.currentRowChanged.connect(self.ui.pageStack.setCurrentIndex)
        self.ui.buttonBox.rejected.connect(self.reject)

    def add_page(self, key: str, title: str, page: QWidget) -> None:
        self._keys.append(key)
        self.ui.pageStack.addWidget(page)
        QListWidgetItem(title, self.ui.pageList)
        if self.ui.pageList.currentRow() < 0:
            self.ui.pageList.setCurrentRow(0)

    def page_keys(self) -> list[str]:
        return list(self._keys)

    def page_titles(self) -> list[str]:
        return [self.ui.pageList.item(i).text() for i in range(self.ui.pageList.count())]

    def page(self, key: str) -> QWidget | None:
        if key not in self._keys:
            return None
        return self.ui.pageStack.widget(self._keys.index(key))

    def show_page(self, key: str) -> None:
        if key in self._keys:
            self.ui.pageList.setCurrentRow(self._keys.index(key))

    @property
    def current_key(self) -> str:
        row = self.ui.pageList.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else ""
