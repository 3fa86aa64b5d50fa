"""A closed chat leaves nothing behind: its tab, its timeline model and the messages it
held are released once it is closed (weak references go dead), with every feature's
widgets on it. Figures: `bench/app_memory.py`."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QEvent

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_wire.models import MessagePage
from tests.app.test_reply_speed_ui import SERVER_NOW, PcClock, _client_message, _greeted


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[AppController]:
    clock = ServerClock(local_ms=PcClock())
    clock.observe(SERVER_NOW.timestamp() * 1000)
    http = httpx.AsyncClient()
    controller = AppController(http=http, clock=clock,
                               settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    controller.ticker.start()
    yield controller
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()


def _holders(thing: object) -> list[str]:
    found = []
    for ref in gc.get_referrers(thing):
        if isinstance(ref, dict):
            keys = [k for k, v in ref.items() if v is thing]
            owners = [type(o).__name__ for o in gc.get_referrers(ref) if not isinstance(o, list)]
            found.append(f"dict key {keys} in {owners[:5]}")
        else:
            name = ""
            if hasattr(ref, "__func__"):
                name = ref.__func__.__qualname__
            elif type(ref).__name__ == "cell":
                name = ",".join(f.__qualname__ for f in gc.get_objects()
                                if type(f).__name__ == "function" and f.__closure__
                                and ref in f.__closure__)
            found.append(f"{type(ref).__name__} {name}")
    return found


def test_a_closed_chat_releases_its_model_and_messages(app: AppController) -> None:
    for cid in ("c1", "c2"):
        app.window.open_conversation(_greeted(cid, f"Client {cid}"))
    messages = [_client_message("c1", 300 - i) for i in range(200)]
    app.window.show_history("c1", MessagePage(messages=messages[:100], has_more=True))
    for later in messages[100:]:
        app.window.show_message(later)
    del later
    app.ticker.tick()
    tab = app.chat_tab("c1")
    assert tab is not None
    gone_tab = weakref.ref(tab)
    gone_model = weakref.ref(tab.model)
    gone_message = weakref.ref(messages[150])
    del tab, messages
    app.window.close_conversation("c1")
    _settle()
    assert gone_tab() is None, _holders(gone_tab())
    assert gone_model() is None, _holders(gone_model())
    assert gone_message() is None
    assert app.chat_tab("c2") is not None  # the other chat is untouched
