"""Runtime settings of one backend instance."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class Rule:
    """A limit: `count` per `period_s` seconds (the counting is core/limits.py's)."""

    count: int
    period_s: int

    def describe(self) -> str:
        return f"{self.count} per {period_words(self.period_s)}"


# name -> (count, period seconds). Client addresses in mainland China are often shared
# (carrier-grade NAT), so per-address rules are looser than per-token ones.
DEFAULT_RULES: dict[str, Rule] = {
    "session.address": Rule(10, 600),
    "checkout.address": Rule(20, 600),
    "confirm.address": Rule(30, 600),
    "message.address": Rule(120, 60),
    "message.token": Rule(30, 60),
    "typing.address": Rule(120, 60),
    "typing.token": Rule(40, 60),
    "ticket.address": Rule(60, 60),
    "ticket.token": Rule(20, 60),
    "standing.address": Rule(60, 600),
    "availability.address": Rule(120, 60),
    "resume.address": Rule(10, 60),  # short codes: too few tries to guess one
    "sign-in.address": Rule(30, 300),
    "sign-in.account": Rule(5, 300),
}
# At most this many messages from a client before a responder has answered them.
DEFAULT_MAX_UNANSWERED = 20


def period_words(seconds: int) -> str:
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return "hour" if hours == 1 else f"{hours} hours"
    if seconds % 60 == 0:
        minutes = seconds // 60
        return "minute" if minutes == 1 else f"{minutes} minutes"
    return "second" if seconds == 1 else f"{seconds} seconds"


def default_database_url() -> str:
    data_dir = Path(platformdirs.user_data_dir("responder-server", "Responder"))
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'responder.db'}"


def normalise_database_url(url: str) -> str:
    """Accept the plain URLs operators type and pick the async driver for them."""
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    return url


@dataclass(frozen=True)
class ServerConfig:
    database_url: str
    access_token_ttl_s: int = 3600
    refresh_token_ttl_s: int = 30 * 24 * 3600
    client_token_ttl_s: int = 24 * 3600
    heartbeat_s: float = 15.0
    # Lets tests move the server's clock forward (POST /api/v1/test/clock); loopback only.
    test_clock: bool = False
    # An offer with no first reply after this many seconds goes to another responder (0: never).
    reassign_after_s: float = 90.0
    # A responder whose app's event stream has been gone this long (server clock) is set
    # offline; the sweeper that checks runs every `presence_sweep_s` real seconds.
    presence_timeout_s: float = 45.0
    presence_sweep_s: float = 2.0
    # A client nobody has taken after this long (server clock) is told so and refunded in
    # full (refunds/service.py; 0: they wait for as long as they like).
    queue_timeout_s: float = 900.0
    # After a chat's paid time, both sides have this long (server clock) to extend or say
    # goodbye before it ends (session_time/).
    session_grace_s: float = 300.0
    # At most this many clients wait at once: when the queue is full, checkout sells
    # nothing (availability/).
    max_queue: int = 50
    # The operator's secret the sandbox provider signs its webhooks with (never in the repo:
    # RESPONDER_SANDBOX_WEBHOOK_SECRET). Empty: every sandbox webhook is refused.
    sandbox_webhook_secret: str = ""
    # An unpaid order is closed at its provider after this long (payments/expiry.py).
    payment_expiry_s: float = 900.0
    # Where WeChat Pay H5 and Alipay send the client back after paying (the page's
    # address, RESPONDER_PAY_RETURN_URL); empty: the provider's own result page.
    pay_return_url: str = ""
    # The address clients and WeChat reach this server at (RESPONDER_PUBLIC_BASE_URL, e.g.
    # https://responder.example.cn); empty: the address each request came in on. Pages
    # opened in WeChat are linked and signed for this origin only.
    public_base_url: str = ""
    # The edges (limits.py, edges.py): the limits (defaults overridden by --limit), whether
    # they apply at all, the proxies whose X-Forwarded-For is believed, the largest request
    # body, how many password checks run at once, and how often old rows are purged.
    limit_rules: dict[str, Rule] = field(default_factory=lambda: dict(DEFAULT_RULES))
    limits_enabled: bool = True
    max_unanswered_messages: int = DEFAULT_MAX_UNANSWERED
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")  # nginx on the same host
    max_body_bytes: int = 1024 * 1024
    password_workers: int = 1
    retention_sweep_s: float = 300.0

    @classmethod
    def from_env(cls, database_url: str | None = None, **overrides: object) -> ServerConfig:
        url = database_url or os.environ.get("RESPONDER_DATABASE_URL") or default_database_url()
        overrides.setdefault("sandbox_webhook_secret",
                             os.environ.get("RESPONDER_SANDBOX_WEBHOOK_SECRET", ""))
        overrides.setdefault("pay_return_url", os.environ.get("RESPONDER_PAY_RETURN_URL", ""))
        overrides.setdefault("public_base_url",
                             os.environ.get("RESPONDER_PUBLIC_BASE_URL", "").strip().rstrip("/"))
        return cls(database_url=normalise_database_url(url), **overrides)  # type: ignore[arg-type]
