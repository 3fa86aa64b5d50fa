"""Limits on the public edges that hold across instances: fixed-window counters in the
database (`rate_limits`), each bumped by one atomic upsert, so every instance behind the
load balancer counts in the same row and no process keeps a dictionary of its own.

A rule is `name = count per period seconds`; the operator sets each one
(`--limit NAME=COUNT/SECONDS`, see README). Who is counted depends on the rule: the
caller's address (`*.address`), their bearer token (`*.token`), or for sign-in the email
*at* an address (`sign-in.account`), so a stranger's failures on a responder's email do not
lock that responder out from their own address. A refusal is a 429 problem with
`Retry-After` (seconds until the window turns) and the wait in plain words.

The caller's address is the TCP peer unless the peer is one of the operator's trusted
proxies (`--trusted-proxy`), in which case it is the right-most `X-Forwarded-For` entry
that is not itself a trusted proxy (nginx appends the address it saw).
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from fastapi import Request
from sqlalchemy import case, delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from responder_server.core.config import DEFAULT_RULES, Rule, ServerConfig
from responder_server.core.models import RateLimitCounter
from responder_server.core.pg_direct import Direct
from responder_server.core.problems import ProblemError

if TYPE_CHECKING:
    from responder_server.core.state import ServerState


RULE_HELP = {
    "session.address": "chats started (POST /client/sessions) per address",
    "checkout.address": "checkouts started per address",
    "confirm.address": "checkout confirmations per address",
    "message.address": "messages sent by clients per address",
    "message.token": "messages sent per client token",
    "typing.address": "typing notices per address",
    "typing.token": "typing notices per client token",
    "ticket.address": "stream tickets per address",
    "ticket.token": "stream tickets per client token",
    "standing.address": "ban checks by the page (POST /client/standing) per address",
    "availability.address": "availability checks by the page (GET /client/availability) "
                            "per address",
    "resume.address": "resume codes tried (POST /client/resume) per address",
    "sign-in.address": "sign-in attempts per address",
    "sign-in.account": "sign-in attempts on one email from one address (reset on success)",
}


def parse_rule(text: str) -> tuple[str, Rule]:
    """`NAME=COUNT/SECONDS` (the `--limit` option) -> (name, rule); ValueError in words."""
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or name not in DEFAULT_RULES:
        known = ", ".join(DEFAULT_RULES)
        raise ValueError(f"unknown limit {name!r}: use NAME=COUNT/SECONDS with NAME one of "
                         f"{known}")
    count_text, slash, period_text = value.partition("/")
    try:
        count, period = int(count_text), int(period_text)
    except ValueError:
        raise ValueError(f"limit {name}: {value!r} is not COUNT/SECONDS") from None
    if not slash or count < 1 or not 1 <= period <= 7 * 24 * 3600:
        raise ValueError(f"limit {name}: COUNT must be at least 1 and SECONDS 1..604800")
    return name, Rule(count, period)


def _wait_words(seconds: int) -> str:
    if seconds < 60:
        return "1 second" if seconds == 1 else f"{seconds} seconds"
    minutes = math.ceil(seconds / 60)
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


def too_many(retry_after: int, what: str) -> ProblemError:
    retry_after = max(1, retry_after)
    return ProblemError(
        429, "too-many-requests", "Too many requests",
        f"Too many {what} for now. Please wait {_wait_words(retry_after)} and try again.",
        headers={"Retry-After": str(retry_after)})


# -- who is calling --


@functools.lru_cache(maxsize=8)
def _parsed(proxies: tuple[str, ...]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(net, strict=False) for net in proxies)


def _networks(config: ServerConfig) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    # Parsed once per setting, not on every request.
    return _parsed(tuple(config.trusted_proxies))


def _trusted(address: str,
             networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def client_address(request: Request, config: ServerConfig) -> str:
    peer = request.client.host if request.client else "unknown"
    networks = _networks(config)
    if not networks or not _trusted(peer, networks):
        return peer
    forwarded = ",".join(request.headers.getlist("x-forwarded-for"))
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return peer  # a proxy wrote something that is not an address
    return hops[0] if hops else peer


def subject_key(*parts: str) -> str:
    """A fixed-length key for any subject (a token or an email is never stored as is)."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]


