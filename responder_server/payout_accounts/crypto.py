"""Encryption of identity data at rest: AES-256-GCM under a key from the operator's
configuration, never the database.

    RESPONDER_IDENTITY_KEY_FILES  one or more files separated by ':' (os.pathsep), each
                                  holding 32 random bytes as base64 (`responder-server
                                  identity-key new FILE` writes one). The first encrypts;
                                  all decrypt, so a key can be rotated.

A ciphertext is `v1.<key id>.<base64 nonce+sealed>`; the key id (8 hex of the key's
SHA-256) says which key opens it, and the row's purpose is bound in as associated data so
a value copied to another row or column does not decrypt.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from collections.abc import Mapping
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ENV = "RESPONDER_IDENTITY_KEY_FILES"


class IdentityKeyError(RuntimeError):
    """The identity key is missing or unreadable; the message says what to do."""


def _key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:8]


def new_key_file(path: Path) -> None:
    """Write a fresh key readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(base64.b64encode(secrets.token_bytes(32)).decode() + "\n")


class IdentityCipher:
    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise IdentityKeyError(f"no identity key: set {ENV}")
        self._current = keys[0]
        self._keys = {_key_id(k): k for k in keys}

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> IdentityCipher:
        env = os.environ if env is None else env
        names = [p for p in env.get(ENV, "").split(os.pathsep) if p.strip()]
        if not names:
            raise IdentityKeyError(
                f"This server is not set up to keep identity data: the operator must set "
                f"{ENV} (README, \"Paying responders\").")
        keys = []
        for name in names:
            try:
                key = base64.b64decode(Path(name).read_text().strip(), validate=True)
            except (OSError, ValueError) as exc:
                raise IdentityKeyError(f"{ENV}: {name} cannot be read as a key") from exc
            if len(key) != 32:
                raise IdentityKeyError(f"{ENV}: {name} does not hold 32 bytes")
            keys.append(key)
        return cls(keys)

    def seal(self, plain: str, purpose: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(self._current).encrypt(nonce, plain.encode(), purpose.encode())
        return f"v1.{_key_id(self._current)}.{base64.b64encode(nonce + sealed).decode()}"

    def open(self, token: str, purpose: str) -> str:
        version, key_id, body = token.split(".", 2)
        key = self._keys.get(key_id)
        if version != "v1" or key is None:
            raise IdentityKeyError("identity data was sealed with a key this server lacks")
        raw = base64.b64decode(body)
        return AESGCM(key).decrypt(raw[:12], raw[12:], purpose.encode()).decode()
