"""Client notes over real HTTP: returning clients, versions, privacy, deletion."""

from __future__ import annotations

import httpx

from tests.server.notes_helpers import brief, new_key, save_notes, say, search, start, wrap_up
from tests.support.backend import Backend, bearer


def test_a_returning_client_brings_their_notes_and_past_sessions(backend: Backend) -> None:
    amy = backend.new_responder()
    token = amy["access_token"]
    key = new_key()
    first = start(backend, "Mei", "exam stress", client_key=key)
    first_id = first["conversation"]["id"]
    assert brief(backend, token, first_id)["returning"] is False
    client_id = brief(backend, token, first_id)["client_id"]
    saved = save_notes(backend, token, client_id, 0, text="Studies law; exams in June.",
                       tags=["exam stress", " exam stress ", "prefers Mandarin"],
                       call_me="Meimei", avoid="her father")
    assert saved.status_code == 200
    assert saved.json()["version"] == 1
    assert saved.json()["tags"] == ["exam stress", "prefers Mandarin"]
    say(backend, token, first_id, "Hello Mei")
    wrap_up(backend, token, first_id, "Calmer by the end.")

    second = start(backend, "Mei", "sleep", client_key=key)
    info = brief(backend, token, second["conversation"]["id"])
    assert info["returning"] is True
    assert info["client_id"] == client_id
    assert info["notes"]["call_me"] == "Meimei"
    assert info["notes"]["text"] == "Studies law; exams in June."
    [past] = info["history"]
    assert past["conversation_id"] == first_id
    assert past["topic"] == "exam stress"
    assert past["length_minutes"] == 15
    assert past["earned_fen"] == first["conversation"]["price_fen"]
    assert past["wrap_up_note"] == "Calmer by the end."


def test_clients_without_a_key_are_new_every_time(backend: Backend) -> None:
    amy = backend.new_responder()
    one = brief(backend, amy["access_token"], start(backend, "Mei")["conversation"]["id"])
    two = brief(backend, amy["access_token"], start(backend, "Mei")["conversation"]["id"])
    assert one["client_id"] != two["client_id"]
    assert two["returning"] is False


def test_a_save_from_a_stale_version_is_refused_not_overwritten(backend: Backend) -> None:
    amy = backend.new_responder()
    token = amy["access_token"]
    chat = start(backend, client_key=new_key())
    client_id = brief(backend, token, chat["conversation"]["id"])["client_id"]
    assert save_notes(backend, token, client_id, 0, text="from the laptop").status_code == 200
    # The desktop PC still edits from version 0.
    stale = save_notes(backend, token, client_id, 0, text="from the desktop")
    assert stale.status_code == 409
    assert stale.headers["content-type"].startswith("application/problem+json")
    assert stale.json()["type"] == "urn:responder:problem:notes-conflict"
    current = httpx.get(f"{backend.api}/clients/{client_id}/notes", headers=bearer(token)).json()
    assert current["text"] == "from the laptop"
    merged = save_notes(backend, token, client_id, current["version"],
                        text="from the laptop\nfrom the desktop")
    assert merged.json()["version"] == 2


def test_another_responder_cannot_read_write_delete_or_search_the_notes(
    backend: Backend,
) -> None:
    amy = backend.new_responder(max_concurrent=1)
    ben = backend.new_responder(max_concurrent=1)
    key = new_key()
    chat = start(backend, "Mei", client_key=key)
    owner, other = ((amy, ben) if chat["conversation"]["responder_id"] == amy["responder"]["id"]
                    else (ben, amy))
    client_id = brief(backend, owner["access_token"], chat["conversation"]["id"])["client_id"]
    save_notes(backend, owner["access_token"], client_id, 0,
               text="secret zebra story").raise_for_status()
    wrap_up(backend, owner["access_token"], chat["conversation"]["id"])

    # The same client later talks to the other responder: still none of the owner's notes.
    again = start(backend, "Mei", client_key=key)
    assert again["conversation"]["responder_id"] == other["responder"]["id"]
    info = brief(backend, other["access_token"], again["conversation"]["id"])
    assert info["client_id"] == client_id
    assert info["notes"]["text"] == "" and info["notes"]["version"] == 0
    assert info["history"] == []  # the owner's sessions are not shown either
    url = f"{backend.api}/clients/{client_id}/notes"
    assert httpx.get(url, headers=bearer(other["access_token"])).json()["text"] == ""
    assert search(backend, other["access_token"], "zebra") == []
    assert [h["kind"] for h in search(backend, owner["access_token"], "zebra")] == ["note"]
    # Saving their own notes does not touch the owner's; deleting deletes only their own.
    save_notes(backend, other["access_token"], client_id, 0, text="mine").raise_for_status()
    assert httpx.delete(url, headers=bearer(other["access_token"])).status_code == 204
    assert httpx.get(url, headers=bearer(owner["access_token"])).json()["text"] == (
        "secret zebra story")
    # A client the caller never talked to does not exist for them.
    assert httpx.get(f"{backend.api}/clients/no-such-client/notes",
                     headers=bearer(owner["access_token"])).status_code == 404
    # A client token is not a responder.
    assert httpx.get(url, headers=bearer(chat["client_token"])).status_code in (401, 403)


def test_a_responder_can_delete_a_clients_notes(backend: Backend) -> None:
    amy = backend.new_responder()
    token = amy["access_token"]
    chat = start(backend, client_key=new_key())
    client_id = brief(backend, token, chat["conversation"]["id"])["client_id"]
    save_notes(backend, token, client_id, 0, text="walrus").raise_for_status()
    url = f"{backend.api}/clients/{client_id}/notes"
    assert httpx.delete(url, headers=bearer(token)).status_code == 204
    assert httpx.get(url, headers=bearer(token)).json() == {
        "client_id": client_id, "text": "", "tags": [], "call_me": "", "avoid": "",
        "version": 0, "updated_at": None}
    assert search(backend, token, "walrus") == []


def test_bad_notes_get_plain_words(backend: Backend) -> None:
    amy = backend.new_responder()
    token = amy["access_token"]
    chat = start(backend, client_key=new_key())
    client_id = brief(backend, token, chat["conversation"]["id"])["client_id"]
    bad = save_notes(backend, token, client_id, 0, tags=["x" * 41])
    assert bad.status_code == 422
    assert "at most 40 characters" in bad.json()["detail"]
    past_the_column = save_notes(backend, token, client_id, 2**31, summary="x")
    assert past_the_column.status_code == 422, past_the_column.text
    assert "base_version" in past_the_column.json()["detail"]
    short_key = httpx.post(f"{backend.api}/client/checkout",
                           json={"alias": "Mei", "length_minutes": 15, "client_key": "short"})
    assert short_key.status_code == 422
    assert "client_key" in short_key.json()["detail"]


async def test_a_simulated_persona_comes_back_as_the_same_client(backend: Backend) -> None:
    from responder_sim.client import start_session
    from responder_sim.scripts import PERSONAS, persona_key

    amy = backend.new_responder()
    persona = PERSONAS[0]
    ids = []
    for _ in range(2):
        session = await start_session(backend.base_url, persona.alias, persona.topic,
                                      client_key=persona_key(persona))
        ids.append(brief(backend, amy["access_token"], session.conversation_id)["client_id"])
        await session.close()
    assert ids[0] == ids[1]
    assert persona_key(PERSONAS[0]) != persona_key(PERSONAS[1])
