"""The Preferences page for the responder's account: the name clients see (a name the
responder chooses for clients, shown to a client only once the responder has accepted
them; the server's default is the first word of the display name).

The page shows the server's `client_name` and hands a changed, valid name to whoever built
it (`sig_client_name_submitted`); it never saves on its own, and nothing is sent when the
name did not change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from responder_app.services.i18n import isolate
from responder_app.ui.ui_account_page import Ui_AccountPage
from responder_wire.presence import MAX_CLIENT_NAME_LENGTH

__all__ = ["AccountPage"]


class AccountPage(QWidget):
    sig_client_name_submitted = Signal(str)  # trimmed, 1..MAX_CLIENT_NAME_LENGTH, changed
    sig_shown = Signal()  # the page came on screen: time to read the server's name again

    def __init__(self, client_name: str, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountPage()
        self.ui.setupUi(self)
        self.client_name = ""  # the server's
        self.busy = False
        self.ui.clientNameEdit.setPlaceholderText(placeholder)
        self.ui.clientNameStatus.setProperty("error", False)
        self.set_client_name(client_name)
        self.ui.clientNameEdit.editingFinished.connect(self.submit)
        self.ui.clientNameEdit.textEdited.connect(lambda _text: self.show_status(""))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sig_shown.emit()

    @property
    def status(self) -> str:
        return self.ui.clientNameStatus.text()

    def set_client_name(self, name: str) -> None:
        """The server's value (shown unless the responder is in the middle of a change)."""
        edit = self.ui.clientNameEdit
        editing = edit.hasFocus() and edit.text().strip() != self.client_name
        self.client_name = name
        if not editing:
            edit.setText(name)

    def submit(self) -> None:
        """Enter, or leaving the field: hand the name on if it changed and is valid."""
        if self.busy:
            return
        name = self.ui.clientNameEdit.text().strip()
        if name == self.client_name:
            return
        if not name:
            self.show_status(self.tr("Enter a name for clients to see."), error=True)
            return
        if len(name) > MAX_CLIENT_NAME_LENGTH:
            self.show_status(self.tr("That name is too long: at most %n characters.", "",
                                     MAX_CLIENT_NAME_LENGTH), error=True)
            return
        self.set_busy(True)  # until saved() or refused(): Enter then leaving sends once
        self.sig_client_name_submitted.emit(name)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.show_status(self.tr("Saving…"))

    def saved(self, name: str) -> None:
        self.busy = False
        self.client_name = name
        self.ui.clientNameEdit.setText(name)
        self.show_status(self.tr("Saved: clients now see you as %1.").replace("%1", isolate(name)))

    def refused(self, reason: str) -> None:
        self.busy = False
        self.show_status(self.tr("Your name for clients was not changed. %1").replace(
            "%1", reason), error=True)

    def show_status(self, text: str, *, error: bool = False) -> None:
        label = self.ui.clientNameStatus
        label.setText(text)
        if bool(label.property("error")) != error:
            label.setProperty("error", error)
            label.style().unpolish(label)
            label.style().polish(label)
