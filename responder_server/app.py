"""The ASGI application: every feature's router (ROUTERS) and background job (JOBS), error
rendering, and the server-clock header."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from responder_server import openapi_doc
from responder_server.auth import routes as auth_routes
from responder_server.auth.deps import State
from responder_server.availability import routes as availability_routes
from responder_server.client_feedback import routes as client_feedback_routes
from responder_server.client_page import routes as client_page_routes
from responder_server.console import routes as console_routes
from responder_server.conversations import routes as conversations_routes
from responder_server.conversations.fast_send import FastSendMiddleware
from responder_server.core import gc_governor, phone_pages, problems, retention, summaries
from responder_server.core.clock import Clock, epoch_ms
from responder_server.core.config import ServerConfig
from responder_server.core.db import Database
from responder_server.core.edges import EdgeMiddleware
from responder_server.core.events import EventHub
from responder_server.core.jobs import Job
from responder_server.core.security import PasswordChecker
from responder_server.core.state import ServerState
from responder_server.earnings import rate_card
from responder_server.earnings import routes as earnings_routes
from responder_server.notes import routes as notes_routes
from responder_server.payments import expiry as payment_expiry
from responder_server.payments import routes as payments_routes
from responder_server.payments import setup as payment_setup
from responder_server.payout_accounts import routes as payout_accounts_routes
from responder_server.payouts import routes as payouts_routes
from responder_server.payouts import sending as payouts_sending
from responder_server.payouts import setup as payout_setup
from responder_server.presence import hours as presence_hours
from responder_server.presence import routes as presence_routes
from responder_server.presence import service as presence
from responder_server.quick_replies import routes as quick_replies_routes
from responder_server.refunds import service as refunds
from responder_server.reply_speed import routes as reply_speed_routes
from responder_server.responder_page import routes as responder_page_routes
from responder_server.resume import routes as resume_routes
from responder_server.routing import reassignment
from responder_server.safety import routes as safety_routes
from responder_server.search import indexer as search_indexer
from responder_server.search import routes as search_routes
from responder_server.session_time import service as session_time
from responder_server.statements import routes as statements_routes
from responder_server.streams import routes as streams_routes
from responder_wire import API_PREFIX, SERVER_TIME_HEADER

_SERVER_TIME = SERVER_TIME_HEADER.lower().encode("latin-1")


class ServerTimeMiddleware:
    """Stamps every response with the server's clock (plain ASGI, so SSE streams pass
    through untouched)."""

    def __init__(self, app: ASGIApp, clock: Clock) -> None:
        self.app = app
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                # Appended to the raw list (no route sets this header): MutableHeaders
                # rebuilt the list on every response.
                message["headers"] = [*message.get("headers", ()), (
                    _SERVER_TIME, str(epoch_ms(self.clock.now())).encode())]
            await send(message)

        await self.app(scope, receive, stamped_send)


class ClockAdvance(BaseModel):
    seconds: float = Field(ge=0, le=10 * 365 * 24 * 3600)
    freeze: bool | None = None  # True: the clock stops (moving only when told); False: runs


def _misc_router(config: ServerConfig) -> APIRouter:
    router = APIRouter()

    @router.get("/health", tags=["meta"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    if config.test_clock:
        @router.get("/test/process", tags=["test"])
        async def test_process() -> dict[str, int]:
            """Only with --test-clock: this server's process id, so a test that started it
            knows it is talking to its own server and not another on a reused port."""
            return {"pid": os.getpid()}

        @router.post("/test/clock", tags=["test"])
        async def advance_clock(body: ClockAdvance, state: State) -> dict[str, int]:
            """Only on a server started with --test-clock: moves the server's clock (and
            stops or restarts it, with `freeze`)."""
            if body.freeze is not None:
                state.clock.freeze(body.freeze)
            moved = state.clock.advance(body.seconds)
            await reassignment.sweep(state)  # what is now overdue moves before we answer
            await refunds.sweep(state)  # and a client left waiting too long is refunded
            await session_time.sweep(state)  # and paid time's notices and ends go out
            await retention.sweep(state)  # and what has now expired is gone
            return {"server_time_ms": epoch_ms(moved)}

    return router


# Every feature's router, with the prefix it is served under (in this order).
ROUTERS: list[tuple[str, APIRouter]] = [
    (API_PREFIX, auth_routes.router),
    (API_PREFIX, presence_routes.router),  # /me: availability, capacity
    (API_PREFIX, conversations_routes.router),
    (API_PREFIX, streams_routes.router),  # /events, the page's ticket and /client/events
    (API_PREFIX, reply_speed_routes.router),
    (API_PREFIX, earnings_routes.router),
    (API_PREFIX, payout_accounts_routes.router),  # identity, where payouts go, WeChat bind
    (API_PREFIX, notes_routes.router),
    (API_PREFIX, search_routes.router),
    (API_PREFIX, quick_replies_routes.router),
    (API_PREFIX, availability_routes.router),  # the truth before paying, queue places
    (API_PREFIX, safety_routes.router),  # block, report, hotlines
    (API_PREFIX, payments_routes.router),  # quote, checkout, provider webhooks
    (API_PREFIX, statements_routes.router),  # monthly and any-period statements
    (API_PREFIX, payouts_routes.router),  # the next payout, payout lines, transfer notices
    (API_PREFIX, client_feedback_routes.router),  # typing, ratings
    (API_PREFIX, resume_routes.router),  # a chat's code for another tab or device
    (API_PREFIX, responder_page_routes.router),  # a responder's page, "again"
    ("", client_page_routes.router),  # the client's web page at /chat/
    ("", phone_pages.router),  # what the phone pages opened in WeChat share, at /phone/
    ("", payout_accounts_routes.page_router),  # the WeChat bind page at /bind/wechat/
    ("", payouts_routes.page_router),  # confirming a WeChat payout at /payouts/confirm/
    ("", responder_page_routes.page_router),  # a responder's page at /r/<handle>
]

# Every background job (core/jobs.py: one shape), started in this order once the database
# and the event-log tail are up, stopped in the reverse order.
JOBS: list[Job] = [
    search_indexer.indexing,  # search indexing after the send (SQLite)
    reassignment.sweeper,
    gc_governor.governor,  # full collections short at thousands of streams
    presence.sweeper,
    presence_hours.recorder,  # the hours responders were online (availability)
    refunds.sweeper,
    payment_expiry.sweeper,  # unpaid orders closed at their provider; the daily bill check
    payouts_sending.sweeper,  # payout lines sent, asked about, sent again with their number
    session_time.sweeper,  # paid time: the two-minute notice, time up, the end after grace
    retention.sweeper,
]


def create_app(config: ServerConfig, clock: Clock | None = None) -> FastAPI:
    db = Database(config.database_url)
    summaries.set_session_grace(config.session_grace_s)  # the grace summaries show
    server_state = ServerState(
        config=config, db=db, clock=clock or Clock(),
        notifier=EventHub(config.heartbeat_s), passwords=PasswordChecker(config.password_workers),
        indexer=search_indexer.MessageIndexer(db) if db.is_sqlite else None,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await server_state.db.migrate()
        server_state.db.start_checkpoints()
        await rate_card.load_current(server_state)  # the operator's latest card
        await server_state.notifier.start(server_state.db)  # the event-log tail
        async with AsyncExitStack() as jobs:
            for job in JOBS:
                await jobs.enter_async_context(job(server_state))
            yield
        server_state.passwords.close()
        await server_state.notifier.stop()
        await server_state.db.dispose()

    # WeChat Pay / Alipay from the operator's merchant settings, the sandbox without them.
    server_state.payments = payment_setup.build_providers(config, server_state.clock.now)
    # Money out: the real payout providers (payouts/provider_setup.py, through setup.py's
    # hook) or, without them, the sandbox paying every line at once.
    server_state.payout_providers = payout_setup.build(config, server_state.clock.now)

    app = FastAPI(
        title="Responder API",
        version="1",
        lifespan=lifespan,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        # No OpenTelemetry here: FastAPI otherwise asks OpenTelemetry's global providers
        # whether to trace on every request, sends included (~2 us each).
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.server = server_state

    # Added first, so innermost: the send's fast path sits inside the edge checks.
    app.add_middleware(FastSendMiddleware, state=server_state)
    app.add_middleware(EdgeMiddleware, max_body_bytes=config.max_body_bytes)
    app.add_middleware(ServerTimeMiddleware, clock=server_state.clock)

    app.add_exception_handler(problems.ProblemError, problems.handle_problem)
    app.add_exception_handler(RequestValidationError, problems.handle_validation)
    app.add_exception_handler(StarletteHTTPException, problems.handle_http)
    app.add_exception_handler(Exception, problems.handle_unexpected)

    for prefix, router in ROUTERS:
        app.include_router(router, prefix=prefix)
    app.include_router(_misc_router(config), prefix=API_PREFIX)  # /health, the test clock
    console_routes.install(app)  # the operator's console at /console (its own refusals)
    openapi_doc.install(app, config)  # problems, the retried PUT's 200, the limits
    return app
