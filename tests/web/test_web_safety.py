"""Safety on the client's page, in a real headless Chromium against the real backend:
the small print is always there with the region's emergency numbers; resources the
responder shares arrive as a card in the client's language that is not a chat message
(tel: links, text only, kept across a reload); a block ends the chat in neutral words;
a banned client's page says plainly that the service is not available to them."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from playwright.sync_api import BrowserContext, expect

from tests.support.backend import Backend, bearer, server_command
from tests.support.dbquery import query as _query
from tests.web.test_web_page import (
    client_says,
    context,  # noqa: F401  (the fixture)
    conversation_id,
    open_page,
    reply,
    start_paid_chat,
)


def query(database_url: str, sql: str) -> list[tuple[object, ...]]:
    """The operator reads the database (off this thread: Playwright runs a loop here)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(_query, database_url, sql).result()


SHOTS = Path(__file__).resolve().parent.parent.parent / "build" / "screenshots"


def _share(backend: Backend, token: str, chat_id: str, region: str) -> None:
    httpx.post(f"{backend.api}/conversations/{chat_id}/resources-shared",
               json={"region": region}, headers=bearer(token)).raise_for_status()


def test_shared_resources_show_as_a_card_in_the_clients_language(
        context: BrowserContext, backend: Backend) -> None:  # noqa: F811
    responder = backend.new_responder(display_name="Amy")
    token = responder["access_token"]
    page = open_page(context, backend)
    # Before any chat: the small print, with mainland China's numbers as tel: links.
    small = page.locator("#small-print")
    expect(small).to_contain_text("不是医疗服务，也不是危机干预热线")
    expect(small.locator("a[href='tel:12356']")).to_have_text("12356")
    # One line until opened: "这不是医疗服务 · 紧急求助 ▸" opens the hotlines.
    expect(small.locator("a[href='tel:110']")).to_be_hidden()
    page.click("#help-toggle")
    expect(small.locator("a[href='tel:110']")).to_be_visible()
    # A Vietnamese client in Viet Nam.
    page.select_option("#lang", "vi")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.select_option("#region", "VN")
    expect(small.locator("a[href='tel:113']")).to_be_visible()
    expect(small).to_contain_text("không phải dịch vụ y tế")
    start_paid_chat(page, alias="Lan")
    chat_id = conversation_id(page)
    summary = httpx.get(f"{backend.api}/conversations/{chat_id}", headers=bearer(token)).json()
    assert summary["client_region"] == "VN" and summary["client_language"] == "vi"

    expect(small).to_be_in_viewport()  # always visible, in the chat too
    client_says(page, "em thấy mệt quá")
    reply(backend, token, chat_id, "Mình ở đây.")
    expect(page.locator("li.msg.responder")).to_have_count(1)
    _share(backend, token, chat_id, "VN")
    card = page.locator("#log li.resources-card")
    expect(card).to_have_count(1)
    expect(card.locator("h3")).to_have_text("Nơi bạn có thể tìm trợ giúp ngay bây giờ")
    expect(card).to_contain_text("Tổng đài quốc gia bảo vệ trẻ em 111")
    expect(card.locator("a.call")).to_have_text(["113", "115", "111"])
    assert card.locator("a.call").first.get_attribute("href") == "tel:113"
    # Not a chat message: no bubble, no sender, not on either side, its own colours.
    assert card.get_attribute("class") == "resources-card"
    assert card.locator(".meta").count() == 0
    bubble_bg = page.locator("li.msg.responder .body").evaluate(
        "el => getComputedStyle(el).backgroundColor")
    card_bg = card.evaluate("el => getComputedStyle(el).backgroundColor")
    assert card_bg != bubble_bg
    card_box, log_box = card.bounding_box(), page.locator("#log").bounding_box()
    assert card_box is not None and log_box is not None
    assert card_box["width"] > 0.85 * log_box["width"]  # full width, not a bubble
    # Later messages come after it; the card stays after a reload.
    reply(backend, token, chat_id, "Bạn có an toàn không?")
    expect(page.locator("#log > li").last).to_contain_text("Bạn có an toàn không?")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "web_resources_card.png"))
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("#log li.resources-card a.call")).to_have_text(["113", "115", "111"])
    classes = page.locator("#log > li").evaluate_all("els => els.map(e => e.className)")
    assert classes[-2:] == ["resources-card", "msg responder"]
    # The page's language switched to Chinese: the card is rewritten in it.
    page.select_option("#lang", "zh")
    expect(page.locator("#log li.resources-card h3")).to_have_text("现在就能联系到的帮助")