# -- counting --


def _upsert(session: Session, key: str, window: int, expires: datetime) -> int:
    """One statement: a new row, or the same window's count + 1, or a fresh window."""
    table = RateLimitCounter.__table__
    values = {"key": key, "window": window, "count": 1, "expires_at": expires}
    if session.get_bind().dialect.name == "postgresql":
        statement: Any = pg_insert(RateLimitCounter).values(**values)
    else:
        statement = sqlite_insert(RateLimitCounter).values(**values)
    same_window = table.c.window == statement.excluded.window
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.key],
        set_={"count": case((same_window, table.c.count + 1), else_=1),
              "window": statement.excluded.window,
              "expires_at": statement.excluded.expires_at},
    ).returning(table.c.count)
    return int(session.execute(statement).scalar_one())


@dataclass(frozen=True)
class Hit:
    name: str
    subject: str


async def check(state: ServerState, hits: list[Hit], what: str) -> None:
    """Counts one request against each rule; a 429 if any is past its count (the longest
    wait of those refused)."""
    rules = state.config.limit_rules
    if not state.config.limits_enabled:
        return
    now = state.clock.now()
    epoch = now.timestamp()
    planned = []
    for hit in hits:
        rule = rules[hit.name]
        window = int(epoch // rule.period_s)
        turns_at = (window + 1) * rule.period_s
        expires = now + timedelta(seconds=turns_at - epoch)
        planned.append((f"{hit.name}:{hit.subject}", window, expires, rule,
                        math.ceil(turns_at - epoch)))

    def count(session: Session) -> list[int]:
        return [_upsert(session, key, window, expires)
                for key, window, expires, _rule, _wait in planned]

    if state.db.direct is not None:  # PostgreSQL: every counter in one round trip
        counts = await _count_postgres(state.db.direct, planned)
    else:
        counts = await state.db.run_write(count)
    waits = [wait for (_k, _w, _e, rule, wait), n in zip(planned, counts, strict=True)
             if n > rule.count]
    if waits:
        raise too_many(max(waits), what)


# The same upsert as `_upsert`, for every counter of a request at once (keys differ).
_UPSERT_MANY = """
INSERT INTO rate_limits (key, "window", count, expires_at)
SELECT k, w, 1, e FROM unnest($1::text[], $2::bigint[], $3::timestamptz[]) AS u(k, w, e)
ON CONFLICT (key) DO UPDATE SET
  count = CASE WHEN rate_limits."window" = excluded."window"
               THEN rate_limits.count + 1 ELSE 1 END,
  "window" = excluded."window", expires_at = excluded.expires_at
RETURNING key, count"""


async def _count_postgres(direct: Direct, planned: list[Any]) -> list[int]:
    keys = [key for key, *_rest in planned]
    rows = await direct.run(lambda c: c.fetch(
        _UPSERT_MANY, keys, [window for _k, window, *_rest in planned],
        [expires for _k, _w, expires, *_rest in planned]))
    counts = {row[0]: row[1] for row in rows}
    return [counts[key] for key in keys]


def purge_expired(session: Session, now: datetime) -> int:
    result = session.execute(delete(RateLimitCounter)
                             .where(RateLimitCounter.expires_at <= now))
    return int(getattr(result, "rowcount", 0) or 0)




UNANSWERED_RETRY_S = 30


def unanswered(max_unanswered: int) -> ProblemError:
    """A client has sent `max_unanswered` messages and nobody has answered yet."""
    return ProblemError(
        429, "too-many-unanswered", "Please wait for an answer",
        f"You have sent {max_unanswered} messages without an answer yet. Please wait for "
        "your responder to reply before sending more.",
        headers={"Retry-After": str(UNANSWERED_RETRY_S)})
