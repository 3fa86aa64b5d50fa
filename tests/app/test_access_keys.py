"""Every menu of the main window (and the tray's), in English, Chinese and Vietnamese: no
access key used twice in one menu, so Alt+letter always does one thing. And the tray menu
follows a change of language at once, not at the next start."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language

_KEY = re.compile(r"&(.)")


def access_key(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), upper-cased."""
    for match in _KEY.finditer(text.replace("&&", "")):
        return match.group(1).upper()
    return None


def _menus(app: AppController) -> list[QMenu | QMenuBar]:
    menus: list[QMenu | QMenuBar] = [app.window.menuBar(), *app.window.findChildren(QMenu)]
    tray = app.alerts.tray
    return [*menus, tray.menu, tray.availability_menu]


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_language(qapp, "en")


@pytest.mark.parametrize("language", ["en", "zh_CN", "vi"])
def test_no_menu_uses_an_access_key_twice(
        english_after: QApplication, qloop: asyncio.AbstractEventLoop, tmp_path: Path,
        language: str) -> None:
    install_language(english_after, language)
    http = httpx.AsyncClient()
    app = AppController(http=http, settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                        credentials=CredentialStore(fail.Keyring()))
    try:
        seen = 0
        for menu in _menus(app):
            texts = [action.text() for action in menu.actions() if action.text()]
            keys = Counter(key for key in map(access_key, texts) if key is not None)
            twice = {key: [t for t in texts if access_key(t) == key]
                     for key, count in keys.items() if count > 1}
            title = menu.title() if isinstance(menu, QMenu) else "menu bar"
            assert not twice, f"{language}: {title!r} uses one access key for {twice}"
            seen += len(keys)
        assert seen > 25  # the account and chat menus with the features' entries
    finally:
        app.window.close_handler = None
        app.window.close()
        qloop.run_until_complete(http.aclose())


def test_the_tray_menu_follows_a_change_of_language(
        english_after: QApplication, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> None:
    install_language(english_after, "en")
    http = httpx.AsyncClient()
    app = AppController(http=http, settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                        credentials=CredentialStore(fail.Keyring()))
    try:
        tray = app.alerts.tray
        assert tray.show_action.text() == "Show Responder"
        install_language(english_after, "zh_CN")
        english_after.processEvents()  # the LanguageChange Qt posts to every widget
        assert tray.show_action.text() == "显示 Responder"
        assert tray.availability_menu.title() == "在线状态"
        assert tray.quit_action.text() == "退出"
        assert "未读" in tray.tooltip()
    finally:
        app.window.close_handler = None
        app.window.close()
        qloop.run_until_complete(http.aclose())
