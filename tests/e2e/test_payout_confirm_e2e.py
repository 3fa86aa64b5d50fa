"""Confirming a WeChat payout end to end: the real app against the real backend paying
through the fake WeChat Pay gateway. The operator's run leaves the line waiting for the
responder; the app says to confirm it in WeChat and the earnings window shows a QR code
that decodes to the confirm link; once confirmed in WeChat (the page reports it) the line
is paid and the QR code goes away."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import zxingcpp
from keyring.backends import fail
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language
from tests.support.backend import Backend, server_command
from tests.support.fake_wechat_transfer import FakeWeChatTransfer
from tests.support.payout_confirm import wechat_payout_backend
from tests.support.payouts import owe
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e


@pytest.fixture
def fake() -> Iterator[FakeWeChatTransfer]:
    gateway = FakeWeChatTransfer()
    gateway.start()
    yield gateway
    gateway.stop()


@pytest.fixture
def pay_backend(fake: FakeWeChatTransfer, tmp_path: Path) -> Iterator[Backend]:
    with wechat_payout_backend(fake, tmp_path) as server:
        yield server


def test_a_waiting_wechat_payout_shows_a_qr_code_to_confirm_it_in_wechat(
    pay_backend: Backend, fake: FakeWeChatTransfer, qloop: asyncio.AbstractEventLoop,
    tmp_path: Path
) -> None:
    backend = pay_backend
    app_instance = QApplication.instance()
    assert app_instance is not None
    install_language(app_instance, "en")
    email, password = backend.create_responder(display_name="Amy")
    owe(backend.database_url, email, [60_00], account="o-amy-openid-1234")

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
                assert section is not None
                await wait_until(lambda: section.next is not None, what="the next payout")
                assert not section.confirm_qr.isVisible()

                done = await asyncio.to_thread(
                    server_command, "payouts", "run", "--minimum-fen", "5000",
                    "--database-url", backend.database_url)
                assert done.returncode == 0, done.stdout + done.stderr
                await wait_until(lambda: section.confirm_url != "", what="the QR code")
                await wait_until(lambda: (
                    "sent", "¥60.00 is waiting for you: scan the QR code in Earnings with "
                    "WeChat and confirm it within 24 hours to receive it.") in notified,
                    what="told to confirm it in WeChat")
                assert section.confirm_qr.isVisible()
                assert section.text("payoutConfirmHint") == (
                    "Scan with WeChat to confirm receipt of ¥60.00 (within 24 hours)")
                image = section.confirm_qr.pixmap().toImage().convertToFormat(
                    QImage.Format.Format_Grayscale8)
                url = section.confirm_url
                assert [found.text for found in zxingcpp.read_barcodes(image)] == [url]
                assert url.startswith(f"{backend.base_url}/payouts/confirm/?t=")

                # Before it expires a new link replaces it (the server's clock moved on).
                await asyncio.to_thread(backend.advance_clock, 60)
                app.payouts.renew_confirm_link()
                await wait_until(lambda: section.confirm_url not in ("", url),
                                 what="a new QR code")
                url = section.confirm_url
                image = section.confirm_qr.pixmap().toImage().convertToFormat(
                    QImage.Format.Format_Grayscale8)
                assert [found.text for found in zxingcpp.read_barcodes(image)] == [url]

                # What the page sees, then WeChat's confirmation and the page's report.
                token = url.split("?t=")[1]
                seen = (await http.get(f"{backend.api}/payouts/confirm/{token}",
                                       params={"url": url})).json()
                assert (seen["state"], seen["amount_fen"]) == ("waiting_confirm", 60_00)
                assert seen["confirm"]["mchId"] == fake.mchid
                (number,) = fake.bills
                fake.confirm(number)  # the responder confirms in WeChat
                reported = await http.post(f"{backend.api}/payouts/confirm/{token}/done")
                assert reported.json()["state"] == "paid"
                await wait_until(lambda: ("paid", "¥60.00 arrived in your WeChat …1234.")
                                 in notified, what="the money arrived")
                await wait_until(lambda: section.confirm_url == "", what="no QR code now")
                assert not section.confirm_qr.isVisible()
            finally:
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())
