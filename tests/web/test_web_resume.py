"""A paid chat survives the tab closing and comes back with its history (localStorage, with
an expiry), a message written offline is sent when the page is opened again, and a resume
link or a typed code opens the chat in another browser until the chat has ended; a wrong,
foreign or ended code is said in plain words."""

from __future__ import annotations

import re
from typing import Any

import httpx
from playwright.sync_api import Browser, expect

from tests.support.backend import Backend, bearer
from tests.web.test_web_phone import (
    DESKTOP,
    PHONES,
    new_context,
    open_chat_page,
    press,
    reply,
    session_of,
)


def pay_and_say(page: Any, text: str) -> str:
    page.fill("#alias", "Mei")
    expect(page.locator("#price")).to_contain_text("¥")
    press(page, "#continue")
    press(page, "#pay")
    expect(page.locator("#chat-view")).to_be_visible()
    page.fill("#message", text)
    press(page, "#send")
    expect(page.locator("li.msg.client[data-state='sent']").filter(has_text=text)
           ).to_have_count(1)
    chat_id = session_of(page)["conversationId"]
    assert isinstance(chat_id, str)
    return chat_id


def test_a_closed_tab_comes_back_with_its_history_and_its_unsent_message(
        chromium: Browser, shared_backend: Backend, listener: dict[str, Any]) -> None:
    backend = shared_backend
    context = new_context(chromium, PHONES[0])
    try:
        page = open_chat_page(context, backend)
        chat_id = pay_and_say(page, "我睡不着")
        reply(backend, listener["access_token"], chat_id, "我在，想说说吗？")
        expect(page.locator("li.msg.responder")).to_have_count(1)
        # Offline: the message is kept (not sent), then the tab is closed.
        context.set_offline(True)
        page.fill("#message", "写在断网的时候")
        press(page, "#send")
        expect(page.locator("li.msg.failed")).to_have_count(1)
        assert [p["body"] for p in session_of(page)["pending"]] == ["写在断网的时候"]
        page.close()
        context.set_offline(False)
        reply(backend, listener["access_token"], chat_id, "你还在吗？")  # while it was closed

        # The link again, in a fresh page of the same browser: the chat is back, with its
        # history, the message written offline sent, and what came meanwhile.
        page = open_chat_page(context, backend)
        expect(page.locator("#chat-view")).to_be_visible()
        expect(page.locator("li.msg[data-state='sent']")).to_have_count(4)
        texts = page.locator("#log li .body").all_text_contents()
        assert texts[:3] == ["我睡不着", "我在，想说说吗？", "你还在吗？"]
        assert texts[3] == "写在断网的时候"
        assert session_of(page)["pending"] == []
        messages = httpx.get(f"{backend.api}/conversations/{chat_id}/messages",
                             headers=bearer(listener["access_token"])).json()["messages"]
        assert [m["body"] for m in messages].count("写在断网的时候") == 1  # sent once

        # A stored chat whose token has expired is dropped: the start step, not an error.
        page.evaluate("""() => {
          const s = JSON.parse(localStorage.getItem('responder.chat.v1'));
          s.tokenExpiresAt = '2000-01-01T00:00:00Z';
          localStorage.setItem('responder.chat.v1', JSON.stringify(s));
        }""")
        page.close()
        page = open_chat_page(context, backend)
        expect(page.locator("#start-view")).to_be_visible()
        assert page.evaluate("localStorage.getItem('responder.chat.v1')") is None
    finally:
        context.close()


