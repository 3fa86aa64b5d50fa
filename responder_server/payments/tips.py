"""Tips are charged before they are credited: a tip is a payment through the same checkout
(its own order number, the same providers, notices and states), and the responder's ledger
gets it only once the provider says paid (`credit`, called by payments/states.py in the
transaction that marks it paid). With the sandbox it is paid at once, as a chat is."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from responder_server.core.models import Payment, Tip
from responder_server.core.payment_providers import ProviderCharge
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError
from responder_server.core.state import ServerState
from responder_server.earnings import service as ledger
from responder_server.payments import service as checkout
from responder_wire.earnings import TipCreate, TipOut
from responder_wire.payments import PaymentStatus


def _conflict() -> ProblemError:
    return ProblemError(409, "tip-id-conflict", "Tip id already used",
                        "This tip id was already used for a different tip.")


async def tip(state: ServerState, principal: Principal, conversation_id: str,
              body: TipCreate) -> tuple[TipOut, bool]:
    """A client tips their responder: a pending tip payment, charged through the checkout,
    credited once paid. Returns the tip and whether it is new (a retry with the same
    `tip_id` answers the first)."""
    now = state.clock.now()
    tip_id = str(body.tip_id or uuid.uuid4())
    provider = checkout.provider_for(state, body.method)
    created = False
    async with state.db.write() as session:
        credited = await session.get(Tip, tip_id)
        payment = await session.scalar(select(Payment).where(Payment.tip_id == tip_id))
        if credited is not None or payment is not None:
            same = (credited.conversation_id, credited.amount_fen) if credited else (
                payment.tip_conversation_id, payment.amount_fen) if payment else None
            if same != (conversation_id, body.amount_fen):
                raise _conflict()
        else:
            conversation = await ledger.tip_target(session, principal, conversation_id,
                                                   body.amount_fen)
            payment = Payment(
                **checkout.order_fields(state, provider, body.method, now),
                provider=provider.name, status=PaymentStatus.PENDING.value,
                amount_fen=body.amount_fen, price_window="day", alias=conversation.alias,
                topic="", length_minutes=0, provider_reference="", created_at=now,
                client_id=conversation.client_id, tip_id=tip_id,
                tip_conversation_id=conversation.id)
            session.add(payment)
            created = True
    if credited is not None:
        return ledger.tip_out(credited), False
    assert payment is not None
    charge: ProviderCharge | None = None
    if payment.status == PaymentStatus.PENDING.value:
        charge = await checkout.create_charge(state, provider, payment, None, None)
        if provider.sandbox:  # no money moves: paid as soon as asked, as a chat is
            await checkout.apply_query(state, payment)
    async with state.db.read() as session:
        credited = await session.get(Tip, tip_id)
        payment = await session.get(Payment, payment.id, populate_existing=True)
    assert payment is not None
    if credited is not None:
        if created:
            state.notifier.notify()
        return ledger.tip_out(credited), created
    return TipOut(id=tip_id, conversation_id=conversation_id, amount_fen=payment.amount_fen,
                  created_at=payment.created_at, status="pending",
                  payment=checkout.checkout_out(payment, provider, charge)), created
