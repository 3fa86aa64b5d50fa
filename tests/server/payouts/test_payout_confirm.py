"""Confirm links for WeChat payouts on a real backend (SQLite and PostgreSQL) paying through
the fake WeChat Pay gateway: only the responder's own waiting line gets one, a link is good
for that line for 30 minutes and cannot be forged, a line that came back answers why in
words, and the JS-SDK ticket is fetched again only once it expires."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from responder_server.core.problems import ProblemError
from responder_server.payouts.confirming import check_page_url
from tests.support.backend import Backend, bearer
from tests.support.fake_wechat_transfer import FakeWeChatTransfer
from tests.support.payout_confirm import waiting_line, wechat_payout_backend


@pytest.fixture
def fake() -> Iterator[FakeWeChatTransfer]:
    gateway = FakeWeChatTransfer()
    gateway.start()
    yield gateway
    gateway.stop()


@pytest.fixture
def pay_backend(fake: FakeWeChatTransfer, tmp_path: Path, database_url: str
                ) -> Iterator[Backend]:
    with wechat_payout_backend(fake, tmp_path, database_url) as server:
        yield server


def _problem(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, str(response.json().get("type", "")).rsplit(":", 1)[-1]


def test_confirm_links_are_the_owners_for_thirty_minutes_and_say_how_the_line_ended(
        pay_backend: Backend, fake: FakeWeChatTransfer) -> None:
    api = pay_backend.api
    token, line, (email, password) = waiting_line(pay_backend, "o-owner-1", [80_00])
    link_of = f"{api}/payouts/{line['id']}/confirm-link"
    assert httpx.post(link_of).status_code == 401
    stranger = pay_backend.new_responder(online=False)["access_token"]
    assert _problem(httpx.post(link_of, headers=bearer(stranger))) == (404, "not-found")
    assert _problem(httpx.post(f"{api}/payouts/999999/confirm-link",
                               headers=bearer(token))) == (404, "not-found")
    link = httpx.post(link_of, headers=bearer(token)).json()
    url = link["confirm_url"]
    code = url.split("?t=")[1]
    page = httpx.get(f"{api}/payouts/confirm/{code}", params={"url": url})
    assert page.status_code == 200, page.text
    assert page.json()["state"] == "waiting_confirm"
    assert page.json()["confirm"]["appId"] == fake.appid
    # WeChat's signature vouches for a page: only our own confirm page gets one.
    for foreign in (url.replace("127.0.0.1", "evil.example"), f"{pay_backend.base_url}/console/"):
        refused = httpx.get(f"{api}/payouts/confirm/{code}", params={"url": foreign})
        assert _problem(refused) == (422, "bad-page-url"), foreign
        assert "Only this server's confirm page" in refused.json()["detail"]

    # A signature that is not ours, or one line's link for another line: gone.
    forged = code[:-22] + ("A" * 22 if not code.endswith("A" * 22) else "B" * 22)
    assert _problem(httpx.get(f"{api}/payouts/confirm/{forged}", params={"url": url})) == (
        410, "confirm-link-expired")
    other_token, other, _ = waiting_line(pay_backend, "o-owner-2", [70_00])
    moved = f"{other['id']}.{code.split('.', 1)[1]}"
    assert _problem(httpx.get(f"{api}/payouts/confirm/{moved}", params={"url": url})) == (
        410, "confirm-link-expired")
    assert httpx.get(f"{api}/payouts/confirm/not-a-token", params={"url": url}
                     ).status_code == 422

    # 24 hours unconfirmed: WeChat closes it; the page's report asks WeChat at once.
    fake.expire(other["transfer_no"])
    other_code = httpx.post(f"{api}/payouts/{other['id']}/confirm-link",
                            headers=bearer(other_token)).json()["confirm_url"].split("?t=")[1]
    done = httpx.post(f"{api}/payouts/confirm/{other_code}/done").json()
    assert done["state"] == "returned" and done["reason"] and done["confirm"] is None
    again = httpx.post(f"{api}/payouts/{other['id']}/confirm-link", headers=bearer(other_token))
    assert _problem(again) == (409, "payout-not-waiting")
    assert "returned" in again.json()["detail"]

    # After 30 minutes the link is gone (a new one works); WeChat's ticket is kept for
    # its two hours, then fetched again.
    assert fake.official_calls.count("/cgi-bin/ticket/getticket") == 1
    pay_backend.advance_clock(31 * 60)
    fake.clock_offset_s += 31 * 60
    assert _problem(httpx.get(f"{api}/payouts/confirm/{code}", params={"url": url})) == (
        410, "confirm-link-expired")
    fresh = httpx.post(link_of, headers=bearer(token)).json()["confirm_url"]
    assert httpx.get(f"{api}/payouts/confirm/{fresh.split('?t=')[1]}",
                     params={"url": fresh}).status_code == 200
    assert fake.official_calls.count("/cgi-bin/ticket/getticket") == 1
    pay_backend.advance_clock(2 * 3600)
    fake.clock_offset_s += 2 * 3600
    token = pay_backend.sign_in(email, password)["access_token"]
    newest = httpx.post(link_of, headers=bearer(token)).json()["confirm_url"]
    assert httpx.get(f"{api}/payouts/confirm/{newest.split('?t=')[1]}",
                     params={"url": newest}).status_code == 200
    assert fake.official_calls.count("/cgi-bin/ticket/getticket") == 2


def test_the_public_origin_is_compared_as_an_origin() -> None:
    base = "https://r.example.cn"
    for ours in ("https://r.example.cn/payouts/confirm/?t=1",
                 "https://R.example.cn:443/payouts/confirm/?t=1"):
        check_page_url(ours, base)
    for foreign in ("http://r.example.cn/payouts/confirm/?t=1",
                    "https://r.example.cn.evil.example/payouts/confirm/?t=1",
                    "https://r.example.cn:8443/payouts/confirm/?t=1",
                    "https://r.example.cn/chat/?t=1"):
        with pytest.raises(ProblemError) as refused:
            check_page_url(foreign, base)
        assert "(https://r.example.cn/payouts/confirm/) is signed" in str(refused.value)
