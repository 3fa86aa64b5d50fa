"""Who may see and do what in the console: sign-in, the role x page x action matrix (a
403 and nothing changed where a role may not), CSRF and Origin refused, and the audit log:
one row per change, and no way to edit it (no route; the database refuses)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sqlalchemy.exc import DBAPIError

from tests.server.console.console_client import PASSWORD, Console, create_operator
from tests.support.backend import Backend, start_backend
from tests.support.dbquery import query

# Every page, and which roles may open it.
PAGES = {
    "/console/live": {"owner", "supervisor"},
    "/console/responders": {"owner", "supervisor"},
    "/console/safety": {"owner", "supervisor"},
    "/console/safety/bans": {"owner", "supervisor"},
    "/console/safety/documents": {"owner", "supervisor"},
    "/console/chats": {"owner", "supervisor", "finance"},
    "/console/money": {"owner", "finance"},
    "/console/exports": {"owner", "finance"},
    "/console/exports/conversations.csv": {"owner", "finance"},
    "/console/audit": {"owner"},
    "/console/audit.csv": {"owner"},
    "/console/operators": {"owner"},
}


def _audit_count(backend: Backend) -> int:
    return int(query(backend.database_url, "SELECT count(*) FROM audit_log")[0][0])


def test_each_role_sees_only_its_pages_and_changes_only_what_it_may(backend: Backend) -> None:
    consoles = {role: Console(backend, f"{role}@ops.test", role)
                for role in ("owner", "supervisor", "finance")}
    for path, allowed in PAGES.items():
        for role, console in consoles.items():
            status = console.get(path).status_code
            assert status == (200 if role in allowed else 403), (role, path, status)
    # Actions: (path, form, roles that may). A role that may not gets 403 and changes
    # nothing (no audit row); a role that may is not refused (the action itself may still
    # say no in words, e.g. an unknown entry).
    responder_id = backend.new_responder()["responder"]["id"]  # online: chats can start
    chat = backend.start_session("Mei")["conversation"]["id"]
    actions = [
        ("/console/operators", {"email": "new@ops.test", "role": "finance",
                                "password": "long enough"}, {"owner"}),
        ("/console/operators/1/role", {"role": "owner"}, {"owner"}),
        (f"/console/responders/{responder_id}/settings",
         {"max_concurrent": "5", "client_name": "Ann"}, {"owner", "supervisor"}),
        (f"/console/responders/{responder_id}/suspend", {}, {"owner", "supervisor"}),
        (f"/console/responders/{responder_id}/reinstate", {}, {"owner", "supervisor"}),
        ("/console/responders/invite", {"email": "inv@x.test", "max_concurrent": "2"},
         {"owner"}),
        ("/console/safety/bans", {"client_id": "nobody", "reason": "x"},
         {"owner", "supervisor"}),
        ("/console/safety/reports/999/resolve", {"note": "x"}, {"owner", "supervisor"}),
        ("/console/safety/documents/phrases", {"document": "{}"}, {"owner", "supervisor"}),
        ("/console/money/corrections", {"entry_id": "999", "gross_fen": "1",
                                        "reason": "x"}, {"owner", "finance"}),
        ("/console/money/payouts", {"responder_id": str(responder_id), "amount_fen": "1"},
         {"owner", "finance"}),
        ("/console/money/rate-card", {"card": "{", "syntax": "json"}, {"owner", "finance"}),
        (f"/console/chats/{chat}/refund", {"payment": "none", "amount_fen": "1",
                                           "reason": "x"}, {"owner", "finance"}),
    ]
    for path, form, allowed in actions:
        for role in ("finance", "supervisor", "owner"):
            before = _audit_count(backend)
            response = consoles[role].post(path, form)
            if role in allowed:
                assert response.status_code != 403, (role, path)
            else:
                assert response.status_code == 403, (role, path, response.status_code)
                assert _audit_count(backend) == before, (role, path)
    assert _audit_count(backend) > 3  # the allowed ones that could be done were recorded
    for console in consoles.values():
        console.close()


def test_changes_need_the_consoles_origin_and_csrf_token(backend: Backend) -> None:
    owner = Console(backend, "owner@ops.test", "owner")
    form = {"email": "x@ops.test", "role": "finance", "password": "long enough"}
    before = _audit_count(backend)
    assert owner.post("/console/operators", form, csrf="0" * 64).status_code == 400
    assert owner.post("/console/operators", form, csrf="").status_code == 400
    refused = owner.post("/console/operators", form, origin="https://evil.example")
    assert refused.status_code == 400
    assert "Nothing was changed" in refused.text or "未做任何更改" in refused.text
    assert owner.http.post("/console/operators", data={"csrf": owner.csrf, **form}
                           ).status_code == 400  # no Origin at all
    assert _audit_count(backend) == before
    # Signing in from another origin is refused too; a wrong password says so in words.
    other = owner.http.post("/console/sign-in", data={"email": "owner@ops.test",
                                                      "password": PASSWORD},
                            headers={"Origin": "https://evil.example"})
    assert other.status_code == 400
    wrong = owner.http.post("/console/sign-in", data={"email": "owner@ops.test",
                                                      "password": "not it"},
                            headers={"Origin": owner.origin, "Accept-Language": "en"})
    assert wrong.status_code == 401 and "not right" in wrong.text
    owner.close()


def test_the_session_cookie_is_httponly_and_strict_and_sign_out_ends_it(
        backend: Backend) -> None:
    create_operator(backend, "owner@ops.test", "owner")
    owner = Console(backend, "owner@ops.test")
    response = owner.http.post("/console/sign-in", data={"email": "owner@ops.test",
                                                         "password": PASSWORD},
                               headers={"Origin": owner.origin})
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/console" in cookie
    owner.csrf = owner.token_of(owner.get("/console/audit").text)  # the new session's
    assert owner.post("/console/sign-out").status_code == 303
    assert owner.get("/console/audit").status_code == 303  # to the sign-in page
    owner.close()


def test_the_audit_log_has_one_row_per_change_and_cannot_be_edited(backend: Backend) -> None:
    owner = Console(backend, "owner@ops.test", "owner")  # the CLI's create-operator: row 1
    assert owner.post("/console/operators", {"email": "fin@ops.test", "role": "finance",
                                             "password": "long enough"}).status_code == 200
    page = owner.get("/console/audit", headers={"Accept-Language": "en"}).text
    assert page.count('class="audit-row"') == 2
    assert "operator:owner@ops.test" in page and "cli:" in page
    csv_text = owner.get("/console/audit.csv").content
    assert csv_text.startswith(b"\xef\xbb\xbf") and csv_text.count(b"operator.create") == 2
    # No route edits it: every method but GET on the log's paths is refused.
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        response = owner.http.request(method, "/console/audit", headers={"Origin": owner.origin},
                                      data={"csrf": owner.csrf})
        assert response.status_code == 405, method
    # And the database refuses an UPDATE or DELETE typed by hand.
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            query(backend.database_url, statement)
    assert _audit_count(backend) == 2
    owner.close()


def test_the_last_owner_keeps_the_role_and_operators_sign_in_within_the_limits(
        tmp_path: Path) -> None:
    backend = start_backend(tmp_path, "--limit", "sign-in.account=2/300")
    try:
        owner = Console(backend, "owner@ops.test", "owner")
        only = owner.post("/console/operators/1/disable")
        assert only.status_code == 400 and "only owner" in only.text
        stranger = httpx.Client(base_url=backend.base_url)
        answers = [stranger.post("/console/sign-in", data={"email": "owner@ops.test",
                                                           "password": "guess"},
                                 headers={"Origin": backend.base_url,
                                          "Accept-Language": "en"}).status_code
                   for _ in range(3)]
        assert answers == [401, 401, 429]
        stranger.close()
        owner.close()
    finally:
        backend.stop()
