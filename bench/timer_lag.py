"""Timer lag: how late a tab's waiting clock turns to its next second, against the server.

Starts the real backend (own process) and the real app with this PC's clock set
`--skew` seconds off (default 7 minutes slow), so the app must use the server's time it
learns from `X-Server-Time`. `--tabs` clients each write one message nobody answers.
Every time a tab's clock text changes to m:ss = N seconds, it records how long after the
server's truth (server time - the server's `offered_at` of that not-yet-greeted client =
N s) that happened. The backend runs on this machine, so the server's clock is this machine's
real clock; the app's own (skewed) clock is never used for the truth.

    scripts/desktop_session.sh .venv/bin/python -m bench.timer_lag [--tabs 30] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bench.clock_setup import qt_loop, ticking_tabs
from tests.support.backend import Backend, start_backend


def _seconds_shown(text: str) -> int:
    parts = [int(p) for p in text.split(":")]
    total = 0
    for part in parts:
        total = total * 60 + part
    return total


async def measure(backend: Backend, work: Path, tabs: int, seconds: float,
                  skew_s: float) -> None:
    async with ticking_tabs(backend, work, tabs, pc_skew_s=skew_s) as app:
        center = app.reply_speed
        since_ms: dict[str, float] = {}
        for cid, tab in app.tabs_by_conversation_id.items():
            # Nobody has greeted these clients, so each has waited since the server offered
            # the chat (the server's `offered_at`), as the header and the tab both show.
            assert tab.summary.offered_at is not None and not tab.model.has_own_message()
            since_ms[cid] = tab.summary.offered_at.timestamp() * 1000.0
        shown: dict[str, str] = {}
        lateness: list[float] = []
        early: list[float] = []

        def check() -> None:
            truth_ms = time.time() * 1000.0  # the server's clock (same machine, no offset)
            for cid, start in since_ms.items():
                pill = center.pill(cid)
                if pill is None or pill.isHidden():
                    continue
                text = pill.text()
                if shown.get(cid) == text:
                    continue
                first = cid not in shown
                shown[cid] = text
                if first:
                    continue
                due = start + _seconds_shown(text) * 1000.0
                (lateness if truth_ms >= due else early).append(abs(truth_ms - due))

        center.sig_ticked.connect(check)
        await asyncio.sleep(seconds)  # idle: nobody types, nothing but the clocks moves
        offset = app.clock.offset_ms / 1000.0
        print(f"waiting-clock lag vs the server ({tabs} tabs, {seconds:.0f} s, PC clock "
              f"{skew_s:+.0f} s off; the app learned an offset of {offset:+.3f} s):")
        print(f"  second changes measured: {len(lateness) + len(early)}")
        if lateness:
            ordered = sorted(lateness)
            p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
            print(f"  late by: median {statistics.median(lateness):6.1f} ms, "
                  f"p99 {p99:6.1f} ms, max {max(lateness):6.1f} ms")
        if early:
            print(f"  early (changed before the server's second turned): {len(early)}, "
                  f"max {max(early):6.1f} ms")
        else:
            print("  never early")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tabs", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--skew", type=float, default=-7 * 60,
                        help="this PC's clock minus the server's, in seconds")
    args = parser.parse_args()
    loop = qt_loop()
    with tempfile.TemporaryDirectory() as tmp:
        backend = start_backend(Path(tmp))
        try:
            loop.run_until_complete(
                measure(backend, Path(tmp), args.tabs, args.seconds, args.skew))
        finally:
            backend.stop()
            loop.close()


if __name__ == "__main__":
    main()
