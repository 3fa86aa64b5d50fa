"""Sign-in: errors in plain words inline, the dialog disables while signing in, and
what happens when there is no system keyring."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx
import keyring.backends.fail
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_app.services.credentials import NO_KEYRING_MESSAGE, CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.sign_in_dialog import SignInDialog


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens once the socket closes


def test_unreachable_server_is_explained_inline_and_the_dialog_comes_back(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    port = _closed_port()
    settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
    settings.server_url = f"http://127.0.0.1:{port}"
    settings.last_email = "amy@example.test"

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            controller = AppController(http=http, settings=settings,
                                       credentials=CredentialStore(keyring.backends.fail.Keyring()))
            result = asyncio.ensure_future(controller.sign_in_interactively())
            while controller.dialog is None or not controller.dialog.isVisible():
                await asyncio.sleep(0.01)
            dialog = controller.dialog
            QTest.keyClicks(dialog.ui.passwordEdit, "secret")
            busy_seen: list[bool] = []
            dialog.sig_submit.connect(lambda *_: busy_seen.append(True))
            dialog.ui.signInButton.click()
            await asyncio.sleep(0)
            assert not dialog.ui.signInButton.isEnabled()  # disabled while signing in
            while not dialog.error_text():
                await asyncio.sleep(0.01)
            assert dialog.error_text() == (
                f"Cannot reach the server at http://127.0.0.1:{port}. "
                "Check the address and your internet connection."
            )
            assert dialog.ui.signInButton.isEnabled()
            assert dialog.ui.passwordEdit.isEnabled()
            assert not controller.window.isVisible()
            dialog.reject()
            assert await result is False
            await controller.shutdown()

    qloop.run_until_complete(asyncio.wait_for(scenario(), 20))


def test_missing_fields_are_explained_before_anything_is_sent(qtbot: QtBot) -> None:
    dialog = SignInDialog(server_url="https://responder.example.com")
    qtbot.addWidget(dialog)
    submitted: list[tuple[object, ...]] = []
    dialog.sig_submit.connect(lambda *args: submitted.append(args))
    dialog.ui.signInButton.click()
    assert submitted == []
    assert dialog.error_text() == "Enter the email address you registered with."
    QTest.keyClicks(dialog.ui.emailEdit, "amy@example.test")
    assert dialog.error_text() == ""  # editing clears the old error
    dialog.ui.signInButton.click()
    assert dialog.error_text() == "Enter your password."
    QTest.keyClicks(dialog.ui.passwordEdit, "pw")
    dialog.ui.signInButton.click()
    assert submitted == [("https://responder.example.com", "amy@example.test", "pw", False)]


def test_fail_keyring_is_reported_in_plain_words() -> None:
    store = CredentialStore(keyring.backends.fail.Keyring())
    assert not store.available
    assert store.unavailable_message == (
        "No system keyring is available, so Responder can't remember your sign-in on this "
        "computer. You can still sign in."
    )
    assert store.save("https://srv", "amy@example.test", "refresh-token-123") is False
    assert store.load("https://srv", "amy@example.test") is None
    store.delete("https://srv", "amy@example.test")  # no error either


def test_sign_in_dialog_explains_why_it_cannot_remember(qtbot: QtBot) -> None:
    store = CredentialStore(keyring.backends.fail.Keyring())
    dialog = SignInDialog(server_url="https://srv", remember=True,
                          keyring_message=store.unavailable_message)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.keyringLabel.isVisible()
    assert dialog.ui.keyringLabel.text() == NO_KEYRING_MESSAGE
    assert not dialog.ui.rememberCheck.isChecked()
    assert not dialog.ui.rememberCheck.isEnabled()
    assert dialog.ui.signInButton.isEnabled()  # you can still sign in


def test_settings_file_holds_no_secrets(tmp_path: Path) -> None:
    settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
    settings.server_url = "https://srv"
    settings.last_email = "amy@example.test"
    settings.remember_me = True
    settings.sync()
    text = (tmp_path / "settings.ini").read_text()
    assert "amy@example.test" in text
    assert "token" not in text.lower() and "password" not in text.lower()
    again = AppSettings.in_file(str(tmp_path / "settings.ini"))
    assert (again.server_url, again.last_email, again.remember_me) == (
        "https://srv", "amy@example.test", True)


def test_a_long_error_is_shown_in_full(qtbot: QtBot) -> None:
    dialog = SignInDialog(server_url="http://192.168.1.50:8000", email="me@example.test",
                          remember=False, keyring_message=None)
    qtbot.addWidget(dialog)
    dialog.show()
    message = ("Plain http:// is only allowed for a server on this computer. Use https:// "
               "for a server elsewhere, or ask your operator for the right address.")
    dialog.show_error(message)
    qtbot.wait(10)
    label = dialog.ui.errorLabel
    assert label.height() >= label.heightForWidth(label.width())  # nothing clipped
    assert label.geometry().bottom() < dialog.height()
