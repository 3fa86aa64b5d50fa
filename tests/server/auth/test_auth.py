"""Sign-in, token lifetimes, refresh and sign-out (sign-in limits: test_limits.py)."""

from __future__ import annotations

import httpx

from tests.support.backend import Backend, bearer
from tests.support.dbquery import query

PROBLEM = "urn:responder:problem:"


def test_sign_in_returns_tokens_and_profile(backend: Backend) -> None:
    email, password = backend.create_responder(display_name="Amy")
    tokens = backend.sign_in(email.upper(), password)  # emails are case-insensitive
    assert tokens["responder"]["display_name"] == "Amy"
    me = httpx.get(f"{backend.api}/me", headers=bearer(tokens["access_token"]))
    assert me.status_code == 200
    assert me.json()["email"] == email


def test_wrong_password_and_unknown_email_get_the_same_plain_error(backend: Backend) -> None:
    email, _ = backend.create_responder()
    wrong = httpx.post(f"{backend.api}/auth/sign-in", json={"email": email, "password": "nope"})
    unknown = httpx.post(f"{backend.api}/auth/sign-in",
                         json={"email": "nobody@example.test", "password": "nope"})
    for response in (wrong, unknown):
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["type"] == PROBLEM + "invalid-credentials"
    assert wrong.json()["detail"] == unknown.json()["detail"]


def test_expired_access_token_is_refreshed(backend: Backend) -> None:
    tokens = backend.new_responder(online=False)
    backend.advance_clock(3601)
    expired = httpx.get(f"{backend.api}/me", headers=bearer(tokens["access_token"]))
    assert expired.status_code == 401
    assert expired.json()["type"] == PROBLEM + "token-expired"
    renewed = httpx.post(f"{backend.api}/auth/refresh",
                         json={"refresh_token": tokens["refresh_token"]})
    assert renewed.status_code == 200
    assert httpx.get(f"{backend.api}/me",
                     headers=bearer(renewed.json()["access_token"])).status_code == 200
    # Refresh tokens rotate: the old one is spent.
    again = httpx.post(f"{backend.api}/auth/refresh",
                       json={"refresh_token": tokens["refresh_token"]})
    assert again.status_code == 401


def test_sign_out_revokes_access_and_refresh(backend: Backend) -> None:
    tokens = backend.new_responder(online=False)
    # Used once first: the server now holds the checked token in memory, and signing out
    # must drop it there too.
    assert httpx.get(f"{backend.api}/me",
                     headers=bearer(tokens["access_token"])).status_code == 200
    out = httpx.post(f"{backend.api}/auth/sign-out", headers=bearer(tokens["access_token"]))
    assert out.status_code == 204
    assert httpx.get(f"{backend.api}/me",
                     headers=bearer(tokens["access_token"])).status_code == 401
    assert httpx.post(f"{backend.api}/auth/refresh",
                      json={"refresh_token": tokens["refresh_token"]}).status_code == 401


def test_missing_or_garbage_token_is_a_clear_401(backend: Backend) -> None:
    none = httpx.get(f"{backend.api}/me")
    garbage = httpx.get(f"{backend.api}/me", headers=bearer("not-a-token"))
    basic = httpx.get(f"{backend.api}/me", headers={"Authorization": "Basic abc"})
    for response in (none, garbage, basic):
        assert response.status_code == 401
        assert response.json()["type"] == PROBLEM + "unauthorized"
        assert response.json()["detail"]


def test_passwords_are_stored_hashed(backend: Backend) -> None:
    email, password = backend.create_responder()
    url = backend.database_url
    stored = query(url, "SELECT password_hash FROM responders WHERE email = :e",
                   {"e": email})[0][0]
    tokens_clear = query(url, "SELECT token_hash FROM auth_tokens")
    assert stored.startswith("$argon2")
    assert password not in stored
    tokens = backend.sign_in(email, password)
    hashes = {row[0] for row in query(url, "SELECT token_hash FROM auth_tokens")}
    assert tokens["access_token"] not in hashes and len(hashes) > len(tokens_clear)
