"""What the responder-page tests share: making a page, opening it as a client, buying a
chat from it."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from tests.support.backend import Backend, bearer


def make_page(backend: Backend, token: str, handle: str, **fields: Any) -> httpx.Response:
    body = {"handle": handle, "intro": "下班后想找人说说话？我在。",
            "topics_like": ["工作", "感情"], "topics_avoid": ["医疗建议"],
            "languages": ["zh_CN", "en"], **fields}
    return httpx.put(f"{backend.api}/me/page", json=body, headers=bearer(token))


def view(backend: Backend, handle: str, client_key: str | None = None) -> httpx.Response:
    return httpx.post(f"{backend.api}/client/pages/{handle}",
                      json={"client_key": client_key} if client_key else {})


def buy(backend: Backend, handle: str, client_key: str | None = None, wait: bool = False
        ) -> dict[str, Any]:
    """Checkout and confirm from a page; a refusal comes back as its problem JSON."""
    body: dict[str, Any] = {"alias": "Mei", "topic": "work", "length_minutes": 15,
                            "page": handle, "wait_for_them": wait}
    if client_key:
        body["client_key"] = client_key
    paid = httpx.post(f"{backend.api}/client/checkout", json=body,
                      headers={"Idempotency-Key": str(uuid.uuid4())})
    if paid.is_error:
        result: dict[str, Any] = paid.json()
        return result
    started = httpx.post(f"{backend.api}/client/checkout/{paid.json()['payment_id']}/confirm",
                         headers={"Idempotency-Key": str(uuid.uuid4())})
    started.raise_for_status()
    answer: dict[str, Any] = started.json()
    return answer


def me(backend: Backend, token: str) -> int:
    response = httpx.get(f"{backend.api}/me", headers=bearer(token))
    response.raise_for_status()
    responder_id: int = response.json()["id"]
    return responder_id
