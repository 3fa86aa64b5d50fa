"""OpenAPI document, server clock header, problem+json for unknown paths."""

from __future__ import annotations

import time

import httpx

from responder_wire import SERVER_TIME_HEADER
from tests.support.backend import Backend


def test_openapi_document_lists_the_api(backend: Backend) -> None:
    doc = httpx.get(f"{backend.api}/openapi.json").json()
    paths = doc["paths"]
    for path in ("/api/v1/auth/sign-in", "/api/v1/client/sessions", "/api/v1/events",
                 "/api/v1/conversations/{conversation_id}/messages/{message_id}",
                 "/api/v1/me/client-name", "/api/v1/client/availability",
                 "/api/v1/conversations/{conversation_id}/queue-place",
                 "/api/v1/conversations/{conversation_id}/extension",
                 "/api/v1/conversations/{conversation_id}/resume-link",
                 "/api/v1/client/resume"):
        assert path in paths


def test_every_response_carries_the_server_clock(backend: Backend) -> None:
    before = time.time() * 1000
    ok = httpx.get(f"{backend.api}/health")
    error = httpx.get(f"{backend.api}/me")
    missing = httpx.get(f"{backend.api}/no-such-thing")
    for response in (ok, error, missing):
        assert abs(int(response.headers[SERVER_TIME_HEADER]) - before) < 60_000
    backend.advance_clock(600)
    moved = int(httpx.get(f"{backend.api}/health").headers[SERVER_TIME_HEADER])
    assert moved - before > 590_000


def test_unknown_path_is_problem_json(backend: Backend) -> None:
    response = httpx.get(f"{backend.api}/no-such-thing")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:responder:problem:not-found"
