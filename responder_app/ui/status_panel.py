"""Status-bar panel: connection state and the Online / Away switch."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QWidget

from responder_app.services.event_stream import ConnectionState, StreamStatus
from responder_app.ui.ui_status_panel import Ui_StatusPanel
from responder_wire.models import Availability

__all__ = ["StatusPanel"]


class StatusPanel(QWidget):
    sig_availability_requested = Signal(str)  # Availability value
    sig_retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StatusPanel()
        self.ui.setupUi(self)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.addButton(self.ui.onlineButton)
        self._group.addButton(self.ui.awayButton)
        self.status = StreamStatus(ConnectionState.OFFLINE)
        self.availability: Availability | None = None
        self.ui.retryButton.hide()
        self._connect_signals()
        self.set_connection(self.status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh_text()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.ui.onlineButton.clicked.connect(
            lambda: self._request(Availability.ONLINE))
        self.ui.awayButton.clicked.connect(lambda: self._request(Availability.AWAY))
        self.ui.retryButton.clicked.connect(self.sig_retry_requested)

    def _request(self, availability: Availability) -> None:
        # Show what the server says, not the click: revert until presence confirms.
        self._show_availability(self.availability)
        if availability != self.availability:
            self.sig_availability_requested.emit(availability.value)

    def set_availability(self, availability: Availability | None) -> None:
        self.availability = availability
        self._show_availability(availability)

    def _show_availability(self, availability: Availability | None) -> None:
        self._group.setExclusive(False)
        self.ui.onlineButton.setChecked(availability == Availability.ONLINE)
        self.ui.awayButton.setChecked(availability == Availability.AWAY)
        self._group.setExclusive(True)

    def set_connection(self, status: StreamStatus) -> None:
        self.status = status
        self.refresh_text()

    def connection_text(self, now: float | None = None) -> str:
        status = self.status
        if status.state == ConnectionState.CONNECTED:
            return self.tr("Connected")
        if status.state == ConnectionState.CONNECTING:
            return self.tr("Connecting…")
        if status.state == ConnectionState.RECONNECTING:
            seconds = status.retry_in(time.monotonic() if now is None else now)
            if seconds <= 0:
                return self.tr("Reconnecting…")
            return self.tr("Reconnecting in %1 s").replace("%1", str(seconds))
        return self.tr("Offline")

    def refresh_text(self) -> None:
        state = self.status.state
        self.ui.connectionLabel.setText(self.connection_text())
        self.ui.connectionLabel.setToolTip(self.status.detail)
        self.ui.connectionDot.setToolTip(self.status.detail)
        self.ui.retryButton.setVisible(state == ConnectionState.RECONNECTING)
        if self.ui.connectionDot.property("state") != state.value:
            self.ui.connectionDot.setProperty("state", state.value)
            self.ui.connectionDot.style().unpolish(self.ui.connectionDot)
            self.ui.connectionDot.style().polish(self.ui.connectionDot)
