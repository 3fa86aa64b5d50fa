"""The truth before paying, from the server, on a phone: nobody online -> said, with when
listeners are usually around, and nothing is sold; one free listener -> said; every seat
taken -> the queue and a wait estimate, and once paid the client's place; the queue full
(`--max-queue 1`) -> said, nothing sold; a checkout the server refuses (nobody online) ->
plain words, back to the start step. The refund rule is stated before paying."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Route, expect

from tests.support.backend import Backend, start_backend
from tests.web.conftest import set_client_name
from tests.web.test_web_phone import PHONES, new_context, open_chat_page, press, session_of


@pytest.fixture(scope="module")
def small_queue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    server = start_backend(tmp_path_factory.mktemp("truth"), "--heartbeat", "0.5",
                           "--max-queue", "1")
    yield server
    server.stop()


def pay(page: Any, alias: str) -> str:
    page.fill("#alias", alias)
    expect(page.locator("#price")).to_contain_text("¥")
    press(page, "#continue")
    expect(page.locator("#pay-view")).to_be_visible()
    expect(page.locator("#pay-rule")).to_contain_text("自动退回")
    press(page, "#pay")
    expect(page.locator("#chat-view")).to_be_visible()
    chat_id = session_of(page)["conversationId"]
    assert isinstance(chat_id, str)
    return chat_id


def test_the_page_says_who_can_answer_before_it_sells_anything(
        chromium: Browser, small_queue: Backend) -> None:
    backend = small_queue
    backend.new_responder(online=False)  # exists, but away: nobody online
    first = new_context(chromium, PHONES[0])
    second = new_context(chromium, PHONES[1])
    third = new_context(chromium, PHONES[2])
    try:
        # Nobody online: said plainly, with the usual hours; nothing can be bought.
        page = open_chat_page(first, backend)
        truth = page.locator("#truth")
        expect(truth).to_contain_text("现在没有倾听者在线，所以暂时不收款。")
        expect(page.locator("#truth-more")).to_be_visible()
        expect(page.locator("#refund-rule")).to_contain_text("全部款项自动退回")
        expect(page.locator("#continue")).to_be_disabled()

        # Had the page believed someone was free, the server's refusal is said in plain
        # words and nothing is charged.
        def pretend_free(route: Route) -> None:
            route.fulfill(status=200, content_type="application/json", body=json.dumps({
                "state": "free", "online": 1, "free": 1, "typical_first_reply_s": None,
                "queue_waiting": 0, "wait_estimate_s": None, "usual_hours": [],
                "time_zone": "Asia/Shanghai", "refund_after_s": 900,
                "checked_at": "2026-01-01T00:00:00Z"}))

        page.route("**/api/v1/client/availability", pretend_free)
        page.reload()
        page.wait_for_selector("body[data-ready='1']")
        expect(truth).to_contain_text("有空")
        page.fill("#alias", "Mei")
        press(page, "#continue")
        expect(page.locator("#error")).to_have_text(
            "现在没有倾听者在线，没有扣款。请看下面倾听者通常在线的时间。")
        expect(page.locator("#start-view")).to_be_visible()
        page.unroute("**/api/v1/client/availability")

        # One listener online with one free seat.
        amy = backend.new_responder(display_name="Amy", max_concurrent=1)
        set_client_name(backend, amy["access_token"], "Amy")
        page.reload()
        page.wait_for_selector("body[data-ready='1']")
        expect(truth).to_contain_text("现在有 1 位倾听者在线，而且有空。")
        expect(page.locator("#continue")).to_be_enabled()
        pay(page, "Mei")  # her only seat is taken now

        # Every seat taken: the queue and the wait, before paying; after, the place.
        page2 = open_chat_page(second, backend)
        expect(page2.locator("#truth")).to_contain_text("正在和别人聊天")
        expect(page2.locator("#truth-more")).to_contain_text("下一位就是你")
        expect(page2.locator("#truth-more")).to_contain_text("预计等待约")
        pay(page2, "Lan")
        expect(page2.locator("#chat-title")).to_have_text("正在为你找一位倾听者…")
        expect(page2.locator("#queue-place")).to_contain_text("下一位就是你 · 预计等待约")

        # The queue is full (one waiting, --max-queue 1): said, and nothing sold.
        page3 = open_chat_page(third, backend)
        expect(page3.locator("#truth")).to_contain_text("现在排队的人已经满了")
        expect(page3.locator("#continue")).to_be_disabled()

        # The first chat ends: the queued client is offered to Amy; the place goes away.
        press(page, "#end")
        press(page, "#end-yes")
        expect(page.locator("#end-view")).to_be_visible()
        expect(page2.locator("#queue-place")).to_be_hidden()
    finally:
        for ctx in (first, second, third):
            ctx.close()

