"""Enter in the password field signs in once (it used to send two racing sign-ins: the
field's returnPressed and the dialog's default button both submitted)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from responder_app.ui.sign_in_dialog import SignInDialog


def test_enter_in_the_password_field_submits_once(qtbot: QtBot) -> None:
    dialog = SignInDialog(server_url="https://responder.example.com", email="amy@example.test")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    submitted: list[tuple[object, ...]] = []
    dialog.sig_submit.connect(lambda *args: submitted.append(args))
    QTest.keyClicks(dialog.ui.passwordEdit, "pw")
    QTest.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert submitted == [("https://responder.example.com", "amy@example.test", "pw", False)]
