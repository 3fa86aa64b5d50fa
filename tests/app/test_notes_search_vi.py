"""Vietnamese search from the notes panel, against the real backend, typed as Vietnamese
input methods type it: the last word still being composed when Enter is pressed (Qt
reports Enter before the input method commits the word), and NFC or NFD text."""

from __future__ import annotations

import asyncio
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from responder_app.app_controller import AppController
from responder_app.features.notes.panel import NotesPanel
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_sim import start_session
from tests.server.notes_helpers import new_key
from tests.support.backend import Backend
from tests.support.qt_async import run_in_qt_loop, wait_until

MESSAGE = "Tôi lo lắng về công việc"
NOTE = "Hay lo lắng khi đi làm"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def compose(panel: NotesPanel, typed: str, composing: str) -> None:
    """`typed` is in the box; `composing` is the input method's word in progress; then
    Enter, then the input method commits the word (as Windows' Vietnamese Telex does)."""
    edit = panel.ui.searchEdit
    edit.clear()
    edit.setFocus()
    edit.setText(typed)
    QApplication.sendEvent(edit, QInputMethodEvent(composing, []))
    QTest.keyClick(edit, Qt.Key.Key_Return)
    commit = QInputMethodEvent()
    commit.setCommitString(composing)
    QApplication.sendEvent(edit, commit)


def results(panel: NotesPanel) -> list[str]:
    if panel.ui.searchResults.isHidden():
        return []
    return [panel.ui.searchResults.item(i).text()
            for i in range(panel.ui.searchResults.count())]


def test_vietnamese_search_shows_the_hits_however_it_was_typed(
        backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> None:
    email, password = backend.create_responder(display_name="Lan")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = AppController(http=http,
                                settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                                credentials=CredentialStore(fail.Keyring()))
            await app.sign_in(backend.base_url, email, password)
            chat = await start_session(backend.base_url, "Minh", "công việc",
                                       client_key=new_key())
            try:
                await chat.say(MESSAGE)
                cid = chat.conversation_id
                await wait_until(lambda: app.chat_tab(cid), what="the chat's tab")
                await app.notes.loaded(cid)
                panel, client_id, sync = (app.notes.panel(cid), app.notes.client_id(cid),
                                          app.notes.sync)
                assert panel is not None and client_id is not None and sync is not None
                # Dates in the platform's zone, from the rate card asked once at sign-in.
                card = httpx.get(f"{backend.api}/rates").json()["card"]
                assert app.notes.time_zone == ZoneInfo(card["time_zone"])
                assert panel.time_zone == app.notes.time_zone
                panel.ui.notesEdit.insertPlainText(nfd(NOTE))  # an NFD input method
                await sync.flush(client_id)

                def shown() -> bool:
                    lines = results(panel)
                    return (any(MESSAGE in line for line in lines)
                            and any(NOTE in unicodedata.normalize("NFC", line)
                                    for line in lines))

                searches: list[str] = []
                panel.sig_search_requested.connect(searches.append)
                for typed, composing in (("lo ", "lắng"), (nfd("lo "), nfd("lắng"))):
                    compose(panel, typed, composing)
                    await wait_until(shown, timeout=5, what=f"hits for {typed + composing!r}")
                    assert searches[-1] == "lo lắng"  # the whole query, NFC
                    assert panel.ui.searchEdit.text() == typed + composing
                for typed in ("lo lắng", nfd("lo lắng")):  # committed before Enter
                    panel.ui.searchEdit.clear()
                    panel.ui.searchEdit.setText(typed)
                    QTest.keyClick(panel.ui.searchEdit, Qt.Key.Key_Return)
                    await wait_until(shown, timeout=5, what=f"hits for {typed!r}")
                assert searches == ["lo lắng"] * 4
            finally:
                await chat.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())
