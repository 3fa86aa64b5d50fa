"""The next payout, as a section of the earnings window: what is pending, the tax the rule
would withhold, the operator's minimum, where it would be paid (or that nothing is bound,
with a button to Account ▸ Payouts), and the payout on its way: a WeChat payout waiting
for the responder shows a QR code to scan with WeChat and confirm receipt."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from responder_app.features.payouts.words import channel_name, state_name
from responder_app.ui import locale_format
from responder_wire.payouts import NextPayout

__all__ = ["NextPayoutSection"]

QR_SCALE = 5  # pixels per module: about 220 px, easy for a phone held at a screen


class NextPayoutSection(QGroupBox):
    sig_refresh_requested = Signal()  # shown: fetch the next payout
    sig_account_requested = Signal()  # the responder wants Account ▸ Payouts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextPayoutSection")
        self.setTitle(self.tr("Next payout"))
        self.next: NextPayout | None = None
        layout = QVBoxLayout(self)
        self.amounts = QLabel(self)
        self.amounts.setObjectName("payoutAmounts")
        self.minimum = QLabel(self)
        self.minimum.setObjectName("payoutMinimum")
        self.minimum.setWordWrap(True)
        row = QHBoxLayout()
        self.account = QLabel(self)
        self.account.setObjectName("payoutAccount")
        self.account.setWordWrap(True)
        self.account_button = QPushButton(self)
        self.account_button.setObjectName("payoutAccountButton")
        self.account_button.clicked.connect(self.sig_account_requested)
        row.addWidget(self.account, 1)
        row.addWidget(self.account_button)
        self.in_flight = QLabel(self)
        self.in_flight.setObjectName("payoutInFlight")
        self.in_flight.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("payoutStatus")
        self.status.setWordWrap(True)
        self.confirm_url = ""  # the confirm link on screen ("" when none)
        self.confirm_qr = QLabel(self)
        self.confirm_qr.setObjectName("payoutConfirmQr")
        self.confirm_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confirm_hint = QLabel(self)
        self.confirm_hint.setObjectName("payoutConfirmHint")
        self.confirm_hint.setWordWrap(True)
        self.confirm_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.amounts, self.minimum, self.in_flight, self.status,
                      self.confirm_hint):
            label.setTextFormat(label.textFormat().PlainText)  # a reason is never markup
        self.account.setTextFormat(self.account.textFormat().PlainText)
        layout.addWidget(self.amounts)
        layout.addWidget(self.minimum)
        layout.addLayout(row)
        layout.addWidget(self.in_flight)
        layout.addWidget(self.confirm_qr)
        layout.addWidget(self.confirm_hint)
        layout.addWidget(self.status)
        self.amounts.setText(self.tr("Loading your next payout…"))
        self.minimum.hide()
        self.in_flight.hide()
        self.confirm_qr.hide()
        self.confirm_hint.hide()
        self.status.hide()
        self.account_button.setText(self.tr("Payout account…"))

    def text(self, name: str) -> str:
        """The text of one part, e.g. text("payoutAccount") (handy for tests)."""
        widget = self.findChild(QLabel, name) or self.findChild(QPushButton, name)
        return "" if widget is None else str(widget.text())

    def show_next(self, next_payout: NextPayout) -> None:
        self.next = next_payout
        money = locale_format.money
        self.amounts.setText(
            self.tr("Pending %1 · tax withheld about %2 · you would receive %3")
            .replace("%1", money(next_payout.pending_fen))
            .replace("%2", money(next_payout.expected_tax_fen))
            .replace("%3", money(max(0, next_payout.pending_fen
                                     - next_payout.expected_tax_fen))))
        self.minimum.setText(self.tr("Paid in the next payout run when it is at least %1.")
                             .replace("%1", money(next_payout.minimum_fen)))
        self.minimum.show()
        account = next_payout.account
        if account.channel is None:
            self.account.setText(self.tr("No payout account yet: add one to be paid."))
            self.account_button.setText(self.tr("Add a payout account…"))
        else:
            self.account.setText(self.tr("Paid to your %1 %2").replace(
                "%1", channel_name(account.channel)).replace("%2", account.account_mask))
            self.account_button.setText(self.tr("Change…"))
        line = next_payout.in_flight
        if line is None:
            self.in_flight.hide()
        else:
            self.in_flight.setText(self.tr("On its way: %1, %2.").replace(
                "%1", money(line.amount_fen)).replace("%2", state_name(line.state)))
            self.in_flight.show()
        self.status.hide()

    def show_confirm(self, url: str, amount_fen: int) -> None:
        """The link to confirm a WeChat payout, drawn here with segno (it leaves the PC only
        as this picture)."""
        if url != self.confirm_url:
            png = io.BytesIO()
            segno.make(url, error="m").save(png, kind="png", scale=QR_SCALE, border=3)
            pixmap = QPixmap()
            pixmap.loadFromData(png.getvalue(), "PNG")
            self.confirm_qr.setPixmap(pixmap)
            self.confirm_url = url
        self.confirm_hint.setText(self.tr(
            "Scan with WeChat to confirm receipt of %1 (within 24 hours)").replace(
            "%1", locale_format.money(amount_fen)))
        self.confirm_qr.show()
        self.confirm_hint.show()

    def hide_confirm(self) -> None:
        self.confirm_url = ""
        self.confirm_qr.clear()
        self.confirm_qr.hide()
        self.confirm_hint.hide()

    def show_message(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sig_refresh_requested.emit()
