"""Operators: their accounts, roles and what each role may do; sign-in with the same limits
as responders'; console sessions (the cookie holds a token, the database its SHA-256)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.auth.service import normalise_email
from responder_server.core import limits, security
from responder_server.core.models import Operator, OperatorSession, RateLimitCounter
from responder_server.core.state import ServerState

SESSION_TTL = timedelta(hours=12)
MIN_PASSWORD = 8


class Role(StrEnum):
    OWNER = "owner"
    SUPERVISOR = "supervisor"
    FINANCE = "finance"


class Permission(StrEnum):
    LIVE = "live"
    RESPONDERS_VIEW = "responders.view"
    RESPONDERS_STATE = "responders.state"  # suspend, reinstate, capacity, name clients see
    RESPONDERS_INVITE = "responders.invite"
    SAFETY = "safety"  # reports, flags, bans, phrase lists and hotlines
    CHATS = "chats"  # find a conversation and its timings
    TRANSCRIPTS = "transcripts"  # the messages of a reported or flagged chat only
    REFUNDS = "refunds"
    MONEY = "money"  # rate card, ledger corrections, payouts
    EXPORTS = "exports"
    AUDIT = "audit"
    OPERATORS = "operators"


_SUPERVISOR = {Permission.LIVE, Permission.RESPONDERS_VIEW, Permission.RESPONDERS_STATE,
               Permission.SAFETY, Permission.CHATS, Permission.TRANSCRIPTS}
_FINANCE = {Permission.CHATS, Permission.REFUNDS, Permission.MONEY, Permission.EXPORTS}
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.FINANCE: frozenset(_FINANCE),
}


class OperatorError(ValueError):
    """An operator account change that cannot be done; the message says why."""


@dataclass(frozen=True)
class SignedIn:
    """The operator of a request, from their session cookie."""

    id: int
    email: str
    role: Role
    token: str  # the cookie's value (the CSRF token is derived from it)

    @property
    def actor(self) -> str:
        return audit.operator_actor(self.email)

    @property
    def permissions(self) -> frozenset[Permission]:
        return PERMISSIONS[self.role]

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    @property
    def csrf(self) -> str:
        return csrf_token(self.token)


def csrf_token(session_token: str) -> str:
    """Derived from the session's token (never stored): a page of this session carries it,
    a page of another origin cannot read it."""
    return hashlib.sha256(f"console-csrf:{session_token}".encode()).hexdigest()


async def create_operator(session: AsyncSession, actor: str, email: str, password: str,
                          role: str, now: datetime) -> Operator:
    """`create-operator` and the owner's Operators page; audited in the same transaction."""
    email = normalise_email(email)
    if "@" not in email:
        raise OperatorError("The email must be an address, like ops@example.com.")
    if role not in {r.value for r in Role}:
        raise OperatorError("The role must be owner, supervisor or finance.")
    if len(password) < MIN_PASSWORD:
        raise OperatorError(f"The password must be at least {MIN_PASSWORD} characters.")
    if await session.scalar(select(Operator.id).where(Operator.email == email)):
        raise OperatorError(f"An operator with the email {email} already exists.")
    operator = Operator(email=email, password_hash=security.hash_password(password),
                        role=role, created_at=now)
    session.add(operator)
    await session.flush()
    await audit.record(session, actor, "operator.create", f"operator:{operator.id}", None,
                       {"email": email, "role": role}, now=now)
    return operator


async def set_role(session: AsyncSession, actor: str, operator_id: int, role: str | None,
                   now: datetime) -> Operator:
    """A new role, or `None`: the account is disabled (its sessions end). The last owner
    keeps the role, so the console always has someone who can manage it."""
    operator = await session.get(Operator, operator_id, with_for_update=True)
    if operator is None:
        raise OperatorError(f"There is no operator {operator_id}.")
    if role is not None and role not in {r.value for r in Role}:
        raise OperatorError("The role must be owner, supervisor or finance.")
    if operator.role == Role.OWNER and (role != Role.OWNER):
        owners = await session.scalars(select(Operator.id).where(
            Operator.role == Role.OWNER.value, Operator.disabled_at.is_(None)))
        if len(list(owners)) <= 1:
            raise OperatorError("This is the only owner: make another owner first.")
    before = {"role": operator.role, "disabled": operator.disabled_at is not None}
    if role is None:
        operator.disabled_at = now
        await session.execute(update(OperatorSession).where(
            OperatorSession.operator_id == operator_id, OperatorSession.revoked_at.is_(None))
            .values(revoked_at=now))
    else:
        operator.role = role
        operator.disabled_at = None
    await audit.record(session, actor, "operator.disable" if role is None else "operator.role",
                       f"operator:{operator_id}", before,
                       {"role": operator.role, "disabled": operator.disabled_at is not None},
                       now=now)
    return operator


async def sign_in(state: ServerState, email: str, password: str, address: str) -> str | None:
    """A new session's token, or None for a wrong email or password. The same limits as a
    responder's sign-in (a 429 problem past them), counted under the operator's own key."""
    email = normalise_email(email)
    account = limits.subject_key("operator", email, address)
    if state.config.limits_enabled:
        await limits.check(state, [limits.Hit("sign-in.address", address),
                                   limits.Hit("sign-in.account", account)],
                           "sign-in attempts")
    query = select(Operator.id, Operator.password_hash).where(
        Operator.email == email, Operator.disabled_at.is_(None))
    row = await state.db.run_read(lambda session: session.execute(query).first())
    if not await state.passwords.verify(row.password_hash if row else None, password):
        return None
    assert row is not None
    token = security.new_token()
    now = state.clock.now()
    async with state.db.write() as session:
        session.add(OperatorSession(token_hash=security.token_digest(token), operator_id=row.id,
                                    created_at=now, expires_at=now + SESSION_TTL))
        await session.execute(delete(RateLimitCounter).where(
            RateLimitCounter.key == f"sign-in.account:{account}"))
    return token


async def signed_in(state: ServerState, token: str) -> SignedIn | None:
    now = state.clock.now()
    query = (select(Operator.id, Operator.email, Operator.role)
             .join(OperatorSession, OperatorSession.operator_id == Operator.id)
             .where(OperatorSession.token_hash == security.token_digest(token),
                    OperatorSession.revoked_at.is_(None), OperatorSession.expires_at > now,
                    Operator.disabled_at.is_(None)))
    row = await state.db.run_read(lambda session: session.execute(query).first())
    if row is None:
        return None
    return SignedIn(row.id, row.email, Role(row.role), token)


async def sign_out(state: ServerState, token: str) -> None:
    async with state.db.write() as session:
        await session.execute(update(OperatorSession).where(
            OperatorSession.token_hash == security.token_digest(token))
            .values(revoked_at=state.clock.now()))


async def all_operators(session: AsyncSession) -> list[Operator]:
    return list(await session.scalars(select(Operator).order_by(Operator.id)))
