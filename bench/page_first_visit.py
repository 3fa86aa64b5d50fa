"""The client's page on a first visit (empty cache), in Debian's headless chromium: the bytes
it transfers and the time until the nickname box accepts input, over a slow-3G link (CDP
Network.emulateNetworkConditions: 400 kbit/s down and up, 400 ms latency) and over loopback
without throttling (the floor). Targets: at most 100 KB and 2 s on slow 3G.

    .venv/bin/python -m bench.page_first_visit [--runs 3]

Bytes: the sum of Network.loadingFinished encodedDataLength (what crossed the wire,
headers included) of every response until the page is idle. Time: from navigation start
(performance.timeOrigin) to the first frame in which #alias is shown and enabled.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, sync_playwright

from tests.support.backend import start_backend
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS

SLOW_3G = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8,
           "uploadThroughput": 400_000 / 8}
UNTHROTTLED = {"offline": False, "latency": 0, "downloadThroughput": -1,
               "uploadThroughput": -1}
# In the page from its first script on: the moment the nickname box can take input.
ALIAS_READY = """
(() => {
  const check = () => {
    const box = document.getElementById("alias");
    if (box && box.offsetParent !== null && !box.disabled) {
      window.__aliasReadyMs = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
"""


def first_visit(browser: Browser, url: str, conditions: dict[str, Any]
                ) -> tuple[int, float, dict[str, int]]:
    context = browser.new_context(viewport={"width": 360, "height": 640}, is_mobile=True,
                                  has_touch=True, locale="zh-CN")
    try:
        page = context.new_page()
        page.add_init_script(ALIAS_READY)
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        cdp.send("Network.emulateNetworkConditions", conditions)
        urls: dict[str, str] = {}
        sizes: dict[str, int] = {}
        cdp.on("Network.requestWillBeSent",
               lambda e: urls.__setitem__(e["requestId"], e["request"]["url"]))
        cdp.on("Network.loadingFinished", lambda e: sizes.__setitem__(
            urls.get(e["requestId"], e["requestId"]), int(e["encodedDataLength"])))
        page.goto(url, wait_until="load", timeout=120_000)
        page.wait_for_function("() => window.__aliasReadyMs !== undefined", timeout=120_000)
        ready_ms = float(page.evaluate("window.__aliasReadyMs"))
        page.wait_for_load_state("networkidle", timeout=120_000)
        by_file = {u.removeprefix(url.rsplit("/chat/", 1)[0]): n for u, n in sizes.items()}
        return sum(sizes.values()), ready_ms, by_file
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        backend = start_backend(Path(tmp))
        try:
            backend.new_responder(display_name="Amy")  # the truth line says someone is free
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            url = f"{backend.base_url}/chat/"
            for name, conditions in (("slow 3G (400 kbit/s, 400 ms)", SLOW_3G),
                                     ("unthrottled loopback (floor)", UNTHROTTLED)):
                totals, times = [], []
                by_file: dict[str, int] = {}
                for _ in range(args.runs):
                    total, ready_ms, by_file = first_visit(browser, url, conditions)
                    totals.append(total)
                    times.append(ready_ms)
                print(f"{name}: first visit {statistics.median(totals) / 1024:.1f} KB "
                      f"transferred; nickname box ready after "
                      f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms "
                      f"(n={args.runs})")
            print("  by response (last run, bytes on the wire):")
            for path, size in sorted(by_file.items(), key=lambda kv: -kv[1]):
                print(f"    {size:7d}  {path}")
            browser.close()
        finally:
            backend.stop()


if __name__ == "__main__":
    main()
