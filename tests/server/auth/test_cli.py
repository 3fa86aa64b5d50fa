"""The operator's `responder-server create-responder`, run as the operator runs it (other
tests make their responders in-process with the same service function,
tests/support/factories.py)."""

from __future__ import annotations

import subprocess
import sys

from tests.support.backend import Backend


def _create(backend: Backend, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "responder_server", "create-responder",
         "--database-url", backend.database_url, *args],
        capture_output=True, text=True, timeout=60)


def test_an_operator_creates_a_responder_who_can_then_sign_in(backend: Backend) -> None:
    made = _create(backend, "--email", "Lan@Example.test", "--password", "a long password",
                   "--display-name", "小兰", "--max-concurrent", "4")
    assert made.returncode == 0, made.stderr
    assert "Created responder" in made.stdout
    tokens = backend.sign_in("lan@example.test", "a long password")
    assert tokens["responder"]["display_name"] == "小兰"
    assert tokens["responder"]["max_concurrent"] == 4


def test_the_same_email_twice_or_a_short_password_is_refused_in_plain_words(
        backend: Backend) -> None:
    first = _create(backend, "--email", "amy@example.test", "--password", "long enough")
    assert first.returncode == 0, first.stderr
    again = _create(backend, "--email", "AMY@example.test", "--password", "long enough")
    assert again.returncode == 1
    assert "already exists" in again.stderr
    short = _create(backend, "--email", "bo@example.test", "--password", "short")
    assert short.returncode == 2
    assert "at least 8 characters" in short.stderr