def test_a_resume_link_opens_the_chat_elsewhere_until_it_ends(
        chromium: Browser, shared_backend: Backend, listener: dict[str, Any]) -> None:
    backend = shared_backend
    phone = new_context(chromium, PHONES[1])
    laptop = new_context(chromium, DESKTOP)
    other = new_context(chromium, PHONES[0])
    try:
        page = open_chat_page(phone, backend)
        chat_id = pay_and_say(page, "换个设备也能接着聊吗？")
        reply(backend, listener["access_token"], chat_id, "可以的。")
        expect(page.locator("li.msg.responder")).to_have_count(1)

        # A quiet control shows the link and the code, with copy buttons; asked once.
        press(page, "#resume-open")
        expect(page.locator("#resume-dialog")).to_be_visible()
        link = page.locator("#resume-link").input_value()
        code = page.locator("#resume-code").input_value()
        assert re.fullmatch(re.escape(backend.base_url) + r"/chat/#resume=[0-9A-Z]{10}", link)
        assert re.fullmatch(r"[0-9A-Z]{5}-[0-9A-Z]{5}", code)
        press(page, "#copy-code")
        expect(page.locator("#resume-status")).not_to_be_empty()
        press(page, "#resume-close")
        press(page, "#resume-open")  # the same code again: not rotated by looking
        assert page.locator("#resume-code").input_value() == code
        press(page, "#resume-close")

        # Another browser opens the link: the chat with its history; the code leaves the
        # address bar.
        laptop_page = laptop.new_page()
        laptop_page.goto(link)
        laptop_page.wait_for_selector("body[data-ready='1']")
        expect(laptop_page.locator("#log li .body")).to_have_text(
            ["换个设备也能接着聊吗？", "可以的。"])
        assert "#resume" not in laptop_page.url
        # The paid time runs there too, and stays after the stream has replayed the chat's
        # events from before the first reply (their summaries have no end yet).
        expect(laptop_page.locator("#time-left")).to_have_text(re.compile(r"^还剩 1[45]:\d\d$"))
        laptop_page.wait_for_timeout(1500)
        expect(laptop_page.locator("#time-left")).to_be_visible()
        laptop_page.fill("#message", "我在电脑上")
        laptop_page.keyboard.press("Enter")
        expect(page.locator("#log li .body").last).to_have_text("我在电脑上")  # both in step

        # A typed code, lower case without the dash, on the start step of a third browser;
        # a wrong one first, said in plain words.
        other_page = open_chat_page(other, backend)
        press(other_page, "#resume-entry summary")
        other_page.fill("#resume-input", "ZZZZZ-ZZZZZ")
        press(other_page, "#resume-go")
        expect(other_page.locator("#error")).to_contain_text("这个继续码不对")
        other_page.fill("#resume-input", code.replace("-", "").lower())
        press(other_page, "#resume-go")
        expect(other_page.locator("#log li.msg")).to_have_count(3)

        # The chat ends: the link no longer opens it, and the page says why.
        press(page, "#end")
        press(page, "#end-yes")
        expect(page.locator("#end-view")).to_be_visible()
        late = chromium.new_context(locale="zh-CN")
        try:
            late_page = late.new_page()
            late_page.goto(link)
            late_page.wait_for_selector("body[data-ready='1']")
            # The server keeps an ended chat's code, so the page can say why it no longer
            # opens anything.
            expect(late_page.locator("#error")).to_have_text(
                "这次聊天已经结束了，所以这个链接不能再用了。")
            expect(late_page.locator("#start-view")).to_be_visible()
            assert late_page.evaluate("localStorage.getItem('responder.chat.v1')") is None
        finally:
            late.close()
    finally:
        for ctx in (phone, laptop, other):
            ctx.close()


def test_a_resumed_chat_reads_in_the_language_it_began_in(
        chromium: Browser, shared_backend: Backend, listener: dict[str, Any]) -> None:
    """A client who chats in English opens their link on a browser that never chose a
    language: the page is in English there too, not in the default Chinese."""
    backend = shared_backend
    phone = new_context(chromium, PHONES[0])
    laptop = new_context(chromium, DESKTOP)
    try:
        page = open_chat_page(phone, backend)
        page.select_option("#lang", "en")
        expect(page.locator("html")).to_have_attribute("lang", "en")
        pay_and_say(page, "Can I go on from my laptop?")
        press(page, "#resume-open")
        expect(page.locator("#resume-dialog")).to_be_visible()
        expect(page.locator("#resume-link")).to_have_value(re.compile("#resume="))
        link = page.locator("#resume-link").input_value()
        press(page, "#resume-close")

        laptop_page = laptop.new_page()
        laptop_page.goto(link)
        laptop_page.wait_for_selector("body[data-ready='1']")
        expect(laptop_page.locator("#log li .body")).to_have_text(
            ["Can I go on from my laptop?"])
        expect(laptop_page.locator("html")).to_have_attribute("lang", "en")
    finally:
        for ctx in (phone, laptop):
            ctx.close()
