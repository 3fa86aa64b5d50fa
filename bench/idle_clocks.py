"""Idle cost of ticking waiting clocks: 30 open chats whose clients wait, nobody types.

Starts the real backend (own process) and the real app (this process, Qt + qasync, the
event stream connected), opens `--tabs` chats with an unanswered client each, lets it
settle, then measures this process's CPU time (all threads) over `--seconds` of wall
time while the clocks tick. Prints the share of one core, and how often the reply-speed
center woke up. The backend's own CPU is not counted (it is a separate process).

    scripts/desktop_session.sh .venv/bin/python -m bench.idle_clocks [--tabs 30] [--seconds 30]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

from bench.clock_setup import qt_loop, ticking_tabs
from tests.support.backend import Backend, start_backend


async def measure(backend: Backend, work: Path, tabs: int, seconds: float) -> None:
    async with ticking_tabs(backend, work, tabs) as app:
        ticks = 0

        def count() -> None:
            nonlocal ticks
            ticks += 1

        app.reply_speed.sig_ticked.connect(count)
        await asyncio.sleep(3)  # settle: history pages loaded, first paints done
        ticks = 0
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.sleep(seconds)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        visible = sum(1 for cid in app.tabs_by_conversation_id
                      if (p := app.reply_speed.pill(cid)) is not None and not p.isHidden())
        print(f"idle cost with {tabs} open chats, {visible} ticking waiting clocks "
              f"(Qt platform: {os.environ.get('QT_QPA_PLATFORM')}):")
        print(f"  CPU {cpu * 1000:8.1f} ms over {wall:5.1f} s wall = "
              f"{cpu / wall * 100:5.2f}% of one core (whole app process, all threads)")
        print(f"  reply-speed wake-ups: {ticks / wall:5.1f}/s")
        # The same app with the one ticker stopped, to show what the clocks themselves cost.
        app.ticker.stop()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.sleep(seconds)
        cpu_off, wall_off = time.process_time() - cpu0, time.perf_counter() - wall0
        print(f"  same app, one ticker stopped: {cpu_off / wall_off * 100:5.2f}% of one core "
              f"(so the ticking tab clocks cost about "
              f"{(cpu / wall - cpu_off / wall_off) * 100:5.2f}%)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tabs", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=30.0, help="per measurement")
    args = parser.parse_args()
    loop = qt_loop()
    with tempfile.TemporaryDirectory() as tmp:
        backend = start_backend(Path(tmp))
        try:
            loop.run_until_complete(measure(backend, Path(tmp), args.tabs, args.seconds))
        finally:
            backend.stop()
            loop.close()


if __name__ == "__main__":
    main()
