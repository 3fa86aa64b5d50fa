"""A responder's page on the real backend, SQLite and PostgreSQL: made and shown without
anything a client wrote; refused text; paying from it routes to that responder; away or
busy sells nothing unless the client chooses to wait; a blocked client is never routed to
the blocker; "talk to them again" only while they are online with room; the weekly
figures."""

from __future__ import annotations

import secrets
import uuid

import httpx

from tests.server.console.console_client import Console
from tests.server.responder_page.helpers import buy, make_page, me, view
from tests.support.backend import Backend, bearer
from tests.support.dbquery import query

PROBLEM = "urn:responder:problem:"


def _payments(backend: Backend) -> int:
    return int(query(backend.database_url, "SELECT count(*) FROM payments")[0][0])


def _reply(backend: Backend, token: str, chat_id: str, body: str = "你好") -> None:
    httpx.put(f"{backend.api}/conversations/{chat_id}/messages/{uuid.uuid4()}",
              json={"body": body}, headers=bearer(token)).raise_for_status()


def test_a_page_shows_what_the_responder_wrote_and_is_refused_with_contact_details(
        backend: Backend) -> None:
    lin = backend.new_responder(display_name="Lin Xiaoyu")
    token = lin["access_token"]
    httpx.put(f"{backend.api}/me/client-name", json={"client_name": "小林"},
              headers=bearer(token)).raise_for_status()
    assert httpx.get(f"{backend.api}/me/page", headers=bearer(token)).status_code == 404

    refused = make_page(backend, token, "lin", intro="加我微信 lin_2024ok 私聊更便宜")
    assert refused.status_code == 422
    assert refused.json()["type"] == PROBLEM + "page-text-refused"
    assert "lin_2024ok" in refused.json()["detail"]
    rude = make_page(backend, token, "lin", intro="别烦我 傻逼")
    assert rude.status_code == 422 and "傻逼" in rude.json()["detail"]
    assert httpx.get(f"{backend.api}/me/page", headers=bearer(token)).status_code == 404

    saved = make_page(backend, token, "Lin-Xiaoyu")
    assert saved.status_code == 200, saved.text
    assert saved.json()["path"] == "/r/lin-xiaoyu"
    other = backend.new_responder()
    taken = make_page(backend, other["access_token"], "lin-xiaoyu")
    assert taken.status_code == 409 and taken.json()["type"] == PROBLEM + "page-handle-taken"

    page = view(backend, "lin-xiaoyu").json()
    assert page["name"] == "小林"  # the name clients see, never the real name
    assert "Xiaoyu" not in str(page)
    assert page["intro"] == "下班后想找人说说话？我在。"
    assert (page["topics_like"], page["topics_avoid"]) == (["工作", "感情"], ["医疗建议"])
    assert page["availability"]["state"] == "free"
    assert page["price_minutes"] == 15 and page["price_fen"] > 0
    assert page["chats"] == 0

    stats = httpx.get(f"{backend.api}/me/page/stats?weeks=2", headers=bearer(token)).json()
    assert [w["visits"] for w in stats["weeks"]] == [0, 1]

    missing = view(backend, "nobody-here")
    assert missing.status_code == 404 and "no page" in missing.json()["detail"].lower()


def test_paying_from_a_page_routes_to_that_responder_and_is_marked(backend: Backend) -> None:
    backend.new_responder()  # someone else is free, and would be first for anyone
    lin = backend.new_responder()
    make_page(backend, lin["access_token"], "lin").raise_for_status()
    key = secrets.token_hex(16)
    chat = buy(backend, "lin", client_key=key)
    assert chat["conversation"]["responder_id"] == me(backend, lin["access_token"])
    assert chat["conversation"]["via_page"] is True
    seen = httpx.get(f"{backend.api}/conversations", headers=bearer(lin["access_token"]))
    assert [c["via_page"] for c in seen.json()] == [True]
    ordinary = backend.start_session("Ada")
    assert ordinary["conversation"]["via_page"] is False

    # The returning client: the "again" offer only while Lin is online with room.
    _reply(backend, lin["access_token"], chat["conversation"]["id"])
    again = httpx.post(f"{backend.api}/client/again", json={"client_key": key})
    assert again.json() == [{"handle": "lin", "name": "responder2"}]
    backend.set_availability(lin["access_token"], "away")
    assert httpx.post(f"{backend.api}/client/again", json={"client_key": key}).json() == []
    stranger = httpx.post(f"{backend.api}/client/again",
                          json={"client_key": secrets.token_hex(16)})
    assert stranger.json() == []