def test_a_block_ends_the_chat_in_neutral_words(context: BrowserContext,  # noqa: F811
                                               backend: Backend) -> None:
    responder = backend.new_responder(display_name="Amy")
    page = open_page(context, backend)
    start_paid_chat(page)
    chat_id = conversation_id(page)
    client_says(page, "你个傻逼")
    httpx.post(f"{backend.api}/conversations/{chat_id}/block", json={"note": "insults"},
               headers=bearer(responder["access_token"])).raise_for_status()
    expect(page.locator("#end-view")).to_be_visible()
    expect(page.locator("#ended-note")).to_have_text("这次聊天已经结束。")
    text = page.locator("body").inner_text()
    assert "block" not in text.lower() and "屏蔽" not in text and "拉黑" not in text


def test_a_blocked_client_keeps_the_hotlines_they_were_given(
        context: BrowserContext, backend: Backend) -> None:  # noqa: F811
    responder = backend.new_responder(display_name="Amy")
    token = responder["access_token"]
    page = open_page(context, backend)
    start_paid_chat(page, alias="小雨")
    chat_id = conversation_id(page)
    client_says(page, "我想自杀")
    reply(backend, token, chat_id, "我在这里。")
    _share(backend, token, chat_id, "CN")
    expect(page.locator("#log li.resources-card")).to_have_count(1)
    httpx.post(f"{backend.api}/conversations/{chat_id}/block", json={"note": "abuse"},
               headers=bearer(token)).raise_for_status()
    expect(page.locator("#end-view")).to_be_visible()
    card = page.locator("#end-view li.resources-card")
    expect(card).to_have_count(1)
    expect(card.locator("a[href='tel:12356']")).to_be_visible()
    # The region's emergency numbers are opened below, not folded away.
    expect(page.locator("#small-print a[href='tel:110']")).to_be_visible()
    text = page.locator("body").inner_text()
    assert "block" not in text.lower() and "屏蔽" not in text and "拉黑" not in text
    page.reload()  # still there after a reload of the ended chat
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("#end-view li.resources-card a[href='tel:12356']")).to_be_visible()


def test_a_banned_clients_page_says_the_service_is_not_available(
        context: BrowserContext, backend: Backend) -> None:  # noqa: F811
    context.add_init_script("localStorage.setItem('responder.client_key', "
                            "'banned-client-key-0123456789')")
    backend.new_responder()
    page = open_page(context, backend)
    page.fill("#alias", "Rude")
    page.click("#continue")  # first visit: a checkout identifies the client by its key
    expect(page.locator("#pay-view")).to_be_visible()
    (client_id,), = query(backend.database_url, "SELECT client_id FROM payments")
    done = server_command("clients", "ban", str(client_id), "--reason", "threats",
                          "--database-url", backend.database_url)
    assert done.returncode == 0, done.stderr
    # Paying now is refused, and the page says why, in plain words.
    page.click("#pay")
    expect(page.locator("#banned-view")).to_be_visible()
    expect(page.locator("#banned-title")).to_have_text("此服务不向你开放")
    expect(page.locator("#chat-view")).to_be_hidden()
    # Coming back later: the page says so at once; the emergency numbers are still there.
    page.goto(f"{backend.base_url}/chat/")
    page.wait_for_selector("body[data-ready='1']")
    expect(page.locator("#banned-view")).to_be_visible()
    expect(page.locator("#start-view")).to_be_hidden()
    expect(page.locator("#small-print a[href='tel:120']")).to_be_visible()
    assert query(backend.database_url, "SELECT count(*) FROM conversations") == [(0,)]
