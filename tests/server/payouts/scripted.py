"""A scripted payout provider (core/payout_providers.PayoutProvider) and what the payout
tests share: a database with responders owed money, and the ledger's balance to the fen."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from responder_server.core.clock import Clock
from responder_server.core.config import ServerConfig
from responder_server.core.db import Database
from responder_server.core.events import EventHub
from responder_server.core.models import (
    LedgerEntry,
    Payout,
    PayoutItem,
    Responder,
)
from responder_server.core.payout_providers import (
    BadWebhook,
    PayoutProviders,
    ProviderError,
    ProviderTransfer,
    TransferNotice,
    TransferRequest,
    TransferUnknown,
    WebhookAnswer,
)
from responder_server.core.state import ServerState
from responder_server.payout_accounts import service as accounts
from responder_wire.payouts import PayoutChannel

NOTICE_HEADER = "X-Scripted"  # the scripted provider's stand-in for a signature


@dataclass
class ScriptedProvider:
    """Answers each account by its script:
    - "confirm": accepted (processing); a notice or query says paid later;
    - "return": accepted (processing); later it comes back (a notice says returned);
    - "timeout": the first call times out before reaching the provider (it never hears
      of it); the next call with the same number is paid;
    - "refuse": refused for good.
    Like a real provider it pays a transfer number at most once."""

    channel: str = PayoutChannel.WECHAT.value
    sandbox: bool = False
    scripts: dict[str, str] = field(default_factory=dict)
    known: dict[str, ProviderTransfer] = field(default_factory=dict)
    transfers: Counter[str] = field(default_factory=Counter)  # calls per transfer number
    queries: Counter[str] = field(default_factory=Counter)
    moved_fen: Counter[str] = field(default_factory=Counter)  # money moved per number
    accounts_of: dict[str, str] = field(default_factory=dict)

    async def transfer(self, request: TransferRequest) -> ProviderTransfer:
        self.transfers[request.transfer_no] += 1
        self.accounts_of[request.transfer_no] = request.account
        if request.transfer_no in self.known:  # the same number: the same transfer
            return self.known[request.transfer_no]
        script = self.scripts.get(request.account, "confirm")
        if script == "timeout" and self.transfers[request.transfer_no] == 1:
            raise TransferUnknown("timed out")
        if script == "refuse":
            raise ProviderError("收款账户不存在 (the account does not exist)")
        self.moved_fen[request.transfer_no] += request.amount_fen
        answer = ProviderTransfer(state="paid" if script == "timeout" else "processing",
                                  reference=f"ref-{request.transfer_no}")
        self.known[request.transfer_no] = answer
        return answer

    async def query(self, transfer_no: str) -> ProviderTransfer | None:
        self.queries[transfer_no] += 1
        return self.known.get(transfer_no)

    def settle(self, transfer_no: str, state: str, reason: str = "") -> ProviderTransfer:
        """What the provider decides later (the notice says it)."""
        answer = ProviderTransfer(state=state, reference=f"ref-{transfer_no}", reason=reason)
        self.known[transfer_no] = answer
        if state == "returned":
            self.moved_fen[transfer_no] = 0
        return answer

    def notice(self, notice_id: str, transfer_no: str, state: str, amount_fen: int,
               reason: str = "") -> bytes:
        return json.dumps({"id": notice_id, "transfer_no": transfer_no, "state": state,
                           "amount_fen": amount_fen, "reason": reason}).encode()

    def verify_notice(self, body: bytes, headers: Mapping[str, str], now: datetime
                      ) -> TransferNotice:
        if headers.get(NOTICE_HEADER) != "signed":
            raise BadWebhook("not signed")
        data = json.loads(body)
        return TransferNotice(
            notice_id=data["id"], transfer_no=data["transfer_no"],
            transfer=ProviderTransfer(state=data["state"], reference=f"ref-{data['transfer_no']}",
                                      reason=data["reason"]),
            amount_fen=data["amount_fen"])

    def answer(self, accepted: bool) -> WebhookAnswer:
        return WebhookAnswer(200 if accepted else 401, "application/json", b"{}")


def server_state(database_url: str, provider: ScriptedProvider) -> ServerState:
    """One instance's state (its own connections) sending through `provider`."""
    config = ServerConfig.from_env(database_url)
    state = ServerState(config=config, db=Database(config.database_url), clock=Clock(),
                        notifier=EventHub(config.heartbeat_s))
    state.payout_providers = PayoutProviders(provider)
    return state


async def responder_owed(state: ServerState, name: str, entries: list[int],
                         account: str | None, now: datetime) -> int:
    """A responder with pending session entries of these nets, bound to `account`."""
    async with state.db.write() as session:
        responder = Responder(email=f"{name}@example.test", display_name=name,
                              password_hash="x", created_at=now)
        session.add(responder)
        await session.flush()
        for i, net in enumerate(entries):
            session.add(LedgerEntry(
                posting_key=f"test:{name}:{i}", responder_id=responder.id, kind="session",
                alias="Mei", gross_fen=net + net // 4, commission_fen=net // 4, tip_fen=0,
                tax_fen=0, net_fen=net, note="", created_at=now))
        if account is not None:
            await accounts.bind(session, responder.id, PayoutChannel.WECHAT, account, now)
        return responder.id


async def assert_balanced(state: ServerState) -> None:
    """To the fen: every entry is pending, or carried by exactly one line in flight or
    paid; each such line's amount is its entries' net, its tax their tax; a line that gave
    its entries back carries none."""
    async with state.db.read() as session:
        total = int(await session.scalar(select(func.coalesce(func.sum(LedgerEntry.net_fen),
                                                              0))) or 0)
        pending = int(await session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.net_fen), 0))
            .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
            .where(PayoutItem.entry_id.is_(None))) or 0)
        carried = 0
        for line in await session.scalars(select(Payout)):
            net, tax = (await session.execute(
                select(func.coalesce(func.sum(LedgerEntry.net_fen), 0),
                       func.coalesce(func.sum(LedgerEntry.tax_fen), 0))
                .join(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
                .where(PayoutItem.payout_id == line.id))).one()
            if line.state in ("failed", "returned"):
                assert (net, tax) == (0, 0), f"line {line.id} still carries entries"
                continue
            assert (int(net), int(tax)) == (line.amount_fen, line.tax_fen), line.id
            assert line.gross_fen == line.amount_fen + line.tax_fen
            carried += line.amount_fen
    assert total == pending + carried, (total, pending, carried)