def test_away_or_busy_sells_nothing_unless_the_client_chooses(backend: Backend) -> None:
    backend.new_responder()  # anyone free now
    lin = backend.new_responder(max_concurrent=1)
    make_page(backend, lin["access_token"], "lin").raise_for_status()
    backend.set_availability(lin["access_token"], "away")
    page = view(backend, "lin").json()["availability"]
    assert page["state"] == "away" and page["anyone_free"] is True
    before = _payments(backend)
    for wait in (False, True):  # away: not even a wait is sold
        refused = buy(backend, "lin", wait=wait)
        assert refused["type"] == PROBLEM + "listener-away"
        assert "nothing was charged" in refused["detail"]
    assert _payments(backend) == before

    backend.set_availability(lin["access_token"], "online")
    first = buy(backend, "lin")
    _reply(backend, lin["access_token"], first["conversation"]["id"])
    page = view(backend, "lin").json()["availability"]
    assert page["state"] == "busy" and page["wait_estimate_s"] > 0
    refused = buy(backend, "lin")
    assert refused["type"] == PROBLEM + "listener-busy"
    assert _payments(backend) == before + 1
    waiting = buy(backend, "lin", wait=True)  # the client chose to wait for Lin
    assert waiting["conversation"]["state"] == "queued"  # not given to the free one
    httpx.post(f"{backend.api}/conversations/{first['conversation']['id']}/wrap-up",
               json={"note": ""}, headers=bearer(lin["access_token"])).raise_for_status()
    after = httpx.get(f"{backend.api}/conversations/{waiting['conversation']['id']}",
                      headers=bearer(waiting["client_token"])).json()
    assert after["responder_id"] == me(backend, lin["access_token"])


def test_a_blocked_client_is_never_routed_to_the_blocker(backend: Backend) -> None:
    lin = backend.new_responder()
    make_page(backend, lin["access_token"], "lin").raise_for_status()
    key = secrets.token_hex(16)
    chat = buy(backend, "lin", client_key=key)
    httpx.post(f"{backend.api}/conversations/{chat['conversation']['id']}/block",
               json={"note": "insults"},
               headers=bearer(lin["access_token"])).raise_for_status()
    page = view(backend, "lin", client_key=key).json()["availability"]
    assert page["state"] == "away" and page["usual_hours"] == []
    assert view(backend, "lin").json()["availability"]["state"] == "free"  # others: free
    for wait in (False, True):
        assert buy(backend, "lin", client_key=key, wait=wait)["type"] == (
            PROBLEM + "listener-away")
    assert httpx.post(f"{backend.api}/client/again", json={"client_key": key}).json() == []


def test_a_page_the_operator_hid_answers_404_in_words(backend: Backend) -> None:
    lin = backend.new_responder()
    make_page(backend, lin["access_token"], "lin").raise_for_status()
    key = secrets.token_hex(16)
    _reply(backend, lin["access_token"], buy(backend, "lin", client_key=key)
           ["conversation"]["id"])
    supervisor = Console(backend, "sup@ops.test", "supervisor")
    responder_id = me(backend, lin["access_token"])
    shown = supervisor.get(f"/console/responders/{responder_id}")
    assert "/r/lin" in shown.text
    assert supervisor.post(f"/console/responders/{responder_id}/page/hide").status_code == 303
    hidden = view(backend, "lin")
    assert hidden.status_code == 404
    html = httpx.get(f"{backend.base_url}/r/lin")
    assert html.status_code == 404 and "找不到这个页面" in html.text
    assert buy(backend, "lin")["type"] == PROBLEM + "page-not-found"
    assert httpx.post(f"{backend.api}/client/again", json={"client_key": key}).json() == []
    mine = httpx.get(f"{backend.api}/me/page", headers=bearer(lin["access_token"])).json()
    assert mine["hidden"] is True
    assert supervisor.post(f"/console/responders/{responder_id}/page/show").status_code == 303
    assert view(backend, "lin").status_code == 200
    audited = query(backend.database_url, "SELECT action, target FROM audit_log "
                    "WHERE action LIKE 'responder_page.%' ORDER BY id")
    assert audited == [("responder_page.hide", f"responder:{responder_id}"),
                       ("responder_page.show", f"responder:{responder_id}")]
    supervisor.close()
