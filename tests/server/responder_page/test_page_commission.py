"""The operator's rate card may take a different commission on chats a responder brought
through their page: the ledger posts it for page chats only; a card with a bad one is
refused in plain words."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest

from responder_server.earnings.rate_card import RateCardError, parse_rate_card
from tests.server.earnings.test_rate_card import CARD_TOML
from tests.server.responder_page.helpers import buy, make_page
from tests.support.backend import Backend, bearer, server_command
from tests.support.dbquery import query

PAGE_CARD = CARD_TOML.replace("commission_bp = 2500\n",
                              "commission_bp = 2500\npage_commission_bp = 1000\n")


def test_a_bad_page_commission_is_refused() -> None:
    import tomllib

    card = tomllib.loads(PAGE_CARD)
    assert parse_rate_card(card).commission_for(True) == 1000
    assert parse_rate_card(card).commission_for(False) == 2500
    card["page_commission_bp"] = 12000
    with pytest.raises(RateCardError, match="page_commission_bp must be between 0 and 10000"):
        parse_rate_card(card)


def test_page_chats_post_the_page_commission(backend: Backend, tmp_path: Path) -> None:
    path = tmp_path / "card.toml"
    path.write_text(PAGE_CARD, encoding="utf-8")
    assert server_command("set-rate-card", str(path), "--database-url",
                          backend.database_url).returncode == 0
    rates = httpx.get(f"{backend.api}/rates").json()
    assert rates["card"]["page_commission_bp"] == 1000
    lin = backend.new_responder()
    token = lin["access_token"]
    make_page(backend, token, "lin").raise_for_status()
    chats = [buy(backend, "lin")["conversation"], backend.start_session("Ada")["conversation"]]
    for chat in chats:
        httpx.put(f"{backend.api}/conversations/{chat['id']}/messages/{uuid.uuid4()}",
                  json={"body": "我在"}, headers=bearer(token)).raise_for_status()
        httpx.post(f"{backend.api}/conversations/{chat['id']}/wrap-up", json={"note": ""},
                   headers=bearer(token)).raise_for_status()
    posted = dict(query(backend.database_url,
                        "SELECT conversation_id, commission_fen FROM ledger_entries"))
    page_chat, other = chats
    assert posted[page_chat["id"]] == (page_chat["price_fen"] * 1000 + 5000) // 10000
    assert posted[other["id"]] == (other["price_fen"] * 2500 + 5000) // 10000
