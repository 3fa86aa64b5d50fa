"""Checkout: a client's choice priced by the current rate card, paid through a provider,
and the one chat the payment buys.

    pending --(notice, or the client's confirm asking the provider)--> paid
    paid --(start: conditional UPDATE status='used')--> used, with its conversation
    used --(the client never got a reply, refunds/service.py)--> refunding --> refunded
    pending --(unpaid past expires_at, payments/expiry.py)--> closed --(paid anyway)--> refunding
    any --(the provider's amount, merchant, app or seller is not ours)--> in_review

(every move is in payments/states.py). The provider knows the payment by our order number
(`out_trade_no`, the payment id's 32 hex digits) and every notice is matched on it; every
notice is stored once before it is acted on and acted on once (payments/notices.py).

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
from datetime import datetime, timedelta

import httpx
import segno
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.auth import service as auth
from responder_server.availability import service as availability
from responder_server.clients import service as clients
from responder_server.core.models import Conversation, Payment, Responder
from responder_server.core.payment_providers import (
    BadWebhook,
    ChargeRequest,
    PaymentProvider,
    ProviderCharge,
    ProviderError,
    WebhookAnswer,
)
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.core.summaries import summary
from responder_server.earnings import rate_card
from responder_server.payments import notices, states
from responder_server.payments.providers import DEFAULT_PROVIDER, order_number
from responder_server.refunds import service as refunds
from responder_server.responder_page import service as responder_page
from responder_server.routing import service as routing
from responder_server.safety import bans as safety_bans
from responder_server.safety import documents as safety_documents
from responder_server.session_time import service as session_time
from responder_wire import ConversationState
from responder_wire.payments import (
    Checkout,
    CheckoutStarted,
    PaymentStatus,
    PayMethod,
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


def provider_for(state: ServerState, method: PayMethod | None) -> PaymentProvider:
    if method is None:
        if state.payments.get(DEFAULT_PROVIDER) is None:
            raise ProblemError(422, "payment-method-unavailable", "Choose how to pay",
                               "Please choose how to pay: WeChat Pay or Alipay.")
        return _provider(state, DEFAULT_PROVIDER)
    provider = state.payments.for_method(method.value)
    if provider is None:
        raise ProblemError(422, "payment-method-unavailable", "Payment method unavailable",
                           "This way of paying is not offered here. Please choose another.")
    return provider


def _unavailable() -> ProblemError:
    return ProblemError(503, "payment-provider-unavailable", "Payment provider unavailable",
                        "The payment service did not answer. Nothing was charged; please "
                        "try again in a moment.")


def checkout_out(payment: Payment, provider: PaymentProvider,
                  charge: ProviderCharge | None = None) -> CheckoutStarted:
    return CheckoutStarted(payment_id=payment.id, provider=payment.provider,
                           sandbox=provider.sandbox, amount_fen=payment.amount_fen,
                           window=PriceWindow(payment.price_window),
                           length_minutes=payment.length_minutes,
                           status=PaymentStatus(payment.status),
                           extends_conversation_id=payment.extends_conversation_id,
                           method=PayMethod(payment.method), out_trade_no=payment.out_trade_no,
                           expires_at=payment.expires_at,
                           pay_url=charge.pay_url if charge else None,
                           qr_code=charge.qr_code if charge else None,
                           qr_image=_qr_image(charge.qr_code) if charge and charge.qr_code
                           else None,
                           jsapi=dict(charge.jsapi) if charge and charge.jsapi else None)


def _qr_image(text: str) -> str:
    """The QR code a PC shows for WeChat Pay Native, as an SVG data URL (an <img>)."""
    return str(segno.make(text, error="m").svg_data_uri(scale=6, border=2))


def order_fields(state: ServerState, provider: PaymentProvider, method: PayMethod | None,
                  now: datetime) -> dict[str, object]:
    """A new payment's order number, method and expiry."""
    payment_id = str(uuid.uuid4())
    return {"id": payment_id, "out_trade_no": order_number(payment_id),
            "method": (method or PayMethod(provider.methods[0])).value,
            "expires_at": now + timedelta(seconds=state.config.payment_expiry_s)}


def _same_choice(payment: Payment, body: Checkout, client_key_hash: str | None,
                 page_responder_id: int | None) -> bool:
    return (payment.alias, payment.topic, payment.length_minutes, payment.client_key_hash,
            payment.client_region, payment.client_language, payment.page_responder_id) == (
        body.alias, body.topic.strip(), body.length_minutes, client_key_hash, body.region,
        body.language, page_responder_id)


def _key_conflict() -> ProblemError:
    return ProblemError(409, "idempotency-key-conflict", "Idempotency key already used",
                        "This Idempotency-Key was already used for a different request.")


