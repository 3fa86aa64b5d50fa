"""`responder-server identity-key new FILE`: a fresh key for sealing responders' identity
and payout accounts (payout_accounts/crypto.py). Rotation: put the new file first in
RESPONDER_IDENTITY_KEY_FILES and keep the old one after it (README, "Paying responders")."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from responder_server.payout_accounts.crypto import ENV, new_key_file

COMMANDS = ("identity-key",)


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    key = sub.add_parser("identity-key", help="make a key that seals responders' identity")
    which = key.add_subparsers(dest="identity_key_command", required=True)
    new = which.add_parser("new", help="write a new key to FILE (readable by you only)")
    new.add_argument("file", type=Path, metavar="FILE")


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        new_key_file(path)
    except FileExistsError:
        print(f"{path} already exists: nothing was written (a key is never overwritten; "
              "losing it loses every identity sealed with it).", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{path} cannot be written: {exc.strerror}.", file=sys.stderr)
        return 1
    print(f"Wrote a new identity key to {path} (mode 600). Back it up somewhere safe: "
          f"without it, sealed identities cannot be read.\n"
          f"Use it: {ENV}={path}\n"
          f"Rotate: {ENV}={path}{os.pathsep}OLD_KEY_FILE (the first seals, all open).")
    return 0
