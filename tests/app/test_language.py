"""The app speaks its responder's language: started under a Chinese or Vietnamese system
with no setting it speaks that language; the setting (Account → Language) switches the
main window, its chats and the status bar at once and says what needs a restart; the
desktop notifications, the notification's button and the dialogs speak it too."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from responder_app.app_controller import AppController
from responder_app.features.alerts.settings import AlertSettings
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language, installed_language
from responder_app.ui.sign_in_dialog import SignInDialog
from responder_sim import start_session
from responder_wire.models import Availability
from tests.support.backend import Backend
from tests.support.notification_daemon import NotificationDaemon, NotifyCall
from tests.support.qt_async import run_in_qt_loop, wait_until

ROOT = Path(__file__).resolve().parents[2]

STARTUP = """
from responder_app.main import create_application
from responder_app.ui.main_window import MainWindow
app = create_application(["responder"])
window = MainWindow()
print(window.ui.accountMenu.title())
print(window.ui.languageMenu.title())
print(window.ui.emptyTitle.text())
print(window.status_panel.ui.onlineButton.text())
"""


@pytest.mark.parametrize(("lang", "expected"), [
    ("zh_CN.UTF-8", ["账户(&A)", "语言(&L)", "正在准备你的收件箱…", "在线"]),
    ("vi_VN.UTF-8", ["&Tài khoản", "&Ngôn ngữ", "Đang chuẩn bị hộp thư của bạn…",
                     "Trực tuyến"]),
    ("en_US.UTF-8", ["&Account", "&Language", "Getting your inbox ready…", "Online"]),
])
def test_started_under_a_system_language_with_no_setting_it_speaks_it(
    tmp_path: Path, lang: str, expected: list[str]
) -> None:
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": "",
           "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", STARTUP], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.splitlines() == expected, done.stderr


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_language(qapp, "en")


@pytest.fixture(scope="module")
def notifications(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NotificationDaemon]:
    daemon = NotificationDaemon(tmp_path_factory.mktemp("notify") / "calls.log")
    yield daemon
    daemon.stop()


def _for(daemon: NotificationDaemon, alias: str) -> list[NotifyCall]:
    return [c for c in daemon.calls() if c.summary == alias]


@pytest.mark.parametrize(("language", "account", "body", "button", "sign_in", "online"), [
    ("zh_CN", "账户(&A)", "新客户来了，打个招呼吧", "打开对话", "登录 — Responder",
     "你已在线，新客户会出现在这里。"),
    ("vi", "&Tài khoản", "Khách mới — chào họ nhé", "Mở cuộc trò chuyện",
     "Đăng nhập — Responder", "Bạn đang trực tuyến. Khách mới sẽ hiện ở đây."),
])
def test_the_app_in_each_language_window_dialog_and_notification(
    backend: Backend, notifications: NotificationDaemon, qloop: asyncio.AbstractEventLoop,
    qapp: QApplication, tmp_path: Path, english_after: None, language: str, account: str,
    body: str, button: str, sign_in: str, online: str,
) -> None:
    notifications.clear()
    settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
    settings.language = language
    AlertSettings(settings).notify_hide_text = True  # the generic, translated line
    install_language(qapp, settings.language)  # as main.py does at start

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = AppController(http=http, settings=settings,
                                credentials=CredentialStore(fail.Keyring()))
            email, password = backend.create_responder(display_name="Amy")
            await app.sign_in(backend.base_url, email, password)
            await wait_until(lambda: app.window.availability == Availability.ONLINE,
                             what="online")
            assert app.window.ui.accountMenu.title() == account
            assert app.window.ui.emptyTitle.text() == online
            assert app.window.ui.actionLanguageChinese.text() == "简体中文"
            assert app.window.language_actions[language].isChecked()
            dialog = SignInDialog()
            assert dialog.windowTitle() == sign_in
            dialog.deleteLater()
            client = await start_session(backend.base_url, "小美", "工作压力")
            try:
                calls = await wait_until(lambda: _for(notifications, "小美"), 10,
                                         what="a notification for 小美")
                assert calls[0].body == body
                assert button in calls[0].actions
                tab = await wait_until(lambda: next(iter(app.tabs_by_conversation_id.values()),
                                                    None), what="the chat's tab")
                assert tab.ui.wrapUpButton.text() in ("结束对话", "Kết thúc")
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_switching_the_language_changes_the_window_at_once_and_is_kept(
    backend: Backend, qloop: asyncio.AbstractEventLoop, qapp: QApplication, tmp_path: Path,
    english_after: None,
) -> None:
    settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
    install_language(qapp, "en")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = AppController(http=http, settings=settings,
                                credentials=CredentialStore(fail.Keyring()))
            email, password = backend.create_responder(display_name="Amy")
            await app.sign_in(backend.base_url, email, password)
            await wait_until(lambda: app.window.availability == Availability.ONLINE,
                             what="online")
            client = await start_session(backend.base_url, "Lan", "exams")
            try:
                tab = await wait_until(lambda: next(iter(app.tabs_by_conversation_id.values()),
                                                    None), what="the chat's tab")
                window = app.window
                assert window.ui.accountMenu.title() == "&Account"
                assert tab.ui.wrapUpButton.text() == "Wrap up"

                window.ui.actionLanguageChinese.trigger()
                await wait_until(lambda: window.ui.accountMenu.title() == "账户(&A)",
                                 what="the menu in Chinese")
                assert installed_language() == "zh_CN"
                assert settings.language == "zh_CN"
                assert window.ui.actionLanguageChinese.isChecked()
                assert tab.ui.wrapUpButton.text() == "结束对话"
                assert tab.ui.composer.placeholderText() == "回复 \u2068Lan\u2069…"
                assert window.status_panel.ui.onlineButton.text() == "在线"
                assert window.connection_text() == "已连接"
                prompt = app.language_prompt
                assert prompt is not None and prompt.isVisible()
                assert prompt.text() == "重启 Responder 即可完成语言切换。"
                prompt.accept()

                window.ui.actionLanguageVietnamese.trigger()
                await wait_until(lambda: tab.ui.wrapUpButton.text() == "Kết thúc",
                                 what="the chat in Vietnamese")
                assert window.ui.accountMenu.title() == "&Tài khoản"
                assert AppSettings.in_file(settings.file_name()).language == "vi"
                app.language_prompt.accept()

                window.ui.actionLanguageEnglish.trigger()
                await wait_until(lambda: window.ui.accountMenu.title() == "&Account",
                                 what="the menu in English again")
                assert tab.ui.wrapUpButton.text() == "Wrap up"
                app.language_prompt.accept()
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())
