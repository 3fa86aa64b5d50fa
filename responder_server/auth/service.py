"""Sign-in, token refresh, sign-out, and turning a bearer token into a principal."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import Depends, Header
from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core import limits, security
from responder_server.core.events import queue_revocation
from responder_server.core.models import AuthToken, RateLimitCounter, Responder
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, unauthorized
from responder_server.core.state import ServerState, get_state
from responder_wire import Availability, ResponderProfile, TokenPair
from responder_wire.presence import MAX_CLIENT_NAME_LENGTH


def require_client(principal: Principal) -> str:
    """The conversation of a client principal; 403 for a responder."""
    if principal.is_responder or principal.conversation_id is None:
        raise ProblemError(403, "forbidden", "Not allowed",
                           "This is for the client of a chat, not a responder.")
    return principal.conversation_id


def profile(responder: Responder) -> ResponderProfile:
    return ResponderProfile(
        id=responder.id,
        email=responder.email,
        display_name=responder.display_name,
        availability=Availability(responder.availability),
        max_concurrent=responder.max_concurrent,
        client_name=responder.client_name or "",
    )


def default_client_name(display_name: str) -> str:
    """The name clients see until the responder picks one: the first word of their
    display name (a family name or a full name stays private), cut to the wire's limit."""
    words = display_name.split()
    return words[0][:MAX_CLIENT_NAME_LENGTH] if words else ""


def normalise_email(email: str) -> str:
    return email.strip().lower()


async def create_responder(
    session: AsyncSession, email: str, password: str, display_name: str, now: datetime,
    max_concurrent: int = 3,
) -> Responder:
    email = normalise_email(email)
    if await session.scalar(select(Responder).where(Responder.email == email)):
        raise ValueError(f"a responder with the email {email} already exists")
    display_name = display_name or email.split("@")[0]
    responder = Responder(
        email=email,
        display_name=display_name,
        client_name=default_client_name(display_name),
        password_hash=security.hash_password(password),
        availability=Availability.OFFLINE.value,
        max_concurrent=max_concurrent,
        created_at=now,
    )
    session.add(responder)
    await session.flush()
    return responder


async def add_responder(
    session: AsyncSession, actor: str, email: str, password: str | None, display_name: str,
    now: datetime, max_concurrent: int = 3,
) -> Responder:
    """An operator adds a responder (`create-responder` and the console's invitation):
    audited in the same transaction. No password: one nobody knows, until the responder
    sets theirs from the invitation."""
    responder = await create_responder(session, email, password or security.new_token(),
                                       display_name, now, max_concurrent=max_concurrent)
    await audit.record(session, actor, "responder.create", f"responder:{responder.id}", None,
                       {"email": responder.email, "display_name": responder.display_name,
                        "max_concurrent": responder.max_concurrent}, now=now)
    return responder


async def revoke_responder_tokens(session: AsyncSession, responder_id: int, now: datetime
                                  ) -> list[int]:
    """Every sign-in of a responder ends (suspension): their streams end on every
    instance. Returns the token ids, for the principal cache to forget after commit."""
    revoked = list(await session.scalars(
        update(AuthToken)
        .where(AuthToken.responder_id == responder_id, AuthToken.revoked_at.is_(None))
        .values(revoked_at=now)
        .returning(AuthToken.id)
    ))
    queue_revocation(session.sync_session, revoked, now)
    return revoked


def suspended_problem() -> ProblemError:
    return ProblemError(403, "account-suspended", "Account suspended",
                        "Your account is suspended. Please contact the operator.")


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


