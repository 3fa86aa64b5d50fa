"""Quick replies over real HTTP: per responder, versioned (compare-and-set), validated in
plain words, and pushed to the responder's own event stream."""

from __future__ import annotations

import asyncio
import json

import httpx

from tests.support.backend import Backend, bearer
from tests.support.sse import read_stream

PHRASES = [{"shortcut": "hi", "text": "Hi {name}, I'm here with you."},
           {"shortcut": "bye", "text": "Take care, {name}."}]


def _get(backend: Backend, token: str) -> httpx.Response:
    return httpx.get(f"{backend.api}/me/quick-replies", headers=bearer(token))


def _put(backend: Backend, token: str, base: int, phrases: list[dict[str, str]]
         ) -> httpx.Response:
    return httpx.put(f"{backend.api}/me/quick-replies", headers=bearer(token),
                     json={"base_version": base, "phrases": phrases})


def test_quick_replies_are_kept_per_responder_with_a_version(backend: Backend) -> None:
    amy, bob = backend.new_responder(), backend.new_responder()
    assert _get(backend, amy["access_token"]).json() == {"version": 0, "phrases": []}
    saved = _put(backend, amy["access_token"], 0, PHRASES)
    assert saved.status_code == 200, saved.text
    assert saved.json() == {"version": 1, "phrases": PHRASES}
    again = _put(backend, amy["access_token"], 1, PHRASES[:1])
    assert again.json()["version"] == 2
    assert _get(backend, amy["access_token"]).json() == {"version": 2, "phrases": PHRASES[:1]}
    assert _get(backend, bob["access_token"]).json()["phrases"] == [], "private to Amy"


def test_a_save_from_a_stale_version_is_refused_not_overwritten(backend: Backend) -> None:
    token = backend.new_responder()["access_token"]
    assert _put(backend, token, 0, PHRASES).status_code == 200
    first_again = _put(backend, token, 0, PHRASES[1:])  # a second PC's first save
    assert first_again.status_code == 409
    assert first_again.headers["content-type"].startswith("application/problem+json")
    assert first_again.json()["type"] == "urn:responder:problem:quick-replies-conflict"
    assert _put(backend, token, 1, PHRASES[1:]).status_code == 200  # laptop saves v2
    stale = _put(backend, token, 1, [])  # the desktop still edits from v1
    assert stale.status_code == 409
    assert _get(backend, token).json() == {"version": 2, "phrases": PHRASES[1:]}


def test_bad_phrases_get_a_plain_error(backend: Backend) -> None:
    token = backend.new_responder()["access_token"]
    twice = _put(backend, token, 0, [PHRASES[0], {"shortcut": "HI", "text": "again"}])
    assert twice.status_code == 422
    assert "used twice" in twice.text
    spaced = _put(backend, token, 0, [{"shortcut": "good bye", "text": "x"}])
    assert spaced.status_code == 422 and "one word" in spaced.text
    blank = _put(backend, token, 0, [{"shortcut": "x", "text": "   "}])
    assert blank.status_code == 422
    assert _get(backend, token).json()["version"] == 0, "nothing saved"


async def test_a_save_is_pushed_to_the_responders_own_stream(backend: Backend) -> None:
    amy, bob = backend.new_responder(), backend.new_responder()
    async with read_stream(backend.api, amy["access_token"]) as mine, \
            read_stream(backend.api, bob["access_token"]) as theirs:
        async with httpx.AsyncClient() as http:
            saved = await http.put(f"{backend.api}/me/quick-replies",
                                   headers=bearer(amy["access_token"]),
                                   json={"base_version": 0, "phrases": PHRASES})
        assert saved.status_code == 200
        await mine.wait_for(1)
        await asyncio.sleep(0.3)  # an event for Bob, if any, would arrive now
    [(_, kind, data)] = mine.events
    assert kind == "quick_replies.changed"
    assert json.loads(data)["data"] == {"version": 1, "phrases": PHRASES}
    assert theirs.events == []


def test_a_version_past_what_the_database_holds_is_a_plain_error(backend: Backend) -> None:
    """Versions are 32-bit columns: a base of 2**31 is refused in words (PostgreSQL
    would otherwise fail the comparison with a 500), and nothing is saved."""
    token = backend.new_responder()["access_token"]
    assert _put(backend, token, 0, PHRASES).status_code == 200
    for base in (2**31, 2**40):
        far = _put(backend, token, base, [])
        assert far.status_code == 422, far.text
        assert "base_version" in far.json()["detail"]
    assert _get(backend, token).json() == {"version": 1, "phrases": PHRASES}
