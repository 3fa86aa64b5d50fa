"""A responder's page from the app, end to end (real backend, real app): Account ▸ My
page refuses contact details in the server's words and saves the page, the live preview
follows the typing, the saved QR code and share image decode to the page's address, a
chat bought from the page is marked "via your page", and the statistics window shows the
page's visits and chats this week; contact details a client types are marked."""

from __future__ import annotations

import asyncio
import uuid
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
from responder_app.ui.timeline_model import Role
from responder_wire.models import Availability
from tests.server.responder_page.helpers import buy, view
from tests.support.backend import Backend, bearer, start_backend
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e


@pytest.fixture
def sqlite_backend(tmp_path: Path) -> Iterator[Backend]:
    server = start_backend(tmp_path, "--heartbeat", "0.5")
    yield server
    server.stop()


def decoded(path: Path) -> list[str]:
    image = QImage(str(path))
    assert not image.isNull(), path
    return [found.text for found in zxingcpp.read_barcodes(
        image.convertToFormat(QImage.Format.Format_Grayscale8))]


def test_my_page_saves_and_its_qr_code_and_share_image_decode_to_the_address(
    sqlite_backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    backend = sqlite_backend
    app_instance = QApplication.instance()
    assert app_instance is not None
    install_language(app_instance, "en")
    email, password = backend.create_responder(display_name="Lin Xiaoyu")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
            app = AppController(http=http, settings=settings,
                                credentials=CredentialStore(fail.Keyring()))
            await app.sign_in(backend.base_url, email, password)
            feature = app.responder_page
            try:
                dialog = await feature.open_editor()
                assert dialog is not None
                u = dialog.ui
                assert not u.qrButton.isEnabled()  # nothing to share before it is saved
                u.handleEdit.setText("xiaolin")
                u.introEdit.setPlainText("下班后想找人说说话？我在。\n加我微信 lin_2024ok")
                u.likeEdit.setText("工作，感情、家庭")
                assert u.previewIntro.text().startswith("下班后想找人说说话？我在。")
                assert "工作, 感情, 家庭" in u.previewTopics.text()
                assert u.previewAddress.text() == f"{backend.base_url}/r/xiaolin"
                assert await feature.save() is None
                assert "contact details (“微信 lin_2024ok”)" in u.statusLabel.text()
                assert feature.page is None
                u.introEdit.setPlainText("别烦我 傻逼")  # the operator's list: the server's
                assert await feature.save() is None
                assert "phrase the platform does not allow" in u.statusLabel.text()
                assert feature.page is None
                u.introEdit.setPlainText("下班后想找人说说话？我在。\n工作、感情，都可以聊。")
                saved = await feature.save()
                assert saved is not None and saved.topics_like == ["工作", "感情", "家庭"]
                assert u.qrButton.isEnabled() and u.shareButton.isEnabled()
                address = f"{backend.base_url}/r/xiaolin"
                assert feature.save_qr(tmp_path / "qr.png")
                assert decoded(tmp_path / "qr.png") == [address]
                assert feature.save_share_image(tmp_path / "share.png")
                share = QImage(str(tmp_path / "share.png"))
                assert (share.width(), share.height()) == (750, 1100)
                assert decoded(tmp_path / "share.png") == [address]

                view(backend, "xiaolin").raise_for_status()  # a client opens the page
                await app.set_availability(Availability.ONLINE)
                chat = buy(backend, "xiaolin")
                cid = chat["conversation"]["id"]
                await wait_until(lambda: app.chat_tab(cid), what="the chat's tab")
                await wait_until(lambda: feature.via_page_text(cid) == "via your page",
                                 what="the mark")
                # Contact details typed by either side are marked for the responder.
                said = httpx.put(f"{backend.api}/conversations/{cid}/messages/{uuid.uuid4()}",
                                 json={"body": "加我vx: mei_2024 我们私聊"},
                                 headers=bearer(chat["client_token"]))
                said.raise_for_status()
                tab = app.chat_tab(cid)
                assert tab is not None
                await wait_until(lambda: tab.model.row_of(said.json()["id"]) is not None,
                                 what="the client's message")

                def mark() -> object:
                    row = tab.model.row_of(said.json()["id"])
                    return tab.model.index(row, 0).data(Role.MARK) if row is not None else None

                await wait_until(lambda: "against the platform's rules" in str(mark()),
                                 what="the contact mark")
                assert "vx: mei_2024" in str(mark())
                app.reply_speed.show_stats()
                await wait_until(lambda: feature.section is not None
                                 and feature.section.rows()[-1:] != []
                                 and feature.section.rows()[-1][1:] == ["1", "1", "0"],
                                 what="this week's visits and chats")
            finally:
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())
