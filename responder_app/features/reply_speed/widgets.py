"""Small reply-speed widgets: the per-tab waiting clock, the offer/reassigned banner, the
queue indicator and the settings dialog. They show what they are given; the
`ReplySpeedCenter` decides."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QWidget

from responder_app.features.reply_speed.clocks import ReplyThresholds, WaitingClock, WaitLevel
from responder_app.services.i18n import isolate
from responder_app.ui.ui_offer_banner import Ui_OfferBanner
from responder_app.ui.ui_queue_panel import Ui_QueuePanel
from responder_app.ui.ui_reply_speed_settings_dialog import Ui_ReplySpeedSettingsDialog

__all__ = ["OfferBanner", "QueuePanel", "ReplySpeedSettingsDialog", "WaitingPill",
           "restyle"]


def restyle(widget: QWidget, name: str, value: str) -> None:
    """Set a dynamic property the stylesheet keys on, re-polishing only when it changes."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


class WaitingPill(QLabel):
    """The m:ss waiting clock on a chat's tab; its colour is the escalation level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingPill")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Client waiting"))
        # A steady width, so a new second repaints the pill without re-laying out the tabs.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00") + 16)
        self.level = WaitLevel.NONE
        self._shown: tuple[int, WaitLevel] | None = None
        self.hide()

    def show_clock(self, clock: WaitingClock) -> None:
        """Show a clock; does nothing (no repaint) while its whole second is unchanged."""
        key = None if clock.seconds is None else (int(clock.seconds), clock.level)
        if key == self._shown and self._shown is not None:
            return
        self._shown = key
        self.setText(clock.text)
        if clock.level != self.level:
            self.level = clock.level
            restyle(self, "level", clock.level.value)
        visible = clock.seconds is not None
        if visible == self.isHidden():
            self.setVisible(visible)

    def show_fixed(self, text: str, level: str) -> None:
        """A fixed word instead of a clock (e.g. "Reassigned")."""
        self._shown = None
        self.level = WaitLevel.NONE
        self.setText(text)
        restyle(self, "level", level)
        self.show()


class OfferBanner(QFrame):
    """Above a chat: "Take" in accept mode, or why a chat was reassigned."""

    sig_take_requested = Signal(str)  # conversation_id
    sig_close_requested = Signal(str)  # conversation_id

    def __init__(self, conversation_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OfferBanner()
        self.ui.setupUi(self)
        self.conversation_id = conversation_id
        self.mode = ""
        self.ui.takeButton.clicked.connect(
            lambda: self.sig_take_requested.emit(self.conversation_id))
        self.ui.closeTabButton.clicked.connect(
            lambda: self.sig_close_requested.emit(self.conversation_id))

    def show_offer(self, alias: str) -> None:
        self.mode = "offer"
        restyle(self, "mode", "offer")
        self.ui.offerLabel.setText(
            self.tr("%1 is waiting for a responder. Take this client to start the chat.")
            .replace("%1", isolate(alias)))
        self.ui.takeButton.setEnabled(True)
        self.ui.takeButton.setText(self.tr("Take"))
        self.ui.takeButton.show()
        self.ui.closeTabButton.hide()
        self.show()

    def set_taking(self, busy: bool) -> None:
        self.ui.takeButton.setEnabled(not busy)
        self.ui.takeButton.setText(self.tr("Taking…") if busy else self.tr("Take"))

    def show_reassigned(self, alias: str, after_text: str) -> None:
        self.mode = "reassigned"
        restyle(self, "mode", "reassigned")
        self.ui.offerLabel.setText(
            self.tr("%1 was reassigned to another responder: no first reply within %2.")
            .replace("%1", isolate(alias)).replace("%2", after_text))
        self.ui.takeButton.hide()
        self.ui.closeTabButton.show()
        self.show()


class QueuePanel(QWidget):
    """Status-bar indicator: clients waiting in the queue and the oldest wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_QueuePanel()
        self.ui.setupUi(self)
        self.hide()

    def show_queue(self, waiting: int, oldest: WaitingClock) -> None:
        if waiting <= 0:
            self.hide()
            return
        text = (self.tr("1 client in the queue") if waiting == 1
                else self.tr("%1 clients in the queue").replace("%1", str(waiting)))
        if oldest.seconds is not None:
            text += " · " + self.tr("oldest waiting %1").replace("%1", oldest.text)
        if self.ui.queueLabel.text() != text:
            self.ui.queueLabel.setText(text)
        restyle(self.ui.queueLabel, "level", oldest.level.value)
        self.show()


class ReplySpeedSettingsDialog(QDialog):
    """Thresholds for the tab colours, tab order and the assignment mode."""

    def __init__(self, thresholds: ReplyThresholds, longest_first: bool, accept_mode: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReplySpeedSettingsDialog()
        self.ui.setupUi(self)
        self.ui.modeCombo.addItem(self.tr("Assign to me automatically"), False)
        self.ui.modeCombo.addItem(self.tr("Offer them; I take each one"), True)
        self.ui.amberSpin.setValue(thresholds.amber_s)
        self.ui.redSpin.setValue(thresholds.red_s)
        self.ui.longestFirstCheck.setChecked(longest_first)
        self.ui.modeCombo.setCurrentIndex(1 if accept_mode else 0)
        self.ui.problemLabel.hide()
        self.ui.buttonBox.accepted.connect(self._accept_if_valid)
        self.ui.buttonBox.rejected.connect(self.reject)

    @property
    def thresholds(self) -> ReplyThresholds:
        return ReplyThresholds(self.ui.amberSpin.value(), self.ui.redSpin.value())

    @property
    def longest_first(self) -> bool:
        return self.ui.longestFirstCheck.isChecked()

    @property
    def accept_mode(self) -> bool:
        return bool(self.ui.modeCombo.currentData())

    def _accept_if_valid(self) -> None:
        if self.ui.redSpin.value() <= self.ui.amberSpin.value():
            self.ui.problemLabel.setText(
                self.tr("Red must come after amber: pick a larger number of seconds for red."))
            self.ui.problemLabel.show()
            return
        self.accept()
