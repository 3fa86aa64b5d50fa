"""The password hash an unknown email is checked against costs what a real one costs."""

from __future__ import annotations

from argon2 import PasswordHasher, extract_parameters

from responder_server.core import security


def test_the_unknown_email_hash_has_the_parameters_of_real_hashes() -> None:
    real = security.hash_password("a real password")
    assert extract_parameters(security.DUMMY_HASH) == extract_parameters(real)
    assert not PasswordHasher().check_needs_rehash(security.DUMMY_HASH)


def test_an_unknown_email_never_signs_in() -> None:
    assert security.verify_password(None, "responder-dummy-password") is False
    assert security.verify_password(None, "anything") is False
    assert security.verify_password(security.hash_password("right one"), "right one")
