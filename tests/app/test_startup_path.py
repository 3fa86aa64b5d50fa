"""Start-up loads only what the sign-in window needs before it shows: `responder_app.main`
imports Qt, the settings, the theme and the dialog, not httpx, the wire models, the main
window or any feature (those load behind the shown dialog, `main.run`). The dialog shown
early is the one the controller then uses. Figures: `bench/startup_time.py`."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import keyring.backends.fail
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.sign_in_dialog import SignInDialog

ROOT = Path(__file__).resolve().parents[2]

HEAVY = [
    "httpx",
    "pydantic",
    "responder_wire.models",
    "responder_app.app_controller",
    "responder_app.ui.main_window",
    "responder_app.shell.session",
    "responder_app.services.api_client",
    "responder_app.features",
    "keyring",
]


def test_the_sign_in_path_imports_nothing_heavy() -> None:
    code = ("import json, sys\n"
            "import responder_app.main\n"
            "import responder_app.ui.sign_in_dialog\n"
            f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def _controller(http: httpx.AsyncClient, tmp_path: Path) -> AppController:
    return AppController(http=http, settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                         credentials=CredentialStore(keyring.backends.fail.Keyring()))


def test_the_dialog_shown_early_is_the_one_signed_in_with(
        qtbot: QtBot, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            early = SignInDialog(server_url="https://responder.example.com")
            early.open()
            controller = _controller(http, tmp_path)
            result = asyncio.ensure_future(controller.sign_in_interactively(dialog=early))
            await asyncio.sleep(0)
            assert controller.dialog is early and early.isVisible()
            # the keyring's state is told once it is known (a failing keyring here)
            assert not early.ui.rememberCheck.isEnabled()
            early.reject()
            assert await result is False
            await controller.shutdown()
            controller.window.close_handler = None
            controller.window.close()

    qloop.run_until_complete(asyncio.wait_for(scenario(), 20))


def test_a_dialog_closed_while_the_app_loaded_is_not_waited_for(
        qtbot: QtBot, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            early = SignInDialog(server_url="https://responder.example.com")
            early.open()
            early.reject()  # cancelled before the controller was built
            assert early.result() == QDialog.DialogCode.Rejected
            controller = _controller(http, tmp_path)
            assert await controller.sign_in_interactively(dialog=early) is False
            await controller.shutdown()
            controller.window.close_handler = None
            controller.window.close()

    qloop.run_until_complete(asyncio.wait_for(scenario(), 20))


def test_httpx_comes_without_its_command_line_client() -> None:
    code = ("import json, sys\n"
            "import responder_app\n"
            "import httpx\n"
            "print(json.dumps([m for m in ('rich', 'click', 'pygments') if m in sys.modules]))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=120)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
