"""The app words the server's limits in plain language: a refused sign-in from the real
backend (its per-address limits), and any other 429 or 413 the server may give."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

from responder_app.services.api_client import ApiClient, ApiError
from tests.support.backend import start_backend


async def test_a_limited_sign_in_says_how_long_to_wait(tmp_path: Path) -> None:
    backend = start_backend(tmp_path, "--limit", "sign-in.account=2/300")
    backend.advance_to_window_start(300)  # the three sign-ins in one window, however slow
    try:
        email, password = backend.create_responder()
        async with httpx.AsyncClient() as http:
            api = ApiClient(http, backend.base_url)
            for _ in range(2):
                with pytest.raises(ApiError) as wrong:
                    await api.sign_in(email, "not it")
                assert wrong.value.status == 401
            with pytest.raises(ApiError) as limited:
                await api.sign_in(email, password)
    finally:
        backend.stop()
    assert limited.value.status == 429 and limited.value.retryable
    assert re.fullmatch(r"Too many sign-in attempts\. Try again in \d+ (minutes|seconds)\.",
                        str(limited.value))


def _answer(status: int, slug: str, **headers: str) -> httpx.AsyncClient:
    body = json.dumps({"type": f"urn:responder:problem:{slug}", "title": slug,
                       "status": status, "detail": "English detail"}).encode()
    return httpx.AsyncClient(transport=httpx.MockTransport(lambda _r: httpx.Response(
        status, headers={"content-type": "application/problem+json", **headers},
        content=body)))


async def test_other_limits_and_oversized_requests_are_plain_words() -> None:
    # A stand-in server: these answers cannot be provoked from a responder's own calls
    # on the real backend (its limits are on the clients' side).
    async with _answer(429, "too-many-requests", **{"retry-after": "42"}) as http:
        with pytest.raises(ApiError) as caught:
            await ApiClient(http, "http://127.0.0.1:9").request("GET", "/queue", auth=False)
    assert str(caught.value) == "Too many requests for now. Try again in 42 seconds."
    async with _answer(413, "request-too-large") as http:
        with pytest.raises(ApiError) as caught:
            await ApiClient(http, "http://127.0.0.1:9").request("GET", "/queue", auth=False)
    assert str(caught.value) == "That is too large to send. Make it shorter and try again."
