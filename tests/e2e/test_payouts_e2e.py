"""Payouts end to end: the real app against the real backend, whose sandbox pays at once.

The earnings window shows the next payout (pending, the tax, where it would go); the
operator runs a payout; the app says the money arrived and the window shows nothing
pending. The window's account button opens Account ▸ Payouts.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language
from tests.support.backend import Backend, server_command
from tests.support.payouts import owe
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e


def test_the_next_payout_and_the_money_arriving(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    app_instance = QApplication.instance()
    assert app_instance is not None
    install_language(app_instance, "en")
    email, password = backend.create_responder(display_name="Amy")
    owe(backend.database_url, email, [60_00, 12_34], account="o-amy-openid-1234")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
            app = AppController(http=http, settings=settings,
                                credentials=CredentialStore(fail.Keyring()))
            notified: list[tuple[str, str]] = []
            app.payouts.sig_notified.connect(lambda kind, text: notified.append((kind, text)))
            try:
                await app.sign_in(backend.base_url, email, password)
                await wait_until(lambda: app.stream is not None
                                 and app.stream.status.state.value == "connected",
                                 what="stream connected")
                app.earnings.show_panel()
                section = app.payouts.section
                assert section is not None and section.isVisible()
                await wait_until(lambda: section.next is not None, what="the next payout")
                assert section.text("payoutAmounts") == (
                    "Pending ¥72.34 · tax withheld about ¥0.00 · you would receive ¥72.34")
                assert section.text("payoutAccount") == "Paid to your WeChat …1234"
                assert "at least ¥100.00" in section.text("payoutMinimum")

                section.account_button.click()
                page = await wait_until(lambda: app.payout_accounts.page, what="the page")
                await wait_until(page.isVisible, what="Account ▸ Payouts on screen")
                assert section.text("payoutStatus") == ""  # no "add it there" fallback
                assert app.host.preferences_dialog is not None
                app.host.preferences_dialog.close()

                done = await asyncio.to_thread(
                    server_command, "payouts", "run", "--minimum-fen", "5000",
                    "--database-url", backend.database_url)
                assert done.returncode == 0, done.stdout
                await wait_until(lambda: ("paid", "¥72.34 arrived in your WeChat …1234.")
                                 in notified, what="the money arrived")
                await wait_until(lambda: section.text("payoutAmounts").startswith(
                    "Pending ¥0.00"), what="nothing pending now")
                assert "at least ¥50.00" in section.text("payoutMinimum")
                assert not section.in_flight.isVisible()
                assert [kind for kind, _ in notified] == ["paid"]
            finally:
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())
