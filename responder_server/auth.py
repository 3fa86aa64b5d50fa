"""Sign-in, token refresh, sign-out, and turning a bearer token into a principal."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import Depends, Header
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server import security
from responder_server.models import AuthToken, Responder, SignInThrottle
from responder_server.problems import ProblemError, unauthorized
from responder_server.state import ServerState, get_state
from responder_wire import Availability, ResponderProfile, TokenPair


@dataclass(frozen=True)
class Principal:
    """Who is calling: a signed-in responder device, or one conversation's client."""

    family: str
    expires_at: datetime
    responder_id: int | None = None
    conversation_id: str | None = None

    @property
    def is_responder(self) -> bool:
        return self.responder_id is not None


def profile(responder: Responder) -> ResponderProfile:
    return ResponderProfile(
        id=responder.id,
        email=responder.email,
        display_name=responder.display_name,
        availability=Availability(responder.availability),
        max_concurrent=responder.max_concurrent,
    )


def normalise_email(email: str) -> str:
    return email.strip().lower()


async def create_responder(
    session: AsyncSession, email: str, password: str, display_name: str, now: datetime,
    max_concurrent: int = 3,
) -> Responder:
    email = normalise_email(email)
    if await session.scalar(select(Responder).where(Responder.email == email)):
        raise ValueError(f"a responder with the email {email} already exists")
    responder = Responder(
        email=email,
        display_name=display_name or email.split("@")[0],
        password_hash=security.hash_password(password),
        availability=Availability.OFFLINE.value,
        max_concurrent=max_concurrent,
        created_at=now,
    )
    session.add(responder)
    await session.flush()
    return responder


def _issue(
    session: AsyncSession, kind: str, family: str, now: datetime, ttl_s: int,
    responder_id: int | None = None, conversation_id: str | None = None, device: str = "",
) -> tuple[str, datetime]:
    token = security.new_token()
    expires = now + timedelta(seconds=ttl_s)
    session.add(
        AuthToken(
            token_hash=security.token_digest(token), kind=kind, family=family,
            responder_id=responder_id, conversation_id=conversation_id, device_name=device,
            created_at=now, expires_at=expires,
        )
    )
    return token, expires


def _token_pair(
    state: ServerState, session: AsyncSession, responder: Responder, family: str, device: str
) -> TokenPair:
    now = state.clock.now()
    access, access_exp = _issue(session, "access", family, now, state.config.access_token_ttl_s,
                                responder_id=responder.id, device=device)
    refresh, refresh_exp = _issue(session, "refresh", family, now,
                                  state.config.refresh_token_ttl_s,
                                  responder_id=responder.id, device=device)
    return TokenPair(
        access_token=access, refresh_token=refresh, access_expires_at=access_exp,
        refresh_expires_at=refresh_exp, responder=profile(responder),
    )


def issue_client_token(
    state: ServerState, session: AsyncSession, conversation_id: str
) -> tuple[str, datetime]:
    return _issue(session, "client", str(uuid.uuid4()), state.clock.now(),
                  state.config.client_token_ttl_s, conversation_id=conversation_id)


async def sign_in(state: ServerState, email: str, password: str, device: str) -> TokenPair:
    email = normalise_email(email)
    now = state.clock.now()
    async with state.db.write() as session:
        throttle = await session.get(SignInThrottle, email)
        if throttle and throttle.locked_until and throttle.locked_until > now:
            wait = max(1, int((throttle.locked_until - now).total_seconds() + 0.999))
            raise ProblemError(
                429, "too-many-attempts", "Too many failed sign-ins",
                f"Too many failed sign-ins. Please wait {wait} seconds and try again.",
                headers={"Retry-After": str(wait)},
            )
        responder = await session.scalar(select(Responder).where(Responder.email == email))
        if security.verify_password(responder.password_hash if responder else None, password):
            assert responder is not None
            if throttle:
                await session.delete(throttle)
            return _token_pair(state, session, responder, str(uuid.uuid4()), device)
        # Record the failure (committed with this block), then answer with the error.
        if throttle is None:
            throttle = SignInThrottle(email=email, failures=0)
            session.add(throttle)
        throttle.failures += 1
        lock = security.lock_seconds(throttle.failures)
        throttle.locked_until = now + timedelta(seconds=lock) if lock else None
    raise ProblemError(401, "invalid-credentials", "Wrong email or password",
                       "The email or password is not right.")


async def refresh(state: ServerState, refresh_token: str) -> TokenPair:
    now = state.clock.now()
    async with state.db.write() as session:
        row = await session.scalar(
            select(AuthToken).where(
                AuthToken.token_hash == security.token_digest(refresh_token),
                AuthToken.kind == "refresh",
            )
        )
        if row is None or row.revoked_at is not None or row.expires_at <= now:
            raise unauthorized("Your sign-in has ended. Please sign in again.")
        responder = await session.get(Responder, row.responder_id)
        if responder is None:
            raise unauthorized()
        # Rotate: the old pair stops working, the device keeps its family.
        await session.execute(
            update(AuthToken)
            .where(AuthToken.family == row.family, AuthToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        return _token_pair(state, session, responder, row.family, row.device_name)


async def sign_out(state: ServerState, principal: Principal) -> None:
    async with state.db.write() as session:
        await session.execute(
            update(AuthToken)
            .where(AuthToken.family == principal.family, AuthToken.revoked_at.is_(None))
            .values(revoked_at=state.clock.now())
        )


def _bearer(authorization: str | None) -> str:
    if not authorization:
        raise unauthorized("Sign in first: this needs an access token.")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized("The Authorization header must be 'Bearer <token>'.")
    return token.strip()


async def resolve_principal(state: ServerState, token: str) -> Principal:
    query = (select(AuthToken.kind, AuthToken.revoked_at, AuthToken.expires_at,
                    AuthToken.family, AuthToken.responder_id, AuthToken.conversation_id)
             .where(AuthToken.token_hash == security.token_digest(token)))
    row = await state.db.run_read(lambda session: session.execute(query).first())
    if row is None or row.kind == "refresh" or row.revoked_at is not None:
        raise unauthorized("Your sign-in is not valid any more. Please sign in again.")
    if row.expires_at <= state.clock.now():
        raise ProblemError(401, "token-expired", "Sign-in expired",
                           "Your access token has expired; refresh it and try again.",
                           headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    return Principal(family=row.family, expires_at=row.expires_at,
                     responder_id=row.responder_id, conversation_id=row.conversation_id)


async def current_principal(
    state: Annotated[ServerState, Depends(get_state)],
    authorization: Annotated[str | None, Header()] = None,
) -> Principal:
    return await resolve_principal(state, _bearer(authorization))


async def current_responder(
    principal: Annotated[Principal, Depends(current_principal)],
) -> Principal:
    if not principal.is_responder:
        raise ProblemError(403, "forbidden", "Not allowed",
                           "This needs a responder's sign-in, not a client's.")
    return principal


async def count_responders(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count(Responder.id))) or 0)
