"""The client's page on phones, inside WeChat's own browser, and on a desktop: at each step
(start, pay, chat, end) every control the step needs is on screen once scrolled to and is
what a tap at its centre hits (nothing fixed covers it), is at least 44 px, and in the chat
the composer and send button stay visible with the on-screen keyboard up (the viewport
shrunk to 55 % of its height). The whole walk-through never asks another origin for
anything. One backend and one responder for the module; one browser context per size."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, expect

from tests.support.backend import Backend, bearer

WECHAT_UA = (
    "Mozilla/5.0 (Linux; Android 13; V2203A Build/TP1A.220624.014; wv) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 "
    "MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 "
    "Weixin NetType/WIFI Language/zh_CN ABI/arm64")
PHONES: list[ViewportSize] = [
    {"width": 320, "height": 568}, {"width": 360, "height": 640},
    {"width": 375, "height": 667}, {"width": 390, "height": 844},
    {"width": 412, "height": 915},
]
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
# Screenshots for a person to look at: RESPONDER_SHOTS=/tmp/shots pytest ...
SHOTS = os.environ.get("RESPONDER_SHOTS")

# Where a tap at the element's centre lands, after scrolling it into view (or not).
HIT_TEST = """([el, scroll]) => {
  if (scroll) el.scrollIntoView({block: "center", inline: "nearest"});
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  const vw = document.documentElement.clientWidth, vh = window.innerHeight;
  return {
    inside: r.top >= -0.5 && r.left >= -0.5 && r.bottom <= vh + 0.5 && r.right <= vw + 0.5,
    hits: hit !== null && (hit === el || el.contains(hit)),
    width: r.width, height: r.height,
    hit: hit ? (hit.id || hit.tagName + "." + hit.className) : null,
  };
}"""


def new_context(chromium: Browser, size: ViewportSize, locale: str = "zh-CN"
                ) -> BrowserContext:
    phone = size["width"] < 500
    ctx = chromium.new_context(
        viewport=size, locale=locale, has_touch=phone, is_mobile=phone,
        user_agent=WECHAT_UA if phone else None, device_scale_factor=2 if phone else 1)
    ctx.set_default_timeout(15_000)
    return ctx


def open_chat_page(context: BrowserContext, backend: Backend, suffix: str = "") -> Page:
    page = context.new_page()
    page.goto(f"{backend.base_url}/chat/{suffix}")
    page.wait_for_selector("body[data-ready='1']")
    return page


def press(page: Page, selector: str) -> None:
    """A tap on a touch screen, a click elsewhere."""
    if page.evaluate("navigator.maxTouchPoints") > 0:
        page.locator(selector).tap()
    else:
        page.locator(selector).click()


def reachable(page: Page, selectors: list[str], scroll: bool = True) -> None:
    """Each control is in the viewport, hit by a tap at its centre, and at least 44 px."""
    for selector in selectors:
        for el in page.locator(selector).element_handles():
            found = page.evaluate(HIT_TEST, [el, scroll])
            where = f"{selector} at {page.viewport_size}: {found}"
            assert found["inside"], "outside the viewport: " + where
            assert found["hits"], "covered: " + where
            assert found["height"] >= 44 - 0.5 and found["width"] >= 44 - 0.5, "small: " + where


def no_sideways_scroll(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth - "
                         "document.documentElement.clientWidth") <= 0


def shot(page: Page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))


def session_of(page: Page) -> dict[str, Any]:
    stored = page.evaluate("JSON.parse(localStorage.getItem('responder.chat.v1'))")
    assert isinstance(stored, dict)
    return stored


def reply(backend: Backend, token: str, chat_id: str, body: str) -> None:
    httpx.put(f"{backend.api}/conversations/{chat_id}/messages/{uuid.uuid4()}",
              json={"body": body}, headers=bearer(token)).raise_for_status()


START = ["#lang", "#alias", "#topic", "#start-form .lengths label", "#continue",
         "#resume-entry summary", "#help-toggle"]
PAY = ["#back", "#pay", "#help-toggle"]
CHAT = ["#end", "#resume-open", "#log", "#message", "#send", "#help-toggle"]
END_DIALOG = ["#end-no", "#end-yes"]
END = ["[data-star]", "#comment", "#rate", "#new-chat", "#help-toggle"]


@pytest.mark.parametrize("size", [*PHONES, DESKTOP],
                         ids=[f"{s['width']}x{s['height']}" for s in [*PHONES, DESKTOP]])
def test_every_step_fits_and_every_control_can_be_tapped(
        chromium: Browser, shared_backend: Backend, listener: dict[str, Any],
        size: ViewportSize) -> None:
    backend = shared_backend
    name = f"{size['width']}x{size['height']}"
    context = new_context(chromium, size)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    try:
        page = open_chat_page(context, backend)
        phone = size["width"] < 500
        assert page.title() == "有人在听"
        # Touch: no keyboard hint in the box (nobody has Enter or Shift there).
        hint = page.locator("#message").get_attribute("placeholder") or ""
        assert ("Enter" in hint) is not phone

        # Step 1. The footer is one line until opened; then each number once, as tel: links.
        reachable(page, START)
        no_sideways_scroll(page)
        footer = page.locator("#small-print").bounding_box()
        assert footer is not None and footer["height"] <= 50
        shot(page, f"{name}-1-start")
        press(page, "#help-toggle")
        expect(page.locator("#help-panel")).to_be_visible()
        numbers = page.locator("#emergency-numbers a").all_text_contents()
        assert numbers and len(numbers) == len(set(numbers))
        text = page.locator("#emergency-numbers").inner_text()
        for number in numbers:
            assert text.count(number) == 1, text
        reachable(page, ["#emergency-numbers a", "#region", "#help-toggle"])
        shot(page, f"{name}-1-help")
        press(page, "#help-toggle")
        expect(page.locator("#help-panel")).to_be_hidden()

        page.fill("#alias", "Mei")
        expect(page.locator("#price")).to_contain_text("¥")
        press(page, "#continue")

        # Step 2.
        expect(page.locator("#pay-view")).to_be_visible()
        reachable(page, PAY)
        no_sideways_scroll(page)
        shot(page, f"{name}-2-pay")
        press(page, "#pay")

        # Step 3: the chat. The keyboard hides nothing the client needs.
        expect(page.locator("#chat-view")).to_be_visible()
        chat_id = session_of(page)["conversationId"]
        page.fill("#message", "你好")
        press(page, "#send")
        expect(page.locator("li.msg.client[data-state='sent']")).to_have_count(1)
        reply(backend, listener["access_token"], chat_id, "我在，慢慢说。")
        expect(page.locator("li.msg.responder")).to_have_count(1)
        expect(page.locator("#time-left")).to_be_visible()
        reachable(page, CHAT)
        no_sideways_scroll(page)
        shot(page, f"{name}-3-chat")
        page.set_viewport_size({"width": size["width"], "height": int(size["height"] * 0.55)})
        page.locator("#message").focus()
        page.wait_for_function("() => getComputedStyle(document.documentElement)"
                               ".getPropertyValue('--vvh') === Math.round(innerHeight) + 'px'")
        reachable(page, ["#message", "#send"], scroll=False)
        reachable(page, ["#end", "#help-toggle"])
        shot(page, f"{name}-3-keyboard")
        page.set_viewport_size(size)

        # Ending asks once, in a dialog with two clear buttons.
        press(page, "#end")
        expect(page.locator("#end-dialog")).to_be_visible()
        reachable(page, END_DIALOG, scroll=False)
        shot(page, f"{name}-3-end-dialog")
        press(page, "#end-no")
        expect(page.locator("#end-dialog")).to_be_hidden()
        expect(page.locator("#chat-view")).to_be_visible()
        press(page, "#end")
        press(page, "#end-yes")

        # Step 4.
        expect(page.locator("#end-view")).to_be_visible()
        reachable(page, END)
        no_sideways_scroll(page)
        shot(page, f"{name}-4-end")
        page.locator("label[for=star5]").click()
        press(page, "#rate")
        expect(page.locator("#rating-thanks")).to_be_visible()

        # Not one request went anywhere but the page's own origin.
        assert requests
        foreign = [url for url in requests if not url.startswith(backend.base_url + "/")]
        assert foreign == []
    finally:
        context.close()
