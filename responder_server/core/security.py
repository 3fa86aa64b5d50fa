"""Password hashing (argon2) and opaque bearer tokens (only their SHA-256 is stored)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# Verified against when the email is unknown, so a wrong email costs the same time as a
# wrong password and does not reveal which accounts exist. A hash of a throwaway password,
# written out rather than computed at import (that cost ~90 ms of CPU at every start);
# tests/server/auth/test_security.py checks it has the hasher's parameters.
DUMMY_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$bB5T9e2oVxC6P2z8yFpnmA$"
              "UpdsryrdlSej8ZE2PGu7w/+M6wAyqPtM5Ew5Or9h2ts")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def _yield_to_the_loop() -> None:
    """Password threads run at a lower CPU priority (Linux: per thread), so during a flood
    of sign-ins the event loop, which delivers messages, gets the CPU first."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


class PasswordChecker:
    """Runs argon2 checks in a small thread pool, never on the event loop and never while
    holding a database lock (argon2 releases the GIL while it hashes). `workers` bounds
    how many run at once, so a flood of sign-ins costs at most that many cores; the rest
    wait their turn without holding anything."""

    def __init__(self, workers: int) -> None:
        self._pool = ThreadPoolExecutor(max(1, workers), thread_name_prefix="argon2",
                                        initializer=_yield_to_the_loop)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        return await asyncio.get_running_loop().run_in_executor(
            self._pool, verify_password, password_hash, password)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
