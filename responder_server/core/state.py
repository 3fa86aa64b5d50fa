"""What every request handler shares: config, database, clock and the event notifier.

Core imports no feature: a feature's runtime part that the state carries is held here by
what the rest uses of it, never by the feature's own class (the payment providers'
interface is `core/payment_providers.py`; the SQLite search indexer is an `Indexer`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from fastapi import Request

from responder_server.core.clock import Clock
from responder_server.core.config import ServerConfig
from responder_server.core.db import Database
from responder_server.core.events import EventHub
from responder_server.core.payment_providers import Providers
from responder_server.core.payout_providers import PayoutProviders
from responder_server.core.presence_tracker import PresenceTracker
from responder_server.core.principal_cache import PrincipalCache
from responder_server.core.security import PasswordChecker


class Indexer(Protocol):
    """Indexes sent messages for search after their send (SQLite only): what the send and
    the search use of `search/indexer.py`'s `MessageIndexer`."""

    def sent(self) -> None: ...

    async def catch_up(self) -> None: ...


@dataclass
class ServerState:
    config: ServerConfig
    db: Database
    clock: Clock
    notifier: EventHub  # the event-log tail and its dispatch to streams (core/events.py)
    presence: PresenceTracker = field(default_factory=PresenceTracker)
    # The payment providers by name; app.py registers the ones this instance offers.
    payments: Providers = field(default_factory=Providers)
    # The payout providers by channel (money out); app.py registers them (payouts/).
    payout_providers: PayoutProviders = field(default_factory=PayoutProviders)
    passwords: PasswordChecker = field(default_factory=lambda: PasswordChecker(1))
    principals: PrincipalCache = field(default_factory=PrincipalCache)
    # SQLite only: messages are indexed for search after their send (search/indexer.py,
    # built by app.py).
    indexer: Indexer | None = None

    def __post_init__(self) -> None:
        # A revocation read from the log (any instance's) forgets the cached tokens too.
        self.notifier.on_revoked = self.principals.forget_tokens


async def get_state(request: Request) -> ServerState:
    # async: FastAPI runs a plain `def` dependency in a worker thread, a thread hand-over
    # on every request for one attribute read.
    state: ServerState = request.app.state.server
    return state
