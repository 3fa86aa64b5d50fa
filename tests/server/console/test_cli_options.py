"""The command line: a global option is honoured wherever it is written (before or after
the command), a serving option given to another command is refused in words, and every
command that changes something writes its audit row (the same service function as the
console's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from responder_server.cli import build_parser
from tests.support.backend import server_command
from tests.support.dbquery import query


def test_the_database_url_is_honoured_before_or_after_the_command(tmp_path: Path) -> None:
    before, after = f"sqlite:///{tmp_path / 'before.db'}", f"sqlite:///{tmp_path / 'after.db'}"
    env_password = ("--password", "long enough password")
    made = server_command("--database-url", before, "create-responder", "--email",
                          "a@example.test", *env_password)
    assert made.returncode == 0, made.stderr
    made = server_command("create-responder", "--email", "b@example.test", *env_password,
                          "--database-url", after)
    assert made.returncode == 0, made.stderr
    assert query(before, "SELECT email FROM responders") == [("a@example.test",)]
    assert query(after, "SELECT email FROM responders") == [("b@example.test",)]
    assert [row[0] for row in query(before, "SELECT action FROM audit_log")] == [
        "responder.create"]
    assert query(before, "SELECT actor FROM audit_log")[0][0].startswith("cli:")
    # A serving option means nothing to create-responder: refused, nothing written.
    refused = server_command("--port", "9999", "--database-url", before, "create-responder",
                             "--email", "c@example.test", *env_password)
    assert refused.returncode == 2
    assert "--port: for serving only" in refused.stderr
    assert "Nothing was done" in refused.stderr
    assert len(query(before, "SELECT email FROM responders")) == 1
    # A command's own option that shares a serving option's name is the command's.
    log = server_command("--database-url", before, "safety", "log", "--limit", "5")
    assert log.returncode == 0, log.stderr
    # The safety and money commands are audited too.
    banned = server_command("--database-url", before, "clients", "ban", "nobody",
                            "--reason", "x")
    assert banned.returncode == 1 and "no client" in banned.stderr
    operator = server_command("--database-url", before, "create-operator", "--email",
                              "o@ops.test", "--role", "owner", *env_password)
    assert operator.returncode == 0, operator.stderr
    assert [row[0] for row in query(before, "SELECT action FROM audit_log ORDER BY id")] == [
        "responder.create", "operator.create"]


@pytest.mark.parametrize("argv", [
    ["--port", "9000", "--database-url", "sqlite:///x.db", "serve"],
    ["serve", "--port", "9000", "--database-url", "sqlite:///x.db"],
    ["--database-url", "sqlite:///x.db", "serve", "--port", "9000"],
    ["--port", "9000", "--database-url", "sqlite:///x.db"],
])
def test_serving_options_count_before_or_after_serve(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert (args.port, args.database_url, args.host) == (9000, "sqlite:///x.db", "127.0.0.1")


@pytest.mark.parametrize("command", [
    ["reports", "resolve", "1", "--note", "n"], ["safety", "phrases", "show"],
    ["record-payout", "--email", "a@x.test"], ["erase-client", "--client-id", "c", "--yes"],
    ["set-rate-card", "card.toml"], ["create-operator", "--email", "o@x", "--role", "owner"],
    ["clients", "ban", "c", "--reason", "r", "--days", "3"],
])
def test_every_command_takes_the_database_url_before_or_after_it(command: list[str]) -> None:
    parser = build_parser()
    assert parser.parse_args(["--database-url", "X", *command]).database_url == "X"
    assert parser.parse_args([*command, "--database-url", "X"]).database_url == "X"
    assert parser.parse_args(command).database_url is None
