"""Quick replies as a responder uses them: `/` and a shortcut in the composer (a list that
narrows as they type), or Ctrl+/ to pick one, with `{name}` filled in with what the client
likes to be called (the notes' "call me", else the alias); the warm defaults in the app's
language; and their own phrases synced through the real backend to their other PC,
including two PCs saving at once (409, merged, nothing lost).

Everything real: the app, the backend over loopback, the simulated client.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_app.features.quick_replies.editor import QuickRepliesEditor
from responder_app.features.quick_replies.phrases import defaults_for
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_sim import start_session
from responder_wire.models import Availability
from responder_wire.quick_replies import QuickReply
from tests.support.backend import Backend, bearer
from tests.support.qt_async import run_in_qt_loop, wait_until

HELLO = "Hi Meimei, I'm here. Take your time — I'm listening."


@asynccontextmanager
async def _pc(backend: Backend, tmp_path: Path, name: str, email: str, password: str
              ) -> AsyncIterator[AppController]:
    """One PC of the responder: its own settings file, signed in to the same account."""
    async with httpx.AsyncClient() as http:
        app = AppController(http=http,
                            settings=AppSettings.in_file(str(tmp_path / f"{name}.ini")),
                            credentials=CredentialStore(fail.Keyring()))
        try:
            await app.sign_in(backend.base_url, email, password)
            await wait_until(lambda: app.window.availability == Availability.ONLINE,
                             what="online")
            await wait_until(lambda: app.stream is not None
                             and app.stream.status.state.value == "connected", what="stream")
            yield app
        finally:
            await app.shutdown()
            app.window.close_handler = None
            app.window.close()


def _editor(app: AppController) -> QuickRepliesEditor:
    app.host.open_preferences("quick_replies")
    editor = app.quick_replies.editor
    assert editor is not None
    return editor


async def _active(qtbot: QtBot, app: AppController) -> None:
    app.window.activateWindow()
    await wait_until(app.window.isActiveWindow, what="the window active")


def test_a_quick_reply_goes_in_by_slash_or_by_key_with_the_name_filled_in(
        backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path,
        qtbot: QtBot) -> None:
    async def scenario() -> None:
        email, password = backend.create_responder(display_name="Amy")
        async with _pc(backend, tmp_path, "home", email, password) as app:
            # She reads English: the defaults come in her language (here the app's too).
            client = await start_session(backend.base_url, "Mei", "work", language="en")
            try:
                cid = client.conversation_id
                await wait_until(lambda: app.chat_tab(cid), what="the chat")
                await app.notes.loaded(cid)
                panel = app.notes.panel(cid)
                assert panel is not None
                panel.ui.callMeEdit.setText("Meimei")  # from the notes: call her Meimei
                tab = app.chat_tab(cid)
                assert tab is not None
                await _active(qtbot, app)
                composer = tab.composer
                composer.setFocus()
                popup = app.quick_replies.popup(cid)
                assert popup is not None

                qtbot.keyClicks(composer, "/h")
                assert popup.isVisible()
                assert popup.current_text() == HELLO, "the name is filled in"
                qtbot.keyClicks(composer, "er")  # "/her" narrows to /here
                assert popup.current_text() == "I'm still here with you. No rush at all."
                qtbot.keyClick(composer, Qt.Key.Key_Backspace)
                qtbot.keyClick(composer, Qt.Key.Key_Backspace)
                qtbot.keyClick(composer, Qt.Key.Key_Return)  # Enter takes the phrase ...
                assert composer.toPlainText() == HELLO and not popup.isVisible()
                assert tab.model.rowCount() == 0, "... and sends nothing yet"
                qtbot.keyClick(composer, Qt.Key.Key_Return)  # the next Enter sends it
                async def replied() -> bool:
                    return any(m.body == HELLO for m in await client.messages())

                for _ in range(100):
                    if await replied():
                        break
                    await asyncio.sleep(0.1)
                assert await replied(), "the client got the reply"

                qtbot.keyClicks(composer, "Of course.")
                qtbot.keyClick(composer, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
                assert popup.isVisible(), "Ctrl+/ picks from every phrase"
                assert popup.ui.phraseList.count() == len(defaults_for("en"))
                qtbot.keyClick(composer, Qt.Key.Key_Down)
                qtbot.keyClick(composer, Qt.Key.Key_Return)
                assert composer.toPlainText() == (
                    "Of course. I'm still here with you. No rush at all.")

                qtbot.keyClicks(composer, " /zzz")
                assert not popup.isVisible(), "nothing matches: no list"
                qtbot.keyClick(composer, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
                qtbot.keyClick(composer, Qt.Key.Key_Escape)
                assert not popup.isVisible()
                assert composer.toPlainText().endswith(" /zzz"), "Esc changes nothing"

                panel.ui.callMeEdit.setText("")  # no "call me": the alias is used
                composer.clear()
                qtbot.keyClicks(composer, "/bye")
                assert popup.current_text() == (
                    "Thank you for talking with me, Mei. Take care — come back any time.")
            finally:
                await client.close()

    run_in_qt_loop(qloop, scenario(), timeout=90)


def test_phrases_follow_the_responder_to_their_other_pc(
        backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> None:
    async def scenario() -> None:
        email, password = backend.create_responder(display_name="Amy")
        async with _pc(backend, tmp_path, "home", email, password) as home, \
                _pc(backend, tmp_path, "office", email, password) as office:
            assert home.quick_replies.version == 0, "nothing saved yet: the defaults"
            assert home.quick_replies.phrases == defaults_for("en")
            editor = _editor(home)
            editor.set_cell(0, 1, "Hello {name}, good to see you again.")
            assert await home.quick_replies.flush()
            assert home.quick_replies.version == 1
            assert "Saved" in editor.ui.statusLabel.text()

            # The other PC, already signed in, has it at once ...
            await wait_until(lambda: office.quick_replies.version == 1, what="pushed")
            assert office.quick_replies.phrases[0].text == "Hello {name}, good to see you again."
            # ... and a PC signing in later reads it from the server.
            async with _pc(backend, tmp_path, "laptop", email, password) as laptop:
                await wait_until(lambda: laptop.quick_replies.version == 1, what="loaded")
                assert laptop.quick_replies.phrases == home.quick_replies.phrases

            # A bad edit says what is wrong and saves nothing.
            editor.set_cell(1, 0, "two words")
            assert "one word" in editor.ui.statusLabel.text()
            assert home.quick_replies.version == 1

    run_in_qt_loop(qloop, scenario(), timeout=120)


def test_two_pcs_saving_at_once_keep_both_changes(
        backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> None:
    async def scenario() -> None:
        email, password = backend.create_responder(display_name="Amy")
        async with _pc(backend, tmp_path, "home", email, password) as home, \
                _pc(backend, tmp_path, "office", email, password) as office:
            assert await home.quick_replies.save(defaults_for("en")[:2])
            await wait_until(lambda: office.quick_replies.version == 1, what="v1 on both")
            # The office PC edits (its save waits for a pause in typing) ...
            office.quick_replies._save_timer.setInterval(3_600_000)  # a very long pause
            editor = _editor(office)
            editor.set_cell(1, 1, "I'm right here, {name}.")
            # ... while the home PC saves a new phrase first.
            mine = [*home.quick_replies.phrases, QuickReply(shortcut="tea", text="Tea first?")]
            assert await home.quick_replies.save(mine)
            assert home.quick_replies.version == 2
            await asyncio.sleep(0.3)  # the push reaches the office PC, mid-edit
            assert await office.quick_replies.flush()  # from version 1: a 409, then merged
            texts = [p.text for p in office.quick_replies.phrases]
            assert "Tea first?" in texts and "I'm right here, {name}." in texts
            assert office.quick_replies.version == 3
            assert "both sets are kept" in editor.ui.statusLabel.text()
            await wait_until(lambda: home.quick_replies.version == 3, what="merged on home")
            api = home.api
            assert api is not None
            stored = httpx.get(f"{backend.api}/me/quick-replies",
                               headers=bearer(api.access_token or "")).json()
            assert [p["text"] for p in stored["phrases"]] == texts

    run_in_qt_loop(qloop, scenario(), timeout=120)


def test_the_defaults_are_warm_and_in_each_language() -> None:
    for language in ("zh_CN", "vi", "en"):
        phrases = defaults_for(language)
        assert len(phrases) >= 5
        assert sum("{name}" in p.text for p in phrases) >= 3
        assert len({p.shortcut for p in phrases}) == len(phrases)
    assert defaults_for("zh_CN")[0].text.startswith("{name}你好")
    assert "Chào" in defaults_for("vi")[0].text


