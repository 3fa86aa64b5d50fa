"""`responder-server erase-client` leaves no trace of the client's text in the database,
while the session amounts stay for the ledger."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import httpx

from tests.server.notes_helpers import brief, new_key, save_notes, say, search, start, wrap_up
from tests.support.backend import Backend, bearer, server_command, start_backend
from tests.support.dbquery import is_postgres, query
from tests.support.postgres import find_bin_dir

SECRETS = ("Zhaoxue", "heartbreak-topic", "水晶宫殿的秘密", "quokka whisper",
           "ghi chú riêng tư", "wrapped-kiwi", "rating-pangolin")


def _erase(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return server_command("erase-client", "--database-url", database_url, *args)


def _dump(database_url: str) -> str:
    """Everything in the database as SQL text (sqlite3's iterdump, or pg_dump)."""
    if is_postgres(database_url):
        bin_dir = find_bin_dir()
        assert bin_dir is not None
        return subprocess.run([str(bin_dir / "pg_dump"), "--no-owner", "-d", database_url],
                              check=True, capture_output=True, text=True).stdout
    with sqlite3.connect(database_url.split(":///", 1)[1]) as conn:
        return "\n".join(conn.iterdump())


def test_erasing_a_client_leaves_no_trace_of_their_text(tmp_path: Path,
                                                        database_url: str) -> None:
    backend: Backend = start_backend(tmp_path, database_url=database_url)
    try:
        amy = backend.new_responder()
        token = amy["access_token"]
        key = new_key()
        chat = start(backend, SECRETS[0], SECRETS[1], client_key=key)
        cid = chat["conversation"]["id"]
        price = chat["conversation"]["price_fen"]
        say(backend, chat["client_token"], cid, SECRETS[2])
        say(backend, token, cid, SECRETS[3])
        client_id = brief(backend, token, cid)["client_id"]
        save_notes(backend, token, client_id, 0, text=SECRETS[4],
                   tags=["quokka"]).raise_for_status()
        wrap_up(backend, token, cid, SECRETS[5])
        rating = httpx.post(f"{backend.api}/conversations/{cid}/rating",
                            json={"stars": 5, "comment": SECRETS[6]},
                            headers=bearer(chat["client_token"]))
        assert rating.status_code == 201, rating.text
        other = start(backend, "Keeper", "kept-topic", client_key=new_key())
        say(backend, other["client_token"], other["conversation"]["id"], "kept message")

        refused = _erase(backend.database_url, "--client-key", key)
        assert refused.returncode == 2 and "--yes" in refused.stderr
        done = _erase(backend.database_url, "--client-key", key, "--yes")
        assert done.returncode == 0, done.stderr
        assert "1 session, 2 messages, 1 note " in done.stdout
        assert search(backend, token, "quokka") == []
        again = _erase(backend.database_url, "--client-key", key, "--yes")
        assert again.returncode == 1 and "No such client" in again.stderr
    finally:
        backend.stop()

    dump = _dump(database_url)
    amount = query(database_url, "SELECT price_fen, alias, topic FROM conversations "
                   "WHERE id = :c", {"c": cid})[0]
    ledger = query(database_url, "SELECT gross_fen, alias FROM ledger_entries "
                   "WHERE conversation_id = :c", {"c": cid})
    stars = query(database_url, "SELECT stars, comment FROM ratings WHERE conversation_id = :c",
                  {"c": cid})
    for secret in SECRETS:
        assert secret not in dump, secret
    assert "kept message" in dump and "kept-topic" in dump  # other clients are untouched
    assert amount == (price, "(erased)", "")
    assert ledger == [(price, "")]  # the ledger keeps the amount, not the alias
    assert stars == [(5, "")]
    if is_postgres(database_url):
        return  # PostgreSQL's files keep deleted rows' bytes until VACUUM rewrites them
    db_path = Path(database_url.split(":///", 1)[1])
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for secret in SECRETS:
        assert secret.encode() not in raw, f"{secret} still in the database file"


def test_a_key_or_a_reason_that_begins_with_a_dash_is_taken_as_written(
        backend: Backend) -> None:
    """One client key in 64 begins with "-" (URL-safe base64); so may a reason. argparse
    took such a value for an option ("expected one argument") and the erasure was refused."""
    token = backend.new_responder()["access_token"]
    key = "-" + new_key()[1:]
    chat = start(backend, "Dash", "dash-topic", client_key=key)
    client_id = brief(backend, token, chat["conversation"]["id"])["client_id"]
    banned = server_command("clients", "ban", client_id, "--reason", "- spam, twice",
                            "--database-url", backend.database_url)
    assert banned.returncode == 0, banned.stderr
    done = _erase(backend.database_url, "--client-key", key, "--yes")
    assert done.returncode == 0, done.stderr
    assert "1 session," in done.stdout
