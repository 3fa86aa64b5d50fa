"""Payout runs from the console's money page (finance): previewed with each line's tax and
who is left out and why, then made and paid by the sandbox; a line the provider refused
is retried once the responder has an account again; every change audited."""

from __future__ import annotations

import asyncio
import re
import time

from responder_server.payout_accounts import service as accounts
from responder_server.payouts import runs, sending
from tests.server.console.console_client import Console
from tests.server.payouts.scripted import ScriptedProvider, server_state
from tests.support.backend import Backend
from tests.support.dbquery import query
from tests.support.payouts import owe


def _audited(backend: Backend, action: str) -> int:
    return int(query(backend.database_url, "SELECT count(*) FROM audit_log WHERE action = :a",
                     {"a": action})[0][0])


def _refused_line(backend: Backend, responder_id: int) -> int:
    """A line WeChat refused (made and sent by a scripted WeChat the backend does not
    have, so only this test sends it)."""
    provider = ScriptedProvider(scripts={"o-carl": "refuse"})

    async def run() -> int:
        state = server_state(backend.database_url, provider)
        try:
            made = await runs.make_run(state, 10_00, "cli:test")
            assert made.run_id is not None
            await sending.send_run(state, made.run_id)
            async with state.db.write() as session:
                await accounts.unbind(session, responder_id)
            return made.run_id
        finally:
            await state.db.dispose()

    return asyncio.run(run())


def test_a_run_previewed_made_and_a_refused_line_retried(backend: Backend) -> None:
    amy_email, _ = backend.create_responder(display_name="Amy")
    bob_email, _ = backend.create_responder(display_name="Bob")
    owe(backend.database_url, amy_email, [60_00, 5_55], account="o-amy")
    bob = owe(backend.database_url, bob_email, [30_00], account=None)
    dan_email, _ = backend.create_responder(display_name="Dan")
    owe(backend.database_url, dan_email, [12_345_67], account=None)  # read with separators
    finance = Console(backend, "fin@ops.test", "finance")

    page = finance.get("/console/money/payout-runs").text
    assert "Sandbox: no money is really transferred" in page
    assert 'href="/console/money/payout-runs"' in finance.get("/console/money").text

    too_low = finance.post("/console/money/payout-runs", {"minimum_fen": "5"})
    assert too_low.status_code == 400 and "at least 10 fen" in too_low.text
    assert re.search(r'id="run-minimum"[^>]*value="5"', too_low.text)  # what was typed
    too_high = finance.post("/console/money/payout-runs", {"minimum_fen": str(2 ** 70),
                                                           "confirm": "yes"})
    assert too_high.status_code == 400 and "at most 10000000 fen" in too_high.text
    assert re.search(rf'id="run-minimum"[^>]*value="{2 ** 70}"', too_high.text)
    not_a_number = finance.post("/console/money/payout-runs", {"minimum_fen": "12 yuan"})
    assert not_a_number.status_code == 400 and "whole numbers of fen" in not_a_number.text
    assert re.search(r'id="run-minimum"[^>]*value="12 yuan"', not_a_number.text)

    preview = finance.post("/console/money/payout-runs", {"minimum_fen": "1000"})
    assert preview.status_code == 200
    assert re.search(r'class="plan-line"[^>]*>.*?Amy.*?¥65\.55', preview.text)
    assert re.search(rf'class="plan-skipped" data-responder="{bob}".*?'
                     r"has not bound a payout account", preview.text)
    assert re.search(r'class="plan-skipped"[^>]*><td>Dan[^<]*</td><td class="num">'
                     r"¥12,345\.67</td>", preview.text)
    assert query(backend.database_url, "SELECT count(*) FROM payouts")[0][0] == 0

    made = finance.post("/console/money/payout-runs", {"minimum_fen": "1000",
                                                       "confirm": "yes"})
    assert made.status_code == 303
    run_page = finance.get(made.headers["location"]).text
    assert "is made and sent" in run_page
    deadline = time.monotonic() + 60
    while re.search(r'data-state="(created|sent)"', run_page) and time.monotonic() < deadline:
        time.sleep(0.05)  # sent just after the answer: read the page until it is paid
        run_page = finance.get(made.headers["location"]).text
    assert re.search(r'data-state="paid".*?Amy.*?¥65\.55', run_page)
    assert _audited(backend, "payout.run") == 1

    # Carl's line is refused by WeChat; he has unbound, so a retry is refused in plain words.
    carl_email, _ = backend.create_responder(display_name="Carl")
    carl = owe(backend.database_url, carl_email, [40_00], account="o-carl")
    run_id = _refused_line(backend, carl)
    line_id = int(query(backend.database_url, "SELECT id FROM payouts WHERE responder_id = :r",
                        {"r": carl})[0][0])
    shown = finance.get(f"/console/money/payout-runs/{run_id}").text
    assert re.search(rf'data-line="{line_id}" data-state="failed".*?收款账户不存在', shown,
                     re.S)
    refused = finance.post(f"/console/money/payout-runs/lines/{line_id}/retry")
    assert refused.status_code == 409
    assert "cannot be retried yet: the responder has not bound a payout account" in \
        refused.text
    owe(backend.database_url, carl_email, [], account="o-carl-2")
    again = finance.post(f"/console/money/payout-runs/lines/{line_id}/retry")
    assert again.status_code == 200 and f"Line {line_id} is paid again" in again.text
    assert re.search(r'data-state="paid".*?Carl.*?¥40\.00', again.text, re.S)
    assert finance.post(f"/console/money/payout-runs/lines/{line_id}/retry"
                        ).status_code == 409
    assert _audited(backend, "payout.retry") == 1

    in_chinese = Console(backend, "fin@ops.test", language="zh-CN,zh;q=0.9")
    assert "沙箱：不会真的转账" in in_chinese.get("/console/money/payout-runs").text
    assert "失败" in in_chinese.get(f"/console/money/payout-runs/{run_id}").text
    first_run = made.headers["location"].partition("?")[0]
    assert re.search(r"Dan.*?¥12,345\.67", in_chinese.get(first_run).text, re.S)
    in_vietnamese = Console(backend, "fin@ops.test", language="vi")
    assert re.search(r"Dan.*?12\.345,67 ¥", in_vietnamese.get(first_run).text, re.S)
