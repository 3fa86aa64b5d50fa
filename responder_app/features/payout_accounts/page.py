"""The Payouts page of Preferences (Account ▸ Payouts…): the identity for tax, given once,
then where payouts go — Alipay by account, or WeChat by scanning a QR code in WeChat — and a
masked view of both, with unbinding behind a confirmation.

The page only shows and asks: it hands what the responder typed to the feature (signals)
once the app's own checks pass, and the feature tells it what the server now holds."""

from __future__ import annotations

import io
from datetime import datetime

import segno
from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from responder_app.features.payout_accounts.checks import alipay_problem, identity_problem
from responder_app.services.i18n import isolate
from responder_app.ui import locale_format
from responder_app.ui.ui_payout_accounts_page import Ui_PayoutAccountsPage
from responder_wire.payouts import PayoutAccountOut, PayoutChannel

__all__ = ["PayoutAccountsPage"]

QR_SCALE = 6  # pixels per module: about 250 px, easy for a phone held at a screen


class PayoutAccountsPage(QWidget):
    sig_identity_submitted = Signal(str, str)  # real name, ID number: both checked
    sig_alipay_submitted = Signal(str)  # a well-formed Alipay account
    sig_wechat_requested = Signal()  # show a QR code to bind WeChat
    sig_wechat_cancelled = Signal()
    sig_unbind_confirmed = Signal()
    sig_shown = Signal()
    sig_hidden = Signal()  # the dialog closed or another page: no need to poll

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PayoutAccountsPage()
        self.ui.setupUi(self)
        self.account: PayoutAccountOut | None = None
        self.busy = False
        self.qr_url = ""  # the bind link on screen ("" when none)
        self.unbind_box: QMessageBox | None = None
        ui = self.ui
        ui.saveIdentityButton.clicked.connect(self.submit_identity)
        ui.idNumberEdit.returnPressed.connect(self.submit_identity)
        ui.realNameEdit.textEdited.connect(lambda _t: self._error(ui.identityError, ""))
        ui.idNumberEdit.textEdited.connect(lambda _t: self._error(ui.identityError, ""))
        ui.bindAlipayButton.clicked.connect(self.submit_alipay)
        ui.alipayEdit.returnPressed.connect(self.submit_alipay)
        ui.alipayEdit.textEdited.connect(lambda _t: self._error(ui.accountError, ""))
        ui.bindWechatButton.clicked.connect(self._ask_wechat)
        ui.cancelQrButton.clicked.connect(self.cancel_qr)
        ui.unbindButton.clicked.connect(self.ask_unbind)
        self.show_account(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sig_shown.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.sig_hidden.emit()

    # ---- what the server holds ------------------------------------------------------

    def show_account(self, account: PayoutAccountOut | None) -> None:
        """None: not read yet (everything waits); else the masked truth."""
        self.account = account
        ui = self.ui
        known = account is not None
        has_identity = bool(account and account.has_identity)
        for widget in (ui.realNameEdit, ui.idNumberEdit, ui.realNameLabel, ui.idNumberLabel,
                       ui.saveIdentityButton):
            widget.setVisible(known and not has_identity)
        ui.identityShown.setVisible(has_identity)
        ui.accountBox.setEnabled(has_identity)
        if account is None:
            ui.summaryLabel.setText(self.tr("Reading your payout details…"))
            ui.accountShown.setText("")
            ui.unbindButton.setVisible(False)
            return
        if has_identity:
            ui.identityShown.setText(self.tr("Real name: %1 · ID number: %2").replace(
                "%1", isolate(account.real_name_mask)).replace(
                "%2", isolate(account.id_number_mask)))
            ui.realNameEdit.clear()
            ui.idNumberEdit.clear()
        bound = account.channel is not None
        ui.unbindButton.setVisible(bound)
        ui.accountShown.setVisible(bound)
        if bound:
            since = (locale_format.short_date(account.bound_at.astimezone())
                     if account.bound_at else "")
            ui.accountShown.setText(self.tr("%1 %2, bound %3").replace(
                "%1", self.channel_name(account.channel)).replace(
                "%2", isolate(account.account_mask)).replace("%3", since))
        ui.chooseHint.setText(self.tr(
            "To be paid elsewhere, bind another account below: it replaces this one.")
            if bound else self.tr(
            "Choose one: payouts go to your Alipay account, or to your WeChat balance. "
            "Either must be in your real name."))
        if not has_identity:
            ui.summaryLabel.setText(self.tr("To be paid, first give your identity for tax, "
                                            "then bind an account."))
        elif not bound:
            ui.summaryLabel.setText(self.tr("No account is bound: your earnings wait until "
                                            "you bind Alipay or WeChat."))
        else:
            ui.summaryLabel.setText(self.tr("Your payouts go to %1 %2.").replace(
                "%1", self.channel_name(account.channel)).replace(
                "%2", isolate(account.account_mask)))
        if self.qr_url and account.channel == PayoutChannel.WECHAT \
                and not account.wechat_bind_pending:
            self.hide_qr()  # scanned in WeChat: bound
            self.ui.accountError.setText("")
        self._show_qr_widgets()

    def channel_name(self, channel: PayoutChannel | None) -> str:
        if channel == PayoutChannel.WECHAT:
            return self.tr("WeChat")
        if channel == PayoutChannel.ALIPAY:
            return self.tr("Alipay")
        return self.tr("Test account")

    # ---- asking ---------------------------------------------------------------------

    def submit_identity(self) -> None:
        if self.busy:
            return
        name, number = self.ui.realNameEdit.text(), self.ui.idNumberEdit.text()
        problem = identity_problem(name, number)
        if problem:
            self._error(self.ui.identityError, problem)
            return
        self.set_busy(True)
        self.sig_identity_submitted.emit(name.strip(), number.strip().replace(" ", "").upper())

    def submit_alipay(self) -> None:
        if self.busy:
            return
        account = self.ui.alipayEdit.text().strip()
        problem = alipay_problem(account)
        if problem:
            self._error(self.ui.accountError, problem)
            return
        self.set_busy(True)
        self.sig_alipay_submitted.emit(account)

    def _ask_wechat(self) -> None:
        if not self.busy:
            self.set_busy(True)
            self._error(self.ui.accountError, "")
            self.sig_wechat_requested.emit()

    def ask_unbind(self) -> None:
        """A confirmation first: unbinding stops payouts until another account is bound."""
        if self.account is None or self.account.channel is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unbind payout account"),
                          self.tr("Unbind %1 %2? Your earnings will wait, unpaid, until you "
                                  "bind an account again.").replace(
                              "%1", self.channel_name(self.account.channel)).replace(
                              "%2", isolate(self.account.account_mask)),
                          QMessageBox.StandardButton.NoButton, self)
        unbind = box.addButton(self.tr("Unbind"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def done() -> None:
            if box.clickedButton() is unbind:
                self.set_busy(True)
                self.sig_unbind_confirmed.emit()
            self.unbind_box = None
            box.deleteLater()

        box.finished.connect(lambda _result: done())
        self.unbind_box = box
        box.open()

    # ---- the QR code ----------------------------------------------------------------

    def show_qr(self, url: str, expires_at: datetime) -> None:
        """Drawn here with segno (the link never leaves the PC but as this picture)."""
        self.set_busy(False)
        self.qr_url = url
        png = io.BytesIO()
        segno.make(url, error="m").save(png, kind="png", scale=QR_SCALE, border=3)
        pixmap = QPixmap()
        pixmap.loadFromData(png.getvalue(), "PNG")
        self.ui.qrImage.setPixmap(pixmap)
        self.ui.qrHint.setText(self.tr(
            "Open WeChat on your phone, tap + then Scan, and scan this code. WeChat asks "
            "nothing more: this page changes by itself once it is bound. The code works "
            "once, until %1.").replace("%1", locale_format.short_time(expires_at.astimezone())))
        self._show_qr_widgets()

    def qr_expired(self) -> None:
        self.hide_qr()
        self._error(self.ui.accountError, self.tr(
            "The QR code expired before it was scanned. Choose Bind WeChat to get a new one."))

    def cancel_qr(self) -> None:
        self.hide_qr()
        self.sig_wechat_cancelled.emit()

    def hide_qr(self) -> None:
        self.qr_url = ""
        self.ui.qrImage.clear()
        self.ui.qrHint.setText("")
        self._show_qr_widgets()

    def _show_qr_widgets(self) -> None:
        shown = bool(self.qr_url)
        for widget in (self.ui.qrImage, self.ui.qrHint, self.ui.cancelQrButton):
            widget.setVisible(shown)
        self.ui.bindWechatButton.setEnabled(not shown)

    # ---- answers --------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.ui.saveIdentityButton, self.ui.bindAlipayButton,
                       self.ui.unbindButton):
            button.setEnabled(not busy)
        self.ui.bindWechatButton.setEnabled(not busy and not self.qr_url)

    def identity_refused(self, reason: str) -> None:
        self.set_busy(False)
        self._error(self.ui.identityError, reason)

    def account_refused(self, reason: str) -> None:
        self.set_busy(False)
        self._error(self.ui.accountError, reason)

    def saved(self, account: PayoutAccountOut) -> None:
        self.set_busy(False)
        self.ui.alipayEdit.clear()
        self._error(self.ui.identityError, "")
        self._error(self.ui.accountError, "")
        self.show_account(account)

    @staticmethod
    def _error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
