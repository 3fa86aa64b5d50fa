"""Helpers for the notes, search and erasure tests: returning clients over real HTTP."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

import httpx

from tests.support.backend import Backend, bearer


def new_key() -> str:
    return secrets.token_urlsafe(24)


def start(backend: Backend, alias: str = "Mei", topic: str = "work",
          client_key: str | None = None) -> dict[str, Any]:
    return backend.start_session(alias, topic, 15, client_key=client_key)


def say(backend: Backend, token: str, conversation_id: str, text: str) -> None:
    httpx.put(f"{backend.api}/conversations/{conversation_id}/messages/{uuid.uuid4()}",
              json={"body": text}, headers=bearer(token)).raise_for_status()


def wrap_up(backend: Backend, token: str, conversation_id: str, note: str = "") -> None:
    httpx.post(f"{backend.api}/conversations/{conversation_id}/wrap-up", json={"note": note},
               headers=bearer(token)).raise_for_status()


def brief(backend: Backend, token: str, conversation_id: str) -> dict[str, Any]:
    response = httpx.get(f"{backend.api}/conversations/{conversation_id}/client",
                         headers=bearer(token))
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return result


def save_notes(backend: Backend, token: str, client_id: str, base_version: int,
               **fields: Any) -> httpx.Response:
    return httpx.put(f"{backend.api}/clients/{client_id}/notes",
                     json={"base_version": base_version, **fields}, headers=bearer(token))


def search(backend: Backend, token: str, q: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{backend.api}/search", params={"q": q}, headers=bearer(token))
    response.raise_for_status()
    hits: list[dict[str, Any]] = response.json()["hits"]
    return hits
