"""Paid time on the client's page, with the server's clock moved (never slept through): the
time left once the listener has answered, the notice two minutes before the end (which can
open the extension), at time up the extend panel with the grace counting down, an
extension paid through the same checkout that keeps the same chat, listener and history,
and the end after the grace said as "the time is up"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, expect

from tests.support.backend import Backend, bearer, start_backend
from tests.web.conftest import set_client_name
from tests.web.test_web_phone import (
    PHONES,
    new_context,
    open_chat_page,
    press,
    reachable,
    reply,
    session_of,
)

MARGIN_S = 5


@pytest.fixture(scope="module")
def timed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    server = start_backend(tmp_path_factory.mktemp("time"), "--heartbeat", "0.5",
                           "--session-grace", "300")
    yield server
    server.stop()


def test_time_left_the_two_minute_notice_an_extension_and_the_end(
        chromium: Browser, timed: Backend) -> None:
    backend = timed
    amy: dict[str, Any] = backend.new_responder(display_name="Amy")
    set_client_name(backend, amy["access_token"], "Amy")
    context = new_context(chromium, PHONES[0])
    try:
        page = open_chat_page(context, backend)
        page.fill("#alias", "Mei")
        page.check("input[name=length][value='15']")
        expect(page.locator("#price")).to_contain_text("¥")
        press(page, "#continue")
        press(page, "#pay")
        expect(page.locator("#chat-view")).to_be_visible()
        chat_id = session_of(page)["conversationId"]
        expect(page.locator("#time-left")).to_be_hidden()  # no answer yet: no clock runs
        page.fill("#message", "你好")
        press(page, "#send")
        expect(page.locator("li.msg.client[data-state='sent']")).to_have_count(1)
        reply(backend, amy["access_token"], chat_id, "我在。")

        # The paid time runs from the first reply.
        left = page.locator("#time-left")
        expect(left).to_have_text(re.compile(r"^还剩 1[45]:\d\d$"))

        # Two minutes before the end: a clear notice, from which time can be added.
        backend.advance_clock(13 * 60 + MARGIN_S)
        notice = page.locator("#time-notice")
        expect(notice).to_contain_text("还剩不到 2 分钟")
        expect(left).to_have_text(re.compile(r"^还剩 [01]:\d\d$"))
        press(page, "#time-notice-extend")
        panel = page.locator("#extend-panel")
        expect(panel).to_be_visible()
        expect(page.locator("[data-extend='30']")).to_contain_text("¥")
        press(page, "#extend-close")  # not now
        expect(panel).to_be_hidden()

        # Time up: the panel, with the grace counting down to the end.
        backend.advance_clock(2 * 60)
        expect(panel).to_be_visible()
        expect(page.locator("#extend-title")).to_have_text("时间到了。想继续聊吗？")
        expect(page.locator("#grace-left")).to_have_text(
            re.compile(r"^如果不续时，聊天会在 [1-5]:\d\d 后结束。$"))
        expect(left).to_have_text("时间到了")
        expect(page.locator("[data-extend='30']")).to_contain_text("¥")  # priced as it opens
        reachable(page, ["#extend-pay", "#extend-lengths label"])
        reachable(page, ["#message", "#send"], scroll=False)  # the panel never covers them

        # Another 30 minutes, through the same checkout: the same chat, listener, history.
        page.locator("#extend-lengths label").filter(has_text="30").click()
        press(page, "#extend-pay")
        expect(panel).to_be_hidden()
        expect(left).to_have_text(re.compile(r"^还剩 (29|30):\d\d$"))
        assert session_of(page)["conversationId"] == chat_id
        reply(backend, amy["access_token"], chat_id, "我们接着聊。")  # the same listener
        expect(page.locator("#log li .body")).to_have_text(["你好", "我在。", "我们接着聊。"])
        summary = httpx.get(f"{backend.api}/conversations/{chat_id}",
                            headers=bearer(amy["access_token"])).json()
        assert summary["paid_minutes"] == 45

        # The end after the grace: said as the time being up, not the listener leaving.
        backend.advance_clock(30 * 60 + 300 + MARGIN_S)
        expect(page.locator("#end-view")).to_be_visible()
        expect(page.locator("#ended-note")).to_have_text("时间到了，这次聊天结束了。")
        expect(page.locator("#rating-form")).to_be_visible()
    finally:
        context.close()


def test_a_second_tap_after_a_lost_answer_does_not_pay_for_a_second_block(
        chromium: Browser, timed: Backend) -> None:
    """The extension's confirm reaches the server but its answer is lost: tapping again
    sends the same keys, so the same payment answers and one block is added, not two."""
    backend = timed
    amy: dict[str, Any] = backend.new_responder(display_name="Amy")
    context = new_context(chromium, PHONES[0])
    try:
        page = open_chat_page(context, backend)
        page.fill("#alias", "Mei")
        page.check("input[name=length][value='15']")
        expect(page.locator("#price")).to_contain_text("¥")
        press(page, "#continue")
        press(page, "#pay")
        expect(page.locator("#chat-view")).to_be_visible()
        chat_id = session_of(page)["conversationId"]
        reply(backend, amy["access_token"], chat_id, "我在。")
        expect(page.locator("#time-left")).to_have_text(re.compile(r"^还剩 1[45]:\d\d$"))
        backend.advance_clock(15 * 60 + MARGIN_S)
        panel = page.locator("#extend-panel")
        expect(panel).to_be_visible()
        expect(page.locator("[data-extend='15']")).to_contain_text("¥")

        lost: list[str] = []

        def lose_first_answer(route: Any) -> None:
            if lost:
                route.continue_()
                return
            route.fetch()  # the server adds the block ...
            lost.append(route.request.url)
            route.abort()  # ... and the page never hears of it

        page.route("**/confirm", lose_first_answer)
        press(page, "#extend-pay")
        expect(page.locator("#error")).to_be_visible()
        assert lost
        press(page, "#extend-pay")
        expect(panel).to_be_hidden()
        summary = httpx.get(f"{backend.api}/conversations/{chat_id}",
                            headers=bearer(amy["access_token"])).json()
        assert summary["paid_minutes"] == 30
    finally:
        context.close()
