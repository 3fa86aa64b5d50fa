"""`responder-sim`: run scripted clients against a Responder backend until stopped."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging

from responder_sim.runner import SimOptions, run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="responder-sim", description=__doc__)
    parser.add_argument("--server", default="http://127.0.0.1:8765",
                        help="backend base URL")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--once", action="store_true", help="one session per client, then stop")
    parser.add_argument("--min-gap", type=float, default=5.0,
                        help="seconds between sessions (min)")
    parser.add_argument("--max-gap", type=float, default=30.0,
                        help="seconds between sessions (max)")
    parser.add_argument("--typing", type=float, default=1.5, help="seconds between own lines")
    parser.add_argument("--patience", type=float, default=180.0,
                        help="seconds a client waits for a reply before leaving")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s sim %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request is noise
    options = SimOptions(clients=args.clients, min_gap_s=args.min_gap, max_gap_s=args.max_gap,
                         typing_s=args.typing, reply_patience_s=args.patience, once=args.once,
                         seed=args.seed)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run(args.server, options))