async def sign_in(state: ServerState, email: str, password: str, device: str,
                  address: str) -> TokenPair:
    """Limited per address and per (email, address) before anything else (core/limits.py): a
    stranger's failures on a responder's email count against the stranger's address only.
    The password check runs in the checker's threads, outside any transaction."""
    email = normalise_email(email)
    account = limits.subject_key(email, address)
    await limits.check(state, [limits.Hit("sign-in.address", address),
                               limits.Hit("sign-in.account", account)], "sign-in attempts")
    query = select(Responder.id, Responder.password_hash, Responder.suspended_at).where(
        Responder.email == email)
    row = await state.db.run_read(lambda session: session.execute(query).first())
    if not await state.passwords.verify(row.password_hash if row else None, password):
        raise ProblemError(401, "invalid-credentials", "Wrong email or password",
                           "The email or password is not right.")
    assert row is not None
    if row.suspended_at is not None:
        raise suspended_problem()
    async with state.db.write() as session:
        responder = await session.get(Responder, row.id)
        if responder is None:
            raise unauthorized()
        pair = _token_pair(state, session, responder, str(uuid.uuid4()), device)
        # The account's attempts start again from nothing after a success.
        await session.execute(delete(RateLimitCounter).where(
            RateLimitCounter.key == f"sign-in.account:{account}"))
    return pair


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
        if responder.suspended_at is not None:
            raise suspended_problem()
        # Rotate: the old pair stops working (and streams opened with it end), the device
        # keeps its family.
        await _revoke_family(session, row.family, now)
        pair = _token_pair(state, session, responder, row.family, row.device_name)
    state.principals.forget_family(row.family)  # the old access token: refused here at once
    return pair


async def _revoke_family(session: AsyncSession, family: str, now: datetime) -> None:
    """Revokes a sign-in's tokens; the streams opened with them end on every instance
    (the revocation travels through the event log, core/events.py)."""
    revoked = await session.scalars(
        update(AuthToken)
        .where(AuthToken.family == family, AuthToken.revoked_at.is_(None))
        .values(revoked_at=now)
        .returning(AuthToken.id)
    )
    queue_revocation(session.sync_session, list(revoked), now)


async def sign_out(state: ServerState, principal: Principal) -> None:
    async with state.db.write() as session:
        await _revoke_family(session, principal.family, state.clock.now())
    state.principals.forget_family(principal.family)  # committed: refused here at once
    state.notifier.notify()


def bearer_token(authorization: str | None) -> str:
    if not authorization:
        raise unauthorized("Sign in first: this needs an access token.")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized("The Authorization header must be 'Bearer <token>'.")
    return token.strip()


# Built once: a send's token check should not pay for building the statement.
_TOKEN_QUERY = (select(AuthToken.id, AuthToken.kind, AuthToken.revoked_at, AuthToken.expires_at,
                       AuthToken.family, AuthToken.responder_id, AuthToken.conversation_id)
                .where(AuthToken.token_hash == bindparam("digest")))


async def resolve_principal(state: ServerState, token: str) -> Principal:
    digest = security.token_digest(token)
    principal = state.principals.get(digest)
    if principal is None:
        generation = state.principals.generation
        row = await state.db.run_read(
            lambda session: session.execute(_TOKEN_QUERY, {"digest": digest}).first())
        if row is None or row.kind == "refresh" or row.revoked_at is not None:
            raise unauthorized("Your sign-in is not valid any more. Please sign in again.")
        principal = Principal(family=row.family, expires_at=row.expires_at,
                              responder_id=row.responder_id,
                              conversation_id=row.conversation_id, token_id=row.id)
        state.principals.put(digest, principal, generation)
    if principal.expires_at <= state.clock.now():
        raise ProblemError(401, "token-expired", "Sign-in expired",
                           "Your access token has expired; refresh it and try again.",
                           headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    return principal


async def current_principal(
    state: Annotated[ServerState, Depends(get_state)],
    authorization: Annotated[str | None, Header()] = None,
) -> Principal:
    return await resolve_principal(state, bearer_token(authorization))


async def current_responder(
    principal: Annotated[Principal, Depends(current_principal)],
) -> Principal:
    if not principal.is_responder:
        raise ProblemError(403, "forbidden", "Not allowed",
                           "This needs a responder's sign-in, not a client's.")
    return principal


async def count_responders(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count(Responder.id))) or 0)
