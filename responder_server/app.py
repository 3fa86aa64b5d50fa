"""The ASGI application: routes, error rendering, and the server-clock header."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from responder_server import (
    gc_governor,
    openapi_doc,
    payments,
    presence,
    problems,
    rate_card,
    reassignment,
    refunds,
    retention,
)
from responder_server.api import (
    auth_routes,
    conversation_routes,
    earnings_routes,
    event_routes,
    payment_routes,
    presence_routes,
    reply_speed_routes,
    responder_routes,
    safety_routes,
    web_client_routes,
)
from responder_server.api.deps import State
from responder_server.api.fast_send import FastSendMiddleware
from responder_server.api.notes_routes import router as notes_router
from responder_server.api.quick_replies_routes import router as quick_replies_router
from responder_server.clock import Clock, epoch_ms
from responder_server.config import ServerConfig
from responder_server.db import Database
from responder_server.edges import EdgeMiddleware
from responder_server.events import EventHub
from responder_server.security import PasswordChecker
from responder_server.state import ServerState
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


def _misc_router(config: ServerConfig) -> APIRouter:
    router = APIRouter()

    @router.get("/health", tags=["meta"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    if config.test_clock:
        @router.post("/test/clock", tags=["test"])
        async def advance_clock(body: ClockAdvance, state: State) -> dict[str, int]:
            """Only on a server started with --test-clock: moves the server's clock."""
            moved = state.clock.advance(body.seconds)
            await reassignment.sweep(state)  # what is now overdue moves before we answer
            await refunds.sweep(state)  # and a client left waiting too long is refunded
            await retention.sweep(state)  # and what has now expired is gone
            return {"server_time_ms": epoch_ms(moved)}

    return router


def create_app(config: ServerConfig, clock: Clock | None = None) -> FastAPI:
    server_state = ServerState(
        config=config, db=Database(config.database_url), clock=clock or Clock(),
        notifier=EventHub(config.heartbeat_s), passwords=PasswordChecker(config.password_workers),
        payments=payments.Providers(payments.SandboxProvider(config.sandbox_webhook_secret)),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await server_state.db.migrate()
        server_state.db.start_checkpoints()
        await rate_card.load_current(server_state)  # the operator's latest card
        await server_state.notifier.start(server_state.db)  # the event-log tail
        if server_state.indexer is not None:
            server_state.indexer.start()  # search indexing after the send (SQLite)
        reassigning = reassignment.start_sweeper(server_state)
        # Full collections short at thousands of streams (gc_governor.py).
        async with gc_governor.governed(), presence.sweeper(server_state), \
                refunds.sweeper(server_state), retention.sweeper(server_state):
            yield
        await reassignment.stop_sweeper(reassigning)
        server_state.passwords.close()
        await server_state.notifier.stop()
        if server_state.indexer is not None:
            await server_state.indexer.stop()
        await server_state.db.dispose()

    app = FastAPI(
        title="Responder API",
        version="1",
        lifespan=lifespan,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
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

    for router in (auth_routes.router, responder_routes.router, conversation_routes.router,
                   event_routes.router, presence_routes.router, _misc_router(config)):
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(reply_speed_routes.router, prefix=API_PREFIX)
    app.include_router(earnings_routes.router, prefix=API_PREFIX)
    app.include_router(notes_router, prefix=API_PREFIX)  # client notes and search
    app.include_router(quick_replies_router, prefix=API_PREFIX)
    app.include_router(safety_routes.router, prefix=API_PREFIX)  # block, report, hotlines
    app.include_router(web_client_routes.router, prefix=API_PREFIX)
    app.include_router(payment_routes.router, prefix=API_PREFIX)  # provider webhooks
    app.include_router(web_client_routes.page_router)  # the client's web page at /chat/
    openapi_doc.install(app, config)  # problems, the retried PUT's 200, the limits
    return app
