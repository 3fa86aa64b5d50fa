"""Strict input at the edge, on the real backend (SQLite and PostgreSQL): numbers past 64
bits, true for a number, control characters, NUL in a path, invalid UTF-8, oversized
bodies (declared and streamed), the Allow header; and sign-out ending open streams, and
the retention sweep."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.backend import Backend, bearer, start_backend
from tests.support.dbquery import query

PROBLEM = "urn:responder:problem:"
PROBLEM_TYPE = "application/problem+json"
TOO_BIG = 2**63


@pytest.fixture
def edge(tmp_path: Path, database_url: str) -> Iterator[Backend]:
    # The default limits, on (naming one turns them on in the test harness).
    server = start_backend(tmp_path, "--heartbeat", "0.3", "--max-body-bytes", "4096",
                           "--limit", "session.address=10/600", database_url=database_url)
    yield server
    server.stop()


def _problem(response: httpx.Response, status: int, slug: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM_TYPE
    body: dict = response.json()
    if slug:
        assert body["type"] == PROBLEM + slug
    assert body["detail"]
    return body


def test_numbers_past_64_bits_are_refused_in_plain_words(edge: Backend) -> None:
    responder = edge.new_responder()
    started = edge.start_session()
    cid, client = started["conversation"]["id"], bearer(started["client_token"])
    page = httpx.get(f"{edge.api}/conversations/{cid}/messages",
                     params={"before": TOO_BIG}, headers=client)
    assert "before" in _problem(page, 422, "validation-failed")["detail"]
    largest = httpx.get(f"{edge.api}/conversations/{cid}/messages",
                        params={"before": TOO_BIG - 1}, headers=client)
    assert largest.status_code == 200  # the largest position is a fine place to page from
    for path, headers in (("/events", bearer(responder["access_token"])),):
        for bad in (str(TOO_BIG), "9" * 400, "-1", "1e3"):
            response = httpx.get(f"{edge.api}{path}", headers={**headers,
                                                               "Last-Event-ID": bad})
            assert "Last-Event-ID" in _problem(response, 400, "validation-failed")["detail"]
    ticket = httpx.post(f"{edge.api}/client/stream-ticket", headers=client).json()["ticket"]
    response = httpx.get(f"{edge.api}/client/events",
                         params={"ticket": ticket, "last_event_id": str(TOO_BIG)})
    _problem(response, 400, "validation-failed")
    tip = httpx.post(f"{edge.api}/conversations/{cid}/tip", json={"amount_fen": TOO_BIG},
                     headers=client)
    _problem(tip, 422)


async def test_a_stream_from_the_largest_id_stays_open(edge: Backend) -> None:
    responder = edge.new_responder()
    headers = {**bearer(responder["access_token"]), "Last-Event-ID": str(TOO_BIG - 1)}
    async with httpx.AsyncClient(timeout=httpx.Timeout(10)) as http, http.stream(
            "GET", f"{edge.api}/events", headers=headers) as response:
        assert response.status_code == 200
        seen = ""
        async for chunk in response.aiter_text():
            seen += chunk
            if ": heartbeat" in seen:
                break  # past the opening block: the stream did not abort
    assert f"id: {TOO_BIG - 1}" in seen


def test_true_is_not_a_number(edge: Backend) -> None:
    responder = edge.new_responder()
    response = httpx.put(f"{edge.api}/me/capacity", json={"max_concurrent": True},
                         headers=bearer(responder["access_token"]))
    assert "max_concurrent" in _problem(response, 422, "validation-failed")["detail"]
    me = httpx.get(f"{edge.api}/me", headers=bearer(responder["access_token"])).json()
    assert me["max_concurrent"] == 3  # unchanged
    # The client's choice is made at checkout (a chat then starts from its payment).
    checkout = httpx.post(f"{edge.api}/client/checkout",
                          json={"alias": "Mei", "topic": "", "length_minutes": True})
    assert "length_minutes" in _problem(checkout, 422, "validation-failed")["detail"]


def test_control_characters_are_refused_but_newlines_and_tabs_kept(edge: Backend) -> None:
    edge.new_responder()
    started = edge.start_session()
    cid, client = started["conversation"]["id"], bearer(started["client_token"])

    def send(body: str) -> httpx.Response:
        return httpx.put(f"{edge.api}/conversations/{cid}/messages/{uuid.uuid4()}",
                         json={"body": body}, headers=client)

    for bad in ("\x00", "hello\x00", "a\x1b[31mred", "\u0085next"):
        assert "control characters" in _problem(send(bad), 422)["detail"]
    kept = send("line one\n\tline two")
    assert kept.status_code == 201
    assert kept.json()["body"] == "line one\n\tline two"
    alias = httpx.post(f"{edge.api}/client/checkout",
                       json={"alias": "Mei\x07", "topic": "", "length_minutes": 15})
    assert "control characters" in _problem(alias, 422)["detail"]
    page = httpx.get(f"{edge.api}/conversations/{cid}/messages", headers=client).json()
    assert [m["body"] for m in page["messages"]] == ["line one\n\tline two"]


def test_nul_in_a_path_or_query_is_a_clear_400(edge: Backend) -> None:
    responder = edge.new_responder()
    for url in (f"{edge.base_url}/chat/%00", f"{edge.base_url}/chat/app.js%00.html",
                f"{edge.api}/conversations/%00"):
        _problem(httpx.get(url, headers=bearer(responder["access_token"])), 400,
                 "bad-request")
    search = httpx.get(f"{edge.api}/search", params={"q": "a\x00b"},
                       headers=bearer(responder["access_token"]))
    _problem(search, 400, "bad-request")
    long_name = httpx.get(f"{edge.base_url}/chat/{'a' * 5000}.js")
    _problem(long_name, 404)


def test_invalid_utf8_json_is_the_documented_problem(edge: Backend) -> None:
    response = httpx.post(f"{edge.api}/auth/sign-in", content=b'{"email": "\xff\xfe"}',
                          headers={"Content-Type": "application/json"})
    body = _problem(response, 422, "validation-failed")
    assert "not valid JSON" in body["detail"]
    plain = httpx.post(f"{edge.api}/auth/sign-in", content=b"{not json",
                       headers={"Content-Type": "application/json"})
    assert _problem(plain, 422, "validation-failed")["type"] == body["type"]


def test_bodies_past_the_cap_are_refused_declared_or_streamed(edge: Backend) -> None:
    big = b'{"email": "' + b"a" * 5000 + b'", "password": "x"}'
    declared = httpx.post(f"{edge.api}/auth/sign-in", content=big,
                          headers={"Content-Type": "application/json"})
    assert "too large" in _problem(declared, 413, "request-too-large")["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: sent chunked
        for i in range(0, len(big), 1000):
            yield big[i:i + 1000]

    streamed = httpx.post(f"{edge.api}/auth/sign-in", content=chunks(),
                          headers={"Content-Type": "application/json"})
    assert "Content-Length" not in streamed.request.headers
    _problem(streamed, 413, "request-too-large")
    small = httpx.post(f"{edge.api}/auth/sign-in",
                       json={"email": "nobody@example.test", "password": "x"})
    _problem(small, 401)  # the next request of a fitting size goes through


def test_a_405_lists_every_method_of_the_address(edge: Backend) -> None:
    document = httpx.get(f"{edge.api}/openapi.json").json()
    path, item = next((p, i) for p, i in document["paths"].items()
                      if "{" not in p and len(i) >= 2)
    response = httpx.request("PATCH", f"{edge.base_url}{path}")
    _problem(response, 405, "method-not-allowed")
    allowed = {m.strip() for m in response.headers["Allow"].split(",")}
    assert {m.upper() for m in item} <= allowed


def test_the_document_declares_problems_limits_and_the_retried_put(edge: Backend) -> None:
    document = httpx.get(f"{edge.api}/openapi.json").json()
    put = document["paths"]["/api/v1/conversations/{conversation_id}/messages/{message_id}"][
        "put"]["responses"]
    assert {"200", "201", "400", "401", "404", "409", "413", "422", "429"} <= set(put)
    assert "retry" in put["200"]["description"].lower()
    for code in ("400", "401", "404", "409", "413", "429"):
        assert "application/problem+json" in put[code]["content"]
    sessions = document["paths"]["/api/v1/client/sessions"]["post"]["responses"]
    assert "10 per 10 minutes" in sessions["429"]["description"]
    assert "Retry-After" in sessions["429"]["headers"]
    # The payment problems: no chat without a paid checkout, a used payment, a forged notice.
    assert {"402", "404", "409"} <= set(sessions)
    confirm = document["paths"]["/api/v1/client/checkout/{payment_id}/confirm"]["post"]
    assert {"402", "404", "409", "429"} <= set(confirm["responses"])
    webhook = document["paths"]["/api/v1/payments/{provider}/webhook"]["post"]["responses"]
    assert {"200", "401", "404", "409", "413"} <= set(webhook)
    assert "application/problem+json" in webhook["401"]["content"]
    assert "sign-in.account" in document["info"]["description"]


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=httpx.Timeout(20)) as client:
        yield client


async def test_signing_out_ends_an_open_stream_at_once(edge: Backend,
                                                       http: httpx.AsyncClient) -> None:
    responder = edge.new_responder()
    token = responder["access_token"]
    other = edge.sign_in(edge.create_responder()[0], responder["password"])  # not touched
    async with http.stream("GET", f"{edge.api}/events", headers=bearer(token)) as stream, \
            http.stream("GET", f"{edge.api}/events",
                        headers=bearer(other["access_token"])) as untouched:
        chunks = stream.aiter_text()
        assert "connected" in await anext(chunks)
        signed_out = await http.post(f"{edge.api}/auth/sign-out", headers=bearer(token))
        assert signed_out.status_code == 204
        # It ends: the server closed the stream (an event committed before the sign-out,
        # such as the other responder's sign-in, may still be on its way in it).
        async for _chunk in chunks:
            pass
        # A stream of another sign-in goes on (it still heartbeats).
        seen = ""
        async for chunk in untouched.aiter_text():
            seen += chunk
            if ": heartbeat" in seen:
                break
    again = await http.get(f"{edge.api}/events", headers=bearer(token))
    assert again.status_code == 401


def test_the_retention_sweep_purges_what_expired(edge: Backend) -> None:
    edge.new_responder()
    started = edge.start_session()
    client = bearer(started["client_token"])
    assert httpx.post(f"{edge.api}/client/stream-ticket", headers=client).status_code == 200
    assert query(edge.database_url, "SELECT count(*) FROM stream_tickets") == [(1,)]
    tokens_before = query(edge.database_url, "SELECT count(*) FROM auth_tokens")[0][0]
    edge.advance_clock(600)  # the ticket has expired; the tokens have not
    assert query(edge.database_url, "SELECT count(*) FROM stream_tickets") == [(0,)]
    assert query(edge.database_url, "SELECT count(*) FROM auth_tokens")[0][0] == tokens_before
    edge.advance_clock(31 * 24 * 3600 + 86400 + 60)  # every token long past its expiry
    assert query(edge.database_url, "SELECT count(*) FROM auth_tokens") == [(0,)]
