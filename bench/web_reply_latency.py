"""Web page: a responder's reply (PUT over the API) -> the bubble is in the page's DOM, in
Debian's headless chromium over loopback; also page load -> ready, and reload -> resumed.

    .venv/bin/python -m bench.web_reply_latency [--replies 30]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

from tests.support.backend import bearer, start_backend
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[max(0, int(len(ordered) * 0.9 + 0.5) - 1)]
    return (f"median {statistics.median(ordered):.1f} ms, p90 {p90:.1f} ms, "
            f"max {ordered[-1]:.1f} ms (n={len(ordered)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replies", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        backend = start_backend(Path(tmp))
        try:
            token = backend.new_responder(display_name="Amy")["access_token"]
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
            started = time.perf_counter()
            page.goto(f"{backend.base_url}/chat/")
            page.wait_for_selector("body[data-ready='1']")
            load_ms = (time.perf_counter() - started) * 1000
            page.fill("#alias", "Mei")
            page.click("#continue")
            page.click("#pay")
            page.wait_for_selector("#chat-view:not([hidden])")
            chat_id = page.evaluate(
                "JSON.parse(localStorage.getItem('responder.chat.v1')).conversationId")
            page.wait_for_function("() => document.getElementById('connection').hidden")
            latencies = []
            with httpx.Client() as http:
                for i in range(args.replies):
                    started = time.perf_counter()
                    http.put(f"{backend.api}/conversations/{chat_id}/messages/{uuid.uuid4()}",
                             json={"body": f"reply {i}"},
                             headers=bearer(token)).raise_for_status()
                    page.wait_for_function(
                        "(n) => document.querySelectorAll('li.msg.responder').length >= n",
                        arg=i + 1, polling="raf")
                    latencies.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            page.reload()
            page.wait_for_function(
                "(n) => document.querySelectorAll('li.msg.responder').length === n"
                " && document.body.dataset.ready === '1'", arg=args.replies)
            resume_ms = (time.perf_counter() - started) * 1000
            browser.close()
        finally:
            backend.stop()
    print(f"page load -> ready: {load_ms:.0f} ms")
    print(f"reply PUT -> bubble in the page: {_ms(latencies)}")
    print(f"reload with {args.replies} messages -> all shown again: {resume_ms:.0f} ms")


if __name__ == "__main__":
    main()
