"""Remembers the refresh token in the OS keyring (never in settings, files or logs).

Service name "Responder", user name "<server url> <email>". When there is no usable
keyring, `available` is False and `unavailable_message` explains it in plain words;
the app still signs in, it just can't remember the sign-in.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import keyring.backend

__all__ = ["KEYRING_SERVICE", "NO_KEYRING_MESSAGE", "CredentialStore"]
from responder_app.services.i18n import translate

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Responder"
NO_KEYRING_MESSAGE = (
    "No system keyring is available, so Responder can't remember your sign-in on this "
    "computer. You can still sign in."
)


def no_keyring_message() -> str:
    return translate("CredentialStore", "No system keyring is available, so Responder can't "
                                        "remember your sign-in on this computer. You can "
                                        "still sign in.")


def _is_unusable(backend: Any) -> bool:
    names = {type(backend).__module__ + "." + type(backend).__name__}
    if "keyring.backends.fail.Keyring" in names or "keyring.backends.null.Keyring" in names:
        return True
    try:
        # ChainerBackend with nothing to chain, or any backend that declares itself unusable
        priority = type(backend).priority
        if isinstance(priority, int | float) and priority <= 0 and not names & {
            "keyring.backends.chainer.ChainerBackend"
        }:
            return True
    except Exception:
        return True
    backends = getattr(backend, "backends", None)
    return backends is not None and len(backends) == 0


class CredentialStore:
    """The keyring is looked up when first needed, not at start-up: its Secret Service
    backend costs ~10 MB and a D-Bus round trip a responder who never ticks "Remember me"
    should not pay."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend
        self._resolved = backend is not None
        self._message: str | None = None
        if backend is not None and _is_unusable(backend):
            self._message = no_keyring_message()

    def _resolve(self) -> None:
        if self._resolved:
            return
        self._resolved = True
        try:
            import keyring

            self._backend = keyring.get_keyring()
        except Exception:
            self._backend = None
        if self._backend is None or _is_unusable(self._backend):
            self._message = no_keyring_message()

    @property
    def backend(self) -> keyring.backend.KeyringBackend | None:
        self._resolve()
        return self._backend

    @property
    def unavailable_message(self) -> str | None:
        self._resolve()
        return self._message

    @property
    def available(self) -> bool:
        return self.unavailable_message is None

    @staticmethod
    def account(server_url: str, email: str) -> str:
        return f"{server_url.rstrip('/')} {email.strip().lower()}"

    def _fail(self, what: str, exc: BaseException) -> None:
        # Never log the secret itself; the exception type is enough to diagnose.
        log.warning("keyring %s failed: %s", what, type(exc).__name__)
        self._message = no_keyring_message()

    def load(self, server_url: str, email: str) -> str | None:
        if not self.available or self.backend is None:
            return None
        try:
            return self.backend.get_password(KEYRING_SERVICE, self.account(server_url, email))
        except Exception as exc:
            self._fail("read", exc)
            return None

    def save(self, server_url: str, email: str, refresh_token: str) -> bool:
        if not self.available or self.backend is None:
            return False
        try:
            self.backend.set_password(
                KEYRING_SERVICE, self.account(server_url, email), refresh_token
            )
            return True
        except Exception as exc:
            self._fail("write", exc)
            return False

    def delete(self, server_url: str, email: str) -> None:
        if not self.available or self.backend is None:
            return
        import keyring.errors

        try:
            self.backend.delete_password(KEYRING_SERVICE, self.account(server_url, email))
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored
        except Exception as exc:
            self._fail("delete", exc)
