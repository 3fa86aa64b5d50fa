"""Client notes in the real app against the real backend: notes typed beside the chat are
saved, a returning client's notes and past sessions show before the first reply, another
PC's save is detected and merged, the wrap-up dialog adds a note and tags (or is skipped),
and search finds a two-character Chinese term."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from responder_app.app_controller import AppController
from responder_app.features.notes.sync import SyncState
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_sim import start_session
from tests.server.notes_helpers import new_key
from tests.support.backend import Backend, bearer
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e


def test_notes_returning_client_conflict_merge_wrap_up_and_search(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")
    key = new_key()

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = AppController(http=http,
                                settings=AppSettings.in_file(str(tmp_path / "settings.ini")),
                                credentials=CredentialStore(fail.Keyring()))
            await app.sign_in(backend.base_url, email, password)
            token = app.api.access_token if app.api else None
            assert token is not None
            sync = app.notes.sync
            assert sync is not None
            try:
                # ---- first visit: notes typed beside the chat, wrap-up with note and tags
                first = await start_session(backend.base_url, "小美", "exam stress",
                                            client_key=key)
                await first.say("下周考试，我很紧张")
                cid = first.conversation_id
                tab = await wait_until(lambda: app.chat_tab(cid), what="the first chat's tab")
                await app.notes.loaded(cid)
                panel = app.notes.panel(cid)
                assert panel is not None and not tab.ui.notesHost.isHidden()
                assert panel.ui.returningFrame.isHidden()  # a new client
                client_id = app.notes.client_id(cid)
                assert client_id is not None
                QTest.keyClicks(panel.ui.callMeEdit, "Meimei")
                QTest.keyClicks(panel.ui.notesEdit, "Law student, exams in June.")
                assert sync.status(client_id).state == SyncState.PENDING
                assert (await sync.flush(client_id)).state == SyncState.SAVED
                assert panel.ui.statusLabel.text() == "Saved"
                notes_url = f"{backend.api}/clients/{client_id}/notes"
                server = httpx.get(notes_url, headers=bearer(token)).json()
                assert (server["call_me"], server["text"]) == (
                    "Meimei", "Law student, exams in June.")

                await app.send(cid, "我在，慢慢说。")  # answered: charged, not refunded
                conversation_url = f"{backend.api}/conversations/{cid}"
                await wait_until(lambda: httpx.get(conversation_url, headers=bearer(
                    token)).json()["first_reply_at"] is not None, what="the reply stored")
                tab.ui.wrapUpButton.click()
                tab.ui.wrapUpButton.click()  # the client is still here: click again
                dialog = await wait_until(lambda: app.notes.wrap_up_dialog,
                                          what="the wrap-up dialog")
                QTest.keyClicks(dialog.ui.noteEdit, "Calmer by the end")
                QTest.keyClicks(dialog.ui.tagsEdit, "exam stress, prefers Mandarin")
                dialog.ui.wrapUpButton.click()
                await wait_until(lambda: app.chat_tab(cid) is None, what="the tab closing")
                closed = httpx.get(f"{backend.api}/conversations/{cid}",
                                   headers=bearer(token)).json()
                assert closed["state"] == "closed"
                server = httpx.get(notes_url, headers=bearer(token)).json()
                assert server["tags"] == ["exam stress", "prefers Mandarin"]
                await first.close()

                # ---- returning: notes and past sessions before the first reply
                second = await start_session(backend.base_url, "小美", "sleep", client_key=key)
                cid2 = second.conversation_id
                tab2 = await wait_until(lambda: app.chat_tab(cid2), what="the second tab")
                await app.notes.loaded(cid2)
                panel2 = app.notes.panel(cid2)
                assert panel2 is not None
                assert not tab2.model.has_own_message()  # nothing replied yet
                assert not panel2.ui.returningFrame.isHidden()
                assert "1 earlier session" in panel2.ui.returningLabel.text()
                history = panel2.ui.historyList.item(0).text()
                assert "exam stress" in history and "15 min" in history
                assert "Calmer by the end" in history and "¥" in history
                assert panel2.ui.notesEdit.toPlainText() == "Law student, exams in June."
                assert panel2.ui.callMeEdit.text() == "Meimei"
                assert panel2.ui.tagsEdit.text() == "exam stress, prefers Mandarin"

                # ---- another PC saves meanwhile: detected, nothing overwritten, merged
                version = server["version"]
                other = httpx.put(notes_url, headers=bearer(token), json={
                    "base_version": version, "text": "Law student, exams in June.\n"
                    "Moved to Hà Nội.", "tags": server["tags"], "call_me": "Meimei"})
                assert other.status_code == 200
                panel2.ui.notesEdit.moveCursor(panel2.ui.notesEdit.textCursor().MoveOperation.End)
                QTest.keyClicks(panel2.ui.notesEdit, " Has a cat.")
                assert (await sync.flush(client_id)).state == SyncState.CONFLICT
                assert not panel2.ui.conflictFrame.isHidden()
                assert httpx.get(notes_url, headers=bearer(token)).json()["text"].endswith(
                    "Moved to Hà Nội.")  # the other PC's save stands
                draft = sync.draft(client_id)
                assert draft is not None and draft.fields.text.endswith("Has a cat.")

                panel2.ui.mergeButton.click()
                merge = await wait_until(lambda: app.notes.merge_dialog, what="merge dialog")
                assert "Has a cat." in merge.ui.mineText.toPlainText()
                assert "Moved to Hà Nội." in merge.ui.theirsText.toPlainText()
                merged_text = merge.ui.mergedText.toPlainText()
                assert "Has a cat." in merged_text and "Moved to Hà Nội." in merged_text
                merge.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
                await wait_until(lambda: sync.status(client_id).state == SyncState.SAVED,
                                 what="the merged notes saved")
                saved = httpx.get(notes_url, headers=bearer(token)).json()
                assert saved["version"] == version + 2
                assert "Has a cat." in saved["text"] and "Moved to Hà Nội." in saved["text"]
                assert panel2.ui.conflictFrame.isHidden()
                assert sync.draft(client_id) is None

                # ---- search, from the panel: a two-character Chinese term
                panel2.ui.searchEdit.setText("考试")
                QTest.keyClick(panel2.ui.searchEdit, Qt.Key.Key_Return)
                await wait_until(lambda: panel2.ui.searchResults.count() > 0,
                                 what="search results")
                assert "下周考试" in panel2.ui.searchResults.item(0).text()

                # ---- wrap-up can be skipped
                await second.leave()
                await wait_until(lambda: tab2.ended, what="the client leaving")
                tab2.ui.bannerWrapUpButton.click()
                dialog2 = await wait_until(lambda: app.notes.wrap_up_dialog, what="dialog")
                QTest.keyClicks(dialog2.ui.noteEdit, "not kept")
                dialog2.ui.skipButton.click()
                await wait_until(lambda: app.chat_tab(cid2) is None, what="the tab closing")
                third = backend.start_session("小美", "", 15, client_key=key)
                history = httpx.get(
                    f"{backend.api}/conversations/{third['conversation']['id']}/client",
                    headers=bearer(token)).json()["history"]
                assert [(h["conversation_id"], h["wrap_up_note"]) for h in history] == [
                    (cid2, ""), (cid, "Calmer by the end")]  # skipped: no note, nothing forced
                # The second visit got no reply before the client left: refunded.
                assert [h["refunded"] for h in history] == [True, False]
                await second.close()
            finally:
                await app.shutdown()

    run_in_qt_loop(qloop, scenario(), timeout=90)
