"""The client's web page in a real headless Chromium against the real backend: a whole
paid session, resuming after a reload and after the stream drops, client text that never
becomes markup, a rating that reaches the responder's statistics, phone and desktop width."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, expect

from tests.support.backend import Backend, bearer

XSS_IMG = "<img src=x onerror=\"window.__xss='img'\">"
XSS_SCRIPT = "<script>window.__xss='script'</script>"
PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1280, "height": 800}


@pytest.fixture
def context(chromium: Browser) -> Iterator[BrowserContext]:
    ctx = chromium.new_context(viewport=PHONE, locale="zh-CN")
    ctx.set_default_timeout(15_000)
    yield ctx
    ctx.close()


def open_page(context: BrowserContext, backend: Backend) -> Page:
    page = context.new_page()
    page.goto(f"{backend.base_url}/chat/")
    page.wait_for_selector("body[data-ready='1']")
    return page


def start_paid_chat(page: Page, alias: str = "Mei", length: int = 30) -> None:
    page.fill("#alias", alias)
    page.fill("#topic", "work")
    page.check(f"input[name=length][value='{length}']")
    expect(page.locator("#price")).to_contain_text("¥")
    page.click("#continue")
    expect(page.locator("#sandbox-notice")).to_be_visible()
    page.click("#pay")
    expect(page.locator("#chat-view")).to_be_visible()


def conversation_id(page: Page) -> str:
    value = page.evaluate("JSON.parse(localStorage.getItem('responder.chat.v1'))"
                          ".conversationId")
    assert isinstance(value, str)
    return value


def reply(backend: Backend, token: str, chat_id: str, body: str) -> None:
    httpx.put(f"{backend.api}/conversations/{chat_id}/messages/{uuid.uuid4()}",
              json={"body": body}, headers=bearer(token)).raise_for_status()


def client_says(page: Page, text: str) -> None:
    page.fill("#message", text)
    page.keyboard.press("Enter")
    expect(page.locator("li.msg.client[data-state='sent']").filter(
        has_text=text.splitlines()[0])).to_have_count(1)


def log_texts(page: Page) -> list[str]:
    return page.locator("#log li .body").all_text_contents()


def test_a_full_session_from_price_to_reply(context: BrowserContext, backend: Backend
                                           ) -> None:
    responder = backend.new_responder(display_name="Amy")
    token = responder["access_token"]
    page = open_page(context, backend)

    # Chinese by default: the price in yuan for the day or night window.
    expect(page.locator("html")).to_have_attribute("lang", "zh-CN")
    page.check("input[name=length][value='60']")
    expect(page.locator("#price")).to_have_text(re.compile(r"现在(白天价|夜间价)：¥(28|35)\.00"))
    start_paid_chat(page, length=30)
    chat_id = conversation_id(page)
    summary = httpx.get(f"{backend.api}/conversations/{chat_id}", headers=bearer(token)).json()
    assert summary["alias"] == "Mei" and summary["length_minutes"] == 30
    expect(page.locator("#chat-title")).to_have_text("正在和 \u2068Amy\u2069 聊天")  # name isolated

    client_says(page, "我最近工作压力很大")
    expect(page.locator("#waiting")).to_have_text("倾听者马上就会回复你，请稍等。")

    # The responder types: the page says so, and the waiting line gives way.
    httpx.post(f"{backend.api}/conversations/{chat_id}/typing",
               headers=bearer(token)).raise_for_status()
    expect(page.locator("#typing")).to_have_text("\u2068Amy\u2069 正在输入…")
    expect(page.locator("#waiting")).to_be_hidden()

    reply(backend, token, chat_id, "我在，慢慢说。")
    expect(page.locator("li.msg.responder .body")).to_have_text(["我在，慢慢说。"])
    expect(page.locator("#typing")).to_be_hidden()
    assert log_texts(page) == ["我最近工作压力很大", "我在，慢慢说。"]

    # The client typing reaches the responder's event stream as a typing notice.
    page.locator("#message").press_sequentially("其实")
    assert responder_sees_typing(backend, token) == {"sender": "client", "alias": "Mei"}


def responder_sees_typing(backend: Backend, token: str) -> dict[str, str]:
    headers = {**bearer(token), "Last-Event-ID": "0"}  # replay everything, then live
    with httpx.stream("GET", f"{backend.api}/events", headers=headers,
                      timeout=httpx.Timeout(15)) as response:
        kind = ""
        for line in response.iter_lines():
            if line.startswith("event: "):
                kind = line.removeprefix("event: ")
            elif line.startswith("data: ") and kind == "typing.changed":
                data = json.loads(line.removeprefix("data: "))["data"]
                return {"sender": data["sender"], "alias": data["alias"]}
    raise AssertionError("no typing notice reached the responder")


def test_reload_and_a_dropped_stream_lose_nothing_and_double_nothing(
    context: BrowserContext, backend: Backend,
) -> None:
    token = backend.new_responder(display_name="Amy")["access_token"]
    page = open_page(context, backend)
    start_paid_chat(page)
    chat_id = conversation_id(page)
    client_says(page, "one")
    reply(backend, token, chat_id, "two")
    expect(page.locator("li.msg.responder")).to_have_count(1)

    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("#chat-view")).to_be_visible()
    reply(backend, token, chat_id, "three")  # arrives over the resumed stream
    expect(page.locator("li.msg.responder")).to_have_count(2)
    client_says(page, "four")
    assert log_texts(page) == ["one", "two", "three", "four"]

    # The stream drops (its ticket expires on the server clock); while it is down the
    # responder writes; the page gets a new ticket and resumes from the last event.
    backend.advance_clock(301)
    reply(backend, token, chat_id, "five")
    expect(page.locator("li.msg.responder")).to_have_count(3)
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("li.msg")).to_have_count(5)
    assert log_texts(page) == ["one", "two", "three", "four", "five"]


def test_markup_from_either_side_shows_as_text(context: BrowserContext, backend: Backend
                                              ) -> None:
    token = backend.new_responder()["access_token"]
    page = open_page(context, backend)
    start_paid_chat(page, alias=XSS_IMG[:40])
    chat_id = conversation_id(page)
    client_says(page, XSS_IMG)
    client_says(page, XSS_SCRIPT)
    reply(backend, token, chat_id, XSS_IMG + " " + XSS_SCRIPT)
    expect(page.locator("li.msg.responder")).to_have_count(1)

    assert log_texts(page) == [XSS_IMG, XSS_SCRIPT, XSS_IMG + " " + XSS_SCRIPT]
    assert page.locator("#log img, #log script").count() == 0
    assert page.evaluate("window.__xss === undefined")
    # The responder sees exactly what the client typed.
    summary = httpx.get(f"{backend.api}/conversations/{chat_id}", headers=bearer(token)).json()
    assert summary["alias"] == XSS_IMG[:40]


def test_a_keyboard_only_client_rates_and_the_rating_reaches_the_stats(
    context: BrowserContext, backend: Backend,
) -> None:
    token = backend.new_responder()["access_token"]
    page = open_page(context, backend)
    page.locator("#alias").focus()
    page.keyboard.type("Lan")
    page.keyboard.press("Tab")  # topic
    page.keyboard.type("family")
    page.keyboard.press("Tab")  # the session lengths (15 is chosen)
    page.keyboard.press("ArrowRight")  # 30 minutes
    expect(page.locator("input[name=length][value='30']")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.locator("#continue")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#pay")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#message")).to_be_focused()
    page.keyboard.type("谢谢你听我说")
    page.keyboard.press("Enter")
    expect(page.locator("li.msg.client[data-state='sent']")).to_have_count(1)
    reply(backend, token, conversation_id(page), "我在。")  # answered: a chat to rate
    expect(page.locator("li.msg.responder")).to_have_count(1)
    expect(page.locator("#message")).to_be_focused()

    # End the chat from the keyboard: a dialog asks once, "keep talking" focused first.
    page.keyboard.press("Shift+Tab")
    expect(page.locator("#log")).to_be_focused()  # the messages scroll with arrow keys
    for _ in range(3):  # past the time left and "continue elsewhere"
        if page.evaluate("document.activeElement.id") == "end":
            break
        page.keyboard.press("Shift+Tab")
    expect(page.locator("#end")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#end-dialog")).to_be_visible()
    expect(page.locator("#end-no")).to_be_focused()
    page.keyboard.press("Escape")  # changed their mind: still in the chat
    expect(page.locator("#end-dialog")).to_be_hidden()
    expect(page.locator("#chat-view")).to_be_visible()
    page.locator("#end").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.locator("#end-yes")).to_have_text("结束聊天")
    expect(page.locator("#end-yes")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#end-view")).to_be_visible()
    expect(page.locator("#end-title")).to_have_text("谢谢你愿意说出来")

    page.keyboard.press("Tab")
    expect(page.locator("#star1")).to_be_focused()
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    expect(page.locator("#star4")).to_be_checked()
    expect(page.locator("label.on")).to_have_count(4)
    page.keyboard.press("Tab")
    expect(page.locator("#comment")).to_be_focused()
    page.keyboard.type("很温暖 <b>谢谢</b>")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#rating-thanks")).to_be_visible()

    stats = httpx.get(f"{backend.api}/stats/ratings", headers=bearer(token)).json()
    assert stats["count"] == 1 and stats["by_stars"] == [0, 0, 0, 1, 0]
    assert stats["recent"][0]["comment"] == "很温暖 <b>谢谢</b>"
    assert stats["recent"][0]["alias"] == "Lan"

    # After a reload the closing screen stays, already rated.
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("#rating-thanks")).to_be_visible()
    expect(page.locator("#rating-form")).to_be_hidden()


def test_english_and_vietnamese_and_the_choice_is_remembered(
    context: BrowserContext, backend: Backend,
) -> None:
    page = open_page(context, backend)
    expect(page.locator("#continue")).to_have_text("去付款")
    page.select_option("#lang", "en")
    expect(page.locator("#continue")).to_have_text("Continue to payment")
    expect(page.locator("#price")).to_have_text(re.compile(r"Now, (day|night) rate: ¥"))
    page.select_option("#lang", "vi")
    expect(page.locator("#continue")).to_have_text("Tiếp tục thanh toán")
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("html")).to_have_attribute("lang", "vi")


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_chat_fits_phone_and_desktop_widths(chromium: Browser, backend: Backend,
                                                tmp_path: Path, size: ViewportSize) -> None:
    token = backend.new_responder(display_name="Amy")["access_token"]
    context = chromium.new_context(viewport=size, locale="zh-CN")
    try:
        page = open_page(context, backend)
        start_paid_chat(page)
        chat_id = conversation_id(page)
        client_says(page, "a" * 300)  # one long unbroken word must wrap, not widen the page
        reply(backend, token, chat_id, "我在，慢慢说。")
        expect(page.locator("li.msg.responder")).to_have_count(1)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
        send_box = page.locator("#send").bounding_box()
        assert send_box is not None
        assert send_box["x"] + send_box["width"] <= size["width"]
        assert send_box["y"] + send_box["height"] <= size["height"]  # no scrolling to send
        page.screenshot(path=str(tmp_path / "chat.png"))
        assert (tmp_path / "chat.png").stat().st_size > 5_000
    finally:
        context.close()


def test_a_message_written_offline_is_sent_when_the_network_returns(
    context: BrowserContext, backend: Backend,
) -> None:
    token = backend.new_responder(display_name="Amy")["access_token"]
    page = open_page(context, backend)
    start_paid_chat(page)
    chat_id = conversation_id(page)
    client_says(page, "before")

    context.set_offline(True)
    page.fill("#message", "while offline")
    page.keyboard.press("Enter")
    failed = page.locator("li.msg.failed")
    expect(failed).to_have_count(1)
    expect(failed.locator(".meta")).to_contain_text("没发出去")
    reply(backend, token, chat_id, "are you there?")  # written while the page is offline

    context.set_offline(False)
    failed.focus()
    page.keyboard.press("Enter")  # retry from the keyboard
    expect(page.locator("li.msg[data-state='sent']")).to_have_count(3)
    expect(page.locator("#connection")).to_be_hidden()
    assert sorted(log_texts(page)) == sorted(["before", "while offline", "are you there?"])
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("li.msg")).to_have_count(3)
    assert log_texts(page) == ["before", "are you there?", "while offline"]


def test_a_chat_nobody_answered_says_it_is_refunded(context: BrowserContext,
                                                    backend: Backend) -> None:
    watcher = backend.new_responder(online=False)
    backend.busy_listener()  # online but full: checkout sells, the client waits
    page = open_page(context, backend)
    start_paid_chat(page, length=15)
    expect(page.locator("#chat-title")).to_have_text("正在为你找一位倾听者…")
    client_says(page, "有人吗？")
    price = httpx.get(f"{backend.api}/conversations/{conversation_id(page)}",
                      headers=bearer(page.evaluate(
                          "JSON.parse(localStorage.getItem('responder.chat.v1')).token"))
                      ).json()["price_fen"]
    backend.advance_clock(15 * 60 + 1)  # the queue times out: the server ends and refunds
    notice = page.locator("#refund-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("已退款 · 无人回复")
    expect(notice).to_contain_text(f"¥{price / 100:.2f}")
    expect(page.locator("#end-title")).to_have_text("很抱歉，这次没有人回复你")
    expect(page.locator("#rating-form")).to_be_hidden()  # nobody to rate
    page.select_option("#lang", "en")
    expect(notice).to_contain_text("Refunded · no reply")
    # After a reload the page still says so (it reads the refund from the server).
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("#refund-notice")).to_contain_text("Refunded · no reply")
    assert httpx.get(f"{backend.api}/conversations",
                     headers=bearer(watcher["access_token"])).json() == []


def test_a_paste_longer_than_a_message_says_what_was_cut(chromium: Browser,
                                                         backend: Backend) -> None:
    """The box keeps 4,000 characters; a 10,000-character paste says so instead of losing
    the end silently, and the note goes once the text is shortened."""
    backend.new_responder()  # someone online: the page sells only what can be delivered
    ctx = chromium.new_context(viewport=DESKTOP, locale="en-US",
                               permissions=["clipboard-read", "clipboard-write"])
    try:
        page = ctx.new_page()
        page.goto(f"{backend.base_url}/chat/?lang=en")
        page.wait_for_selector("body[data-ready='1']")
        page.select_option("#lang", "en")
        start_paid_chat(page)
        page.evaluate("navigator.clipboard.writeText('x'.repeat(10000))")
        page.focus("#message")
        page.keyboard.press("Control+V")
        expect(page.locator("#paste-cut")).to_be_visible()
        note = page.locator("#paste-cut").text_content() or ""
        assert "first 4,000 characters" in note and "6,000 left out" in note
        assert len(page.input_value("#message")) == 4000  # kept, not lost
        page.keyboard.press("Backspace")
        expect(page.locator("#paste-cut")).to_be_hidden()
        # a paste that fits says nothing
        page.fill("#message", "")
        page.evaluate("navigator.clipboard.writeText('short and sweet')")
        page.keyboard.press("Control+V")
        assert page.input_value("#message") == "short and sweet"
        expect(page.locator("#paste-cut")).to_be_hidden()
    finally:
        ctx.close()
