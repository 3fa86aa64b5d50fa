"""Block under a crisis card (issue 28), against the real backend: the block dialog asks to
share the hotlines and flag a supervisor first (both done before the block), says the
client keeps the hotlines on their page, and the chat says "You blocked 小雨", not that
小雨 left."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from responder_app.features.safety.block_dialog import BlockDialog
from tests.e2e.test_safety_e2e import _app, _connected, _say, _sql, _start
from tests.support.backend import Backend
from tests.support.qt_async import run_in_qt_loop, wait_until


def test_the_dialog_without_a_crisis_asks_nothing_more(qtbot: QtBot) -> None:
    dialog = BlockDialog("小雨")
    qtbot.addWidget(dialog)
    assert not dialog.in_crisis and not dialog.share_first() and not dialog.flag_first()


def test_the_dialog_under_a_crisis_offers_what_is_not_done_yet(qtbot: QtBot) -> None:
    dialog = BlockDialog("小雨")
    qtbot.addWidget(dialog)
    dialog.set_crisis(shared=True, flagged=False)
    assert dialog.in_crisis
    assert not dialog.share_first()  # shared already: not again
    assert dialog.flag_first()
    assert not dialog.ui.shareCheck.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.ui.crisisLabel  # wrapped in full, not cut to one line
    assert label.height() >= label.heightForWidth(label.width())


def test_block_under_a_crisis_shares_and_flags_first_and_says_you_blocked(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path,
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        import httpx

        async with httpx.AsyncClient() as http:
            app = _app(http, tmp_path)
            await app.sign_in(backend.base_url, email, password)
            await _connected(app)
            chat = await _start(backend, "小雨", region="CN")
            cid = chat["conversation"]["id"]
            tab = await wait_until(lambda: app.chat_tab(cid), what="the tab")
            for text in ("我想自杀", "你这个傻逼", "滚蛋", "fuck you"):
                mid = await _say(backend, chat, text)
                await wait_until(lambda mid=mid: tab.model.contains(mid), what="shown")
            card = await wait_until(lambda: app.safety.card(cid), what="the crisis card")
            banner = await wait_until(lambda: app.safety.abuse_banner(cid), what="Block offered")
            app.window.show_conversation(cid)
            QTest.mouseClick(banner.ui.blockButton, Qt.MouseButton.LeftButton)
            dialog = await wait_until(
                lambda: next((w for w in QApplication.topLevelWidgets()
                              if isinstance(w, BlockDialog) and w.isVisible()), None),
                what="the block dialog")
            assert dialog.in_crisis
            assert "may be in crisis" in dialog.ui.crisisLabel.text()
            assert dialog.ui.keepsLabel.text() == (
                "After the block, 小雨 keeps the hotlines on their page.")
            assert dialog.share_first() and dialog.flag_first()  # asked, ticked
            QTest.mouseClick(dialog.ui.blockButton, Qt.MouseButton.LeftButton)
            # The stream's "ended" can arrive before the block's answer: the banner says
            # "You ended…" for that instant, then "You blocked…".
            await wait_until(lambda: tab.ended_text == "You blocked 小雨",
                             what="the chat ended as blocked")
            assert card.shared and card.flagged
            kinds = [k for (k,) in await _sql(
                backend, "SELECT kind FROM safety_log WHERE conversation_id = :cid "
                "ORDER BY id", cid=cid)]
            assert "share" in kinds
            flags = await _sql(backend, "SELECT kind FROM safety_reports "
                               "WHERE conversation_id = :cid", cid=cid)
            assert len(flags) == 1
            assert "left" not in tab.ended_text
            assert "left" not in app.window.tab_text(cid)
            row = app.window.conversations.index_of(cid)
            assert row.data(Qt.ItemDataRole.ToolTipRole) == "You blocked 小雨"
            await app.shutdown()

    run_in_qt_loop(qloop, scenario(), timeout=90)
