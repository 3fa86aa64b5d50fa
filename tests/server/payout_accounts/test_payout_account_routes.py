"""Where a responder is paid, on the real backend (SQLite and PostgreSQL) with WeChat's
official-account OAuth played by the fake gateway (tests/support/fake_wechat.py): the
identity once, masked everywhere and never in the log or the database in plain; Alipay
bound in the identity's name; WeChat bound by a QR link good once for ten minutes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.backend import Backend, bearer, start_backend
from tests.support.dbquery import query
from tests.support.fake_wechat import FakeWeChat

NAME, ID_NUMBER = "王小明", "11010519491231002X"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeWeChat]:
    gateway = FakeWeChat()
    gateway.start()
    yield gateway
    gateway.stop()


@pytest.fixture
def backend(fake: FakeWeChat, tmp_path: Path, database_url: str,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    env = {**fake.env(tmp_path, "https://x.example/wechat"), **fake.jsapi_env(tmp_path)}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # The most the operator's log says (every request's line) is what must hold no secret.
    server = start_backend(tmp_path, "--log-level", "info", database_url=database_url)
    yield server
    server.stop()


def _call(backend: Backend, token: str, method: str, path: str,
          body: dict[str, Any] | None = None) -> httpx.Response:
    return httpx.request(method, f"{backend.api}{path}", json=body, headers=bearer(token))


def test_the_identity_is_taken_once_masked_everywhere_and_never_kept_or_logged_in_plain(
        backend: Backend) -> None:
    token = backend.new_responder(online=False)["access_token"]
    early = _call(backend, token, "PUT", "/payouts/account/alipay",
                  {"account": "13812345678"})
    assert early.status_code == 409 and early.json()["type"].endswith("identity-needed")
    wrong = _call(backend, token, "PUT", "/payouts/identity",
                  {"real_name": NAME, "id_number": "110105194912310021"})
    assert wrong.status_code == 422
    assert "last character does not match" in wrong.text
    assert "110105194912310021" not in wrong.text  # not echoed back either
    given = _call(backend, token, "PUT", "/payouts/identity",
                  {"real_name": NAME, "id_number": ID_NUMBER.lower()})
    assert given.status_code == 200, given.text
    assert given.json()["real_name_mask"] == "*小明"
    assert given.json()["id_number_mask"] == "110***********002X"
    again = _call(backend, token, "PUT", "/payouts/identity",
                  {"real_name": "李四", "id_number": ID_NUMBER})
    assert again.status_code == 409 and again.json()["type"].endswith("identity-on-file")
    bound = _call(backend, token, "PUT", "/payouts/account/alipay",
                  {"account": "13812345678"})
    assert bound.json()["channel"] == "alipay"
    assert bound.json()["account_mask"] == "138****5678"
    shown = _call(backend, token, "GET", "/payouts/account").text
    for secret in (NAME, ID_NUMBER, "13812345678"):
        assert secret not in shown and secret not in bound.text
    rows = query(backend.database_url, "SELECT real_name_sealed, id_number_sealed, "
                 "real_name_mask FROM responder_identities", {})
    assert len(rows) == 1 and NAME not in str(rows) and ID_NUMBER not in str(rows)
    assert rows[0][2] == "*小明"
    log = backend.log_path.read_text(encoding="utf-8", errors="replace")
    assert "PUT /api/v1/payouts/identity" in log  # the log is on, and says only the route
    for secret in (NAME, ID_NUMBER, ID_NUMBER.lower(), "110105194912310021", "13812345678"):
        assert secret not in log
    gone = _call(backend, token, "DELETE", "/payouts/account")
    assert gone.json()["channel"] is None and gone.json()["has_identity"] is True


def test_wechat_is_bound_by_a_qr_link_used_once_within_ten_minutes(
        backend: Backend, fake: FakeWeChat) -> None:
    token = backend.new_responder(online=False)["access_token"]
    assert _call(backend, token, "POST", "/payouts/account/wechat").status_code == 409
    _call(backend, token, "PUT", "/payouts/identity",
          {"real_name": NAME, "id_number": ID_NUMBER}).raise_for_status()
    started = _call(backend, token, "POST", "/payouts/account/wechat").json()
    assert started["bind_url"].startswith(f"{backend.base_url}/bind/wechat/?t=")
    link = started["bind_url"].split("?t=")[1]
    assert _call(backend, token, "GET", "/payouts/account").json()["wechat_bind_pending"]
    page = httpx.get(started["bind_url"])
    assert page.status_code == 200 and "script-src 'self'" in page.headers[
        "content-security-policy"]
    assert httpx.get(f"{backend.api}/payouts/wechat-bind/{link}").json() == {
        "app_id": fake.appid}
    done = httpx.post(f"{backend.api}/payouts/wechat-bind/{link}", json={"code": "C1"})
    assert done.status_code == 200 and done.json() == {"account_mask": "…ayer"}
    assert "C1" in fake.oauth_codes
    account = _call(backend, token, "GET", "/payouts/account").json()
    assert (account["channel"], account["wechat_bind_pending"]) == ("wechat", False)
    reused = httpx.post(f"{backend.api}/payouts/wechat-bind/{link}", json={"code": "C2"})
    assert reused.status_code == 410 and "C2" not in fake.oauth_codes
    # A new QR code; eleven minutes later it no longer binds.
    late = _call(backend, token, "POST", "/payouts/account/wechat").json()
    backend.advance_clock(11 * 60)
    expired = httpx.post(f"{backend.api}/payouts/wechat-bind/{late['bind_url'][-32:]}",
                         json={"code": "C3"})
    assert expired.status_code == 410
    assert expired.json()["type"].endswith("bind-link-expired")
    assert not _call(backend, token, "GET", "/payouts/account").json()["wechat_bind_pending"]
    log = backend.log_path.read_text(encoding="utf-8", errors="replace")
    assert NAME not in log and ID_NUMBER not in log and "o-fake-payer" not in log
