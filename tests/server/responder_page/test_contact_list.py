"""The operator's contact-detail patterns (the phrases document's `contact`): a bad pattern
is refused and changes nothing; a stored list is what the app receives and what a page is
checked by, in place of the built-in patterns."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from responder_server.safety.defaults import DEFAULT_PHRASES
from responder_wire.contact_match import DEFAULT_CONTACT_PATTERNS
from tests.server.responder_page.helpers import make_page
from tests.support.backend import Backend, bearer, server_command


def test_the_operators_contact_list_is_served_and_checks_pages(backend: Backend,
                                                               tmp_path: Path) -> None:
    lin = backend.new_responder()
    token = lin["access_token"]
    served = httpx.get(f"{backend.api}/safety/phrases", headers=bearer(token)).json()
    assert served["contact"] == list(DEFAULT_CONTACT_PATTERNS)

    document = {**json.loads(json.dumps(DEFAULT_PHRASES)), "contact": ["(unclosed"]}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False))
    refused = server_command("safety", "phrases", "set", str(bad), "--database-url",
                             backend.database_url)
    assert refused.returncode == 2 and "not a regular expression" in refused.stderr

    document["contact"] = [r"telegram\s*@\w+", *DEFAULT_CONTACT_PATTERNS]
    good = tmp_path / "good.json"
    good.write_text(json.dumps(document, ensure_ascii=False))
    assert server_command("safety", "phrases", "set", str(good), "--database-url",
                          backend.database_url).returncode == 0
    served = httpx.get(f"{backend.api}/safety/phrases", headers=bearer(token)).json()
    assert served["contact"][0] == r"telegram\s*@\w+"
    refused_page = make_page(backend, token, "lin", intro="find me on telegram @lin_x")
    assert refused_page.status_code == 422 and "telegram @lin_x" in refused_page.json()["detail"]
    assert make_page(backend, token, "lin").status_code == 200
