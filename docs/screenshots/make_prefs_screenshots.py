"""Screenshots of the Preferences pages, the quick-reply picker and the shortcuts sheet, in
English and Chinese, from the real app (its own widgets and forms; a chat opened as the
inbox opens one, so no server is needed).

    scripts/desktop_session.sh .venv/bin/python docs/screenshots/make_prefs_screenshots.py

Writes preferences-<page>-<lang>.png, quick-replies-<lang>.png and shortcuts-<lang>.png
(<lang>: en or zh-CN) into this folder.
"""
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import httpx
import keyring.backends.fail
from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from responder_app.app_controller import AppController
from responder_app.main import create_application
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language
from responder_app.ui.theme import apply_theme
from responder_wire.models import ConversationState, ConversationSummary, MessageOut, SenderRole

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = datetime.now(UTC)
PAGES = ("notifications", "presence", "reply_speed", "quick_replies", "language", "privacy")
CHAT = {
    "en": ("Sam", "exam stress", "Sammy", [
        ("c", "Hi, are you there?"), ("c", "My exams start next week and I can't focus."),
        ("r", "I'm here, Sammy. That sounds like a lot of pressure.")]),
    "zh_CN": ("小美", "工作压力", "美美", [
        ("c", "你好，在吗？"), ("c", "今天被老板当着全组的面批评了，好难受。"),
        ("r", "我在的。被当众批评真的很难受，谢谢你愿意跟我说。")]),
}


def settle() -> None:
    for _ in range(20):
        QCoreApplication.processEvents()


def shoot(lang: str) -> None:
    app = QApplication.instance()
    assert app is not None
    install_language(app, lang)
    apply_theme(app)
    short = {"en": "en", "zh_CN": "zh-CN"}[lang]
    store = AppSettings.in_file(os.path.join(tempfile.mkdtemp(), "settings.ini"))
    store.language = lang
    clock = ServerClock()
    clock.observe(NOW.timestamp() * 1000)
    controller = AppController(http=httpx.AsyncClient(), settings=store, clock=clock,
                               credentials=CredentialStore(keyring.backends.fail.Keyring()))
    window = controller.window
    window.resize(1280, 720)
    alias, topic, call_me, lines = CHAT[lang]
    window.open_conversation(ConversationSummary(
        id="c-1", alias=alias, topic=topic, length_minutes=30, state=ConversationState.ACTIVE,
        created_at=NOW - timedelta(minutes=4), offered_at=NOW - timedelta(minutes=4),
        ended_at=None, closed_at=None, responder_id=1, price_fen=2500,
        first_reply_at=NOW - timedelta(minutes=2)))
    tab = window.chat_tab("c-1")
    assert tab is not None
    for n, (who, body) in enumerate(lines, start=1):
        tab.add_message(MessageOut(
            id=f"m-{n}", conversation_id="c-1", position=n,
            sender=SenderRole.CLIENT if who == "c" else SenderRole.RESPONDER, body=body,
            created_at=NOW - timedelta(seconds=60 * (4 - n))))
    panel = controller.notes.panel("c-1")
    assert panel is not None
    panel.set_enabled_for_editing(True)
    panel.ui.callMeEdit.setText(call_me)
    window.show()
    window.activateWindow()
    settle()
    tab.composer.setFocus()
    QTest.keyClicks(tab.composer, "/")
    settle()
    window.grab().save(os.path.join(HERE, f"quick-replies-{short}.png"))
    controller.quick_replies.popup("c-1").close_popup()  # type: ignore[union-attr]
    tab.composer.clear()

    dialog = controller.host.open_preferences()
    for page in PAGES:
        dialog.show_page(page)
        settle()
        dialog.grab().save(os.path.join(HERE, f"preferences-{page.replace('_', '-')}-{short}.png"))
    dialog.close()
    sheet = controller.host.open_shortcuts()
    settle()
    sheet.grab().save(os.path.join(HERE, f"shortcuts-{short}.png"))
    sheet.close()
    window.close_handler = None
    window.close()


def main() -> None:
    create_application([])
    for lang in ("en", "zh_CN"):
        shoot(lang)


if __name__ == "__main__":
    main()
