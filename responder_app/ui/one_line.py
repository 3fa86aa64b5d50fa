"""A banner's one line: its label shows the text on one line (elided, the whole text in
its tooltip and for screen readers) until the toggle beside it expands it: the text in
full, wrapped, and the banner's details below. Banners stack in a chat above the
timeline; one line each keeps the newest message in sight."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QWidget

__all__ = ["OneLine"]


class OneLine(QObject):
    sig_toggled = Signal(bool)  # expanded

    def __init__(self, label: QLabel, toggle: QAbstractButton,
                 details: QWidget | None = None) -> None:
        super().__init__(label)
        self.label, self.toggle, self.details = label, toggle, details
        self._text = ""
        self._expanded = False
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        label.setSizePolicy(policy)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.installEventFilter(self)
        toggle.setCheckable(True)
        toggle.toggled.connect(self.set_expanded)
        self.set_expanded(False)

    @property
    def expanded(self) -> bool:
        return self._expanded

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self._text = text
        self.label.setAccessibleName(text)
        self._apply()

    def set_expanded(self, expanded: bool) -> None:
        self._expanded = expanded
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)
        self.label.setWordWrap(expanded)
        if self.details is not None:
            self.details.setVisible(expanded)
        self.toggle.setText("▴" if expanded else "▾")
        self.toggle.setAccessibleName(self.tr("Show less") if expanded
                                      else self.tr("Show more"))
        self.toggle.setToolTip(self.toggle.accessibleName())
        self._apply()
        self.sig_toggled.emit(expanded)

    def retranslate(self) -> None:
        self.set_expanded(self._expanded)

    def _apply(self) -> None:
        if self._expanded:
            self.label.setText(self._text)
            self.label.setToolTip("")
            return
        width = max(self.label.width(), 40)
        shown = QFontMetrics(self.label.font()).elidedText(
            self._text, Qt.TextElideMode.ElideRight, width)
        self.label.setText(shown)
        self.label.setToolTip(self._text if shown != self._text else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.label and not self._expanded
                and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange)):
            self._apply()
        return False
