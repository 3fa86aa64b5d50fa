"""A real headless Chromium (Debian's package) driven by Playwright, against the real
backend. Playwright's own browser download is never used: `executable_path` points at
/usr/bin/chromium, which scripts/install_system_packages.sh installs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.support.backend import Backend

CHROMIUM = os.environ.get("RESPONDER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


@pytest.fixture
def backend(backend_on_each_database: Backend) -> Backend:
    """The real backend, once on SQLite and once on PostgreSQL (tests/conftest.py)."""
    return backend_on_each_database


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    """One browser per test module. Not per session: while Playwright's sync API is
    started, its own asyncio loop counts as running in this thread, so a later module's
    asyncio test on the same worker (tests run in parallel) could not start its loop."""
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install_system_packages.sh")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
