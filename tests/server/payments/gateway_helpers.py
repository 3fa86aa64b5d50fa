"""What the WeChat Pay and Alipay tests share: a backend with the operator's merchant
settings in its environment, and waiting for what a background sweep does."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.support.backend import Backend, start_backend
from tests.support.dbquery import query

T = TypeVar("T")


def backend_with(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, database_url: str,
                 env: dict[str, str]) -> Backend:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return start_backend(tmp_path, database_url=database_url)


def wait_for(what: str, probe: Callable[[], T | None], timeout_s: float = 30.0) -> T:
    """The value `probe` gives once it is truthy (a sweep runs every second or so); the
    assertion is on the value, never on how long it took."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.05)


def payment(backend: Backend, payment_id: str) -> dict[str, Any]:
    [row] = query(backend.database_url,
                  "SELECT status, out_trade_no, amount_fen, review_reason, provider_reference "
                  "FROM payments WHERE id = :id", {"id": payment_id})
    return dict(zip(("status", "out_trade_no", "amount_fen", "review_reason", "reference"),
                    row, strict=True))


def refunds(backend: Backend, payment_id: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in query(
        backend.database_url, "SELECT status, amount_fen, out_refund_no FROM refunds "
        "WHERE payment_id = :id ORDER BY created_at", {"id": payment_id})]


def notices(backend: Backend) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in query(
        backend.database_url, "SELECT provider, notice_id, outcome, handled_at IS NOT NULL "
        "FROM provider_notices ORDER BY id", {})]
