"""Report, flag, resolve and ban, as a responder and an operator would: the responder's
app over real HTTP, the operator through the real `responder-server` CLI against the same
database (SQLite and PostgreSQL). A banned client starts no session and no checkout."""

from __future__ import annotations

import re
import secrets
import subprocess
import uuid

import httpx

from tests.support.backend import Backend, bearer, server_command
from tests.support.dbquery import query


def cli(backend: Backend, *args: str) -> subprocess.CompletedProcess[str]:
    return server_command(*args, "--database-url", backend.database_url)


def _post(backend: Backend, token: str, path: str, body: dict[str, object]) -> httpx.Response:
    return httpx.post(f"{backend.api}{path}", json=body, headers=bearer(token))


def test_report_and_resolve_through_the_cli(backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy")
    token = amy["access_token"]
    key = secrets.token_urlsafe(24)
    chat = backend.start_session("Rude", client_key=key, region="VN", language="vi")
    cid = chat["conversation"]["id"]
    assert chat["conversation"]["client_region"] == "VN"
    assert chat["conversation"]["client_language"] == "vi"
    mid = str(uuid.uuid4())
    httpx.put(f"{backend.api}/conversations/{cid}/messages/{mid}",
              json={"body": "đồ ngu, mày chết đi"},
              headers=bearer(chat["client_token"])).raise_for_status()

    reported = _post(backend, token, f"/conversations/{cid}/reports",
                     {"reason": "abuse", "note": "insults from the first line"})
    assert reported.status_code == 201, reported.text
    report_id = reported.json()["id"]
    flagged = _post(backend, token, f"/conversations/{cid}/supervisor-flag",
                    {"note": "please look"})
    assert flagged.status_code == 201
    match = _post(backend, token, f"/conversations/{cid}/safety-matches",
                  {"kind": "abuse", "category": "abuse", "message_id": mid,
                   "matched": "đồ ngu"})
    assert match.status_code == 201
    bad = _post(backend, token, f"/conversations/{cid}/reports", {"reason": "rude"})
    assert bad.status_code == 422
    assert bad.headers["content-type"].startswith("application/problem+json")
    # Reporting does not end the chat.
    assert httpx.get(f"{backend.api}/conversations/{cid}",
                     headers=bearer(token)).json()["state"] == "active"
    # Another responder can't report a chat that is not theirs (it stays hidden).
    ben = backend.new_responder()
    assert _post(backend, ben["access_token"], f"/conversations/{cid}/reports",
                 {"reason": "spam", "note": ""}).status_code == 404

    listed = cli(backend, "reports", "list")
    assert listed.returncode == 0, listed.stderr
    assert f"#{report_id} [open]" in listed.stdout
    assert "report: abuse" in listed.stdout and "insults from the first line" in listed.stdout
    assert "needs supervisor" in listed.stdout and "please look" in listed.stdout

    shown = cli(backend, "reports", "show", str(report_id))
    assert shown.returncode == 0, shown.stderr
    assert "client: đồ ngu, mày chết đi" in shown.stdout  # the chat as the operator sees it
    assert 'match abuse/abuse "đồ ngu"' in shown.stdout
    client_id = re.search(r"client: ([0-9a-f-]{36})", shown.stdout)
    assert client_id is not None

    resolved = cli(backend, "reports", "resolve", str(report_id), "--note", "warned, banned")
    assert resolved.returncode == 0 and f"Report {report_id} resolved" in resolved.stdout
    again = cli(backend, "reports", "resolve", str(report_id), "--note", "twice")
    assert again.returncode == 1 and "already resolved" in again.stderr
    missing = cli(backend, "reports", "resolve", "999999", "--note", "x")
    assert missing.returncode == 1 and "no report 999999" in missing.stderr
    open_now = cli(backend, "reports", "list").stdout
    assert f"#{report_id} " not in open_now and "needs supervisor" in open_now
    everything = cli(backend, "reports", "list", "--all").stdout
    assert f"#{report_id} [resolved]" in everything

    # The operator bans the client: no new session with that key, in plain words.
    banned = cli(backend, "clients", "ban", client_id.group(1), "--reason", "abuse")
    assert banned.returncode == 0, banned.stderr
    refused = backend.start_session("Rude again", client_key=key, check=False)
    assert refused["status"] == 403
    assert refused["type"] == "urn:responder:problem:client-banned"
    assert refused["detail"] == "This service is not available to you."
    checkout = httpx.post(f"{backend.api}/client/checkout", json={
        "alias": "Rude", "length_minutes": 15, "client_key": key})
    assert checkout.status_code == 403
    assert checkout.json()["type"] == "urn:responder:problem:client-banned"
    standing = httpx.post(f"{backend.api}/client/standing", json={"client_key": key})
    assert standing.json() == {"banned": True}
    # Others are not affected.
    assert backend.start_session("Kind", client_key=secrets.token_urlsafe(24))[
        "conversation"]["state"] == "active"

    assert cli(backend, "clients", "unban", client_id.group(1)).returncode == 0
    assert httpx.post(f"{backend.api}/client/standing",
                      json={"client_key": key}).json() == {"banned": False}
    assert backend.start_session("Sorry", client_key=key)["conversation"]["state"] in (
        "active", "queued")
    unknown = cli(backend, "clients", "ban", "no-such-client", "--reason", "x")
    assert unknown.returncode == 1 and "no client no-such-client" in unknown.stderr


def test_a_ban_placed_after_checkout_still_stops_the_session(backend: Backend) -> None:
    backend.new_responder()
    key = secrets.token_urlsafe(24)
    first = backend.start_session("Someone", client_key=key)
    started = httpx.post(f"{backend.api}/client/checkout", json={
        "alias": "Someone", "length_minutes": 15, "client_key": key, "region": "CN",
        "language": "en"})
    assert started.status_code == 201
    # The operator finds the client by its chat (the id a report would show).
    (cid,), = query(backend.database_url, "SELECT client_id FROM conversations WHERE id = :c",
                    {"c": first["conversation"]["id"]})
    assert cli(backend, "clients", "ban", cid, "--reason", "threats").returncode == 0
    confirm = httpx.post(f"{backend.api}/client/checkout/{started.json()['payment_id']}/confirm")
    assert confirm.status_code == 403
    assert confirm.json()["type"] == "urn:responder:problem:client-banned"


def test_erasure_blanks_safety_text_and_keeps_the_block(backend: Backend) -> None:
    amy = backend.new_responder()
    token = amy["access_token"]
    key = secrets.token_urlsafe(24)
    chat = backend.start_session("Zhaoxue-alias", client_key=key)
    cid = chat["conversation"]["id"]
    httpx.put(f"{backend.api}/conversations/{cid}/messages/{uuid.uuid4()}",
              json={"body": "threat-walrus"},
              headers=bearer(chat["client_token"])).raise_for_status()
    _post(backend, token, f"/conversations/{cid}/reports",
          {"reason": "threats", "note": "said threat-walrus about me"}).raise_for_status()
    _post(backend, token, f"/conversations/{cid}/block",
          {"note": "block-note-narwhal"}).raise_for_status()
    report_id = query(backend.database_url, "SELECT id FROM safety_reports")[0][0]
    assert cli(backend, "reports", "resolve", str(report_id), "--note",
               "resolution-okapi").returncode == 0

    erased = server_command("erase-client", "--client-key", key, "--yes", "--database-url",
                            backend.database_url)
    assert erased.returncode == 0, erased.stderr
    rows = query(backend.database_url,
                 "SELECT reason, note, resolution_note FROM safety_reports")
    assert rows == [("threats", "", "")]  # the reason and dates stay, no words about them
    assert query(backend.database_url, "SELECT note FROM client_blocks") == [("",)]
    shown = cli(backend, "reports", "show", str(report_id)).stdout
    for secret in ("threat-walrus", "block-note-narwhal", "resolution-okapi", "Zhaoxue"):
        assert secret not in shown
    # The block still protects Amy: the same key comes back and is not offered to her.
    again = backend.start_session("Back", client_key=key)
    assert again["conversation"]["state"] == "queued"
    # A client with no block or ban leaves no client row at all.
    other_key = secrets.token_urlsafe(24)
    other = backend.start_session("Plain", client_key=other_key)
    _post(backend, token, f"/conversations/{other['conversation']['id']}/reports",
          {"reason": "spam", "note": "x"}).raise_for_status()
    assert server_command("erase-client", "--client-key", other_key, "--yes",
                          "--database-url", backend.database_url).returncode == 0
    assert query(backend.database_url, "SELECT client_id FROM safety_reports WHERE "
                 "reason = 'spam'") == [(None,)]
