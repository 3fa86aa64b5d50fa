"""The operator's console in a real headless Chromium against the real backend: an owner
signs in through the form; the live board follows a simulated client who arrives and is
answered without a reload; a supervisor resolves a report; a responder invited from the
console sets a password from the link and signs in with it (the app's sign-in, over the
API). One browser and one backend for the module."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.support.backend import Backend, bearer, server_command
from tests.support.payouts import owe

PASSWORD = "operator password"


def _operator(backend: Backend, email: str, role: str) -> None:
    made = server_command("create-operator", "--email", email, "--role", role, "--password",
                          PASSWORD, "--database-url", backend.database_url)
    assert made.returncode == 0, made.stderr


@pytest.fixture
def context(chromium: Browser) -> Iterator[BrowserContext]:
    ctx = chromium.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    ctx.set_default_timeout(15_000)
    yield ctx
    ctx.close()


# Table cells whose text takes more than one line (a heading split inside a word, an
# amount split from its currency sign).
BROKEN_CELLS = """sel => [...document.querySelectorAll(sel)].filter(el => {
  const range = document.createRange(); range.selectNodeContents(el);
  const rects = [...range.getClientRects()].filter(r => r.width > 0);
  return new Set(rects.map(r => Math.round(r.top))).size > 1;
}).map(el => el.innerText)"""


def _sign_in(context: BrowserContext, backend: Backend, email: str,
             heading: str = "Sign in to the console") -> Page:
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{backend.base_url}/console/")
    expect(page.locator("h1")).to_have_text(heading)
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    page.errors = errors  # type: ignore[attr-defined]
    return page


def test_the_live_board_follows_a_client_who_arrives_and_is_answered(
        context: BrowserContext, shared_backend: Backend) -> None:
    _operator(shared_backend, "owner@ops.test", "owner")
    page = _sign_in(context, shared_backend, "owner@ops.test")
    expect(page.locator("h1")).to_have_text("Live board")
    amy = shared_backend.new_responder(display_name="Amy Board", max_concurrent=4)
    row = page.locator(".responder-row", has_text="Amy Board")
    expect(row).to_contain_text("Online")  # arrived without a reload
    expect(row).to_contain_text("0 / 4")
    chat = shared_backend.start_session("Visitor")
    expect(row).to_contain_text("1 / 4")
    expect(page.locator("#open-chats")).not_to_have_text("0")
    before = page.locator("#first-replies").inner_text()
    httpx.put(f"{shared_backend.api}/conversations/{chat['conversation']['id']}/messages/"
              f"{uuid.uuid4()}", json={"body": "Hello, I am here."},
              headers=bearer(amy["access_token"])).raise_for_status()
    expect(page.locator("#first-replies")).to_have_text(str(int(before) + 1))
    # Chinese is a click away, and nothing on the page broke the CSP or htmx.
    page.click("a[lang=zh]")
    expect(page.locator("h1")).to_have_text("实时看板")
    assert page.errors == []  # type: ignore[attr-defined]


def test_a_supervisor_resolves_a_report(context: BrowserContext,
                                        shared_backend: Backend) -> None:
    _operator(shared_backend, "sup@ops.test", "supervisor")
    ben = shared_backend.new_responder(display_name="Ben Report")
    chat = shared_backend.start_session("<b>Rude</b>")
    reported = httpx.post(f"{shared_backend.api}/conversations/{chat['conversation']['id']}"
                          "/reports", json={"reason": "abuse", "note": "<i>insults</i>"},
                          headers=bearer(ben["access_token"]))
    assert reported.status_code == 201, reported.text
    page = _sign_in(context, shared_backend, "sup@ops.test")
    page.goto(f"{shared_backend.base_url}/console/safety")
    row = page.locator(f".report-row[data-report='{reported.json()['id']}']")
    expect(row).to_contain_text("<b>Rude</b>")  # client text as text
    expect(row).to_contain_text("<i>insults</i>")
    row.locator("a").click()
    page.fill("#note", "Warned the client; the listener is fine.")
    page.click("form[action$='/resolve'] button")
    expect(page.locator("#resolution")).to_contain_text("Warned the client")
    page.goto(f"{shared_backend.base_url}/console/safety")
    expect(page.locator(f".report-row[data-report='{reported.json()['id']}']")).to_have_count(0)


def test_an_invited_responder_sets_a_password_and_signs_in(context: BrowserContext,
                                                          shared_backend: Backend) -> None:
    _operator(shared_backend, "boss@ops.test", "owner")
    page = _sign_in(context, shared_backend, "boss@ops.test")
    page.goto(f"{shared_backend.base_url}/console/responders")
    page.fill("#inv-email", "lan@example.test")
    page.fill("#inv-name", "Lan")
    page.click("form[action$='/invite'] button")
    link = page.locator("#invitation-link").input_value()
    assert link.startswith(f"{shared_backend.base_url}/console/invite/")
    responder = context.new_page()  # the responder's own browser tab
    responder.goto(link)
    expect(responder.locator("main")).to_contain_text("lan@example.test")
    responder.fill("#pw", "my own password")
    responder.fill("#pw2", "my own password")
    responder.click("button[type=submit]")
    expect(responder.locator(".notice")).to_contain_text("Sign in in the app")
    tokens = shared_backend.sign_in("lan@example.test", "my own password")
    assert tokens["responder"]["display_name"] == "Lan"


def test_a_payout_run_reads_in_chinese_on_a_small_laptop(chromium: Browser,
                                                          shared_backend: Backend) -> None:
    _operator(shared_backend, "cashier@ops.test", "owner")
    email, _ = shared_backend.create_responder(display_name="Amy Payout")
    owe(shared_backend.database_url, email, [60_00, 1_234_56], account="o-amy-payout")
    context = chromium.new_context(viewport={"width": 1024, "height": 768}, locale="zh-CN")
    context.set_default_timeout(15_000)
    try:
        page = _sign_in(context, shared_backend, "cashier@ops.test", "登录运营后台")
        page.goto(f"{shared_backend.base_url}/console/money/payout-runs")
        page.fill("#run-minimum", "1000")
        page.click("form[action$='/payout-runs'] button[type=submit]")
        page.get_by_role("button", name="确认并打款").click()
        row = page.locator(".line-row", has_text="Amy Payout")
        expect(row).to_contain_text("¥1,294.56")
        expect(row.locator("code")).not_to_be_empty()  # the provider's transfer number
        # 代扣税, 已到账 and ¥1,294.56 each on one line beside the long transfer number.
        assert page.evaluate(BROKEN_CELLS, "th, td.num, td.nowrap") == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 1024
        # The audit log says the run had no "before" in a dash, not in JSON's null.
        page.goto(f"{shared_backend.base_url}/console/audit?action=payout.run")
        expect(page.locator(".audit-row pre").first).to_have_text("—")
    finally:
        context.close()


@pytest.mark.parametrize("size", [(320, 568), (360, 640)], ids=["320x568", "360x640"])
def test_on_a_phone_the_console_never_scrolls_sideways_and_every_control_is_in_reach(
        chromium: Browser, shared_backend: Backend, size: tuple[int, int]) -> None:
    email = f"phone{size[0]}@ops.test"
    _operator(shared_backend, email, "owner")
    width, height = size
    context = chromium.new_context(viewport={"width": width, "height": height},
                                   locale="zh-CN")
    context.set_default_timeout(15_000)
    try:
        page = _sign_in(context, shared_backend, email, "登录运营后台")
        for path in ("/console/safety/bans", "/console/money/payout-runs"):
            page.goto(f"{shared_backend.base_url}{path}")
            # A wide table scrolls inside itself; fields shrink to their card.
            assert page.evaluate("document.documentElement.scrollWidth") <= width, path
            # The whole menu, on rows of its own, with no word split across two lines.
            assert page.evaluate(BROKEN_CELLS, "header.top nav a") == [], path
            for control in page.locator("main button, main input:not([type=hidden])").all():
                control.scroll_into_view_if_needed()
                box = control.bounding_box()
                assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    finally:
        context.close()
