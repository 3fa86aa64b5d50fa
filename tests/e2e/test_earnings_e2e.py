"""Earnings end to end: real backend (controllable clock), real app, a simulated client.

The earnings panel is open while the responder wraps a paid session up: the figures move
live, through the event stream, to what the ledger says; a tip after the close follows;
the rate line names the window from the server's card and clock; and the CSV exported
from the app reads back to the same totals as the panel.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog

from responder_app.app_controller import AppController
from responder_app.features.earnings.ledger import csv_totals
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language
from responder_sim import start_session
from tests.support.backend import Backend
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _move_to_next_noon(backend: Backend) -> None:
    ms = int(httpx.get(f"{backend.api}/health").headers["X-Server-Time"])
    local = datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone(SHANGHAI)
    noon = datetime(local.year, local.month, local.day, 12, tzinfo=SHANGHAI)
    if noon <= local:
        noon += timedelta(days=1)
    backend.advance_clock((noon - local).total_seconds())


def test_the_panel_follows_a_closing_session_and_exports_the_same_totals(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"  # a desktop user's home, with its Documents folder
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    app_instance = QApplication.instance()
    assert app_instance is not None
    install_language(app_instance, "en")  # as main.py does: English's plural forms
    email, password = backend.create_responder(display_name="Amy")
    _move_to_next_noon(backend)  # day rate: 15 minutes cost ¥9.90, commission 20 %

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
            app = AppController(http=http, settings=settings,
                                credentials=CredentialStore(fail.Keyring()))
            await app.sign_in(backend.base_url, email, password)
            await wait_until(lambda: app.stream is not None
                             and app.stream.status.state.value == "connected",
                             what="stream connected")
            center = app.earnings
            panel = center.show_panel()
            await wait_until(lambda: panel.summary is not None, what="first figures")
            assert panel.figure("monthNet") == "¥0.00"
            assert panel.figure("rateLineLabel").startswith("Now: Day rate")
            assert "Night rate from 22:00, in 10 h 0 min." in panel.figure("rateLineLabel")

            client = await start_session(backend.base_url, "Mei", "work", length_minutes=15)
            try:
                cid = client.conversation_id
                await wait_until(lambda: app.chat_tab(cid), what="tab")
                await client.listen()
                await app.send(cid, "Hello Mei, I'm here.")  # answered: so it is charged
                assert await client.wait_for_reply(30) is not None
                await app.wrap_up(cid)
                # 990 - 198 commission = 792 fen, shown without reopening the panel
                await wait_until(lambda: panel.figure("todayNet") == "¥7.92",
                                 what="live update after the close")
                assert panel.figure("todaySessions") == "1"
                assert panel.figure("pendingValue") == "¥7.92"
                assert panel.summary is not None
                day = panel.summary.generated_at.astimezone(SHANGHAI).date()
                one = await center.export_csv(tmp_path / "one.csv", day, day)
                assert one is not None and one.entries == 1
                assert panel.figure("statusLabel").startswith("Saved 1 entry to ")
                # the export button asks where, starting in the responder's Documents
                panel.set_export_range(day, day)
                panel.ui.exportButton.click()
                await wait_until(lambda: panel.findChildren(QFileDialog), what="save dialog")
                dialog = panel.findChildren(QFileDialog)[0]
                documents = QStandardPaths.writableLocation(
                    QStandardPaths.StandardLocation.DocumentsLocation)
                assert documents == str(home / "Documents")
                assert Path(dialog.directory().absolutePath()) == home / "Documents"
                assert Path(dialog.directory().absolutePath()) != Path.cwd()
                dialog.reject()
                tip = await client.http.post(f"{client.url}/tip", json={"amount_fen": 500})
                assert tip.status_code == 201, tip.text
                await wait_until(lambda: panel.figure("todayNet") == "¥12.92",
                                 what="the tip arrives live")
                assert panel.figure("goalLabel") == "¥12.92 of ¥10,000.00 (0%)"

                summary = panel.summary
                assert summary is not None
                day = summary.generated_at.astimezone(SHANGHAI).date()
                out = tmp_path / "ledger.csv"
                totals = await center.export_csv(out, day, day)
                assert totals is not None
                read_back = csv_totals(out.read_text(encoding="utf-8-sig"))
                assert read_back == totals
                assert read_back.net_fen == summary.today.net_fen == 1292
                assert read_back.entries == 2
                assert "Saved 2 entries" in panel.figure("statusLabel")
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())
