"""A real headless Chromium (Debian's package) driven by Playwright, against the real
backend. Playwright's own browser download is never used: `executable_path` points at
/usr/bin/chromium, which scripts/install_system_packages.sh installs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.support.backend import Backend, bearer, start_backend

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
def shared_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    """One backend (SQLite) for a whole module whose tests each make their own chats: the
    page's walk-throughs do not need a fresh database each, and a start costs seconds."""
    server = start_backend(Path(tmp_path_factory.mktemp("web")), "--heartbeat", "0.5")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def listener(shared_backend: Backend) -> dict[str, Any]:
    """An online responder with room for many chats, whose name clients see is "Amy"."""
    tokens = shared_backend.new_responder(display_name="Amy", max_concurrent=20)
    set_client_name(shared_backend, tokens["access_token"], "Amy")
    return tokens


def set_client_name(backend: Backend, token: str, name: str) -> None:
    """The name clients see (`PUT /me/client-name`); without it they see none."""
    httpx.put(f"{backend.api}/me/client-name", json={"client_name": name},
              headers=bearer(token)).raise_for_status()


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
