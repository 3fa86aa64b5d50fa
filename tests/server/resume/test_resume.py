"""Resuming a paid chat on another device (`POST /conversations/{id}/resume-link`,
`POST /client/resume`) on the real backend, SQLite and PostgreSQL: the code opens the same
chat with a fresh token scoped to it, a new code replaces the old, an ended chat's code
opens nothing (410), an unknown one is 404, and tries are limited per address (429)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.backend import Backend, bearer, start_backend
from tests.support.dbquery import query

PROBLEM = "urn:responder:problem:"


def _link(backend: Backend, chat: dict[str, Any]) -> dict[str, Any]:
    response = httpx.post(
        f"{backend.api}/conversations/{chat['conversation']['id']}/resume-link",
        headers=bearer(chat["client_token"]))
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def _resume(backend: Backend, code: str, address: str | None = None) -> httpx.Response:
    headers = {"X-Forwarded-For": address} if address else {}
    return httpx.post(f"{backend.api}/client/resume", json={"code": code}, headers=headers)


def test_a_code_opens_the_same_chat_on_a_second_device(backend: Backend) -> None:
    amy = backend.new_responder()
    chat = backend.start_session("Mei")
    cid = chat["conversation"]["id"]
    link = _link(backend, chat)
    code = link["code"]
    assert len(code) == 10 and not set(code) & set("ILOU")
    assert link["path"] == f"/chat/#resume={code}" and link["conversation_id"] == cid
    # Only its hash is kept.
    [(stored,)] = query(backend.database_url, "SELECT code_hash FROM resume_codes")
    assert code not in stored

    typed = f" {code[:5].lower()}-{code[5:]} ".replace("0", "O").replace("1", "l")
    resumed = _resume(backend, typed)
    assert resumed.status_code == 200, resumed.text
    body = resumed.json()
    assert body["conversation"]["id"] == cid
    assert body["payment_id"] == chat["payment_id"]
    second = bearer(body["client_token"])
    assert body["client_token"] != chat["client_token"]
    httpx.put(f"{backend.api}/conversations/{cid}/messages/{uuid.uuid4()}",
              json={"body": "from my phone"}, headers=second).raise_for_status()
    assert httpx.get(f"{backend.api}/conversations/{cid}/messages",
                     headers=bearer(chat["client_token"])).json()["messages"][0]["body"] == (
        "from my phone")

    # The token opens that one chat, nobody else's, and no responder's route.
    other = backend.start_session("Sam")
    assert httpx.get(f"{backend.api}/conversations/{other['conversation']['id']}",
                     headers=second).status_code == 404
    assert httpx.get(f"{backend.api}/conversations", headers=second).status_code in (401, 403)
    # A responder makes no links.
    assert httpx.post(f"{backend.api}/conversations/{cid}/resume-link",
                      headers=bearer(amy["access_token"])).status_code in (403, 404)
    assert httpx.post(f"{backend.api}/conversations/{other['conversation']['id']}/resume-link",
                      headers=second).status_code == 404


def test_a_new_code_replaces_the_old_one(backend: Backend) -> None:
    backend.new_responder()
    chat = backend.start_session("Mei")
    old = _link(backend, chat)["code"]
    new = _link(backend, chat)["code"]
    assert new != old
    gone = _resume(backend, old)
    assert gone.status_code == 404
    assert gone.json()["type"] == PROBLEM + "resume-unknown"
    assert "not known" in gone.json()["detail"]
    assert _resume(backend, new).status_code == 200


def test_an_ended_chat_opens_no_more_and_unknown_codes_are_404(backend: Backend) -> None:
    backend.new_responder()
    chat = backend.start_session("Mei")
    cid = chat["conversation"]["id"]
    code = _link(backend, chat)["code"]
    unknown = _resume(backend, "0000000000")
    assert unknown.status_code == 404

    httpx.post(f"{backend.api}/conversations/{cid}/leave",
               headers=bearer(chat["client_token"])).raise_for_status()
    assert query(backend.database_url, "SELECT count(*) FROM resume_codes")[0][0] == 0
    ended = _resume(backend, code)
    assert ended.status_code in (404, 410)  # its row went with the end
    refused = httpx.post(f"{backend.api}/conversations/{cid}/resume-link",
                         headers=bearer(chat["client_token"]))
    assert refused.status_code == 410
    assert refused.json()["type"] == PROBLEM + "resume-ended"


def test_a_code_whose_chat_ended_elsewhere_is_410(backend: Backend) -> None:
    backend.new_responder()
    chat = backend.start_session("Mei")
    cid = chat["conversation"]["id"]
    code = _link(backend, chat)["code"]
    # Ended by a path that left the code behind (an older instance): checked at use.
    query(backend.database_url, "UPDATE conversations SET state = 'ended' WHERE id = :c",
          {"c": cid})
    ended = _resume(backend, code)
    assert ended.status_code == 410
    assert ended.json()["type"] == PROBLEM + "resume-ended"
    assert "has ended" in ended.json()["detail"]
    assert query(backend.database_url, "SELECT count(*) FROM resume_codes")[0][0] == 0


@pytest.fixture
def limited(tmp_path: Path, database_url: str) -> Iterator[Backend]:
    server = start_backend(tmp_path, "--heartbeat", "0.5", "--limit", "resume.address=3/600",
                           database_url=database_url)
    yield server
    server.stop()


def test_tries_are_limited_per_address(limited: Backend) -> None:
    limited.advance_to_window_start(600)
    for _ in range(3):
        assert _resume(limited, "ABCDEFGHJK", address="203.0.113.7").status_code == 404
    refused = _resume(limited, "ABCDEFGHJK", address="203.0.113.7")
    assert refused.status_code == 429
    assert "Retry-After" in refused.headers
    assert _resume(limited, "ABCDEFGHJK", address="203.0.113.8").status_code == 404
