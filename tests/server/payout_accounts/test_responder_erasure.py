"""A responder who leaves is erased on request (`erase-responder`): what identifies them
goes (email and names, sign-ins, their notes on clients and wrap-up notes, where they were
paid); what the tax rules require stays (the ledger, payouts, and the sealed identity until
the end of the 10th year after the last money moved), and the erasure is audited. Also:
`identity-key new FILE` writes a key only its owner can read and never overwrites one."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from responder_server.erasure.responder import TAX_RECORD_RETENTION_YEARS
from tests.server.console.console_client import Console
from tests.server.notes_helpers import brief, save_notes, say, start, wrap_up
from tests.server.payments.gateway_helpers import wait_for
from tests.support.backend import Backend, bearer, server_command
from tests.support.dbquery import query

NOTE, WRAP = "her sister's name is Lan", "talked about the exam"
INTRO = "我在杭州读研，周末常去西湖边跑步"  # about herself, on her public page


def test_an_erased_responder_is_gone_but_their_money_and_tax_identity_stay(
        backend: Backend) -> None:
    email, password = backend.create_responder(display_name="Wang Xiaoming")
    tokens = backend.sign_in(email, password)
    token = tokens["access_token"]
    backend.set_availability(token, "online")
    httpx.put(f"{backend.api}/payouts/identity", headers=bearer(token), json={
        "real_name": "王小明", "id_number": "11010519491231002X"}).raise_for_status()
    httpx.put(f"{backend.api}/payouts/account/alipay", headers=bearer(token),
              json={"account": "13812345678"}).raise_for_status()
    # This server has no WeChat official account: WeChat cannot be bound, said plainly.
    wechat = httpx.post(f"{backend.api}/payouts/account/wechat", headers=bearer(token))
    assert wechat.status_code == 409
    assert wechat.json()["type"].endswith("wechat-bind-unavailable")
    httpx.put(f"{backend.api}/me/page", headers=bearer(token), json={
        "handle": "xiaoming", "intro": INTRO, "topics_like": ["失眠"]}).raise_for_status()
    chat = start(backend)
    cid = chat["conversation"]["id"]
    say(backend, token, cid, "hello")
    save_notes(backend, token, brief(backend, token, cid)["client_id"], 0,
               text=NOTE).raise_for_status()
    wrap_up(backend, token, cid, WRAP)
    rid = query(backend.database_url, "SELECT id FROM responders WHERE email = :e",
                {"e": email})[0][0]

    refused = server_command("erase-responder", "--email", email,
                             "--database-url", backend.database_url)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = server_command("erase-responder", "--email", email.upper(), "--yes",
                          "--database-url", backend.database_url)
    assert done.returncode == 0, done.stderr
    until = f"{datetime.now(UTC).year + TAX_RECORD_RETENTION_YEARS}-12-31"
    assert f"until {until}" in done.stdout

    assert httpx.post(f"{backend.api}/auth/sign-in", json={
        "email": email, "password": password}).status_code == 401
    # The revocation reaches the server through its event-log tail (another process wrote
    # it): its cache of signed-in tokens lets the token go then.
    wait_for("the token refused", lambda: httpx.get(
        f"{backend.api}/payouts/account", headers=bearer(token)).status_code == 401)
    who = query(backend.database_url, "SELECT email, display_name, client_name FROM "
                "responders WHERE id = :r", {"r": rid})
    assert who == [(f"erased-{rid}@erased.invalid", "(erased)", "")]
    notes = query(backend.database_url, "SELECT text FROM client_notes", {})
    wraps = query(backend.database_url, "SELECT wrap_up_note FROM conversations "
                  "WHERE id = :c", {"c": cid})
    assert notes == [] and wraps == [("",)]
    count = "SELECT count(*) FROM {} WHERE responder_id = :r"
    assert query(backend.database_url, count.format("payout_accounts"), {"r": rid}) == [(0,)]
    assert query(backend.database_url, count.format("auth_tokens"), {"r": rid}) == [(0,)]
    # Her public page (what she wrote about herself, her address) goes with her.
    assert query(backend.database_url, count.format("responder_pages"), {"r": rid}) == [(0,)]
    assert httpx.get(f"{backend.base_url}/r/xiaoming").status_code == 404
    # Kept for the tax records: the ledger and the sealed identity.
    assert query(backend.database_url, count.format("ledger_entries"), {"r": rid}) == [(1,)]
    assert query(backend.database_url, count.format("responder_identities"),
                 {"r": rid}) == [(1,)]
    audit = query(backend.database_url, "SELECT action, target, after FROM audit_log "
                  "WHERE action = 'responder.erase'", {})
    assert len(audit) == 1 and audit[0][1] == f"responder:{rid}" and until in audit[0][2]
    again = server_command("erase-responder", "--email", email, "--yes",
                           "--database-url", backend.database_url)
    assert again.returncode == 1 and "No responder" in again.stderr


def test_the_server_does_not_start_with_an_identity_key_it_cannot_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "identity-1.key"  # e.g. a typo in the systemd unit
    monkeypatch.setenv("RESPONDER_IDENTITY_KEY_FILES", str(missing))
    started = server_command("--database-url", f"sqlite:///{tmp_path / 'r.db'}",
                             "--host", "127.0.0.1", "--port", "9", timeout=20)
    assert started.returncode == 2
    assert f"{missing} cannot be read as a key" in started.stderr
    assert "not started" in started.stderr


def test_a_new_identity_key_is_private_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "identity.key"
    made = server_command("identity-key", "new", str(path))
    assert made.returncode == 0, made.stderr
    assert "RESPONDER_IDENTITY_KEY_FILES" in made.stdout
    key = path.read_text()
    assert len(base64.b64decode(key.strip())) == 32
    assert path.stat().st_mode & 0o777 == 0o600
    again = server_command("identity-key", "new", str(path))
    assert again.returncode == 1 and "already exists" in again.stderr
    assert path.read_text() == key


def test_an_owner_erases_a_responder_in_the_console_after_confirming(backend: Backend) -> None:
    owner = Console(backend, "owner@ops.test", "owner", language="zh")
    supervisor = Console(backend, "sup@ops.test", "supervisor")
    amy = backend.new_responder(online=False, display_name="Amy")
    rid = amy["responder"]["id"]
    page = owner.get(f"/console/responders/{rid}").text
    assert f"/console/responders/{rid}/erase" in page
    assert f"/console/responders/{rid}/erase" not in supervisor.get(
        f"/console/responders/{rid}").text
    assert supervisor.post(f"/console/responders/{rid}/erase").status_code == 403
    confirm = owner.get(f"/console/responders/{rid}/erase")
    assert confirm.status_code == 200 and "无法撤销" in confirm.text
    assert f"保留 {TAX_RECORD_RETENTION_YEARS} 年" in confirm.text
    done = owner.post(f"/console/responders/{rid}/erase")
    assert done.status_code == 303
    shown = owner.get(done.headers["location"]).text
    assert "已删除其个人信息" in shown and "(erased)" in shown
    wait_for("the token refused", lambda: httpx.get(
        f"{backend.api}/payouts/account",
        headers=bearer(amy["access_token"])).status_code == 401)
    audit = query(backend.database_url, "SELECT actor, target FROM audit_log "
                  "WHERE action = 'responder.erase'", {})
    assert audit == [("operator:owner@ops.test", f"responder:{rid}")]
    owner.close()
    supervisor.close()
