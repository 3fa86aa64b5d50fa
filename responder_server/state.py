"""What every request handler shares: config, database, clock and the event notifier."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request

from responder_server.clock import Clock
from responder_server.config import ServerConfig
from responder_server.db import Database
from responder_server.events import EventHub
from responder_server.payments import Providers, SandboxProvider
from responder_server.presence_tracker import PresenceTracker
from responder_server.pricing import DEFAULT_RATE_CARD, RateCard
from responder_server.principal_cache import PrincipalCache
from responder_server.search_indexer import MessageIndexer
from responder_server.security import PasswordChecker


@dataclass
class ServerState:
    config: ServerConfig
    db: Database
    clock: Clock
    notifier: EventHub  # the event-log tail and its dispatch to streams (events.py)
    rate_card: RateCard = DEFAULT_RATE_CARD
    presence: PresenceTracker = field(default_factory=PresenceTracker)
    payments: Providers = field(default_factory=lambda: Providers(SandboxProvider()))
    passwords: PasswordChecker = field(default_factory=lambda: PasswordChecker(1))
    principals: PrincipalCache = field(default_factory=PrincipalCache)
    # SQLite only: messages are indexed for search after their send (search_indexer.py).
    indexer: MessageIndexer | None = None

    def __post_init__(self) -> None:
        if self.db.is_sqlite and self.indexer is None:
            self.indexer = MessageIndexer(self.db)
        # A revocation read from the log (any instance's) forgets the cached tokens too.
        self.notifier.on_revoked = self.principals.forget_tokens


async def get_state(request: Request) -> ServerState:
    # async: FastAPI runs a plain `def` dependency in a worker thread, a thread hand-over
    # on every request for one attribute read.
    state: ServerState = request.app.state.server
    return state
