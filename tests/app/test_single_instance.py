"""One Responder at a time: a second start asks the first to come to the front and ends
(QLocalServer: a named pipe on Windows, a Unix socket here)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from responder_app.main import bring_to_front
from responder_app.platform.single_instance import SingleInstance, server_name


def test_a_second_start_wakes_the_first_and_is_told_to_end(qtbot: QtBot) -> None:
    name = f"responder-test-{uuid.uuid4().hex[:12]}"
    first = SingleInstance(name)
    assert first.claim()
    try:
        with qtbot.waitSignal(first.sig_activated, timeout=5000):
            assert not SingleInstance(name).claim()
    finally:
        first.close()
    assert SingleInstance(name).claim()  # the first one is gone: the next start runs


def test_each_user_and_each_desktop_session_has_an_app_of_their_own(tmp_path: Path) -> None:
    assert server_name("mei", "") != server_name("lan", "")
    assert server_name("mei", "") == server_name("mei", "")
    one, two = tmp_path / "session-1", tmp_path / "session-2"
    one.mkdir()
    two.mkdir()
    assert server_name("mei", str(one)).startswith(str(one))
    assert server_name("mei", str(one)) != server_name("mei", str(two))


def test_the_first_apps_main_window_comes_up_even_from_the_tray(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setProperty("signedIn", True)  # signed in, closed to the tray
    assert not window.isVisible()
    bring_to_front(app)
    assert window.isVisible()


def test_a_signed_out_main_window_stays_hidden(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = QMainWindow()
    qtbot.addWidget(window)
    bring_to_front(app)
    assert not window.isVisible()
