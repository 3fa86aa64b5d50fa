"""Responders from the console: an invitation link sets the password once and the
responder signs in with it; a suspended responder's open stream ends, their next request
is refused and they cannot sign in until reinstated."""

from __future__ import annotations

import re
import time

import httpx

from tests.server.console.console_client import Console
from tests.support.backend import Backend, bearer, server_command
from tests.support.dbquery import query


def test_an_invited_responder_sets_a_password_once_and_signs_in(backend: Backend) -> None:
    owner = Console(backend, "owner@ops.test", "owner")
    page = owner.post("/console/responders/invite", {"email": "New@Example.test",
                                                     "display_name": "Lan Nguyen",
                                                     "max_concurrent": "2"})
    assert page.status_code == 200, page.text
    link = re.search(r'id="invitation-link" readonly value="([^"]+)"', page.text)
    assert link is not None
    path = link[1].removeprefix(backend.base_url)
    browser = httpx.Client(base_url=backend.base_url)
    assert "new@example.test" in browser.get(path).text
    # Before the password is set, nobody can sign in as the new responder.
    refused = httpx.post(f"{backend.api}/auth/sign-in",
                         json={"email": "new@example.test", "password": "a new password"})
    assert refused.status_code == 401
    differ = browser.post(path, data={"password": "a new password",
                                      "password_again": "another one"},
                          headers={"Origin": backend.base_url})
    assert differ.status_code == 400
    done = browser.post(path, data={"password": "a new password",
                                    "password_again": "a new password"},
                        headers={"Origin": backend.base_url})
    assert done.status_code == 200
    tokens = backend.sign_in("new@example.test", "a new password")
    assert tokens["responder"]["max_concurrent"] == 2
    assert tokens["responder"]["client_name"] == "Lan"
    # The link works once.
    again = browser.post(path, data={"password": "hijacked password",
                                     "password_again": "hijacked password"},
                         headers={"Origin": backend.base_url})
    assert again.status_code == 404
    assert browser.get(path).status_code == 404
    actions = [row[0] for row in query(backend.database_url,
                                       "SELECT action FROM audit_log ORDER BY id")]
    assert actions == ["operator.create", "responder.create", "responder.password_set"]
    owner.close()
    browser.close()


def test_a_suspended_responder_is_refused_and_their_stream_ends(backend: Backend) -> None:
    supervisor = Console(backend, "sup@ops.test", "supervisor")
    amy = backend.new_responder(display_name="Amy")
    token, responder_id = amy["access_token"], amy["responder"]["id"]
    chat = backend.start_session("Mei")["conversation"]["id"]  # Amy's: she alone is online
    ben = backend.new_responder(display_name="Ben")
    assert supervisor.get(f"/console/responders/{responder_id}/suspend").status_code == 200
    with httpx.stream("GET", f"{backend.api}/events", headers=bearer(token),
                      timeout=httpx.Timeout(10, read=15)) as stream:
        assert stream.status_code == 200
        chunks = stream.iter_raw()
        next(chunks)  # the stream is open and has said something
        done = supervisor.post(f"/console/responders/{responder_id}/suspend")
        assert done.status_code == 303
        deadline = time.monotonic() + 15  # a guard: the ending is what is asserted
        for _chunk in chunks:
            assert time.monotonic() < deadline, "the stream did not end"
    me = httpx.get(f"{backend.api}/me", headers=bearer(token))
    assert me.status_code == 401
    # Her client was handed to Ben, recorded as a reassignment.
    assert httpx.get(f"{backend.api}/conversations/{chat}",
                     headers=bearer(ben["access_token"])).status_code == 200
    assert query(backend.database_url, "SELECT from_responder_id, to_responder_id FROM "
                 "reassignments") == [(responder_id, ben["responder"]["id"])]
    signing_in = httpx.post(f"{backend.api}/auth/sign-in",
                            json={"email": amy["responder"]["email"],
                                  "password": amy["password"]})
    assert signing_in.status_code == 403
    assert signing_in.json()["type"].endswith("account-suspended")
    assert 'class="tag suspended"' in supervisor.get("/console/live/board").text
    assert supervisor.post(f"/console/responders/{responder_id}/reinstate").status_code == 303
    assert backend.sign_in(amy["responder"]["email"], amy["password"])["access_token"]
    actions = [row[0] for row in query(backend.database_url,
                                       "SELECT action FROM audit_log ORDER BY id")]
    assert actions[-2:] == ["responder.suspend", "responder.reinstate"]
    supervisor.close()


def test_create_responder_can_print_an_invitation_instead_of_taking_a_password(
        backend: Backend) -> None:
    made = server_command("create-responder", "--email", "cli@example.test", "--invite",
                          backend.base_url + "/", "--database-url", backend.database_url)
    assert made.returncode == 0, made.stderr
    link = re.search(r"(http://\S+/console/invite/\S+)", made.stdout)
    assert link is not None
    done = httpx.post(link[1], data={"password": "from the link", "password_again":
                                     "from the link"}, headers={"Origin": backend.base_url})
    assert done.status_code == 200
    assert backend.sign_in("cli@example.test", "from the link")["access_token"]
