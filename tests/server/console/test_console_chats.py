"""Chats in the console speak the operator's language: a chat's state and its payments'
status are words, not the database's values."""

from __future__ import annotations

from tests.server.console.console_client import Console
from tests.support.backend import Backend


def test_a_chat_state_and_payment_status_are_in_the_console_language(backend: Backend) -> None:
    backend.new_responder(display_name="Amy")
    chat = backend.start_session("Mei")["conversation"]["id"]
    finance = Console(backend, "fin@ops.test", "finance", language="zh-CN")
    found = finance.get("/console/chats", params={"q": chat}).text
    assert "<td class=\"nowrap\">进行中</td>" in found
    page = finance.get(f"/console/chats/{chat}").text
    assert "<td>进行中</td>" in page and "<td>已支付 · 对话已开始</td>" in page
    assert ">active<" not in page and ">used<" not in page
    # Switching language keeps the search (and any filter) on screen.
    switch = finance.get(f"/console/language/en?next=%2Fconsole%2Fchats%3Fq%3D{chat}")
    assert switch.headers["location"] == f"/console/chats?q={chat}"
    assert f'/console/language/en?next=/console/chats%3Fq%3D{chat}"' in found
    finance.close()
