"""Client notes: how long keeping a keystroke on disk takes, and how fast search answers.

1. Draft journal: one durable write (temporary file, fsync, rename, fsync of the folder)
   per keystroke while a note grows to `--note-chars` characters.
2. Search: the real backend (its own process, SQLite) with `--sessions` wrapped-up
   sessions of `--messages` messages each in Chinese, Vietnamese and English; the time of
   `GET /search` over HTTP for a two-character Chinese term, a Vietnamese word and an
   English word; and the time of a message PUT, which now also indexes the message.

    .venv/bin/python -m bench.notes_bench [--sessions 100] [--messages 20] [--note-chars 600]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from responder_app.features.notes.drafts import DraftJournal, NoteDraft, NoteFields
from tests.support.backend import bearer, start_backend

LINES = ("我最近考试压力很大，晚上睡不着。", "Em đang lo lắng về kỳ thi sắp tới.",
         "My boss shouted at me in front of everyone.", "谢谢你听我说这些，心里舒服一点了。",
         "Anh ấy không trả lời tin nhắn của em.", "I just need someone to listen tonight.")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def report(name: str, values: list[float]) -> None:
    ms = [v * 1000 for v in values]
    print(f"{name:<44} n={len(ms):<5} p50={statistics.median(ms):7.2f} ms  "
          f"p95={pct(ms, 95):7.2f} ms  max={max(ms):7.2f} ms")


def bench_journal(work: Path, chars: int) -> None:
    journal = DraftJournal(work / "drafts")
    text = ("她下周考试，很紧张。Thi cử làm em lo lắng. Likes jasmine tea. " * 50)[:chars]
    times = []
    for i in range(1, len(text) + 1):
        draft = NoteDraft("client", 3, NoteFields(text=text[:i]), revision=i)
        start = time.perf_counter()
        journal.write(draft)
        times.append(time.perf_counter() - start)
    report(f"journal write per keystroke (≤{chars} chars)", times)


def bench_search(work: Path, sessions: int, messages: int) -> None:
    backend = start_backend(work)
    try:
        tokens = backend.new_responder(max_concurrent=10)
        token = tokens["access_token"]
        put_times = []
        with httpx.Client() as http:
            for s in range(sessions):
                started = backend.start_session(f"Client {s}", "bench", 15,
                                                client_key=f"bench-client-key-{s % 40:04d}")
                cid = started["conversation"]["id"]
                client = bearer(started["client_token"])
                for m in range(messages):
                    who = client if m % 2 == 0 else bearer(token)
                    body = f"{LINES[(s + m) % len(LINES)]} #{s}-{m}"
                    t0 = time.perf_counter()
                    http.put(f"{backend.api}/conversations/{cid}/messages/{uuid.uuid4()}",
                             json={"body": body}, headers=who).raise_for_status()
                    put_times.append(time.perf_counter() - t0)
                http.post(f"{backend.api}/conversations/{cid}/wrap-up",
                          json={"note": "聊了考试和家庭"}, headers=bearer(token))
            report("message PUT (with indexing)", put_times)
            for query in ("考试", "lo lắng", "lo lang", "boss shouted", "想家"):
                times, hits = [], 0
                for _ in range(30):
                    t0 = time.perf_counter()
                    response = http.get(f"{backend.api}/search", params={"q": query},
                                        headers=bearer(token))
                    times.append(time.perf_counter() - t0)
                    hits = len(response.json()["hits"])
                report(f"search “{query}” ({hits} hits shown)", times)
    finally:
        backend.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--messages", type=int, default=20)
    parser.add_argument("--note-chars", type=int, default=600)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bench_journal(work, args.note_chars)
        print(f"backend: {args.sessions} sessions × {args.messages} messages "
              f"= {args.sessions * args.messages} indexed messages")
        bench_search(work, args.sessions, args.messages)


if __name__ == "__main__":
    main()
