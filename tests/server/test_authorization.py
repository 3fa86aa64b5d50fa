"""A responder sees only conversations routed to them; a client token only its own chat."""

from __future__ import annotations

import uuid

import httpx

from tests.support.backend import Backend, bearer


def _routed_pair(backend: Backend) -> tuple[dict, dict, dict, dict]:
    """Two responders, each with one conversation (capacity 1 forces the split)."""
    amy = backend.new_responder(max_concurrent=1)
    ben = backend.new_responder(max_concurrent=1)
    first = backend.start_session("Mei")
    second = backend.start_session("Sam")
    owner = {first["conversation"]["responder_id"]: first,
             second["conversation"]["responder_id"]: second}
    return amy, ben, owner[amy["responder"]["id"]], owner[ben["responder"]["id"]]


def test_a_responder_cannot_see_or_write_to_another_responders_chat(backend: Backend) -> None:
    amy, _ben, amys_chat, bens_chat = _routed_pair(backend)
    token = bearer(amy["access_token"])
    other = f"{backend.api}/conversations/{bens_chat['conversation']['id']}"
    listed = httpx.get(f"{backend.api}/conversations", headers=token).json()
    assert [c["id"] for c in listed] == [amys_chat["conversation"]["id"]]
    assert httpx.get(other, headers=token).status_code == 404
    assert httpx.get(f"{other}/messages", headers=token).status_code == 404
    write = httpx.put(f"{other}/messages/{uuid.uuid4()}", json={"body": "hi"}, headers=token)
    assert write.status_code == 404
    assert httpx.post(f"{other}/wrap-up", headers=token).status_code == 404
    own = f"{backend.api}/conversations/{amys_chat['conversation']['id']}"
    assert httpx.get(own, headers=token).status_code == 200


def test_a_client_token_sees_only_its_own_conversation(backend: Backend) -> None:
    _, _, amys_chat, bens_chat = _routed_pair(backend)
    client = bearer(amys_chat["client_token"])
    own = f"{backend.api}/conversations/{amys_chat['conversation']['id']}"
    other = f"{backend.api}/conversations/{bens_chat['conversation']['id']}"
    assert httpx.get(own, headers=client).status_code == 200
    assert httpx.get(other, headers=client).status_code == 404
    assert httpx.get(f"{other}/messages", headers=client).status_code == 404
    sneaky = httpx.put(f"{other}/messages/{uuid.uuid4()}", json={"body": "x"}, headers=client)
    assert sneaky.status_code == 404
    assert httpx.post(f"{other}/leave", headers=client).status_code == 404


def test_a_client_token_cannot_act_as_a_responder(backend: Backend) -> None:
    _, _, amys_chat, _ = _routed_pair(backend)
    client = bearer(amys_chat["client_token"])
    own = f"{backend.api}/conversations/{amys_chat['conversation']['id']}"
    for response in (
        httpx.get(f"{backend.api}/conversations", headers=client),
        httpx.get(f"{backend.api}/me", headers=client),
        httpx.post(f"{own}/wrap-up", headers=client),
        httpx.put(f"{backend.api}/me/availability", json={"availability": "online"},
                  headers=client),
    ):
        assert response.status_code == 403
        assert response.json()["type"] == "urn:responder:problem:forbidden"


def test_a_message_id_used_elsewhere_does_not_leak_the_other_chat(backend: Backend) -> None:
    _amy, _, amys_chat, bens_chat = _routed_pair(backend)
    message_id = str(uuid.uuid4())
    bens_url = f"{backend.api}/conversations/{bens_chat['conversation']['id']}"
    httpx.put(f"{bens_url}/messages/{message_id}", json={"body": "private to Ben's chat"},
              headers=bearer(bens_chat["client_token"])).raise_for_status()
    amys_url = f"{backend.api}/conversations/{amys_chat['conversation']['id']}"
    reuse = httpx.put(f"{amys_url}/messages/{message_id}", json={"body": "private to Ben's chat"},
                      headers=bearer(amys_chat["client_token"]))
    assert reuse.status_code == 409
    assert "private" not in reuse.text
