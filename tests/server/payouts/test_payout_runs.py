"""Payout runs against a scripted provider, on SQLite and PostgreSQL: a line confirmed, one
returned (its entries, tax included, pending again with the reason, then paid on a retry
once the responder rebinds), one timed out and sent again with the same number (paid once),
an answer arriving twice; the ledger balances to the fen after each step. Two instances
making and sending the same run send each line once."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import Event, LedgerEntry, Payout
from responder_server.core.state import ServerState
from responder_server.earnings import service as earnings
from responder_server.payout_accounts import service as accounts
from responder_server.payouts import notices, review, runs, sending
from responder_server.tax import withholding
from responder_wire.payouts import PayoutChannel
from tests.server.payouts.scripted import (
    NOTICE_HEADER,
    ScriptedProvider,
    assert_balanced,
    responder_owed,
    server_state,
)

SIGNED = {NOTICE_HEADER: "signed"}


async def _ten_percent(session: AsyncSession, *, responder_id: int, now: datetime,
                       actor: str) -> int:
    """A stand-in withholding rule (the real one is tax/'s): 10% of the pending income,
    less tax already posted and still pending (a returned line's), as a `tax` entry."""
    del actor
    due = await _ten_percent_expected(session, responder_id=responder_id, now=now)
    if due > 0:
        session.add(LedgerEntry(
            posting_key=f"tax:{responder_id}:{now.timestamp()}", responder_id=responder_id,
            kind="tax", alias="", gross_fen=0, commission_fen=0, tip_fen=0, tax_fen=due,
            net_fen=-due, note="", created_at=now))
        await session.flush()
    return max(due, 0)


async def _ten_percent_expected(session: AsyncSession, *, responder_id: int,
                                now: datetime) -> int:
    income, posted = await runs.pending_split(session, responder_id)
    return max(income // 10 - posted, 0)


@pytest.fixture(autouse=True)
def _withholding(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(withholding, "withhold_for_payout", _ten_percent)
    monkeypatch.setattr(withholding, "expected_tax", _ten_percent_expected)
    yield


@pytest.fixture
async def provider_and_state(database_url: str
                             ) -> AsyncIterator[tuple[ScriptedProvider, ServerState]]:
    provider = ScriptedProvider()
    state = server_state(database_url, provider)
    yield provider, state
    await state.db.dispose()


async def _line(state: ServerState, responder_id: int) -> Payout:
    async with state.db.read() as session:
        line = await session.scalar(select(Payout).where(Payout.responder_id == responder_id)
                                    .order_by(Payout.id.desc()).limit(1))
    assert line is not None
    return line


async def _changes(state: ServerState, line_id: int) -> list[str]:
    """The states `payout.changed` told the responder's app, in order."""
    async with state.db.read() as session:
        payloads = await session.scalars(select(Event.payload).where(
            Event.type == "payout.changed").order_by(Event.seq))
        found = [json.loads(p) for p in payloads]
    return [p["state"] for p in found if p["id"] == line_id]


async def _statuses(state: ServerState, responder_id: int) -> set[str]:
    """What the responder's ledger page (GET /earnings/ledger) says of their entries."""
    today = state.clock.now().date()
    page = await earnings.ledger_page(state, responder_id, today - timedelta(days=1),
                                      today + timedelta(days=1))
    return {entry.status.value for entry in page.entries}


async def test_confirmed_returned_and_timed_out_lines(
        provider_and_state: tuple[ScriptedProvider, ServerState]) -> None:
    provider, state = provider_and_state
    provider.scripts.update({"o-ann": "confirm", "o-bo": "return", "o-cy": "timeout"})
    now = state.clock.now()
    ann = await responder_owed(state, "ann", [30_00, 20_00], "o-ann", now)
    bo = await responder_owed(state, "bo", [40_00], "o-bo", now)
    cy = await responder_owed(state, "cy", [25_00, 5_00], "o-cy", now)
    small = await responder_owed(state, "dee", [9_00], "o-dee", now)
    unbound = await responder_owed(state, "eve", [80_00], None, now)
    small_unbound = await responder_owed(state, "fay", [2_00], None, now)  # both: the same why

    preview = await runs.plan(state, 10_00)
    assert {line.responder_id: (line.gross_fen, line.tax_fen, line.amount_fen)
            for line in preview.lines} == {ann: (50_00, 5_00, 45_00), bo: (40_00, 4_00, 36_00),
                                           cy: (30_00, 3_00, 27_00)}
    assert {s.responder_id: s.reason for s in preview.skipped} == {
        small: "below_minimum", unbound: "no_account", small_unbound: "no_account"}
    async with state.db.read() as session:  # a preview posts nothing
        assert await session.scalar(select(func.count()).select_from(Payout)) == 0
        assert await session.scalar(select(func.count()).where(LedgerEntry.kind == "tax")) == 0

    run = await runs.make_run(state, 10_00, "operator:finance@example.test")
    assert run.run_id is not None
    assert {s.responder_id: s.reason for s in run.skipped} == {
        small: "below_minimum", unbound: "no_account", small_unbound: "no_account"}
    await assert_balanced(state)
    assert await sending.send_run(state, run.run_id) == 3
    await assert_balanced(state)

    # Ann: accepted; the notice says paid, and arrives twice: one change.
    line = await _line(state, ann)
    assert (line.state, line.amount_fen, line.tax_fen) == ("processing", 45_00, 5_00)
    assert await _statuses(state, ann) == {"in_flight"}  # on its way, not paid yet
    provider.settle(line.transfer_no or "", "paid")
    body = provider.notice("n-ann", line.transfer_no or "", "paid", 45_00)
    for _ in range(2):
        answer = await notices.receive(state, "wechat", body, SIGNED)
        assert answer.status_code == 200
    assert (await _line(state, ann)).state == "paid"
    assert await _statuses(state, ann) == {"paid"}
    assert await _changes(state, line.id) == ["created", "processing", "paid"]
    await assert_balanced(state)

    # Bo: comes back (the real name did not match): entries and tax pending again.
    bo_line = await _line(state, bo)
    provider.settle(bo_line.transfer_no or "", "returned", "收款人姓名不符")
    await notices.receive(state, "wechat", provider.notice(
        "n-bo", bo_line.transfer_no or "", "returned", 36_00, "收款人姓名不符"), SIGNED)
    bo_line = await _line(state, bo)
    assert (bo_line.state, bo_line.reason) == ("returned", "收款人姓名不符")
    await assert_balanced(state)
    async with state.db.read() as session:
        assert await runs.pending_fen(session, bo) == 36_00  # 40.00 income, 4.00 tax kept
    # A retry before they rebind is refused; after, a new line pays the same, tax once.
    async with state.db.write() as session:
        await accounts.bind(session, bo, PayoutChannel.WECHAT, "o-bo-new", now)
    retried = await runs.retry_line(state, bo_line.id, "operator:finance@example.test")
    assert retried.transfer_no != bo_line.transfer_no
    assert (retried.amount_fen, retried.tax_fen, retried.gross_fen) == (36_00, 4_00, 40_00)
    with pytest.raises(runs.PayoutError, match="retried already"):
        await runs.retry_line(state, bo_line.id, "operator:finance@example.test")
    await sending.send_line(state, retried)
    assert provider.accounts_of[retried.transfer_no or ""] == "o-bo-new"
    await assert_balanced(state)

    # Cy: the call timed out; the line stays sent. The sweep asks, the provider never
    # heard of it, so it is sent again with the same number and paid once.
    cy_line = await _line(state, cy)
    number = cy_line.transfer_no or ""
    assert cy_line.state == "sent"
    state.clock.advance(sending.RESEND_AFTER_S + 1)
    await sending.sweep(state)
    cy_line = await _line(state, cy)
    assert cy_line.state == "paid" and cy_line.transfer_no == number
    assert provider.transfers[number] == 2 and provider.queries[number] == 1
    assert provider.moved_fen[number] == 27_00
    await sending.sweep(state)  # nothing more to do for it
    assert provider.transfers[number] == 2
    await assert_balanced(state)


async def test_a_notice_with_another_amount_is_held_until_the_operator_looks(
        provider_and_state: tuple[ScriptedProvider, ServerState]) -> None:
    provider, state = provider_and_state
    now = state.clock.now()
    ann = await responder_owed(state, "ann", [50_00], "o-ann", now)
    run = await runs.make_run(state, 10_00, "cli:test")
    assert run.run_id is not None
    await sending.send_run(state, run.run_id)
    line = await _line(state, ann)
    refused = await notices.receive(state, "wechat", provider.notice(
        "n-1", line.transfer_no or "", "paid", 45_00), {})
    assert refused.status_code == 401
    await notices.receive(state, "wechat", provider.notice(
        "n-2", line.transfer_no or "", "paid", 99_00), SIGNED)
    line = await _line(state, ann)
    assert line.state == "processing" and "99" in line.review_reason
    state.clock.advance(sending.ASK_AFTER_S + 1)
    await sending.sweep(state)  # a held line is left for the operator
    assert provider.queries[line.transfer_no or ""] == 0
    await assert_balanced(state)
    # The operator checks with the provider's records and lifts the hold: asked at once.
    provider.settle(line.transfer_no or "", "paid")
    await review.release_line(state, line.id, "operator:finance@example.test")
    line = await _line(state, ann)
    assert (line.state, line.review_reason) == ("paid", "")
    with pytest.raises(runs.PayoutError, match="not held"):
        await review.release_line(state, line.id, "operator:finance@example.test")
    await assert_balanced(state)


async def test_two_instances_make_and_send_a_run_once_each(database_url: str) -> None:
    provider = ScriptedProvider()
    a, b = server_state(database_url, provider), server_state(database_url, provider)
    try:
        now = a.clock.now()
        owed = [await responder_owed(a, f"r{i}", [20_00 + i], f"o-{i}", now) for i in range(6)]
        made = await asyncio.gather(runs.make_run(a, 10_00, "cli:a"),
                                    runs.make_run(b, 10_00, "cli:b"))
        assert sum(len(run.lines) for run in made) == len(owed)
        run_ids = [run.run_id for run in made if run.run_id is not None]
        await asyncio.gather(*(sending.send_run(s, r) for s in (a, b) for r in run_ids),
                             sending.sweep(a), sending.sweep(b))
        async with a.db.read() as session:
            lines = list(await session.scalars(select(Payout)))
        assert len(lines) == len(owed)
        assert {line.responder_id for line in lines} == set(owed)
        assert all(provider.transfers[line.transfer_no or ""] == 1 for line in lines)
        assert sum(provider.transfers.values()) == len(owed)
        await assert_balanced(a)
    finally:
        await a.db.dispose()
        await b.db.dispose()


def test_the_transfer_number_is_what_wechat_and_alipay_take() -> None:
    numbers = {runs.new_transfer_no() for _ in range(200)}
    assert len(numbers) == 200
    assert all(5 <= len(n) <= 32 and n.isalnum() and n.isascii() for n in numbers)


def test_a_line_moves_only_forward() -> None:
    from responder_server.payouts import states

    for to, sources in states.FORWARD.items():
        assert to not in sources
        assert not set(sources) & set(states.ENDED)
    assert timedelta(seconds=sending.RESEND_AFTER_S) < timedelta(seconds=sending.ASK_AFTER_S)
