"""Safety from the console: the queue puts a crisis first, a report is resolved with a note
(client text shown as text, never markup), a ban with an expiry lapses on the server's
clock, and an unban needs a confirmation then a POST."""

from __future__ import annotations

import re
import secrets
import uuid

import httpx

from tests.server.console.console_client import Console
from tests.support.backend import Backend, bearer
from tests.support.dbquery import query

# The page's own hostile strings (tests/app/test_plain_text.py, tests/web).
HOSTILE = ["<b>x</b>", "<img src=x onerror=alert(1)>", "<a href='http://evil'>click</a>",
           "&lt;i&gt; &amp; <!-- -->"]


def _post(backend: Backend, token: str, path: str, body: dict[str, object]) -> httpx.Response:
    return httpx.post(f"{backend.api}{path}", json=body, headers=bearer(token))


def test_reports_queue_crisis_first_and_resolve_with_client_text_as_text(
        backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy", max_concurrent=5)
    token = amy["access_token"]
    plain = backend.start_session("Calm")["conversation"]["id"]
    hostile_chat = backend.start_session(HOSTILE[1])
    crisis = hostile_chat["conversation"]["id"]
    for body in HOSTILE:
        httpx.put(f"{backend.api}/conversations/{crisis}/messages/{uuid.uuid4()}",
                  json={"body": body}, headers=bearer(hostile_chat["client_token"])
                  ).raise_for_status()
    first = _post(backend, token, f"/conversations/{plain}/reports",
                  {"reason": "spam", "note": "older, not urgent"})
    assert first.status_code == 201
    second = _post(backend, token, f"/conversations/{crisis}/supervisor-flag",
                   {"note": HOSTILE[0]})
    assert second.status_code == 201
    _post(backend, token, f"/conversations/{crisis}/safety-matches",
          {"kind": "crisis", "category": "suicide", "message_id": str(uuid.uuid4()),
           "matched": "x"}).raise_for_status()
    supervisor = Console(backend, "sup@ops.test", "supervisor")
    queue = supervisor.get("/console/safety").text
    rows = [int(n) for n in re.findall(r'data-report="(\d+)"', queue)]
    assert rows == [second.json()["id"], first.json()["id"]]  # the crisis first
    page = supervisor.get(f"/console/safety/reports/{second.json()['id']}").text
    for text in HOSTILE:
        assert text not in page  # never as markup
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&amp;lt;i&amp;gt; &amp;amp; &lt;!-- --&gt;" in page
    resolved = supervisor.post(f"/console/safety/reports/{second.json()['id']}/resolve",
                               {"note": "Called the client back; safe."})
    assert resolved.status_code == 200 and 'id="resolution"' in resolved.text
    again = supervisor.post(f"/console/safety/reports/{second.json()['id']}/resolve",
                            {"note": "twice"})
    assert again.status_code == 400 and "already resolved" in again.text
    assert [r[0] for r in query(backend.database_url,
                                "SELECT action FROM audit_log WHERE action LIKE 'report%'")
            ] == ["report.resolve"]
    # Finance may not read the safety queue, nor a transcript.
    finance = Console(backend, "fin@ops.test", "finance")
    assert finance.get("/console/safety").status_code == 403
    chat = finance.get(f"/console/chats/{crisis}").text
    assert "message-body" not in chat
    assert "message-body" in supervisor.get(f"/console/chats/{crisis}").text
    unreported = backend.start_session()["conversation"]["id"]
    assert "message-body" not in supervisor.get(f"/console/chats/{unreported}").text
    supervisor.close()
    finance.close()


def test_a_ban_with_an_expiry_lapses_and_an_unban_is_confirmed_first(backend: Backend) -> None:
    backend.new_responder(max_concurrent=10)
    key = secrets.token_urlsafe(24)
    chat = backend.start_session("Mei", client_key=key)
    client_id = query(backend.database_url, "SELECT client_id FROM conversations WHERE id = :i",
                      {"i": chat["conversation"]["id"]})[0][0]
    supervisor = Console(backend, "sup@ops.test", "supervisor")
    refused = supervisor.post("/console/safety/bans", {"client_id": client_id, "reason": "",
                                                       "days": "1"})
    assert refused.status_code == 400
    banned = supervisor.post("/console/safety/bans", {"client_id": client_id,
                                                      "reason": "threats to a listener",
                                                      "days": "1"})
    assert banned.status_code == 200 and "threats to a listener" in banned.text
    # The section in view is the one marked, not the queue.
    assert re.search(r'href="/console/safety/bans" aria-current="page"', banned.text)
    assert not re.search(r'href="/console/safety" aria-current="page"', banned.text)
    assert backend.checkout(client_key=key, check=False)["type"].endswith("client-banned")
    backend.advance_clock(23 * 3600)
    assert backend.checkout(client_key=key, check=False)["type"].endswith("client-banned")
    backend.advance_clock(3600 + 1)  # past the expiry: the ban has lapsed
    assert "payment_id" in backend.checkout(client_key=key)
    # A day later the console session (12 hours) has ended too: sign in again.
    assert supervisor.get("/console/safety/bans").status_code == 303
    supervisor = Console(backend, "sup@ops.test")
    assert 'class="ban-row"' not in supervisor.get("/console/safety/bans").text
    # A ban for good, lifted only by an unban (a confirmation page, then the POST).
    supervisor.post("/console/safety/bans", {"client_id": client_id, "reason": "again"})
    confirm = supervisor.get(f"/console/safety/bans/{client_id}/unban")
    assert confirm.status_code == 200 and 'method="post"' in confirm.text
    assert backend.checkout(client_key=key, check=False)["type"].endswith("client-banned")
    assert supervisor.post(f"/console/safety/bans/{client_id}/unban").status_code == 303
    assert "payment_id" in backend.checkout(client_key=key)
    actions = [r[0] for r in query(backend.database_url,
                                   "SELECT action FROM audit_log WHERE action LIKE 'client.%' "
                                   "ORDER BY id")]
    assert actions == ["client.ban", "client.ban", "client.unban"]
    supervisor.close()


def test_a_long_note_is_cut_in_the_queue_and_whole_on_its_report_with_matches_in_words(
        backend: Backend) -> None:
    # 2,000 characters of Chinese in one row squeezed every other column to a character a line.
    token = backend.new_responder(display_name="Amy")["access_token"]
    chat = backend.start_session("小" * 20)["conversation"]["id"]
    note = ("我最近一直睡不着，工作压力很大，" * 130)[:2000]
    report = _post(backend, token, f"/conversations/{chat}/reports",
                   {"reason": "other", "note": note})
    assert report.status_code == 201
    _post(backend, token, f"/conversations/{chat}/safety-matches",
          {"kind": "crisis", "category": "self_harm", "message_id": str(uuid.uuid4()),
           "matched": "x"}).raise_for_status()
    supervisor = Console(backend, "sup@ops.test", "supervisor", language="zh-CN")
    queue = supervisor.get("/console/safety").text
    shown = re.search(r'class="client-text report-note">([^<]*)</td>', queue)
    assert shown is not None and shown[1].endswith("…") and len(shown[1]) <= 100
    assert note[:90] in shown[1]
    page = supervisor.get(f"/console/safety/reports/{report.json()['id']}").text
    assert note in page
    assert "自伤 · “x”" in page and "self_harm" not in page  # the category in words
    supervisor.close()