async def start_checkout(state: ServerState, body: Checkout, idempotency_key: str | None,
                         client_ip: str | None = None) -> tuple[CheckoutStarted, bool]:
    """A pending payment at the current card's price. Returns it and whether it is new (a
    retry with the same idempotency key gets the first one back)."""
    now = state.clock.now()
    provider = provider_for(state, body.method)
    key_hash = _digest(idempotency_key)
    async with state.db.read() as session:
        await safety_bans.refuse_banned(session, body.client_key)
        retry = key_hash is not None and await session.scalar(
            select(Payment.id).where(Payment.idempotency_key_hash == key_hash)) is not None
        client_key_hash = clients.key_hash(body.client_key) if body.client_key else None
        page_responder_id = None
        if body.page is not None:  # a chat with that responder only (responder_page/)
            page_responder_id = await responder_page.page_responder_for_checkout(
                state, session, body.page, client_key_hash, body.wait_for_them,
                check=not retry)
        elif not retry:  # nothing sold that nobody can answer: before any row or charge
            await availability.refuse_unsellable(session, state.config)

    async def new_payment(session: AsyncSession, price: rate_card.Quote) -> Payment:
        # Who pays, known from the checkout on: a ban can name them at once.
        client = (await clients.client_for_digest(session, client_key_hash, now)
                  if client_key_hash else None)
        return Payment(
            **order_fields(state, provider, body.method, now), provider=provider.name,
            status=PaymentStatus.PENDING.value, amount_fen=price.price_fen,
            price_window=price.window, alias=body.alias, topic=body.topic.strip(),
            length_minutes=body.length_minutes, provider_reference="",
            created_at=now, rate_card_version=price.card_version,
            client_key_hash=client_key_hash, idempotency_key_hash=key_hash,
            client_region=body.region, client_language=body.language,
            client_id=client.id if client else None, page_responder_id=page_responder_id)

    return await _checkout(state, provider, key_hash, body.length_minutes, new_payment,
                           lambda payment: _same_choice(payment, body, client_key_hash,
                                                       page_responder_id),
                           client_ip=client_ip, wechat_code=body.wechat_code)


async def start_extension(state: ServerState, principal: Principal, conversation_id: str,
                          body: ExtensionCheckout, idempotency_key: str | None
                          ) -> tuple[CheckoutStarted, bool]:
    """Another block of an open chat (session_time/): a pending payment through the same
    checkout, priced by the current card, naming the chat it extends, paid the way the chat
    was. Not refused when nobody else is online or the queue is full: the client already
    has their listener."""
    if principal.is_responder:
        raise ProblemError(403, "forbidden", "Only the client can extend",
                           "Only the client of this chat can pay for more time.")
    if principal.conversation_id != conversation_id:
        raise not_found()
    now = state.clock.now()
    key_hash = _digest(idempotency_key)
    async with state.db.read() as session:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is None:
            raise not_found()
        first = await session.scalar(select(Payment).where(
            Payment.conversation_id == conversation_id))
    method = PayMethod(first.method) if first is not None else None
    provider = provider_for(state, None if method == PayMethod.SANDBOX else method)
    async with state.db.read() as session:
        retry = key_hash is not None and await session.scalar(
            select(Payment.id).where(Payment.idempotency_key_hash == key_hash)) is not None
        if not retry:
            session_time.require_extensible(conversation, now, state.config.session_grace_s)

    async def new_payment(_session: AsyncSession, price: rate_card.Quote) -> Payment:
        return Payment(
            **order_fields(state, provider, method, now), provider=provider.name,
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
                    same_choice: Callable[[Payment], bool], *, client_ip: str | None = None,
                    wechat_code: str | None = None) -> tuple[CheckoutStarted, bool]:
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
    charge: ProviderCharge | None = None
    if payment.status == PaymentStatus.PENDING.value and (
            not provider.sandbox or not payment.provider_reference):
        # After the row is committed, so a retry never makes a second charge: the provider
        # gets our order number and answers a repeat with the same order (a retry after a
        # timeout, or the same Idempotency-Key again, carries the same number).
        charge = await create_charge(state, provider, payment, client_ip, wechat_code)
        if charge.reference:
            async with state.db.write() as session:
                await session.execute(update(Payment).where(Payment.id == payment.id,
                                                            Payment.provider_reference == "")
                                      .values(provider_reference=charge.reference[:100]))
            payment.provider_reference = payment.provider_reference or charge.reference
        if charge.paid:
            await record_paid(state, payment.id, charge.amount_fen or payment.amount_fen)
            payment.status = PaymentStatus.PAID.value
    return checkout_out(payment, provider, charge), created


