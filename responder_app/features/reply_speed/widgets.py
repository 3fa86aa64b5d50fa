"""Small reply-speed widgets: the per-tab waiting clock, the offer/reassigned banner, the
queue indicator and the settings dialog. They show what they are given; the
`ReplySpeedCenter` decides."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QWidget

from responder_app.features.reply_speed.clocks import ReplyThresholds, WaitingClock, WaitLevel
from responder_app.services.i18n import isolate
from responder_app.ui.conversation_list import RowBadge
from responder_app.ui.ui_offer_banner import Ui_OfferBanner
from responder_app.ui.ui_queue_panel import Ui_QueuePanel
from responder_app.ui.ui_reply_speed_page import Ui_ReplySpeedPage

__all__ = ["OfferBanner", "QueuePanel", "ReplySpeedPage", "WaitingPill",
           "restyle"]


def restyle(widget: QWidget, name: str, value: str) -> None:
    """Set a dynamic property the stylesheet keys on, re-polishing only when it changes."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


class WaitingPill(RowBadge):
    """The m:ss waiting clock on a chat's row of the inbox list; its colour is the
    escalation level. The list paints it (no widget per row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.level = WaitLevel.NONE
        self._shown: tuple[int, WaitLevel] | None = None

    def show_clock(self, clock: WaitingClock) -> None:
        """Show a clock; does nothing (no repaint) while its whole second is unchanged."""
        key = None if clock.seconds is None else (int(clock.seconds), clock.level)
        if key == self._shown and self._shown is not None:
            return
        self._shown = key
        self.level = clock.level
        self.set_badge(clock.text, clock.level.value, visible=clock.seconds is not None)

    def show_fixed(self, text: str, level: str) -> None:
        """A fixed word instead of a clock (e.g. "Reassigned")."""
        self._shown = None
        self.level = WaitLevel.NONE
        self.set_badge(text, level)


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


class ReplySpeedPage(QWidget):
    """The Preferences page: the clocks' thresholds, the order and the assignment mode.
    Each change applies at once (`sig_changed`); red always stays after amber."""

    sig_changed = Signal()

    def __init__(self, thresholds: ReplyThresholds, longest_first: bool, accept_mode: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReplySpeedPage()
        self.ui.setupUi(self)
        self.ui.modeCombo.addItem(self.tr("Assign to me automatically"), False)
        self.ui.modeCombo.addItem(self.tr("Offer them; I take each one"), True)
        self.show_settings(thresholds, longest_first, accept_mode)
        self.ui.amberSpin.valueChanged.connect(self._amber_changed)
        self.ui.redSpin.valueChanged.connect(self.sig_changed)
        self.ui.longestFirstCheck.toggled.connect(self.sig_changed)
        self.ui.modeCombo.currentIndexChanged.connect(self.sig_changed)

    def show_settings(self, thresholds: ReplyThresholds, longest_first: bool,
                      accept_mode: bool) -> None:
        ui = self.ui
        for widget in (ui.amberSpin, ui.redSpin, ui.longestFirstCheck, ui.modeCombo):
            widget.blockSignals(True)
        ui.amberSpin.setValue(thresholds.amber_s)
        ui.redSpin.setMinimum(thresholds.amber_s + 1)
        ui.redSpin.setValue(thresholds.red_s)
        ui.longestFirstCheck.setChecked(longest_first)
        ui.modeCombo.setCurrentIndex(1 if accept_mode else 0)
        for widget in (ui.amberSpin, ui.redSpin, ui.longestFirstCheck, ui.modeCombo):
            widget.blockSignals(False)

    @property
    def thresholds(self) -> ReplyThresholds:
        return ReplyThresholds(self.ui.amberSpin.value(), self.ui.redSpin.value())

    @property
    def longest_first(self) -> bool:
        return self.ui.longestFirstCheck.isChecked()

    @property
    def accept_mode(self) -> bool:
        return bool(self.ui.modeCombo.currentData())

    def _amber_changed(self, amber: int) -> None:
        # Red comes after amber: the red box never offers less (and follows if it must).
        red = self.ui.redSpin
        red.blockSignals(True)
        red.setMinimum(amber + 1)
        red.blockSignals(False)
        self.sig_changed.emit()
