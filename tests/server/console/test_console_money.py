"""Money from the console: a payout refused when the amount is not what is pending (and
nothing changed), then recorded; a correction; a rate card previewed, then made current;
a refund through refunds.partial with the ledger reversed; the per-conversation CSV."""

from __future__ import annotations

import csv
import io
import re
import uuid

import httpx

from tests.server.console.console_client import Console
from tests.support.backend import Backend, bearer
from tests.support.dbquery import query


def _answered_and_closed(backend: Backend, token: str, comment: str = "") -> str:
    chat = backend.start_session("Mei", length_minutes=15)
    cid: str = chat["conversation"]["id"]
    httpx.put(f"{backend.api}/conversations/{cid}/messages/{uuid.uuid4()}",
              json={"body": "Hello, I am here."}, headers=bearer(token)).raise_for_status()
    httpx.post(f"{backend.api}/conversations/{cid}/wrap-up", json={},
               headers=bearer(token)).raise_for_status()
    if comment:  # the client is unhappy and says so
        httpx.post(f"{backend.api}/conversations/{cid}/rating",
                   json={"stars": 1, "comment": comment},
                   headers=bearer(chat["client_token"])).raise_for_status()
    return cid


def _pending(backend: Backend, token: str) -> int:
    summary = httpx.get(f"{backend.api}/earnings/summary", headers=bearer(token)).json()
    return int(summary["pending_fen"])


def _count(backend: Backend, action: str) -> int:
    return int(query(backend.database_url, "SELECT count(*) FROM audit_log WHERE action = :a",
                     {"a": action})[0][0])


