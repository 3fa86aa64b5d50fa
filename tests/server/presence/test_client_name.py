"""The name clients see (`PUT /me/client-name`): by default the first word of the display
name, the responder's own choice after it, and shown to a client only once the responder
has accepted them (accept mode: not while the offer waits for Take)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support.backend import Backend, bearer

PROBLEM = "urn:responder:problem:"


def _client_view(backend: Backend, chat: dict[str, Any]) -> dict[str, Any]:
    response = httpx.get(f"{backend.api}/conversations/{chat['conversation']['id']}",
                         headers=bearer(chat["client_token"]))
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def test_the_default_is_the_first_word_of_the_display_name(backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy Wang-Lopez of the night shift")
    me = httpx.get(f"{backend.api}/me", headers=bearer(amy["access_token"])).json()
    assert me["display_name"] == "Amy Wang-Lopez of the night shift"
    assert me["client_name"] == "Amy"
    long = backend.new_responder(display_name="Bartholomew-Maximilian Smith")
    me = httpx.get(f"{backend.api}/me", headers=bearer(long["access_token"])).json()
    assert me["client_name"] == "Bartholomew-Maximili"  # cut to 20 characters

    chat = backend.start_session("Mei")  # auto mode: hers at once, so the client sees it
    assert chat["conversation"]["responder_name"] in ("Amy", "Bartholomew-Maximili")


def test_a_responder_sets_the_name_clients_see(backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy Wang")
    token = bearer(amy["access_token"])
    changed = httpx.put(f"{backend.api}/me/client-name", json={"client_name": "  Xiao Mei "},
                        headers=token)
    assert changed.status_code == 200, changed.text
    assert changed.json()["client_name"] == "Xiao Mei"  # trimmed
    assert changed.json()["display_name"] == "Amy Wang"  # colleagues still see this
    assert httpx.get(f"{backend.api}/me", headers=token).json()["client_name"] == "Xiao Mei"

    chat = backend.start_session("Mei")
    assert chat["conversation"]["responder_name"] == "Xiao Mei"
    assert _client_view(backend, chat)["responder_name"] == "Xiao Mei"


def test_a_bad_name_is_refused_and_only_a_responder_may_set_one(backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy")
    token = bearer(amy["access_token"])
    for bad in ("", "   ", "x" * 21):
        refused = httpx.put(f"{backend.api}/me/client-name", json={"client_name": bad},
                            headers=token)
        assert refused.status_code == 422, bad
    extra = httpx.put(f"{backend.api}/me/client-name",
                      json={"client_name": "Amy", "display_name": "x"}, headers=token)
    assert extra.status_code == 422
    assert httpx.get(f"{backend.api}/me", headers=token).json()["client_name"] == "Amy"

    chat = backend.start_session("Mei")
    as_client = httpx.put(f"{backend.api}/me/client-name", json={"client_name": "Boss"},
                          headers=bearer(chat["client_token"]))
    assert as_client.status_code in (401, 403)
    assert httpx.put(f"{backend.api}/me/client-name",
                     json={"client_name": "Boss"}).status_code == 401


def test_the_client_sees_no_name_until_accepted(backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy Wang")
    token = bearer(amy["access_token"])
    httpx.put(f"{backend.api}/me/assignment-mode", json={"mode": "accept"},
              headers=token).raise_for_status()

    chat = backend.start_session("Mei")
    assert chat["conversation"]["needs_take"] is True
    assert chat["conversation"]["responder_name"] is None
    assert _client_view(backend, chat)["responder_name"] is None

    conversation_id = chat["conversation"]["id"]
    httpx.post(f"{backend.api}/conversations/{conversation_id}/take",
               headers=token).raise_for_status()
    assert _client_view(backend, chat)["responder_name"] == "Amy"

