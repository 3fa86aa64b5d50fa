"""The page in a real Chromium against a real backend with limits on: a refused message
says in plain words (the page's language) how long to wait, and is sent once the wait is
over; a responder's name with a direction override stays isolated inside its sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect

from tests.support.backend import Backend, start_backend
from tests.web.test_web_page import context, open_page, start_paid_chat  # noqa: F401

RLO_NAME = "\u202eAmy"  # a right-to-left override in a display name


@pytest.fixture
def limited(tmp_path: Path) -> Iterator[Backend]:
    server = start_backend(tmp_path, "--limit", "message.token=2/60")
    yield server
    server.stop()


def test_a_limited_message_says_how_long_to_wait(context: BrowserContext,  # noqa: F811
                                                 limited: Backend) -> None:
    limited.new_responder(display_name=RLO_NAME)
    page = open_page(context, limited)
    start_paid_chat(page)
    title = page.locator("#chat-title")
    expect(title).to_contain_text("Amy")
    assert f"\u2068{RLO_NAME}\u2069" in (title.text_content() or "")  # isolated, not reordering
    for text in ("one", "two", "three"):
        page.fill("#message", text)
        page.keyboard.press("Enter")
    error = page.locator("#error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("操作太频繁了")  # the page's language (zh-CN)
    expect(error).to_contain_text("秒")
    expect(page.locator("li.msg.client.failed")).to_have_count(1)
    limited.advance_clock(60)
    page.locator("li.msg.client.failed").click()  # the page's own "try again"
    expect(page.locator("li.msg.client[data-state='sent']")).to_have_count(3)


def _until(page: Page, done: Callable[[], bool]) -> None:
    """Lets the page run until `done` (what the test waits for), for 30 s at most."""
    for _ in range(1500):
        if done():
            return
        page.wait_for_timeout(20)
    raise AssertionError("the page never got there")


def test_a_message_typed_while_the_chat_loads_is_sent_once(context: BrowserContext,  # noqa: F811
                                                           limited: Backend) -> None:
    """On a slow network the client types before the chat's history has loaded: the
    message is sent once, not again by the resend of what was pending (a second send would
    count against their limit: "too many" after two messages)."""
    limited.new_responder(display_name="Amy")
    page = open_page(context, limited)
    history: list[Route] = []
    puts: list[Route] = []
    released: list[bool] = []

    def hold(route: Route) -> None:
        request = route.request
        if request.method == "PUT" and "/messages/" in request.url:
            puts.append(route)  # counted, and held until released
            if not released:
                return
        if released:
            route.continue_()
        elif request.method == "GET" and "/messages?" in request.url:
            history.append(route)
        else:
            route.continue_()

    page.route("**/api/v1/conversations/**", hold)
    streams: list[bool] = []
    page.on("request", lambda r: streams.append(True) if "/client/stream-ticket" in r.url
            else None)
    start_paid_chat(page)
    _until(page, lambda: bool(history))  # the chat's history is on its way
    page.fill("#message", "one")
    page.keyboard.press("Enter")
    _until(page, lambda: bool(puts))  # the message is on its way
    history.pop().continue_()  # the history arrives while the message is still in flight
    _until(page, lambda: bool(streams))  # after the history: the resend, then the stream
    released.append(True)
    for route in list(puts):
        route.continue_()
    expect(page.locator("li.msg.client[data-state='sent']")).to_have_count(1)
    assert len(puts) == 1  # sent once
