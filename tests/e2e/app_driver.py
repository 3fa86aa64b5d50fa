"""The real app in its own process, for tests that kill it (`python -m tests.e2e.app_driver`).

    --phase type     sign in, wait for the first chat, print "READY <conversation id>",
                     wait for a line on stdin, type three replies into that chat's
                     composer (Enter sends), print "TYPED" once all three are on disk,
                     then idle until killed
    --phase resume   sign in (retrying while the server is down), print "SIGNED-IN",
                     print "DONE" once every reply the last run left is confirmed

Offscreen Qt on the qasync loop, as the app runs; the settings file (and so the outbox's
journal beside it) is the same in both phases, as on one PC.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# isort: off
import PySide6  # noqa: F401  (before qasync)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import qasync

# isort: on
import httpx
from keyring.backends import fail

from responder_app.app_controller import AppController
from responder_app.services.api_client import ApiError
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.shell.collector import MainThreadCollector
from tests.support.qt_async import wait_until

REPLIES = ("OFFLINE1 第一句", "OFFLINE2 第二句", "OFFLINE3 第三句")


def say(line: str) -> None:
    print(line, flush=True)


async def run(args: argparse.Namespace) -> None:
    async with httpx.AsyncClient() as http:
        app = AppController(http=http, settings=AppSettings.in_file(args.settings),
                            credentials=CredentialStore(fail.Keyring()))
        if args.phase == "type":
            await app.sign_in(args.server, args.email, args.password)
            await wait_until(lambda: app.tabs_by_conversation_id, 30, what="a chat")
            cid = next(iter(app.tabs_by_conversation_id))
            say(f"READY {cid}")
            await asyncio.to_thread(sys.stdin.readline)
            tab = app.chat_tab(cid)
            assert tab is not None
            for reply in REPLIES:
                tab.composer.setFocus()
                tab.composer.setPlainText(reply)
                QTest.keyClick(tab.composer, Qt.Key.Key_Return)
            await wait_until(lambda: app.outbox is not None and app.outbox.unsent_count == 3,
                             what="three replies kept")
            say("TYPED")
            await asyncio.sleep(3600)  # the test kills this process
        else:
            while True:
                try:
                    await app.sign_in(args.server, args.email, args.password)
                    break
                except ApiError:
                    await asyncio.sleep(0.2)
            say("SIGNED-IN")
            await wait_until(lambda: app.outbox is not None and app.outbox.unsent_count == 0,
                             60, what="every reply confirmed")
            say("DONE")
            await app.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser()
    for name in ("--phase", "--server", "--email", "--password", "--settings"):
        parser.add_argument(name, required=True)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    MainThreadCollector(app).start()  # as main.py does
    with loop:
        loop.run_until_complete(run(args))


if __name__ == "__main__":
    main()
