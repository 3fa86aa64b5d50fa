"""Chats in the console speak the operator's language: a chat's state and its payments'
status are words, not the database's values; a search cut at its limit says so."""

from __future__ import annotations

import uuid

from responder_server.console.conversations import FIND_LIMIT
from tests.server.console.console_client import Console
from tests.support.backend import Backend
from tests.support.dbquery import query


def test_a_chat_state_and_payment_status_are_in_the_console_language(backend: Backend) -> None:
    backend.new_responder(display_name="Amy")
    chat = backend.start_session("Mei")["conversation"]["id"]
    finance = Console(backend, "fin@ops.test", "finance", language="zh-CN")
    found = finance.get("/console/chats", params={"q": chat}).text
    assert "<td class=\"nowrap\">进行中</td>" in found
    page = finance.get(f"/console/chats/{chat}").text
    assert "<td>进行中</td>" in page and "<td>已支付 · 对话已开始</td>" in page
    assert ">active<" not in page and ">used<" not in page
    # A refund refused says why in Chinese too, not in the service's English.
    payment = str(query(backend.database_url, "SELECT id FROM payments WHERE "
                        "conversation_id = :c", {"c": chat})[0][0])
    too_much = finance.post(f"/console/chats/{chat}/refund",
                            {"payment": payment, "amount_fen": "99999", "reason": "测试"})
    assert too_much.status_code == 400
    assert "这笔付款最多还能退 ¥9.90，¥999.99 超出了。" in too_much.text, too_much.text
    still_open = finance.post(f"/console/chats/{chat}/refund",
                              {"payment": payment, "amount_fen": "100", "reason": "测试"})
    assert "这次对话还没有结束" in still_open.text and "not closed" not in still_open.text
    # Switching language keeps the search (and any filter) on screen.
    switch = finance.get(f"/console/language/en?next=%2Fconsole%2Fchats%3Fq%3D{chat}")
    assert switch.headers["location"] == f"/console/chats?q={chat}"
    assert f'/console/language/en?next=/console/chats%3Fq%3D{chat}"' in found
    finance.close()


def test_a_search_cut_at_its_limit_says_so(backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy")["responder"]
    rows = ", ".join(
        f"('{uuid.uuid4()}', 'Client', '', 15, 990, 'closed', {amy['id']}, CURRENT_TIMESTAMP, "
        "15, '', false, 0, 0)" for _ in range(FIND_LIMIT))
    query(backend.database_url,
          "INSERT INTO conversations (id, alias, topic, length_minutes, price_fen, state, "
          "responder_id, created_at, paid_minutes, wrap_up_note, needs_take, reassign_count, "
          f"grace_used_s) VALUES {rows}")
    finance = Console(backend, "fin@ops.test", "finance")
    page = finance.get("/console/chats", params={"q": amy["email"]}).text
    assert page.count('class="chat-row"') == FIND_LIMIT and 'id="find-cut"' in page
    few = finance.get("/console/chats", params={"q": "nobody@example.test"}).text
    assert 'id="find-cut"' not in few
    finance.close()
