"""The client's web page API on the real backend: quote, sandbox checkout, stream tickets,
typing notices, ratings in the responder's statistics, and the page's security headers."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from httpx_sse import aconnect_sse

from responder_server.client_page import routes as web_client_routes
from tests.support.backend import Backend, bearer


def _checkout(backend: Backend, alias: str = "Mei", length: int = 30) -> dict:
    response = httpx.post(f"{backend.api}/client/checkout",
                          json={"alias": alias, "topic": "work", "length_minutes": length})
    assert response.status_code == 201, response.text
    payment = response.json()
    response = httpx.post(f"{backend.api}/client/checkout/{payment['payment_id']}/confirm")
    assert response.status_code == 201, response.text
    started: dict = response.json()
    started["payment"] = payment
    return started


def test_quote_names_the_price_and_the_window(backend: Backend) -> None:
    response = httpx.get(f"{backend.api}/client/quote", params={"length_minutes": 30})
    assert response.status_code == 200
    quote = response.json()
    expected = {"day": 1500, "night": 1900}[quote["window"]]
    assert quote["price_fen"] == expected
    assert quote["lengths_minutes"] == [15, 30, 60]

    bad = httpx.get(f"{backend.api}/client/quote", params={"length_minutes": 7})
    assert bad.status_code == 422
    assert bad.headers["content-type"].startswith("application/problem+json")
    assert "15, 30, 60" in bad.json()["detail"]


def test_sandbox_checkout_starts_one_session_per_payment(backend: Backend) -> None:
    backend.new_responder()
    started = _checkout(backend)
    payment = started["payment"]
    assert payment["provider"] == "sandbox" and payment["sandbox"] is True
    assert started["conversation"]["price_fen"] == payment["amount_fen"]
    assert started["conversation"]["state"] == "active"
    again = httpx.post(f"{backend.api}/client/checkout/{payment['payment_id']}/confirm")
    assert again.status_code == 409
    assert again.json()["type"].endswith("payment-used")
    unknown = httpx.post(f"{backend.api}/client/checkout/{uuid.uuid4()}/confirm")
    assert unknown.status_code == 404


@contextlib.asynccontextmanager
async def _ticket_stream(backend: Backend, ticket: str, after: int | None = None
                         ) -> AsyncIterator[list[tuple[str, dict]]]:
    seen: list[tuple[str, dict]] = []
    ready = asyncio.Event()
    params = {"ticket": ticket}
    if after is not None:
        params["last_event_id"] = str(after)

    async def _run() -> None:
        async with httpx.AsyncClient(timeout=httpx.Timeout(10, read=30)) as http, \
                aconnect_sse(http, "GET", f"{backend.api}/client/events",
                             params=params) as source:
            source.response.raise_for_status()
            ready.set()
            async for sse in source.aiter_sse():
                if sse.data:
                    seen.append((sse.event, json.loads(sse.data)))

    task = asyncio.create_task(_run())
    await asyncio.wait({task, asyncio.create_task(ready.wait())}, timeout=10,
                       return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()
    try:
        yield seen
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, httpx.HTTPError):
            await task


async def _until(predicate: object, timeout: float = 10) -> None:
    assert callable(predicate)
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.02)


async def test_stream_ticket_reads_the_clients_events_and_nothing_else(
    backend: Backend,
) -> None:
    responder = backend.new_responder()
    started = _checkout(backend)
    client = bearer(started["client_token"])
    conversation_id = started["conversation"]["id"]
    response = httpx.post(f"{backend.api}/client/stream-ticket", headers=client)
    assert response.status_code == 200
    ticket = response.json()["ticket"]

    # A ticket is no bearer token: it cannot read messages or write.
    assert httpx.get(f"{backend.api}/conversations/{conversation_id}/messages",
                     headers=bearer(ticket)).status_code == 401
    # A responder gets no ticket (their app sends its header itself).
    assert httpx.post(f"{backend.api}/client/stream-ticket",
                      headers=bearer(responder["access_token"])).status_code == 403

    async with _ticket_stream(backend, ticket, after=0) as seen:
        httpx.put(f"{backend.api}/conversations/{conversation_id}/messages/{uuid.uuid4()}",
                  json={"body": "hello"}, headers=bearer(responder["access_token"])
                  ).raise_for_status()
        await _until(lambda: any(kind == "message.created" for kind, _ in seen))
    assert seen[0][0] == "conversation.offered"

    assert httpx.get(f"{backend.api}/client/events",
                     params={"ticket": "x" * 43}).status_code == 401
    backend.advance_clock(301)
    expired = httpx.get(f"{backend.api}/client/events", params={"ticket": ticket})
    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"]


async def test_typing_notices_reach_the_other_side_rate_limited(backend: Backend) -> None:
    # The client is told the name the responder chose for clients, never the display name.
    responder = backend.new_responder(display_name="Amy 小林")
    started = _checkout(backend)
    conversation_id = started["conversation"]["id"]
    client = bearer(started["client_token"])
    url = f"{backend.api}/conversations/{conversation_id}/typing"
    ticket = httpx.post(f"{backend.api}/client/stream-ticket", headers=client).json()["ticket"]

    async with _ticket_stream(backend, ticket) as seen:
        first = httpx.post(url, headers=bearer(responder["access_token"]))
        assert first.status_code == 202 and first.json() == {"sent": True}
        # Another keystroke a moment later is not logged again.
        assert httpx.post(url, headers=bearer(responder["access_token"])).json() == {
            "sent": False}
        await _until(lambda: any(kind == "typing.changed" for kind, _ in seen))
        notice = next(data for kind, data in seen if kind == "typing.changed")
        assert notice["data"]["sender"] == "responder"
        assert notice["data"]["alias"] == "Amy"
        # The client's own typing goes to the responder, not back to the client.
        assert httpx.post(url, headers=client).json() == {"sent": True}
        backend.advance_clock(3)
        assert httpx.post(url, headers=bearer(responder["access_token"])).json() == {
            "sent": True}
        await _until(lambda: sum(kind == "typing.changed" for kind, _ in seen) == 2)
    assert all(data["data"]["sender"] == "responder"
               for kind, data in seen if kind == "typing.changed")


def test_a_rating_reaches_the_responders_statistics_once(backend: Backend) -> None:
    responder = backend.new_responder()
    token = bearer(responder["access_token"])
    started = _checkout(backend, alias="<b>Mei</b>")
    conversation_id = started["conversation"]["id"]
    client = bearer(started["client_token"])
    rating_url = f"{backend.api}/conversations/{conversation_id}/rating"

    early = httpx.post(rating_url, json={"stars": 5}, headers=client)
    assert early.status_code == 409
    assert early.json()["type"].endswith("conversation-still-open")
    httpx.post(f"{backend.api}/conversations/{conversation_id}/leave",
               headers=client).raise_for_status()
    bad = httpx.post(rating_url, json={"stars": 6}, headers=client)
    assert bad.status_code == 422
    assert httpx.post(rating_url, json={"stars": 4}, headers=token).status_code == 403
    comment = "<script>alert(1)</script> thank you"
    response = httpx.post(rating_url, json={"stars": 4, "comment": comment}, headers=client)
    assert response.status_code == 201, response.text
    assert httpx.post(rating_url, json={"stars": 1}, headers=client).status_code == 409
    assert httpx.get(rating_url, headers=client).json()["stars"] == 4

    stats = httpx.get(f"{backend.api}/stats/ratings", headers=token).json()
    assert stats["count"] == 1 and stats["average"] == 4.0
    assert stats["by_stars"] == [0, 0, 0, 1, 0]
    assert stats["recent"][0]["comment"] == comment  # stored as typed, shown as text
    assert stats["recent"][0]["alias"] == "<b>Mei</b>"
    other = backend.new_responder()
    assert httpx.get(f"{backend.api}/stats/ratings",
                     headers=bearer(other["access_token"])).json()["count"] == 0


def test_the_page_is_served_with_a_strict_content_security_policy(backend: Backend) -> None:
    page = httpx.get(f"{backend.base_url}/chat/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    for asset in ("app.js", "style.css", "i18n/zh.json", "i18n/en.json", "i18n/vi.json"):
        response = httpx.get(f"{backend.base_url}/chat/{asset}")
        assert response.status_code == 200, asset
        assert response.headers["x-content-type-options"] == "nosniff"
    assert httpx.get(f"{backend.base_url}/chat/../models.py").status_code == 404
    assert httpx.get(f"{backend.base_url}/chat/%2e%2e/models.py").status_code == 404
    assert httpx.get(f"{backend.base_url}/").headers.get("location") in (None, "/chat/")


def test_the_page_never_builds_markup_and_every_language_has_every_string() -> None:
    web = Path(web_client_routes.WEB_DIR)
    script = (web / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script, sink
    html = (web / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "style=" not in html and " on" + "click" not in html
    keys = {lang: set(json.loads((web / "i18n" / f"{lang}.json").read_text(encoding="utf-8")))
            for lang in ("zh", "en", "vi")}
    assert keys["zh"] == keys["en"] == keys["vi"]
    used = set(re.findall(r'data-i18n(?:-placeholder)?="([a-z_0-9]+)"', html))
    used |= set(re.findall(r"\bt\(\"([a-z_0-9]+)\"[,)]", script))
    assert used <= keys["zh"], used - keys["zh"]