async def create_charge(state: ServerState, provider: PaymentProvider, payment: Payment,
                         client_ip: str | None, wechat_code: str | None) -> ProviderCharge:
    openid: str | None = None
    try:
        if payment.method == PayMethod.WECHAT_JSAPI.value:
            openid_for = getattr(provider, "openid_for", None)
            if not wechat_code or openid_for is None:
                raise ProblemError(422, "validation-failed", "WeChat sign-in needed",
                                   "Paying inside WeChat needs WeChat's sign-in first. "
                                   "Please open the page again from WeChat.")
            openid = await openid_for(wechat_code)
        assert payment.expires_at is not None and payment.out_trade_no is not None
        return await provider.create_charge(ChargeRequest(
            out_trade_no=payment.out_trade_no, amount_fen=payment.amount_fen,
            description=f"{payment.length_minutes} min chat", method=payment.method,
            expires_at=payment.expires_at, client_ip=client_ip, openid=openid,
            return_url=state.config.pay_return_url or None))
    except (ProviderError, httpx.HTTPError) as exc:
        log.warning("payment %s: creating the %s order failed: %s", payment.id,
                    provider.name, exc)
        raise _unavailable() from None


async def record_paid(state: ServerState, payment_id: str, amount_fen: int) -> bool:
    """The provider says this payment is paid (a query or an immediate answer): pending →
    paid, once; an amount that is not the checkout's goes to review. True if this call
    made it paid."""
    async with state.db.write() as session:
        payment = await session.get(Payment, payment_id)
        if payment is None:
            raise not_found("payment")
        outcome = await states.apply_charge(session, payment, state="paid",
                                            amount_fen=amount_fen, reference="",
                                            mismatch=None, now=state.clock.now())
    return outcome == "paid"


async def apply_query(state: ServerState, payment: Payment) -> str:
    """Ask the provider about a payment (a lost or late notice) and apply its answer."""
    assert payment.out_trade_no is not None
    charge = await _provider(state, payment.provider).query_charge(payment.out_trade_no)
    async with state.db.write() as session:
        return await states.apply_charge(
            session, payment, state=charge.state, amount_fen=charge.amount_fen,
            reference=charge.reference, mismatch=charge.mismatch, now=state.clock.now())


async def confirm(state: ServerState, payment_id: str, start_key: str | None
                  ) -> tuple[WebSessionStarted, bool]:
    """The client's page says it has paid: ask the provider if the payment is still
    pending (a webhook may be late or lost), then start its chat."""
    async with state.db.read() as session:
        payment = await session.get(Payment, payment_id)
    if payment is None:
        raise not_found("payment")
    if (payment.status == PaymentStatus.PENDING.value and payment.provider_reference) or (
            payment.status == PaymentStatus.PENDING.value and payment.provider != "sandbox"):
        try:
            await apply_query(state, payment)
        except (ProviderError, httpx.HTTPError) as exc:
            log.warning("payment %s: the query failed: %s", payment.id, exc)
            raise _unavailable() from None
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
        page_responder_id=payment.page_responder_id,
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
                  headers: Mapping[str, str]) -> WebhookReceived | WebhookAnswer:
    """A provider's signed notice. Verified first (refused: nothing stored, nothing
    changed); then stored once, then acted on once. A notice about a payment this server
    does not know, or one that does not match (amount, merchant, app, seller), is
    acknowledged (providers retry anything else for a day); the mismatch is held for the
    operator's review."""
    provider = _provider(state, provider_name)
    now = state.clock.now()
    try:
        notice = provider.verify_webhook(body, headers, now)
    except BadWebhook as exc:
        log.warning("refused a %s webhook: %s", provider_name, exc)
        refused = provider.answer(False)
        if refused is not None:
            return refused
        raise ProblemError(401, "bad-signature", "Webhook refused",
                           "The webhook's signature could not be verified, so nothing was "
                           "changed.") from None
    await notices.store(state, provider.name, notice, now)
    async with state.db.write() as session:
        payment = await session.scalar(select(Payment).where(
            Payment.out_trade_no == notice.out_trade_no, Payment.provider == provider.name))
        if await notices.claim(session, provider.name, notice.notice_id, now):
            if payment is None:
                outcome = "unknown-order"
                log.warning("a %s notice names order %r, which is not ours", provider.name,
                            notice.out_trade_no[:32])
            elif notice.kind == "refund":
                outcome = await refunds.apply_refund_notice(session, payment, notice, now)
            else:
                outcome = await states.apply_charge(
                    session, payment, state=notice.state, amount_fen=notice.amount_fen,
                    reference=notice.reference, mismatch=notice.mismatch, now=now)
            await notices.set_outcome(session, provider.name, notice.notice_id, outcome)
    accepted = provider.answer(True)
    if accepted is not None:
        return accepted
    if payment is None:
        return WebhookReceived(payment_id=None, status=None)
    async with state.db.read() as session:
        status = await session.scalar(select(Payment.status).where(Payment.id == payment.id))
    return WebhookReceived(payment_id=payment.id,
                           status=PaymentStatus(status) if status else None)
