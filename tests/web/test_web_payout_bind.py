"""The page that binds a responder's WeChat for payouts, on a phone at 360 px in Chromium,
against the real backend with the official account's OAuth played by the fake gateway
(tests/support/fake_wechat.py): scanned in WeChat it signs in (snsapi_base), binds and says
so in Chinese; opened elsewhere it says to open it in WeChat; a used link says it expired."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, Route, expect

from tests.support.backend import Backend, bearer, start_backend
from tests.support.fake_wechat import FakeWeChat
from tests.web.test_web_phone import WECHAT_UA, press, reachable

PHONE = {"width": 360, "height": 640}
SMALLEST = {"width": 320, "height": 568}  # the narrowest phone still sold (iPhone SE 1st)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeWeChat]:
    gateway = FakeWeChat()
    gateway.start()
    yield gateway
    gateway.stop()


@pytest.fixture(scope="module")
def bind_backend(fake: FakeWeChat, tmp_path_factory: pytest.TempPathFactory
                 ) -> Iterator[Backend]:
    folder = Path(tmp_path_factory.mktemp("bind"))
    with pytest.MonkeyPatch.context() as patch:
        for name, value in {**fake.env(folder, "https://x.example/wechat"),
                            **fake.jsapi_env(folder)}.items():
            patch.setenv(name, value)
        server = start_backend(folder)
    yield server
    server.stop()


def _bind_url(backend: Backend) -> tuple[str, dict[str, Any]]:
    token = backend.new_responder(online=False)["access_token"]
    httpx.put(f"{backend.api}/payouts/identity", headers=bearer(token), json={
        "real_name": "王小明", "id_number": "11010519491231002X"}).raise_for_status()
    started = httpx.post(f"{backend.api}/payouts/account/wechat", headers=bearer(token))
    return started.json()["bind_url"], bearer(token)


def _phone(chromium: Browser, ua: str | None, size: dict[str, int] = PHONE) -> Page:
    context = chromium.new_context(viewport=size, locale="zh-CN",  # type: ignore[arg-type]
                                   has_touch=True,
                                   is_mobile=True, user_agent=ua)
    context.set_default_timeout(15_000)
    return context.new_page()


def _fits(page: Page, size: dict[str, int] = PHONE) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= size["width"]
    # The look both WeChat pages share comes from the one shared file, /phone/phone.css.
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).color") == \
        "rgb(63, 125, 110)"
    assert page.evaluate("[...document.styleSheets].map(s => new URL(s.href).pathname)"
                         )[0] == "/phone/phone.css"


@pytest.mark.parametrize("size", [SMALLEST, PHONE], ids=["320x568", "360x640"])
def test_scanned_in_wechat_the_page_binds_the_scanners_wechat_and_says_so(
        chromium: Browser, bind_backend: Backend, fake: FakeWeChat, size: dict[str, int]
        ) -> None:
    url, auth = _bind_url(bind_backend)
    token = url.split("?t=")[1]
    code = f"BINDCODE{size['width']}"  # WeChat's codes are good once
    page = _phone(chromium, WECHAT_UA, size)
    asked: list[str] = []

    def sign_in(route: Route) -> None:  # WeChat's OAuth: back with a one-time code
        asked.append(route.request.url)
        route.fulfill(status=302, headers={
            "Location": f"{bind_backend.base_url}/bind/wechat/?code={code}&state={token}"})

    page.route("https://open.weixin.qq.com/**", sign_in)
    page.goto(url)
    expect(page.locator("#status")).to_have_text("绑定成功")
    assert f"appid={fake.appid}" in asked[0] and "scope=snsapi_base" in asked[0]
    assert f"state={token}" in asked[0]
    expect(page.locator("#account")).to_have_text("微信号：…ayer")
    expect(page.locator("#retry")).to_be_hidden()  # nothing to try again
    assert "code=" not in page.url  # used once, gone from the address bar
    assert code in fake.oauth_codes
    account = httpx.get(f"{bind_backend.api}/payouts/account", headers=auth).json()
    assert account["channel"] == "wechat" and not account["wechat_bind_pending"]
    _fits(page, size)
    shot = f"/tmp/responder-bind-wechat-{size['width']}.png"
    page.screenshot(path=shot, full_page=True)  # looked at by the author
    # The same QR code scanned again (a second phone): it has been used.
    again = _phone(chromium, WECHAT_UA)
    again.route("https://open.weixin.qq.com/**", sign_in)
    again.goto(url)
    expect(again.locator("#status")).to_have_text("这个二维码已失效")
    expect(again.locator("#detail")).to_contain_text("重新生成二维码")
    page.context.close()
    again.context.close()


def test_outside_wechat_the_page_says_to_open_it_in_wechat_and_binds_nothing(
        chromium: Browser, bind_backend: Backend) -> None:
    url, auth = _bind_url(bind_backend)
    page = _phone(chromium, None)
    left: list[str] = []
    page.route("https://open.weixin.qq.com/**", lambda route: (
        left.append(route.request.url), route.abort()))
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("#status")).to_have_text("请用微信打开")
    expect(page.locator("#detail")).to_contain_text("扫一扫")
    expect(page.locator("#retry")).to_be_hidden()
    assert left == []
    account = httpx.get(f"{bind_backend.api}/payouts/account", headers=auth).json()
    assert account["channel"] is None and account["wechat_bind_pending"]
    _fits(page)
    page.context.close()


def test_a_network_failure_offers_to_try_again(chromium: Browser,
                                               bind_backend: Backend) -> None:
    url, _auth = _bind_url(bind_backend)
    page = _phone(chromium, WECHAT_UA)
    page.route("**/api/v1/payouts/wechat-bind/**", lambda route: route.abort())
    page.goto(url)
    expect(page.locator("#status")).to_have_text("网络不太好，没有连上")
    reachable(page, ["#retry"])
    page.unroute("**/api/v1/payouts/wechat-bind/**")
    page.route("https://open.weixin.qq.com/**", lambda route: route.fulfill(
        status=200, content_type="text/html", body="<p>WeChat</p>"))
    press(page, "#retry")
    page.wait_for_url("https://open.weixin.qq.com/**")  # on to WeChat's sign-in
    page.context.close()


def test_every_string_of_the_bind_page_is_in_chinese_english_and_vietnamese() -> None:
    web = Path(__file__).resolve().parents[2] / "responder_server" / "payout_accounts" / "web"
    script = (web / "bind.js").read_text(encoding="utf-8")
    used = set(re.findall(r'data-i18n="([a-z_]+)"', (web / "bind.html").read_text("utf-8")))
    used |= set(re.findall(r'\bt\("([a-z_]+)"', script))
    for args in re.findall(r'say\("[a-z]*", ([^)]*)\)', script):
        used |= set(re.findall(r'"([a-z_]+)"', args))
    assert {"bound", "open_in_wechat", "expired", "network_detail"} <= used
    languages = {lang: json.loads((web / "i18n" / f"{lang}.json").read_text("utf-8"))
                 for lang in ("zh", "en", "vi")}
    for lang, strings in languages.items():
        assert used <= set(strings), f"{lang}: {sorted(used - set(strings))}"
        assert set(strings) == set(languages["zh"]), lang
        assert all(text.strip() for text in strings.values()), lang
