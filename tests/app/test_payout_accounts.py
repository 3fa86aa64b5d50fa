"""Account ▸ Payout account… as a responder in China uses it, in Chinese, against the real
backend with WeChat's official-account sign-in played by the fake gateway: a mistyped ID
number is explained before anything is sent; the identity is then given once and shown
masked; WeChat is bound by scanning the QR code (the phone's page is played here over HTTP:
tests/web/test_web_payout_bind.py drives it in Chromium) and the page notices by itself;
unbinding asks first; Alipay is bound by its account."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_app.features.payout_accounts.page import PayoutAccountsPage
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language
from responder_wire.payouts import PayoutChannel
from tests.support.backend import Backend, start_backend
from tests.support.fake_wechat import FakeWeChat
from tests.support.qt_async import run_in_qt_loop, wait_until

SCREENSHOT = Path("/tmp/responder-payouts-zh.png")


@pytest.fixture
def wechat_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    fake = FakeWeChat()
    fake.start()
    for name, value in {**fake.env(tmp_path, "https://x.example/wechat"),
                        **fake.jsapi_env(tmp_path)}.items():
        monkeypatch.setenv(name, value)
    server = start_backend(tmp_path, "--heartbeat", "0.5")
    yield server
    server.stop()
    fake.stop()


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "zh_CN")
    yield qapp
    install_language(qapp, "en")


def _scan_in_wechat(backend: Backend, bind_url: str) -> None:
    """What the bind page does in WeChat once the official account's sign-in returns."""
    token = bind_url.split("?t=", 1)[1]
    httpx.get(f"{backend.api}/payouts/wechat-bind/{token}").raise_for_status()
    httpx.post(f"{backend.api}/payouts/wechat-bind/{token}",
               json={"code": "SCANNED"}).raise_for_status()


def _plain(text: str) -> str:
    """Without the direction marks that keep a mask apart from the words around it."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _answer(page: PayoutAccountsPage, text: str) -> None:
    box = page.unbind_box
    assert box is not None and box.isVisible()
    assert "微信" in box.text() and "…ayer" in _plain(box.text())
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()


def test_payout_details_are_given_once_and_wechat_is_bound_by_its_qr_code(
        wechat_backend: Backend, chinese: QApplication, qloop: asyncio.AbstractEventLoop,
        tmp_path: Path, qtbot: QtBot) -> None:
    backend = wechat_backend

    async def scenario() -> None:
        email, password = backend.create_responder(display_name="小明")
        async with httpx.AsyncClient() as http:
            app = AppController(http=http,
                                settings=AppSettings.in_file(str(tmp_path / "app.ini")),
                                credentials=CredentialStore(fail.Keyring()))
            try:
                await app.sign_in(backend.base_url, email, password)
                page = app.payout_accounts.open_page()
                ui = page.ui
                await wait_until(lambda: page.account is not None, what="the account read")
                assert "身份信息" in ui.summaryLabel.text()
                assert not ui.accountBox.isEnabled()  # the identity comes first

                ui.realNameEdit.setText("王小明")
                ui.idNumberEdit.setText("110105194912310021")  # last character mistyped
                ui.saveIdentityButton.click()
                assert "校验码" in ui.identityError.text()
                assert not page.busy  # nothing was sent
                ui.idNumberEdit.setText("11010519491231002x")
                ui.saveIdentityButton.click()
                await wait_until(lambda: page.account is not None
                                 and page.account.has_identity, what="the identity kept")
                assert _plain(ui.identityShown.text()) == (
                    "真实姓名：*小明 · 身份证号：110***********002X")
                assert not ui.realNameEdit.isVisible() and ui.accountBox.isEnabled()

                ui.bindWechatButton.click()
                await wait_until(lambda: bool(page.qr_url), what="the QR code")
                assert not ui.qrImage.pixmap().isNull() and ui.qrImage.isVisible()
                assert "扫一扫" in ui.qrHint.text()
                page.grab().save(str(SCREENSHOT))  # looked at by the author, in Chinese
                _scan_in_wechat(backend, page.qr_url)
                await wait_until(lambda: page.account is not None
                                 and page.account.channel == PayoutChannel.WECHAT,
                                 what="bound, noticed by the page itself")
                assert not page.qr_url and not ui.qrImage.isVisible()
                assert _plain(ui.summaryLabel.text()) == "收益将转入微信 …ayer。"

                ui.unbindButton.click()
                _answer(page, "保留")  # changed her mind: still bound
                await app.payout_accounts.refresh()  # the server's truth, read again
                assert page.account.channel == PayoutChannel.WECHAT and not page.busy
                ui.unbindButton.click()
                _answer(page, "解除绑定")
                await wait_until(lambda: page.account is not None
                                 and page.account.channel is None, what="unbound")
                assert "还没有绑定" in ui.summaryLabel.text()

                ui.alipayEdit.setText("1381234567")  # a digit short
                ui.bindAlipayButton.click()
                assert "11 位" in ui.accountError.text()
                ui.alipayEdit.setText("13812345678")
                ui.bindAlipayButton.click()
                await wait_until(lambda: page.account is not None
                                 and page.account.channel == PayoutChannel.ALIPAY,
                                 what="Alipay bound")
                assert _plain(ui.summaryLabel.text()) == "收益将转入支付宝 138****5678。"
                assert "13812345678" not in ui.accountShown.text()
                page.grab().save(str(SCREENSHOT.with_name("responder-payouts-bound-zh.png")))
            finally:
                await app.shutdown()
                app.window.close_handler = None
                app.window.close()

    run_in_qt_loop(qloop, scenario(), timeout=90)
