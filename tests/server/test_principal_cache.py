"""The in-memory cache of checked tokens (responder_server/core/principal_cache.py), alone: what
a signed-out or rotated token must never get back from it."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from responder_server.core.principal import Principal
from responder_server.core.principal_cache import PrincipalCache


def _principal(token_id: int, family: str = "device-1") -> Principal:
    return Principal(family=family, expires_at=datetime.now(UTC) + timedelta(hours=1),
                     responder_id=7, token_id=token_id)


def test_a_row_read_before_a_revocation_is_not_cached_after_it() -> None:
    cache = PrincipalCache()
    seen = cache.generation  # a request starts reading the token row
    cache.forget_tokens([1])  # meanwhile the sign-out commits and is forgotten
    cache.put("digest-1", _principal(1), seen)  # the stale row arrives
    assert cache.get("digest-1") is None


def test_forgetting_a_family_or_tokens_drops_only_those() -> None:
    cache = PrincipalCache()
    cache.put("a", _principal(1, "laptop"), cache.generation)
    cache.put("b", _principal(2, "phone"), cache.generation)
    cache.put("c", _principal(3, "phone"), cache.generation)
    cache.forget_family("laptop")
    assert cache.get("a") is None and cache.get("b") is not None
    cache.forget_tokens([3])
    assert cache.get("c") is None and cache.get("b") is not None


def test_an_entry_is_read_again_after_its_time() -> None:
    cache = PrincipalCache(ttl_s=0.05)
    cache.put("a", _principal(1), cache.generation)
    assert cache.get("a") is not None
    time.sleep(0.1)
    assert cache.get("a") is None


def test_a_flood_of_distinct_tokens_does_not_grow_it_past_its_bound() -> None:
    cache = PrincipalCache(max_entries=100)
    for i in range(1000):
        cache.put(f"digest-{i}", _principal(i), cache.generation)
    assert len(cache) <= 100
