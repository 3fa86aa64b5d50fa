"""Regenerates docs/screenshots/web-phone.png and web-desktop.png: the client's web page in
Debian's headless chromium (Playwright, executable_path) against the real backend.

    .venv/bin/python docs/screenshots/make_web_screenshots.py

A responder (Amy) answers through the API, so the chat reads the same every time.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
import httpx
from playwright.sync_api import ViewportSize, expect, sync_playwright

from tests.support.backend import bearer, start_backend
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS

HERE = Path(__file__).resolve().parent
SIZES: dict[str, ViewportSize] = {
    "web-phone.png": {"width": 390, "height": 844},
    "web-desktop.png": {"width": 1280, "height": 800},
}
CLIENT = ["你好，在吗？", "最近工作压力好大，每天加班到很晚，感觉快撑不住了。"]
RESPONDER = ["我在的。连续加班真的很累，谢谢你愿意跟我说。", "最近睡得怎么样？"]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        backend = start_backend(Path(tmp))
        try:
            token = backend.new_responder(display_name="Amy")["access_token"]
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, size in SIZES.items():
                page = browser.new_context(viewport=size, locale="zh-CN").new_page()
                page.goto(f"{backend.base_url}/chat/")
                page.wait_for_selector("body[data-ready='1']")
                page.fill("#alias", "小美")
                page.fill("#topic", "工作压力")
                page.check("input[name=length][value='30']")
                page.click("#continue")
                page.click("#pay")
                expect(page.locator("#chat-view")).to_be_visible()
                chat_id = page.evaluate(
                    "JSON.parse(localStorage.getItem('responder.chat.v1')).conversationId")
                for i, (mine, theirs) in enumerate(zip(CLIENT, RESPONDER, strict=True)):
                    page.fill("#message", mine)
                    page.keyboard.press("Enter")
                    httpx.put(f"{backend.api}/conversations/{chat_id}/messages/{uuid.uuid4()}",
                              json={"body": theirs}, headers=bearer(token)).raise_for_status()
                    expect(page.locator("li.msg.responder")).to_have_count(i + 1)
                page.fill("#message", "睡不好，总是半夜醒")
                page.keyboard.press("Enter")
                httpx.post(f"{backend.api}/conversations/{chat_id}/typing",
                           headers=bearer(token)).raise_for_status()
                expect(page.locator("#typing")).to_be_visible()
                page.screenshot(path=str(HERE / name))
                print("wrote", HERE / name)
            browser.close()
        finally:
            backend.stop()


if __name__ == "__main__":
    main()
