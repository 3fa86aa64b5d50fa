"""Recently checked access tokens, kept in memory so a send does not read the token table.

Every request carries a bearer token, and looking it up was a database read (a thread
hand-over on SQLite, a round trip on PostgreSQL) on every message. A valid access token
found in the table is kept here for `TTL_S`, keyed by its digest, and forgotten:

- at once on this instance when it signs the family out or rotates it (`forget_family`,
  called after the revoking transaction commits);
- on every instance when the revocation's event reaches its log tail (`forget_tokens`,
  from `EventHub`), the same path that ends the token's open streams;
- after `TTL_S` in any case, so a lost wake-up cannot keep a revoked token alive longer.

Expiry is checked against the cached `expires_at` on every use, with the server's clock.
Refresh tokens, revoked and unknown tokens are never cached (each miss reads the table).
A row read before a revocation committed must not be cached after that revocation was
forgotten: `put` is given the `generation` seen before the read, and keeps nothing if any
forget happened since.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from responder_server.core.principal import Principal

TTL_S = 10.0
MAX_ENTRIES = 20_000


class PrincipalCache:
    def __init__(self, ttl_s: float = TTL_S, max_entries: int = MAX_ENTRIES) -> None:
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self._by_digest: dict[str, tuple[Principal, float]] = {}
        self.generation = 0  # how many forgets so far

    def __len__(self) -> int:
        return len(self._by_digest)

    def get(self, digest: str) -> Principal | None:
        entry = self._by_digest.get(digest)
        if entry is None:
            return None
        principal, cached_at = entry
        if time.monotonic() - cached_at > self.ttl_s:
            del self._by_digest[digest]
            return None
        return principal

    def put(self, digest: str, principal: Principal, generation: int) -> None:
        if generation != self.generation:
            return  # a revocation came in while this row was being read
        if len(self._by_digest) >= self.max_entries:
            self._drop_stale()
            if len(self._by_digest) >= self.max_entries:
                self._by_digest.clear()  # a flood of distinct tokens: start over
        self._by_digest[digest] = (principal, time.monotonic())

    def forget_tokens(self, token_ids: Iterable[int]) -> None:
        ids = set(token_ids)
        if ids:
            self._forget(lambda p: p.token_id in ids)

    def forget_family(self, family: str) -> None:
        self._forget(lambda p: p.family == family)

    def _forget(self, matches: Callable[[Principal], bool]) -> None:
        self.generation += 1
        for digest in [d for d, (p, _) in self._by_digest.items() if matches(p)]:
            del self._by_digest[digest]

    def _drop_stale(self) -> None:
        cutoff = time.monotonic() - self.ttl_s
        for digest in [d for d, (_, at) in self._by_digest.items() if at < cutoff]:
            del self._by_digest[digest]
