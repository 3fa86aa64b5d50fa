"""The notes draft journal: a keystroke is never lost, not even to a kill mid-edit."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from responder_app.features.notes.api import NotesApi
from responder_app.features.notes.drafts import DraftJournal, NoteDraft, NoteFields
from responder_app.features.notes.sync import NotesSync, SyncState
from responder_app.services.api_client import ApiClient
from tests.server.notes_helpers import brief, new_key, start
from tests.support.backend import Backend, bearer

ROOT = Path(__file__).resolve().parents[2]


def test_the_journal_keeps_a_newer_draft_when_an_older_revision_is_confirmed(
    tmp_path: Path,
) -> None:
    journal = DraftJournal(tmp_path / "drafts")
    journal.write(NoteDraft("c1", 0, NoteFields(text="he"), revision=2))
    journal.write(NoteDraft("c1", 0, NoteFields(text="hello"), revision=5))
    kept = journal.confirm("c1", revision=2, new_version=1)  # saved "he"; "hello" typed since
    assert kept is not None and kept.fields.text == "hello" and kept.base_version == 1
    assert journal.confirm("c1", revision=5, new_version=2) is None
    assert journal.read("c1") is None
    assert list((tmp_path / "drafts").iterdir()) == []  # no temporary files left behind


def test_a_draft_survives_killing_the_app_mid_edit_and_is_saved_on_the_next_start(
    backend: Backend, tmp_path: Path,
) -> None:
    tokens = backend.new_responder()
    chat = start(backend, "Mei", client_key=new_key())
    client_id = brief(backend, tokens["access_token"], chat["conversation"]["id"])["client_id"]
    tokens_file = tmp_path / "tokens.json"
    tokens_file.write_text(json.dumps({k: v for k, v in tokens.items() if k != "password"}))
    drafts = tmp_path / "drafts"
    typed = "她下周考试，很紧张。Thi cử làm em lo lắng. Likes jasmine tea."

    typist = subprocess.Popen(
        [sys.executable, "-m", "tests.app.notes_typist", backend.base_url, str(tokens_file),
         client_id, str(drafts), typed],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert typist.stdout is not None
        line = typist.stdout.readline()
        assert line.strip() == "TYPED", typist.stderr.read() if typist.stderr else line
    finally:
        os.kill(typist.pid, signal.SIGKILL)  # no chance to save or clean up
        typist.wait(10)
    assert typist.returncode == -signal.SIGKILL
    url = f"{backend.api}/clients/{client_id}/notes"
    assert httpx.get(url, headers=bearer(tokens["access_token"])).json()["version"] == 0

    async def next_start() -> None:
        async with httpx.AsyncClient() as http:
            api = ApiClient(http, backend.base_url)
            await api.sign_in(tokens["responder"]["email"], tokens["password"])
            sync = NotesSync(NotesApi(api), DraftJournal(drafts), debounce_s=3600)
            shown = await sync.open(client_id)
            assert shown.text == typed  # every keystroke, before the server has any of it
            assert shown.call_me == "Meimei"
            assert sync.status(client_id).state == SyncState.PENDING
            assert (await sync.flush(client_id)).state == SyncState.SAVED
            sync.close()

    asyncio.run(next_start())
    saved = httpx.get(url, headers=bearer(tokens["access_token"])).json()
    assert (saved["text"], saved["call_me"], saved["version"]) == (typed, "Meimei", 1)
    assert DraftJournal(drafts).all() == []  # confirmed, so the draft is gone


def test_edits_are_kept_while_the_server_is_unreachable(backend: Backend,
                                                        tmp_path: Path) -> None:
    tokens = backend.new_responder()
    chat = start(backend, "Mei", client_key=new_key())
    client_id = brief(backend, tokens["access_token"], chat["conversation"]["id"])["client_id"]

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            api = ApiClient(http, backend.base_url)
            await api.sign_in(tokens["responder"]["email"], tokens["password"])
            sync = NotesSync(NotesApi(api), DraftJournal(tmp_path / "d"), debounce_s=3600,
                             retry_s=3600)
            await sync.open(client_id)
            backend.stop()  # the network drops
            sync.edit(client_id, NoteFields(text="kept while offline"))
            status = await sync.flush(client_id)
            assert status.state == SyncState.OFFLINE
            assert "reach" in status.error
            draft = sync.draft(client_id)
            assert draft is not None and draft.fields.text == "kept while offline"
            sync.close()

    asyncio.run(scenario())
