"""The page offers the ways to pay this browser can use and returns to the chat after
paying: WeChat Pay inside WeChat (after the official account's sign-in), WeChat Pay H5 or
Alipay in another phone browser, a QR code on a PC, at 320 and 360 px, Chinese first.
Against the real backend set up with WeChat Pay and Alipay, each a fake gateway in the test
process that checks our signatures (tests/support/fake_wechat.py, fake_alipay.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Route, ViewportSize, expect

from tests.support.backend import Backend, start_backend
from tests.support.fake_alipay import FakeAlipay
from tests.support.fake_wechat import FakeWeChat
from tests.web.conftest import set_client_name
from tests.web.test_web_phone import WECHAT_UA, press, reachable, reply, session_of

# A payment made on the phone is noticed at the page's next poll (core.js PAY_POLL_MS, 4 s)
# plus the server's query of the provider: up to three polls on a busy machine.
POLL_WAIT_MS = 15_000
SAFARI_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
             "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
SIZES: list[ViewportSize] = [{"width": 320, "height": 568}, {"width": 360, "height": 640}]
LISTENER: dict[str, Any] = {}  # the module's online listener's tokens


@pytest.fixture(scope="module")
def gateways() -> Iterator[tuple[FakeWeChat, FakeAlipay]]:
    wechat, alipay = FakeWeChat(), FakeAlipay()
    wechat.start()
    alipay.start()
    yield wechat, alipay
    wechat.stop()
    alipay.stop()


@pytest.fixture(scope="module")
def paying_backend(gateways: tuple[FakeWeChat, FakeAlipay],
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    wechat, alipay = gateways
    folder = Path(tmp_path_factory.mktemp("merchant"))
    env = {**wechat.env(folder, "https://x.example/wechat"), **wechat.jsapi_env(folder),
           **alipay.env(folder, "https://x.example/alipay")}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        server = start_backend(folder, "--heartbeat", "0.5")
    listener = server.new_responder(display_name="Amy", max_concurrent=50)
    set_client_name(server, listener["access_token"], "Amy")
    LISTENER.update(listener)
    yield server
    server.stop()


def _page(chromium: Browser, backend: Backend, size: ViewportSize, ua: str | None) -> Page:
    phone = size["width"] < 500
    context = chromium.new_context(viewport=size, locale="zh-CN", has_touch=phone,
                                   is_mobile=phone, user_agent=ua)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{backend.base_url}/chat/")
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("#price")).to_contain_text("¥")
    return page


def _methods(page: Page) -> list[str]:
    values: list[str] = page.eval_on_selector_all(
        "input[name=method]", "els => els.map(e => e.value)")
    return values


def _stored_checkout(page: Page) -> dict[str, Any] | None:
    stored: dict[str, Any] | None = page.evaluate(
        "JSON.parse(localStorage.getItem('responder.checkout.v1') || 'null')")
    return stored


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s['width']}px")
def test_a_phone_browser_pays_through_the_provider_and_comes_back_in_another_tab(
        chromium: Browser, paying_backend: Backend, gateways: tuple[FakeWeChat, FakeAlipay],
        size: ViewportSize) -> None:
    _wechat, alipay = gateways
    page = _page(chromium, paying_backend, size, SAFARI_UA)
    assert _methods(page) == ["wechat-h5", "alipay-wap"]
    expect(page.locator("#methods")).to_be_visible()
    expect(page.locator("#methods-list label").first).to_have_text("微信支付")
    reachable(page, ["#methods-list label", "#continue"])
    page.fill("#alias", "Mei")
    press(page, "#methods-list label:nth-child(2)")  # Alipay
    press(page, "#continue")
    expect(page.locator("#pay")).to_have_text("去支付宝付款")
    expect(page.locator("#sandbox-notice")).to_be_hidden()
    reachable(page, ["#back", "#pay"])
    provider_pages: list[str] = []

    def at_alipay(route: Route) -> None:
        provider_pages.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<p>Alipay</p>")

    page.route(f"{alipay.url}/**", at_alipay)
    press(page, "#pay")
    page.wait_for_url(f"{alipay.url}/**")
    trade = alipay.open_cashier(provider_pages[0])  # the signed order is good at Alipay
    alipay.pay(trade["out_trade_no"])
    # Alipay sends the client back to the page in a new tab: the chat starts there.
    back = page.context.new_page()
    back.goto(f"{paying_backend.base_url}/chat/")
    expect(back.locator("#chat-view")).to_be_visible()
    assert _stored_checkout(back) is None
    chat: dict[str, Any] = back.evaluate("JSON.parse(localStorage.getItem('responder.chat.v1'))")
    assert chat["paymentId"].replace("-", "") == trade["out_trade_no"]
    page.context.close()


def test_a_pc_shows_a_qr_code_and_the_chat_starts_once_it_is_paid(
        chromium: Browser, paying_backend: Backend,
        gateways: tuple[FakeWeChat, FakeAlipay]) -> None:
    wechat, _alipay = gateways
    page = _page(chromium, paying_backend, {"width": 1280, "height": 800}, None)
    assert _methods(page) == ["wechat-native", "alipay-page"]
    page.fill("#alias", "Mei")
    page.click("#continue")
    qr = page.locator("#pay-qr")
    expect(qr).to_be_visible()
    assert qr.get_attribute("src").startswith("data:image/svg+xml")
    page.wait_for_function("document.getElementById('pay-qr').naturalWidth > 0")  # drawn
    expect(page.locator("#pay-hint")).to_contain_text("扫描二维码")
    stored = _stored_checkout(page)
    assert stored is not None
    wechat.pay(stored["checkout"]["out_trade_no"])  # scanned and paid on the phone
    # Noticed by itself: at the page's next poll (every PAY_POLL_MS, 4 s) and the query.
    expect(page.locator("#chat-view")).to_be_visible(timeout=POLL_WAIT_MS)
    page.context.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s['width']}px")
def test_inside_wechat_the_page_pays_with_wechat_after_its_sign_in(
        chromium: Browser, paying_backend: Backend, gateways: tuple[FakeWeChat, FakeAlipay],
        size: ViewportSize) -> None:
    wechat, _alipay = gateways
    page = _page(chromium, paying_backend, size, WECHAT_UA)
    assert _methods(page) == ["wechat-jsapi"]
    expect(page.locator("#methods")).to_be_hidden()  # one way: nothing to choose
    # WeChat's in-app cashier, as WeChat's browser provides it: pays, then says ok.
    page.add_init_script("""window.WeixinJSBridge = {invoke(name, params, done) {
        window.__paid = {name, params}; fetch('/paid-by-test').finally(
          () => done({err_msg: 'get_brand_wcpay_request:ok'})); }};""")

    def sign_in(route: Route) -> None:  # WeChat's OAuth: back with a one-time code
        url = route.request.url
        assert f"appid={wechat.appid}" in url and "scope=snsapi_base" in url
        route.fulfill(status=302, headers={"Location": f"{paying_backend.base_url}"
                                           "/chat/?code=CODE123&state=pay"})

    def paid(route: Route) -> None:
        number = page.evaluate("window.__paid.params.package").removeprefix("prepay_id=wx")
        wechat.pay(number)
        route.fulfill(status=204)

    page.route("https://open.weixin.qq.com/**", sign_in)
    page.route("**/paid-by-test", paid)
    page.fill("#alias", "Mei")
    page.fill("#topic", "工作")
    press(page, "#continue")
    expect(page.locator("#pay-view")).to_be_visible()  # signed in, checked out
    assert "CODE123" in wechat.oauth_codes
    assert "code=" not in page.url  # used once, gone from the address bar
    expect(page.locator("#pay")).to_have_text("支付并开始")
    press(page, "#pay")
    expect(page.locator("#chat-view")).to_be_visible()
    params = page.evaluate("window.__paid.params")
    assert params["signType"] == "RSA" and params["paySign"]
    page.context.close()

def test_more_time_on_a_pc_is_paid_by_a_qr_code_too(
        chromium: Browser, paying_backend: Backend,
        gateways: tuple[FakeWeChat, FakeAlipay]) -> None:
    """Last in the module: it moves the server's clock (and the gateways' with it)."""
    wechat, alipay = gateways
    page = _page(chromium, paying_backend, {"width": 1280, "height": 800}, None)
    page.fill("#alias", "Lan")
    page.click("#continue")
    expect(page.locator("#pay-qr")).to_be_visible()
    stored = _stored_checkout(page)
    assert stored is not None
    wechat.pay(stored["checkout"]["out_trade_no"])
    expect(page.locator("#chat-view")).to_be_visible()
    chat_id = session_of(page)["conversationId"]
    reply(paying_backend, LISTENER["access_token"], chat_id, "我在。")
    expect(page.locator("#time-left")).to_contain_text("还剩")
    paying_backend.advance_clock(13 * 60 + 5)
    wechat.clock_offset_s = alipay.clock_offset_s = 13 * 60 + 5
    page.click("#time-notice-extend")
    orders = set(wechat.orders)
    page.click("#extend-pay")
    qr = page.locator("#extend-qr")
    expect(qr).to_be_visible()
    expect(page.locator("#extend-pay")).to_have_text("我已付款")
    [number] = set(wechat.orders) - orders  # the extension's own order, paid by QR
    wechat.pay(number)
    expect(page.locator("#extend-panel")).to_be_hidden(timeout=POLL_WAIT_MS)  # by itself
    expect(page.locator("#time-left")).to_have_text(re.compile(r"^还剩 1[67]:\d\d$"))
    page.context.close()

