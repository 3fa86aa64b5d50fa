"""A property-based fuzz of the served OpenAPI document (schemathesis) against the real
backend, on SQLite and PostgreSQL, with a valid responder token and a valid client token:
no answer is a server error (5xx), and every answer is one the document declares (status,
media type, body schema, headers).

Bounded to a few minutes: `MAX_EXAMPLES` cases per operation and token. Left out, and
tested elsewhere: the two SSE streams (they never end by themselves: test_events.py,
test_edges.py), sign-out (it would revoke the tokens the fuzz uses: test_auth.py) and the
test-only clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from responder_wire import API_PREFIX
from tests.support.backend import Backend, bearer, start_backend

MAX_EXAMPLES = 12
LEFT_OUT = ("/api/v1/events", "/api/v1/client/events", "/api/v1/auth/sign-out",
            "/api/v1/test/clock")
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, response_headers_conformance]


@pytest.fixture
def fuzzed(tmp_path: Path, database_url: str) -> Iterator[dict[str, Any]]:
    # Limits on (looser than the defaults, so most cases reach the handlers), so the
    # fuzz also meets the 429s the document declares.
    server = start_backend(tmp_path, "--limit", "session.address=40/60",
                           "--limit", "sign-in.address=40/60", "--max-body-bytes", "65536",
                           database_url=database_url)
    responder = server.new_responder()
    started = server.start_session()
    yield {"backend": server, "responder": responder["access_token"],
           "client": started["client_token"], "conversation": started["conversation"]["id"]}
    server.stop()


SETTINGS = settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck), print_blob=False)


def _call(case: Any, token: str, fuzzed: dict[str, Any]) -> None:
    backend: Backend = fuzzed["backend"]
    if case.path_parameters and "conversation_id" in case.path_parameters and \
            hash(repr(case.path_parameters)) % 2:
        # Half the cases aim at the real chat, so handlers past the lookup are reached.
        case.path_parameters["conversation_id"] = fuzzed["conversation"]
    headers = bearer(token)
    if case.headers and "authorization" in {k.lower() for k in case.headers} and \
            hash(repr(case.headers)) % 4 == 0:
        headers = {}  # sometimes the generated (wrong) Authorization header goes as is
    case.call_and_validate(base_url=backend.base_url, headers=headers, checks=CHECKS,
                           timeout=30)


def _fuzz(fuzzed: dict[str, Any], who: str) -> None:
    """Every operation of the served document, each with its own Hypothesis run; the
    failures of all of them are reported together."""
    backend: Backend = fuzzed["backend"]
    schema = schemathesis.openapi.from_url(f"{backend.api}/openapi.json")
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path in LEFT_OUT or (API_PREFIX + operation.path) in LEFT_OUT:
            continue
        operations += 1

        @given(case=operation.as_strategy())
        @SETTINGS
        def run(case: Any) -> None:
            _call(case, fuzzed[who], fuzzed)

        try:
            run()
        except Exception as exc:  # collected, then reported together
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
    assert operations > 20  # the whole document was read, not an empty one
    assert not failures, "\n\n".join(failures)


def test_every_answer_to_a_responder_is_in_the_document(fuzzed: dict[str, Any]) -> None:
    _fuzz(fuzzed, "responder")


def test_every_answer_to_a_client_is_in_the_document(fuzzed: dict[str, Any]) -> None:
    _fuzz(fuzzed, "client")

