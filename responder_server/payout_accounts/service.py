"""Binding where a responder is paid, and reading it back: masked for everyone, in full
only for the payout provider (`destination_for`) and the tax report (`tax_identity`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import PayoutAccount, ResponderIdentity
from responder_server.core.problems import ProblemError
from responder_server.payout_accounts.crypto import IdentityCipher, IdentityKeyError
from responder_wire.payouts import (
    IdentityIn,
    PayoutAccountOut,
    PayoutChannel,
    mask_account,
    mask_id_number,
    mask_name,
)


@dataclass(frozen=True)
class PayoutDestination:
    """Where a line is sent: never logged, never stored outside the sealed columns."""

    channel: PayoutChannel
    account: str  # the openid (WeChat) or the Alipay login
    real_name: str  # "" when no identity is on file
    version: int  # the binding's version when read (a rebind mid-run is noticed)


@dataclass(frozen=True)
class TaxIdentity:
    real_name: str
    id_number: str


@lru_cache(maxsize=1)
def current_cipher() -> IdentityCipher:
    """The cipher from the operator's environment (read once per process)."""
    return IdentityCipher.from_env()


def _cipher() -> IdentityCipher:
    try:
        return current_cipher()
    except IdentityKeyError as exc:
        raise ProblemError(503, "identity-not-configured",
                           "Payout details cannot be kept yet", str(exc)) from exc


def _purpose(what: str, responder_id: int) -> str:
    return f"{what}:{responder_id}"


async def set_identity(session: AsyncSession, responder_id: int, identity: IdentityIn,
                       now: datetime) -> None:
    """Collected once: a second, different identity is refused (the operator corrects it)."""
    if await session.get(ResponderIdentity, responder_id) is not None:
        raise ProblemError(409, "identity-on-file", "Your identity is already on file",
                           "To correct your real name or ID number, ask the operator.")
    cipher = _cipher()
    session.add(ResponderIdentity(
        responder_id=responder_id,
        real_name_sealed=cipher.seal(identity.real_name, _purpose("name", responder_id)),
        id_number_sealed=cipher.seal(identity.id_number, _purpose("id", responder_id)),
        real_name_mask=mask_name(identity.real_name),
        id_number_mask=mask_id_number(identity.id_number), created_at=now))
    await session.flush()


async def bind(session: AsyncSession, responder_id: int, channel: PayoutChannel,
               account: str, now: datetime) -> None:
    """Bind (or replace) where the responder is paid."""
    sealed = _cipher().seal(account, _purpose("account", responder_id))
    row = await session.get(PayoutAccount, responder_id)
    if row is None:
        session.add(PayoutAccount(responder_id=responder_id, channel=channel.value,
                                  account_sealed=sealed, account_mask=mask_account(account),
                                  version=1, bound_at=now))
    else:
        row.channel, row.account_sealed = channel.value, sealed
        row.account_mask, row.version, row.bound_at = mask_account(account), row.version + 1, now
    await session.flush()


async def unbind(session: AsyncSession, responder_id: int) -> None:
    row = await session.get(PayoutAccount, responder_id)
    if row is not None:
        await session.delete(row)
        await session.flush()


async def account_out(session: AsyncSession, responder_id: int) -> PayoutAccountOut:
    row = await session.get(PayoutAccount, responder_id)
    who = await session.get(ResponderIdentity, responder_id)
    return PayoutAccountOut(
        channel=PayoutChannel(row.channel) if row else None,
        account_mask=row.account_mask if row else "",
        bound_at=row.bound_at if row else None,
        has_identity=who is not None,
        real_name_mask=who.real_name_mask if who else "",
        id_number_mask=who.id_number_mask if who else "")


async def destination_for(session: AsyncSession, responder_id: int
                          ) -> PayoutDestination | None:
    row = await session.get(PayoutAccount, responder_id)
    if row is None:
        return None
    cipher = _cipher()
    who = await session.get(ResponderIdentity, responder_id)
    name = cipher.open(who.real_name_sealed, _purpose("name", responder_id)) if who else ""
    return PayoutDestination(
        channel=PayoutChannel(row.channel),
        account=cipher.open(row.account_sealed, _purpose("account", responder_id)),
        real_name=name, version=row.version)


async def tax_identity(session: AsyncSession, responder_id: int) -> TaxIdentity | None:
    who = await session.get(ResponderIdentity, responder_id)
    if who is None:
        return None
    cipher = _cipher()
    return TaxIdentity(cipher.open(who.real_name_sealed, _purpose("name", responder_id)),
                       cipher.open(who.id_number_sealed, _purpose("id", responder_id)))
