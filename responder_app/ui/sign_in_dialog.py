"""The sign-in dialog. It only collects input and shows state; the controller signs in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QDialog, QWidget

from responder_app.ui.ui_sign_in_dialog import Ui_SignInDialog

__all__ = ["SignInDialog"]


class SignInDialog(QDialog):
    sig_submit = Signal(str, str, str, bool)  # server URL, email, password, remember me

    def __init__(
        self,
        *,
        server_url: str = "",
        email: str = "",
        remember: bool = False,
        keyring_message: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.ui.logoLabel.setPixmap(QIcon(":/icons/app.svg").pixmap(96, 96))
        self.ui.errorLabel.setProperty("dialog", True)
        self.ui.serverEdit.setText(server_url)
        self.ui.emailEdit.setText(email)
        self.ui.rememberCheck.setChecked(remember and keyring_message is None)
        self.ui.busyLabel.hide()
        self.show_error("")
        self.set_keyring_message(keyring_message)
        self._busy = False
        self._connect_signals()
        first_empty = next(
            (w for w in (self.ui.serverEdit, self.ui.emailEdit) if not w.text()),
            self.ui.passwordEdit,
        )
        first_empty.setFocus()

    def _connect_signals(self) -> None:
        self.ui.signInButton.clicked.connect(self.submit)
        self.ui.cancelButton.clicked.connect(self.reject)
        # Enter in any field presses the default "Sign in" button; connecting returnPressed
        # as well would submit twice and race two sign-ins.
        for edit in (self.ui.serverEdit, self.ui.emailEdit, self.ui.passwordEdit):
            edit.textEdited.connect(lambda _text: self.show_error(""))

    # ---- used by the controller ---------------------------------------------------------

    def submit(self) -> None:
        if self._busy:
            return
        server = self.ui.serverEdit.text().strip()
        email = self.ui.emailEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not server:
            self.show_error(self.tr("Enter the address of your Responder server."))
            self.ui.serverEdit.setFocus()
            return
        if not email or "@" not in email:
            self.show_error(self.tr("Enter the email address you registered with."))
            self.ui.emailEdit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Enter your password."))
            self.ui.passwordEdit.setFocus()
            return
        self.sig_submit.emit(server, email, password, self.ui.rememberCheck.isChecked())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.ui.serverEdit, self.ui.emailEdit, self.ui.passwordEdit,
                       self.ui.rememberCheck, self.ui.signInButton):
            widget.setEnabled(not busy)
        self.ui.busyLabel.setVisible(busy)
        if busy:
            self.show_error("")
        else:
            self.ui.passwordEdit.setFocus()

    @property
    def busy(self) -> bool:
        return self._busy

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show a wrapped message in full (the form's fixed size would clip it)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def error_text(self) -> str:
        return "" if self.ui.errorLabel.isHidden() else self.ui.errorLabel.text()

    def set_keyring_message(self, message: str | None) -> None:
        self.ui.keyringLabel.setText(message or "")
        self.ui.keyringLabel.setVisible(bool(message))
        if message:
            self.ui.rememberCheck.setChecked(False)
            self.ui.rememberCheck.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()  # finish the request first
            return
        super().closeEvent(event)