def test_payouts_corrections_and_refunds(backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy")
    token, responder_id = amy["access_token"], amy["responder"]["id"]
    first = _answered_and_closed(backend, token, comment="<script>alert(1)</script> bad")
    _answered_and_closed(backend, token)
    pending = _pending(backend, token)
    assert pending > 0
    finance = Console(backend, "fin@ops.test", "finance")
    page = finance.get("/console/money").text
    assert f'data-responder="{responder_id}"' in page
    wrong = finance.post("/console/money/payouts", {"responder_id": str(responder_id),
                                                    "amount_fen": str(pending - 1),
                                                    "reference": "bank 41"})
    assert wrong.status_code == 400  # the refused form keeps what was typed
    assert re.search(rf'id="p-amount"[^>]*value="{pending - 1}"', wrong.text)
    assert re.search(r'id="p-ref"[^>]*value="bank 41"', wrong.text)
    assert f"add up to {pending} fen, not {pending - 1} fen" in wrong.text
    assert _pending(backend, token) == pending and _count(backend, "payout.record") == 0
    in_chinese = Console(backend, "fin@ops.test", language="zh-CN,zh;q=0.9")
    said = in_chinese.post("/console/money/payouts", {"responder_id": str(responder_id),
                                                      "amount_fen": str(pending - 1)})
    assert f"待付条目合计为 {pending} 分，而不是 {pending - 1} 分。" in said.text
    assert "未做任何更改" in said.text
    in_chinese.close()
    # A refund of the first chat, in full: its share of the ledger is taken back.
    payment = query(backend.database_url, "SELECT id, amount_fen FROM payments "
                    "WHERE conversation_id = :c", {"c": first})[0]
    unhappy = finance.get("/console/chats").text  # low ratings: where disputes show
    assert "&lt;script&gt;alert(1)&lt;/script&gt; bad" in unhappy
    assert "<script>alert" not in unhappy and f"/console/chats/{first}" in unhappy
    chat_page = finance.get(f"/console/chats/{first}")
    assert chat_page.status_code == 200 and payment[0] in chat_page.text
    confirm = finance.get(f"/console/chats/{first}/refund",
                          params={"payment": payment[0], "amount_fen": str(payment[1]),
                                  "reason": "client complaint"})
    assert confirm.status_code == 200 and 'method="post"' in confirm.text
    refunded = finance.post(f"/console/chats/{first}/refund",
                            {"payment": payment[0], "amount_fen": str(payment[1]),
                             "reason": "client complaint"})
    assert refunded.status_code == 200, refunded.text
    assert _count(backend, "refund.request") == 1
    after_refund = _pending(backend, token)
    assert after_refund < pending
    twice = finance.post(f"/console/chats/{first}/refund",
                         {"payment": payment[0], "amount_fen": str(payment[1]),
                          "reason": "again"})
    assert twice.status_code == 400 and _count(backend, "refund.request") == 1
    # A correction, then the payout of exactly what is pending.
    entry = query(backend.database_url, "SELECT id FROM ledger_entries WHERE kind = 'session' "
                  "ORDER BY id LIMIT 1")[0][0]
    corrected = finance.post("/console/money/corrections", {
        "entry_id": str(entry), "gross_fen": "100", "commission_fen": "20", "tip_fen": "0",
        "reason": "bonus for a long night"})
    assert corrected.status_code == 200, corrected.text
    assert _pending(backend, token) == after_refund + 80
    paid = finance.post("/console/money/payouts", {"responder_id": str(responder_id),
                                                   "amount_fen": str(after_refund + 80),
                                                   "reference": "bank 42"})
    assert paid.status_code == 200 and _pending(backend, token) == 0
    amount = after_refund + 80  # the notice says how much was recorded, not a bare figure
    assert f"of ¥{amount // 100}.{amount % 100:02d} recorded" in paid.text
    assert [_count(backend, a) for a in ("ledger.correct", "payout.record")] == [1, 1]
    # Supervisors touch no money, and see Amy's day: two first replies today.
    supervisor = Console(backend, "sup@ops.test", "supervisor")
    day_rows = re.findall(r'class="day-row" data-day="[^"]+" data-first-replies="(\d+)"',
                          supervisor.get(f"/console/responders/{responder_id}").text)
    assert len(day_rows) == 14 and day_rows[0] == "2"
    assert supervisor.post("/console/money/payouts", {"responder_id": str(responder_id),
                                                      "amount_fen": "1"}).status_code == 403
    assert supervisor.post(f"/console/chats/{first}/refund", {
        "payment": payment[0], "amount_fen": "1", "reason": "x"}).status_code == 403
    # One CSV row per conversation, UTF-8 with a BOM.
    export = finance.get("/console/exports/conversations.csv")
    assert export.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert {row["conversation_id"] for row in rows} >= {first}
    mine = next(row for row in rows if row["conversation_id"] == first)
    assert mine["refunded_fen"] == str(payment[1]) and mine["first_reply_s"] != ""
    finance.close()
    supervisor.close()


def test_a_rate_card_is_previewed_then_made_current(backend: Backend) -> None:
    finance = Console(backend, "fin@ops.test", "finance")
    page = finance.get("/console/money").text
    card = re.search(r'<textarea name="card"[^>]*>([^<]*)</textarea>', page)
    assert card is not None
    text = card[1].replace("&#34;", '"').replace("990", "1090")
    bad = finance.post("/console/money/rate-card", {"card": "{", "syntax": "json"})
    assert bad.status_code == 400 and "not valid JSON" in bad.text
    preview = finance.post("/console/money/rate-card", {"card": text, "syntax": "json"})
    assert preview.status_code == 200 and 'id="preview"' in preview.text
    assert "¥10.90" in preview.text and _count(backend, "rate_card.set") == 0
    made = finance.post("/console/money/rate-card", {"card": text, "syntax": "json",
                                                     "confirm": "yes"})
    assert made.status_code == 200 and _count(backend, "rate_card.set") == 1
    rates = httpx.get(f"{backend.api}/rates").json()
    assert 1090 in [w["prices_fen"]["15"] for w in rates["card"]["windows"]]
    finance.close()


def test_a_partial_refund_reverses_exactly_its_share_of_the_ledger(backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy")
    chat = _answered_and_closed(backend, amy["access_token"])
    payment_id, paid = query(backend.database_url, "SELECT id, amount_fen FROM payments "
                             "WHERE conversation_id = :c", {"c": chat})[0]
    finance = Console(backend, "fin@ops.test", "finance")
    part = paid // 3
    refunded = finance.post(f"/console/chats/{chat}/refund",
                            {"payment": payment_id, "amount_fen": str(part),
                             "reason": "the last third went badly"})
    assert refunded.status_code == 200, refunded.text
    gross = query(backend.database_url, "SELECT sum(gross_fen) FROM ledger_entries "
                  "WHERE conversation_id = :c", {"c": chat})[0][0]
    assert gross == paid - part
    # The export says what went back: the part, not the whole payment.
    export = finance.get("/console/exports/conversations.csv")
    finance.close()
    rows = list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig"))))
    mine = next(row for row in rows if row["conversation_id"] == chat)
    assert (mine["paid_fen"], mine["refunded_fen"]) == (str(paid), str(part))
