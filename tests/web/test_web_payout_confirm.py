"""The page a responder opens in WeChat to confirm receipt of a WeChat payout, on a phone at
360 px in Chromium, against the real backend paying through the fake WeChat Pay gateway.
WeChat's JS-SDK is a local stub (it records wx.config and requestMerchantTransfer): the
page passes the line's own package, a cancel lets them try again, and once WeChat says ok
the server asks WeChat Pay at once and the line is paid."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from responder_server.payouts import transfer_reasons
from tests.support.backend import Backend, bearer
from tests.support.fake_wechat_transfer import FakeWeChatTransfer
from tests.support.payout_confirm import waiting_line, wechat_payout_backend
from tests.web.test_web_phone import WECHAT_UA, press, reachable

PHONE = {"width": 360, "height": 640}
SMALLEST = {"width": 320, "height": 568}  # the narrowest phone still sold (iPhone SE 1st)
JSSDK = "https://res.wx.qq.com/open/js/jweixin-1.6.0.js"
# WeChat's JS-SDK as the page uses it: wx.config/ready/error and WeixinJSBridge.invoke,
# which records its call and answers what the test set (after the test's WeChat acted).
STUB = """
window.__configured = [];
window.__invoked = [];
window.wx = {
  config(c) { window.__configured.push(c); },
  ready(f) { setTimeout(f, 0); },
  error(f) {},
};
window.WeixinJSBridge = {
  invoke(name, params, cb) {
    window.__invoked.push({ name, params });
    window.__wechatAnswers(params.package).then((msg) => cb({ err_msg: msg }));
  },
};
"""


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeWeChatTransfer]:
    gateway = FakeWeChatTransfer()
    gateway.start()
    yield gateway
    gateway.stop()


@pytest.fixture(scope="module")
def pay_backend(fake: FakeWeChatTransfer, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[Backend]:
    with wechat_payout_backend(fake, Path(tmp_path_factory.mktemp("confirm"))) as server:
        yield server


def _link(backend: Backend, token: str, line_id: int) -> httpx.Response:
    return httpx.post(f"{backend.api}/payouts/{line_id}/confirm-link", headers=bearer(token))


def _phone(chromium: Browser, ua: str | None, size: dict[str, int] = PHONE) -> Page:
    context = chromium.new_context(viewport=size, locale="zh-CN",  # type: ignore[arg-type]
                                   has_touch=True,
                                   is_mobile=True, user_agent=ua)
    context.set_default_timeout(15_000)
    return context.new_page()


def _package(fake: FakeWeChatTransfer, line: dict[str, Any]) -> str:
    """The package_info WeChat Pay gave for the line's transfer (the fake's rule)."""
    return f"affffddafdfafddffda==+{fake.bills[line['transfer_no']].transfer_bill_no[-8:]}"


@pytest.mark.parametrize("size", [SMALLEST, PHONE], ids=["320x568", "360x640"])
def test_confirmed_in_wechat_the_line_is_paid_at_once(
        chromium: Browser, pay_backend: Backend, fake: FakeWeChatTransfer,
        size: dict[str, int]) -> None:
    token, line, _ = waiting_line(pay_backend, f"o-confirm-{size['width']}", [60_00])
    link = _link(pay_backend, token, line["id"])
    assert link.status_code == 200, link.text
    url = link.json()["confirm_url"]
    assert "/payouts/confirm/?t=" in url
    answers = ["requestMerchantTransfer:cancel", "requestMerchantTransfer:ok"]

    def wechat_answers(_: str) -> str:  # the responder in WeChat: cancels, then confirms
        answer = answers.pop(0)
        if answer.endswith(":ok"):
            fake.confirm(line["transfer_no"])
        return answer

    page = _phone(chromium, WECHAT_UA, size)
    page.expose_function("__wechatAnswers", wechat_answers)
    page.route(JSSDK, lambda route: route.fulfill(
        status=200, content_type="text/javascript", body=STUB))
    page.goto(url)
    expect(page.locator("#amount")).to_have_text(f"¥{line['amount_fen'] // 100}."
                                                f"{line['amount_fen'] % 100:02d}")
    expect(page.locator("#receive")).to_be_visible()
    expect(page.locator("#receive")).to_have_text("收款")
    reachable(page, ["#receive"])
    assert page.evaluate("document.documentElement.scrollWidth") <= size["width"]
    # The bind page's look, from the same shared file (/phone/phone.css).
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).color") == \
        "rgb(63, 125, 110)"
    assert page.evaluate("[...document.styleSheets].map(s => new URL(s.href).pathname)"
                         )[0] == "/phone/phone.css"
    page.screenshot(path=f"/tmp/responder-payout-confirm-{size['width']}.png", full_page=True)

    configured = page.evaluate("window.__configured")
    assert len(configured) == 1 and configured[0]["jsApiList"] == ["requestMerchantTransfer"]
    wx = configured[0]
    assert wx["appId"] == fake.appid
    plain = (f"jsapi_ticket={fake.jsapi_ticket}&noncestr={wx['nonceStr']}"
             f"&timestamp={wx['timestamp']}&url={url}")
    assert wx["signature"] == hashlib.sha1(plain.encode()).hexdigest()

    press(page, "#receive")
    expect(page.locator("#status")).to_have_text("你取消了收款")
    expect(page.locator("#receive")).to_be_visible()
    assert httpx.get(f"{pay_backend.api}/payouts", headers=bearer(token)).json()[
        "lines"][0]["state"] == "waiting_confirm"

    press(page, "#receive")
    expect(page.locator("#status")).to_have_text("已确认收款，到账以微信为准")
    expect(page.locator("body")).to_have_attribute("data-reported", "200")
    invoked = page.evaluate("window.__invoked")
    assert [call["name"] for call in invoked] == ["requestMerchantTransfer"] * 2
    assert invoked[0]["params"] == invoked[1]["params"] == {
        "mchId": fake.mchid, "appId": fake.appid, "package": _package(fake, line)}
    lines = httpx.get(f"{pay_backend.api}/payouts", headers=bearer(token)).json()["lines"]
    assert [(x["id"], x["state"]) for x in lines] == [(line["id"], "paid")]

    # Opened again afterwards it says the money arrived, and the link is of no more use.
    page.reload()
    expect(page.locator("#status")).to_have_text("已到账")
    expect(page.locator("#receive")).to_be_hidden()
    again = _link(pay_backend, token, line["id"])
    assert again.status_code == 409 and again.json()["type"].endswith(":payout-not-waiting")
    # WeChat's tokens were fetched once and reused (WeChat limits how often).
    assert fake.official_calls.count("/cgi-bin/token") == 1
    assert fake.official_calls.count("/cgi-bin/ticket/getticket") == 1


def test_outside_wechat_it_says_to_open_it_in_wechat_and_links_are_only_the_owners(
        chromium: Browser, pay_backend: Backend, fake: FakeWeChatTransfer) -> None:
    token, line, _ = waiting_line(pay_backend, "o-confirm-2", [45_67])
    url = _link(pay_backend, token, line["id"]).json()["confirm_url"]
    page = _phone(chromium, None)
    page.route(JSSDK, lambda route: route.abort())
    page.goto(url)
    expect(page.locator("#status")).to_have_text("请用微信打开")
    expect(page.locator("#amount")).to_have_text("¥45.67")
    expect(page.locator("#receive")).to_be_hidden()

    other = pay_backend.new_responder(online=False)["access_token"]
    stranger = _link(pay_backend, other, line["id"])
    assert stranger.status_code == 404
    assert "no such payout" in stranger.json()["detail"]
    page.goto(url[:-22] + ("B" * 22 if not url.endswith("B" * 22) else "C" * 22))
    expect(page.locator("#status")).to_have_text("这个二维码已失效")
    headers = httpx.get(url).headers["content-security-policy"]
    assert "script-src 'self' https://res.wx.qq.com;" in headers
    bound = json.dumps(httpx.get(
        f"{pay_backend.api}/payouts/confirm/{url.split('?t=')[1]}",
        params={"url": url}).json())
    assert "o-confirm-2" not in bound  # the openid never reaches the page


def test_a_line_that_came_back_says_why_in_chinese(
        chromium: Browser, pay_backend: Backend, fake: FakeWeChatTransfer) -> None:
    token, line, _ = waiting_line(pay_backend, "o-confirm-3", [30_00])
    url = _link(pay_backend, token, line["id"]).json()["confirm_url"]
    fake.expire(line["transfer_no"])  # 24 hours without the responder's confirmation
    code = url.split("?t=")[1]
    assert httpx.post(f"{pay_backend.api}/payouts/confirm/{code}/done").json()[
        "state"] == "returned"
    page = _phone(chromium, WECHAT_UA)
    page.route(JSSDK, lambda route: route.abort())
    page.goto(url)
    expect(page.locator("#status")).to_have_text("这笔转账没有成功")
    expect(page.locator("#detail")).to_have_text(
        "24 小时内没有在微信里确认。钱已回到平台，会在下次付款时再付给你。")
    expect(page.locator("#receive")).to_be_hidden()


def test_every_reason_a_transfer_ends_with_is_in_the_pages_languages() -> None:
    sentences = set(transfer_reasons.ALL)
    web = Path(transfer_reasons.__file__).parent / "web" / "i18n"
    for lang in ("zh", "vi"):
        strings = json.loads((web / f"{lang}.json").read_text(encoding="utf-8"))
        assert sentences <= set(strings["reasons"]), lang
