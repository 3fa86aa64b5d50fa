"""Chats and refunds: find a conversation by id, client or responder; its timings and
payments; its transcript only when it was reported or flagged (and the role may read
transcripts); a refund, in full or in part, through `refunds.partial.request_refund` with
its audit row in the same transaction (a confirmation, then the POST)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy import select

from responder_server.auth.deps import State
from responder_server.console import conversations
from responder_server.console.deps import ChangeRefunds, ViewChats, ViewRefunds, form_of
from responder_server.console.operators import Permission
from responder_server.console.safety_queue import TRANSCRIPT_LIMIT, reported
from responder_server.console.web import fen, language_of, render, translator, worder
from responder_server.core.models import Message, Payment
from responder_server.core.problems import not_found
from responder_server.refunds.partial import RefundError, request_refund

router = APIRouter()


@router.get("/chats")
async def chats_page(request: Request, state: State, _: ViewChats, q: str = "") -> Response:
    found = await state.db.run_read(lambda session: conversations.find(session, q))
    unhappy = await state.db.run_read(conversations.low_ratings)
    return render(request, "chats.html", {"q": q, "found": found, "unhappy": unhappy,
                                          "find_limit": conversations.FIND_LIMIT})


async def _chat(request: Request, state: State, conversation_id: str, status: int = 200,
                **extra: object) -> Response:
    operator = request.state.operator
    timings = await state.db.run_read(lambda s: conversations.one(s, conversation_id))
    if timings is None:
        raise not_found("conversation")
    payments = await state.db.run_read(lambda s: conversations.payments_of(s, conversation_id))
    async with state.db.read() as session:
        was_reported = await reported(session, conversation_id)
        messages: list[Message] = []
        if was_reported and operator.may(Permission.TRANSCRIPTS):
            messages = list(await session.scalars(
                select(Message).where(Message.conversation_id == conversation_id)
                .order_by(Message.position).limit(TRANSCRIPT_LIMIT)))
    return render(request, "chat.html", {"c": timings, "payments": payments,
                                         "reported": was_reported, "messages": messages,
                                         **extra}, status)


@router.get("/chats/{conversation_id}")
async def chat_page(request: Request, state: State, conversation_id: str, _: ViewChats
                    ) -> Response:
    return await _chat(request, state, conversation_id)


def _amount(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


def _refusal(exc: ValueError, request: Request) -> str:
    """Why a refund was refused, in the operator's language (the service's English words
    for a refusal it has no key for)."""
    if not isinstance(exc, RefundError) or not exc.key:
        return str(exc)
    language = language_of(request)
    values = {name: fen(value, language) if isinstance(value, int)
              else worder(language)("payment_status", str(value))
              for name, value in exc.values.items()}
    return str(translator(language)(exc.key, **values))


@router.get("/chats/{conversation_id}/refund")
async def confirm_refund(request: Request, state: State, conversation_id: str,
                         _: ViewRefunds, payment: str = "", amount_fen: str = "",
                         reason: str = "") -> Response:
    t = translator(language_of(request))
    amount = _amount(amount_fen)
    async with state.db.read() as session:
        row = await session.get(Payment, payment)
    if row is None or amount is None or amount <= 0 or not reason.strip():
        return await _chat(request, state, conversation_id, 400, error=t("refund_needs"),
                           typed={"payment": payment, "amount_fen": amount_fen,
                                  "reason": reason})
    return render(request, "confirm.html", {
        "title": t("refund"),
        "question": t("refund_question", amount=fen(amount, language_of(request)),
                      paid=fen(row.amount_fen, language_of(request))),
        "action": f"/console/chats/{conversation_id}/refund",
        "fields": {"payment": payment, "amount_fen": str(amount), "reason": reason},
        "confirm_label": t("refund"), "back": f"/console/chats/{conversation_id}"})


@router.post("/chats/{conversation_id}/refund")
async def refund(request: Request, state: State, conversation_id: str,
                 operator: ChangeRefunds) -> Response:
    t = translator(language_of(request))
    form = await form_of(request)
    payment_id, reason = form.get("payment", ""), form.get("reason", "")
    amount = _amount(form.get("amount_fen", ""))
    if amount is None:
        return await _chat(request, state, conversation_id, 400, error=t("refund_needs"),
                           typed=form)
    now = state.clock.now()
    try:
        async with state.db.write() as session:
            payment = await session.get(Payment, payment_id)
            if payment is None or conversation_id not in (payment.conversation_id,
                                                          payment.extends_conversation_id):
                raise ValueError(t("refund_needs"))
            await request_refund(session, payment_id=payment_id, amount_fen=amount,
                                 reason=reason, now=now, actor=operator.actor)
    except ValueError as exc:
        return await _chat(request, state, conversation_id, 400,
                           error=f"{_refusal(exc, request)} {t('nothing_changed')}",
                           typed=form)
    state.notifier.notify()
    return await _chat(request, state, conversation_id, notice=t("refund_requested"))
