"""Password hashing (argon2) and opaque bearer tokens (only their SHA-256 is stored)."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# Verified against when the email is unknown, so a wrong email costs the same time as a
# wrong password and does not reveal which accounts exist.
_DUMMY_HASH = _hasher.hash("responder-dummy-password")

# Failed sign-ins on one email before each further attempt has to wait; the wait doubles.
FREE_FAILURES = 3
FIRST_LOCK_S = 2
MAX_LOCK_S = 300


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def lock_seconds(failures: int) -> int:
    """How long sign-in stays locked after `failures` failures in a row."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (failures - FREE_FAILURES))
