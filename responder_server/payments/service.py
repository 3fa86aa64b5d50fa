"""Checkout: a client's choice priced by the current rate card, paid through a provider,
and the one chat the payment buys.

    pending --(webhook, or the client's confirm asking the provider)--> paid
    paid --(start: conditional UPDATE status='used')--> used, with its conversation
    used --(the client never got a reply, refunds/service.py)--> refunding --> refunded

Across instances every step is one conditional UPDATE (`... WHERE status = <before>`) or a
unique index (the checkout's idempotency key, the payment's conversation), never a process
lock: of two starts of one payment on two instances, PostgreSQL makes the second UPDATE wait
for the first and then finds the status no longer 'paid'. A retry with the same
`Idempotency-Key` answers what the first request did (200 instead of 201): a retried checkout
the same payment, a retried start the same chat (with a fresh client token: only tokens'
hashes are kept, so the first one cannot be shown again; it stays valid too).
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.auth import service as auth
from responder_server.availability import service as availability
from responder_server.clients import service as clients
from responder_server.core.models import Conversation, Payment, Responder
from responder_server.core.payment_providers import BadWebhook, PaymentProvider
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.core.summaries import summary
from responder_server.earnings import rate_card
from responder_server.payments.providers import DEFAULT_PROVIDER
from responder_server.routing import service as routing
from responder_server.safety import bans as safety_bans
from responder_server.safety import documents as safety_documents
from responder_server.session_time import service as session_time
from responder_wire import ConversationState
from responder_wire.payments import (
    Checkout,
    CheckoutStarted,
    PaymentStatus,
    PriceWindow,
    WebhookReceived,
    WebSessionStarted,
)
from responder_wire.session_time import ExtensionCheckout

log = logging.getLogger(__name__)


def _digest(value: str | None) -> str | None:
    return hashlib.sha256(value.encode()).hexdigest() if value else None


def _provider(state: ServerState, name: str) -> PaymentProvider:
    provider = state.payments.get(name)
    if provider is None:
        raise not_found("payment provider")
    return provider


def _checkout_out(payment: Payment, provider: PaymentProvider) -> CheckoutStarted:
    return CheckoutStarted(payment_id=payment.id, provider=payment.provider,
                           sandbox=provider.sandbox, amount_fen=payment.amount_fen,
                           window=PriceWindow(payment.price_window),
                           length_minutes=payment.length_minutes,
                           status=PaymentStatus(payment.status),
                           extends_conversation_id=payment.extends_conversation_id)


def _same_choice(payment: Payment, body: Checkout, client_key_hash: str | None) -> bool:
    return (payment.alias, payment.topic, payment.length_minutes, payment.client_key_hash,
            payment.client_region, payment.client_language) == (
        body.alias, body.topic.strip(), body.length_minutes, client_key_hash, body.region,
        body.language)


def _key_conflict() -> ProblemError:
    return ProblemError(409, "idempotency-key-conflict", "Idempotency key already used",
                        "This Idempotency-Key was already used for a different request.")


async def start_checkout(state: ServerState, body: Checkout, idempotency_key: str | None,
                         provider_name: str = DEFAULT_PROVIDER
                         ) -> tuple[CheckoutStarted, bool]:
    """A pending payment at the current card's price. Returns it and whether it is new (a
    retry with the same idempotency key gets the first one back)."""
    now = state.clock.now()
    provider = _provider(state, provider_name)
    key_hash = _digest(idempotency_key)
    async with state.db.read() as session:
        await safety_bans.refuse_banned(session, body.client_key)
        retry = key_hash is not None and await session.scalar(
            select(Payment.id).where(Payment.idempotency_key_hash == key_hash)) is not None
        if not retry:  # nothing sold that nobody can answer: before any row or charge
            await availability.refuse_unsellable(session, state.config)
    client_key_hash = clients.key_hash(body.client_key) if body.client_key else None

    async def new_payment(session: AsyncSession, price: rate_card.Quote) -> Payment:
        # Who pays, known from the checkout on: a ban can name them at once.
        client = (await clients.client_for_digest(session, client_key_hash, now)
                  if client_key_hash else None)
        return Payment(
            id=str(uuid.uuid4()), provider=provider.name,
            status=PaymentStatus.PENDING.value, amount_fen=price.price_fen,
            price_window=price.window, alias=body.alias, topic=body.topic.strip(),
            length_minutes=body.length_minutes, provider_reference="",
            created_at=now, rate_card_version=price.card_version,
            client_key_hash=client_key_hash, idempotency_key_hash=key_hash,
            client_region=body.region, client_language=body.language,
            client_id=client.id if client else None)

    return await _checkout(state, provider, key_hash, body.length_minutes, new_payment,
                           lambda payment: _same_choice(payment, body, client_key_hash))


async def start_extension(state: ServerState, principal: Principal, conversation_id: str,
                          body: ExtensionCheckout, idempotency_key: str | None,
                          provider_name: str = DEFAULT_PROVIDER
                          ) -> tuple[CheckoutStarted, bool]:
    """Another block of an open chat (session_time/): a pending payment through the same
    checkout, priced by the current card, naming the chat it extends. Not refused when
    nobody else is online or the queue is full: the client already has their listener."""
    if principal.is_responder:
        raise ProblemError(403, "forbidden", "Only the client can extend",
                           "Only the client of this chat can pay for more time.")
    if principal.conversation_id != conversation_id:
        raise not_found()
    now = state.clock.now()
    provider = _provider(state, provider_name)
    key_hash = _digest(idempotency_key)
    async with state.db.read() as session:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is None:
            raise not_found()
        first = await session.scalar(select(Payment).where(
            Payment.conversation_id == conversation_id))
        retry = key_hash is not None and await session.scalar(
            select(Payment.id).where(Payment.idempotency_key_hash == key_hash)) is not None
        if not retry:
            session_time.require_extensible(conversation, now, state.config.session_grace_s)

    async def new_payment(_session: AsyncSession, price: rate_card.Quote) -> Payment:
        return Payment(
            id=str(uuid.uuid4()), provider=provider.name,
            status=PaymentStatus.PENDING.value, amount_fen=price.price_fen,
            price_window=price.window, alias=conversation.alias, topic=conversation.topic,
            length_minutes=body.length_minutes, provider_reference="", created_at=now,
            rate_card_version=price.card_version,
            client_key_hash=first.client_key_hash if first else None,
            idempotency_key_hash=key_hash, client_region=conversation.client_region,
            client_language=conversation.client_language, client_id=conversation.client_id,
            extends_conversation_id=conversation.id)

    return await _checkout(
        state, provider, key_hash, body.length_minutes, new_payment,
        lambda payment: (payment.extends_conversation_id, payment.length_minutes) == (
            conversation_id, body.length_minutes))


async def _checkout(state: ServerState, provider: PaymentProvider, key_hash: str | None,
                    length_minutes: int,
                    new_payment: Callable[[AsyncSession, rate_card.Quote], Awaitable[Payment]],
                    same_choice: Callable[[Payment], bool]) -> tuple[CheckoutStarted, bool]:
    """The one checkout: a retry with the same key answers its payment; else a new pending
    payment at the current card's price, then the provider's charge."""
    now = state.clock.now()
    payment: Payment | None = None
    created = False
    try:
        async with state.db.write() as session:
            if key_hash is not None:
                payment = await session.scalar(
                    select(Payment).where(Payment.idempotency_key_hash == key_hash))
            if payment is None:
                price = await rate_card.quote(session, length_minutes, now)
                payment = await new_payment(session, price)
                session.add(payment)
                created = True
    except IntegrityError:  # the same key committed a moment ago (another instance)
        async with state.db.read() as session:
            payment = await session.scalar(
                select(Payment).where(Payment.idempotency_key_hash == key_hash))
        created = False
    assert payment is not None
    if not created and not same_choice(payment):
        raise _key_conflict()
    if not payment.provider_reference:
        # After the row is committed, so a retry never makes a second charge: the provider
        # gets our payment id as its idempotency key and answers a repeat with the same one.
        charge = await provider.create_charge(
            payment_id=payment.id, amount_fen=payment.amount_fen,
            description=f"{payment.length_minutes} min chat", idempotency_key=payment.id)
        async with state.db.write() as session:
            await session.execute(update(Payment).where(Payment.id == payment.id,
                                                        Payment.provider_reference == "")
                                  .values(provider_reference=charge.reference))
        payment.provider_reference = charge.reference
        if charge.paid:
            await record_paid(state, payment.id, charge.amount_fen or payment.amount_fen)
            payment.status = PaymentStatus.PAID.value
    return _checkout_out(payment, provider), created


async def record_paid(state: ServerState, payment_id: str, amount_fen: int) -> bool:
    """The provider says this payment is paid (webhook or confirm): pending → paid, once.
    True if this call made it paid."""
    now = state.clock.now()
    async with state.db.write() as session:
        payment = await session.get(Payment, payment_id)
        if payment is None:
            raise not_found("payment")
        if payment.status != PaymentStatus.PENDING.value:
            return False
        if amount_fen != payment.amount_fen:
            log.error("payment %s: the provider reports %s fen paid, %s fen due", payment_id,
                      amount_fen, payment.amount_fen)
            raise ProblemError(409, "payment-amount-mismatch", "Amount does not match",
                               "The amount paid is not the amount of this checkout.")
        moved = await session.execute(
            update(Payment).where(Payment.id == payment_id,
                                  Payment.status == PaymentStatus.PENDING.value)
            .values(status=PaymentStatus.PAID.value, paid_at=now))
        return bool(getattr(moved, "rowcount", 0))


async def confirm(state: ServerState, payment_id: str, start_key: str | None
                  ) -> tuple[WebSessionStarted, bool]:
    """The client's page says it has paid: ask the provider if the payment is still
    pending (a webhook may be late or lost), then start its chat."""
    async with state.db.read() as session:
        payment = await session.get(Payment, payment_id)
    if payment is None:
        raise not_found("payment")
    if payment.status == PaymentStatus.PENDING.value and payment.provider_reference:
        charge = await _provider(state, payment.provider).charge_status(
            payment_id=payment.id, reference=payment.provider_reference)
        if charge.paid:
            await record_paid(state, payment.id, charge.amount_fen or payment.amount_fen)
    if payment.extends_conversation_id is not None:  # a block for an open chat
        return await session_time.apply_extension(state, payment_id, _digest(start_key))
    return await start_session(state, payment_id, start_key)


def _not_paid() -> ProblemError:
    return ProblemError(402, "payment-not-completed", "Not paid yet",
                        "The payment has not gone through yet. Please try again.")


async def start_session(state: ServerState, payment_id: str, start_key: str | None
                        ) -> tuple[WebSessionStarted, bool]:
    """Start the one chat a paid payment buys. Returns it and whether it is new: a retry
    with the same `start_key` answers the same chat; anything else after it is 409."""
    now = state.clock.now()
    key_hash = _digest(start_key)
    async with state.db.write() as session:
        await routing.lock(session)  # first, before any row (routing/service.py)
        # A client banned since their checkout starts nothing (safety/bans.py).
        await safety_bans.refuse_banned(session, key_digest=await session.scalar(
            select(Payment.client_key_hash).where(Payment.id == payment_id)))
        claimed = (await session.execute(
            update(Payment).where(Payment.id == payment_id,
                                  Payment.status == PaymentStatus.PAID.value)
            .values(status=PaymentStatus.USED.value, start_key_hash=key_hash)
            .returning(Payment.id))).first()
        payment = await session.get(Payment, payment_id, populate_existing=True)
        if payment is None:
            raise not_found("payment")
        if payment.extends_conversation_id is not None:  # an extension starts no chat
            raise ProblemError(409, "payment-used", "Not a new chat",
                               "This payment adds time to a chat; confirm it instead.")
        if claimed is None:
            return await _answer_again(state, session, payment, key_hash), False
        conversation = await _new_conversation(session, payment, now)
        payment.conversation_id = conversation.id
        await session.flush()  # the unique index: one payment, one chat
        token, expires = auth.issue_client_token(state, session, conversation.id)
        await routing.route_new(session, conversation, now)
        result = WebSessionStarted(conversation=summary(conversation, await _responder(
            session, conversation)), client_token=token, client_token_expires_at=expires,
            payment_id=payment.id)
    state.notifier.notify()
    return result, True


async def _new_conversation(session: AsyncSession, payment: Payment, now: datetime
                            ) -> Conversation:
    client = await clients.client_for_digest(session, payment.client_key_hash, now)
    payment.client_id = client.id  # blocks, bans and erasure follow the client
    region = payment.client_region or await safety_documents.default_region(session)
    conversation = Conversation(
        id=str(uuid.uuid4()), client_id=client.id, alias=payment.alias, topic=payment.topic,
        length_minutes=payment.length_minutes, paid_minutes=payment.length_minutes,
        # The client pays what they were quoted, even if a day/night boundary passed since.
        price_fen=payment.amount_fen, rate_card_version=payment.rate_card_version,
        rate_window=payment.price_window, state=ConversationState.QUEUED.value,
        created_at=now, wrap_up_note="",
        client_region=region.upper() if region != "other" else region,
        client_language=payment.client_language or "zh_CN",
    )
    session.add(conversation)
    await session.flush()
    return conversation


async def _responder(session: AsyncSession, conversation: Conversation) -> Responder | None:
    if conversation.responder_id is None:
        return None
    return await session.get(Responder, conversation.responder_id)


async def _answer_again(state: ServerState, session: AsyncSession, payment: Payment,
                        key_hash: str | None) -> WebSessionStarted:
    """A start of a payment that is not (or no longer) paid."""
    if payment.status == PaymentStatus.PENDING.value:
        raise _not_paid()
    if payment.conversation_id is None:  # pragma: no cover - used always has its chat
        raise _not_paid()
    if key_hash is None or key_hash != payment.start_key_hash:
        if payment.status in (PaymentStatus.REFUNDING.value, PaymentStatus.REFUNDED.value):
            raise ProblemError(409, "payment-used", "Already used",
                               "This payment's chat ended without a reply, and the payment "
                               "was refunded.")
        raise ProblemError(409, "payment-used", "Already used",
                           "This payment has already started a chat.")
    conversation = await session.get(Conversation, payment.conversation_id)
    assert conversation is not None
    token, expires = auth.issue_client_token(state, session, conversation.id)
    return WebSessionStarted(conversation=summary(conversation, await _responder(
        session, conversation)), client_token=token, client_token_expires_at=expires,
        payment_id=payment.id)


async def webhook(state: ServerState, provider_name: str, body: bytes,
                  headers: Mapping[str, str]) -> WebhookReceived:
    """A provider's signed notice that a payment is paid. Verified first; a notice about a
    payment this server does not know is acknowledged and ignored (providers retry any
    answer but 2xx)."""
    provider = _provider(state, provider_name)
    try:
        notice = provider.verify_webhook(body, headers, state.clock.now())
    except BadWebhook as exc:
        log.warning("refused a %s webhook: %s", provider_name, exc)
        raise ProblemError(401, "bad-signature", "Webhook refused",
                           "The webhook's signature could not be verified, so nothing was "
                           "changed.") from None
    async with state.db.read() as session:
        payment = await session.get(Payment, notice.payment_id)
    if (payment is None or payment.provider != provider.name
            or payment.provider_reference != notice.reference):
        return WebhookReceived(payment_id=None, status=None)
    if notice.paid:
        await record_paid(state, payment.id, notice.amount_fen)
    async with state.db.read() as session:
        status = await session.scalar(select(Payment.status).where(Payment.id == payment.id))
    return WebhookReceived(payment_id=payment.id,
                           status=PaymentStatus(status) if status else None)
