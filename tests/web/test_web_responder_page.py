"""A responder's page (/r/<handle>) in Chromium at phone sizes inside WeChat's browser, in
Chinese: what they wrote is shown as text (markup in it stays text), the pay button can be
tapped and pays for a chat routed to them (not to anyone else free), an away responder is
said so before paying and nothing is sold, the returning client's "again" offer shows only
while that responder is online, and a hidden page answers 404 in words. One backend, one
browser for the module."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from tests.server.responder_page.helpers import make_page, me
from tests.support.backend import Backend, bearer
from tests.support.dbquery import query
from tests.web.conftest import set_client_name
from tests.web.test_web_phone import (
    new_context,
    no_sideways_scroll,
    press,
    reachable,
    session_of,
    shot,
)

HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><b>下班后</b>想找人说说话？\n我在。'
SIZES: list[ViewportSize] = [{"width": 320, "height": 568}, {"width": 360, "height": 640},
                             {"width": 390, "height": 844}]


@pytest.fixture(scope="module")
def lin(shared_backend: Backend, listener: dict[str, Any]) -> dict[str, Any]:
    """小林, with a page whose introduction carries markup; Amy (`listener`) is free too."""
    tokens = shared_backend.new_responder(display_name="Lin Xiaoyu", max_concurrent=20)
    set_client_name(shared_backend, tokens["access_token"], "小林")
    make_page(shared_backend, tokens["access_token"], "lin", intro=HOSTILE,
              topics_like=["工作压力", "感情", "<i>睡不着</i>"]).raise_for_status()
    return tokens


def open_page(page: Page, backend: Backend, handle: str) -> None:
    page.goto(f"{backend.base_url}/r/{handle}")
    page.wait_for_selector("body[data-ready='1']")


@pytest.mark.parametrize("size", SIZES, ids=[f"{s['width']}x{s['height']}" for s in SIZES])
def test_the_page_on_a_phone_pays_for_a_chat_with_that_responder(
        chromium: Browser, shared_backend: Backend, lin: dict[str, Any],
        size: ViewportSize) -> None:
    backend = shared_backend
    context = new_context(chromium, size)
    try:
        page = context.new_page()
        open_page(page, backend, "lin")
        expect(page.locator("#name")).to_have_text("小林")
        assert page.locator("#intro").inner_text() == HOSTILE  # text, never markup
        assert page.locator("#intro img, #intro b, #like i").count() == 0
        expect(page.locator("#like")).to_contain_text("<i>睡不着</i>")
        assert "pwned" not in page.title() and "Xiaoyu" not in page.content()
        expect(page.locator("#now")).to_have_text("小林 现在在线，可以马上开始。")
        expect(page.locator("#price")).to_contain_text("¥")
        # The same words as the chat page's refund rule: no gap before 内.
        expect(page.locator("#rule")).to_contain_text("付款后 15 分钟内没有人回复")
        expect(page.locator("#anyone")).to_be_hidden()
        shot(page, f"page-{size['width']}x{size['height']}")
        reachable(page, ["#lang", "#talk"])
        no_sideways_scroll(page)

        press(page, "#talk")
        page.wait_for_selector("body[data-ready='1']")
        expect(page.locator("#chosen-line")).to_have_text("你将和 小林 聊天。")
        page.fill("#alias", "Mei")
        expect(page.locator("#price")).to_contain_text("¥")
        press(page, "#continue")
        expect(page.locator("#pay-view")).to_be_visible()
        press(page, "#pay")
        expect(page.locator("#chat-view")).to_be_visible()
        chat_id = session_of(page)["conversationId"]
        seen = httpx.get(f"{backend.api}/conversations/{chat_id}",
                         headers=bearer(lin["access_token"]))
        assert seen.status_code == 200  # routed to 小林, though Amy was free too
        assert seen.json()["via_page"] is True
        assert seen.json()["responder_id"] == me(backend, lin["access_token"])
    finally:
        context.close()


def test_away_is_said_before_paying_and_the_again_offer_follows_presence(
        chromium: Browser, shared_backend: Backend, lin: dict[str, Any]) -> None:
    backend = shared_backend
    context = new_context(chromium, {"width": 360, "height": 640})
    try:
        page = context.new_page()
        # A returning client: one chat with 小林 from the page, answered.
        open_page(page, backend, "lin")
        press(page, "#talk")
        page.wait_for_selector("body[data-ready='1']")
        page.fill("#alias", "Mei")
        press(page, "#continue")
        press(page, "#pay")
        expect(page.locator("#chat-view")).to_be_visible()
        chat_id = session_of(page)["conversationId"]
        httpx.put(f"{backend.api}/conversations/{chat_id}/messages/"
                  "0b7e1d3c-1f0a-4c55-9a11-3e1d7b2c9f00", json={"body": "我在"},
                  headers=bearer(lin["access_token"])).raise_for_status()
        # A later visit from the same phone: a new browser session, the same client key.
        key = page.evaluate("localStorage.getItem('responder.client_key')")
        context.close()
        context = new_context(chromium, {"width": 360, "height": 640})
        page = context.new_page()
        page.goto(f"{backend.base_url}/chat/")
        page.evaluate("k => localStorage.setItem('responder.client_key', k)", key)
        page.reload()
        page.wait_for_selector("body[data-ready='1']")
        expect(page.locator("#again-link")).to_have_text("小林 现在在线，再和 小林 聊聊")
        reachable(page, ["#again-link"])
        shot(page, "page-again-360")

        backend.set_availability(lin["access_token"], "away")
        payments = query(backend.database_url, "SELECT count(*) FROM payments")
        page.goto(f"{backend.base_url}/chat/")
        page.wait_for_selector("body[data-ready='1']")
        expect(page.locator("#start-view")).to_be_visible()
        expect(page.locator("#again")).to_be_hidden()

        open_page(page, backend, "lin")
        expect(page.locator("#now")).to_have_text("小林 现在不在线，现在不能付款和 小林 聊。")
        expect(page.locator("#talk")).to_be_hidden()
        expect(page.locator("#wait")).to_be_hidden()
        expect(page.locator("#anyone")).to_be_visible()  # Amy is free: the client's choice
        reachable(page, ["#anyone"])
        no_sideways_scroll(page)
        shot(page, "page-away-360")
        assert query(backend.database_url, "SELECT count(*) FROM payments") == payments

        # Straight to the chat page with 小林 chosen anyway: refused, nothing charged.
        page.goto(f"{backend.base_url}/chat/?with=lin")
        page.wait_for_selector("body[data-ready='1']")
        page.fill("#alias", "Mei")
        press(page, "#continue")
        expect(page.locator("#error")).to_contain_text("没有扣款")
        assert query(backend.database_url, "SELECT count(*) FROM payments") == payments
    finally:
        backend.set_availability(lin["access_token"], "online")
        context.close()


def test_a_hidden_page_answers_404_in_words(chromium: Browser, shared_backend: Backend) -> None:
    backend = shared_backend
    tokens = backend.new_responder()
    make_page(backend, tokens["access_token"], "hidden-one").raise_for_status()
    query(backend.database_url,
          "UPDATE responder_pages SET hidden_at = updated_at WHERE handle = 'hidden-one'")
    context = new_context(chromium, {"width": 360, "height": 640})
    try:
        page = context.new_page()
        response = page.goto(f"{backend.base_url}/r/hidden-one")
        assert response is not None and response.status == 404
        expect(page.locator("h1")).to_have_text("找不到这个页面")
        reachable(page, ["a[href='/chat/']"])
        no_sideways_scroll(page)
    finally:
        context.close()


def test_the_pages_strings_are_in_all_three_languages() -> None:
    """No browser: every key the page uses is in Chinese, English and Vietnamese, with the
    same placeholders."""
    import re

    from responder_server.responder_page.web import WEB_DIR

    script = (WEB_DIR / "page.js").read_text("utf-8")
    html = (WEB_DIR / "page.html").read_text("utf-8")
    blocks = re.split(r"\n  (zh|en|vi): \{\n", script.split("const STRINGS = {", 1)[1]
                      .split("\n};", 1)[0])
    pair = re.compile(r'\b([A-Za-z_0-9]+): "((?:[^"\\]|\\.)*)"')
    tables = {blocks[i]: dict(pair.findall(blocks[i + 1])) for i in range(1, len(blocks), 2)}
    assert set(tables) == {"zh", "en", "vi"}
    for lang, table in tables.items():
        assert set(table) == set(tables["zh"]), (lang, set(table) ^ set(tables["zh"]))
        for key, text in table.items():
            assert set(re.findall(r"\{\w+\}", text)) == set(
                re.findall(r"\{\w+\}", tables["zh"][key])), (lang, key)
    used = set(re.findall(r'\bt\("([a-z_0-9]+)"', script))
    used |= set(re.findall(r'data-i18n="([a-z_0-9]+)"', html))
    used = {key for key in used if not key.endswith("_")}  # stems finished at run time
    used |= {"lang_zh_CN", "lang_en", "lang_vi"}  # "lang_" + a page's language
    assert used - set(tables["zh"]) == set()
