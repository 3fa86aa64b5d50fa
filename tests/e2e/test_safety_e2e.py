"""Safety end to end: the real backend (its own process, SQLite), the real app (offscreen Qt
on the qasync loop), clients over the public client API.

Crisis phrases in Chinese, Vietnamese and English raise the handoff card with the
hotlines of the client's region, and the backend records each match; ordinary sadness
shown just before raises nothing and records nothing. Sharing records the share and
reaches the client's stream. Blocking from the app ends the chat, and the same client's
next session goes to another responder. The break guard, on a clock the test moves:
a nudge after two hours, Pause new clients stops routing, and resuming restarts it.
"""

from __future__ import annotations

import asyncio
import secrets
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from responder_app.app_controller import AppController
from responder_app.features.safety.block_dialog import BlockDialog
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.timeline_model import Role
from tests.support.backend import Backend, bearer
from tests.support.dbquery import query
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e

NEAR_MISSES = {"zh_CN": ["我好累", "今天很难过"], "vi": ["buồn quá", "mệt quá"],
               "en": ["I'm so tired", "today was hard"]}
CRISIS = {"zh_CN": ("说真的，我不想活了", "不想活了", "CN", "12356"),
          "vi": ("em muốn chết quá", "muốn chết", "VN", "111"),
          "en": ("sometimes I want to die", "want to die", "other", "112")}


def _app(http: httpx.AsyncClient, tmp_path: Path) -> AppController:
    return AppController(http=http, settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                         credentials=CredentialStore(fail.Keyring()))


async def _connected(app: AppController) -> None:
    await wait_until(lambda: app.stream is not None
                     and app.stream.status.state.value == "connected", what="stream connected")


async def _start(backend: Backend, alias: str, **options: Any) -> dict[str, Any]:
    return await asyncio.to_thread(backend.start_session, alias, **options)


async def _say(backend: Backend, chat: dict[str, Any], body: str) -> str:
    message_id = str(uuid.uuid4())
    cid = chat["conversation"]["id"]
    async with httpx.AsyncClient() as http:
        response = await http.put(f"{backend.api}/conversations/{cid}/messages/{message_id}",
                                  json={"body": body}, headers=bearer(chat["client_token"]))
        response.raise_for_status()
    return message_id


async def _sql(backend: Backend, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    return await asyncio.to_thread(query, backend.database_url, sql, params)


async def _log(backend: Backend, cid: str, count: int) -> list[tuple[Any, ...]]:
    """The chat's safety log once it has `count` entries (what the operator reads)."""
    while True:
        rows = await _sql(backend, "SELECT kind, match_kind, category, matched, region "
                          "FROM safety_log WHERE conversation_id = :cid ORDER BY id", cid=cid)
        if len(rows) >= count:
            return rows
        await asyncio.sleep(0.05)


def _me(backend: Backend, app: AppController) -> dict[str, Any]:
    assert app.api is not None
    response = httpx.get(f"{backend.api}/me", headers=bearer(app.api.access_token or ""))
    response.raise_for_status()
    me: dict[str, Any] = response.json()
    return me


def test_crisis_in_each_language_raises_the_card_sadness_does_not(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _app(http, tmp_path)
            safety = app.safety
            await app.sign_in(backend.base_url, email, password)
            await _connected(app)
            regions = {"zh_CN": "CN", "vi": "VN", "en": "FR"}  # France: not listed
            chats = {lang: await _start(backend, f"C-{lang}", region=regions[lang],
                                        language=lang) for lang in CRISIS}
            for lang, chat in chats.items():
                cid = chat["conversation"]["id"]
                tab = await wait_until(lambda cid=cid: app.chat_tab(cid), what="the tab")
                for text in NEAR_MISSES[lang]:
                    mid = await _say(backend, chat, text)
                    await wait_until(lambda mid=mid, tab=tab: tab.model.contains(mid),
                                     what="a sad message shown")
                assert safety.card(cid) is None  # ordinary sadness: no card
                body, phrase, region, number = CRISIS[lang]
                await _say(backend, chat, body)
                card = await wait_until(lambda cid=cid: safety.card(cid), what="the card")
                assert not card.isHidden() and phrase in card.ui.matchedLabel.text()
                assert card.region == region and number in card.hotlines_text()
                if app.window.current_tab is not tab:  # a chat in the background
                    assert f"C-{lang} may be in crisis" in app.window.statusBar().currentMessage()
                assert await _log(backend, cid, 1) == [
                    ("match", "crisis", "suicide", phrase, "")]  # the sad ones: nothing

            # Sharing reaches the backend (and the client's page, through its stream).
            zh = chats["zh_CN"]["conversation"]["id"]
            app.window.show_conversation(zh)
            card = safety.card(zh)
            assert card is not None and card.isVisible()
            QTest.mouseClick(card.ui.shareButton, Qt.MouseButton.LeftButton)
            await wait_until(lambda: card.shared, what="shared")
            assert (await _log(backend, zh, 2))[-1][0::4] == ("share", "CN")
            QTest.mouseClick(card.ui.flagButton, Qt.MouseButton.LeftButton)
            await wait_until(lambda: card.flagged, what="flagged for a supervisor")
            flags = await _sql(backend, "SELECT kind, note FROM safety_reports "
                               "WHERE conversation_id = :cid", cid=zh)
            assert flags == [("supervisor", "suicide: 不想活了")]
            await app.shutdown()

    run_in_qt_loop(qloop, scenario(), timeout=90)


def test_block_from_the_app_ends_the_chat_and_the_client_goes_elsewhere(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")
    bob = backend.new_responder(online=False, display_name="Bob")
    key = secrets.token_urlsafe(24)

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _app(http, tmp_path)
            await app.sign_in(backend.base_url, email, password)
            await _connected(app)
            amy_id = _me(backend, app)["id"]
            first = await _start(backend, "Rude", client_key=key)
            cid = first["conversation"]["id"]
            assert first["conversation"]["responder_id"] == amy_id
            tab = await wait_until(lambda: app.chat_tab(cid), what="the tab")
            for text in ("你这个傻逼", "滚蛋", "fuck you"):
                mid = await _say(backend, first, text)
                await wait_until(lambda mid=mid: tab.model.contains(mid), what="shown")
            banner = await wait_until(lambda: app.safety.abuse_banner(cid),
                                      what="the banner suggesting Block")
            assert banner.isVisible()
            row = tab.model.row_of(mid)
            assert row is not None and tab.model.index(row, 0).data(Role.VEILED)  # blurred
            await asyncio.to_thread(backend.set_availability, bob["access_token"], "online")

            app.window.show_conversation(cid)
            assert app.safety.action_block.objectName() == "action_block"
            app.safety.action_block.trigger()  # the chat menu's Block… on the current chat
            dialog = await wait_until(
                lambda: next((w for w in QApplication.topLevelWidgets()
                              if isinstance(w, BlockDialog) and w.isVisible()), None),
                what="the block dialog")
            dialog.ui.noteEdit.setPlainText("insults")
            QTest.mouseClick(dialog.ui.blockButton, Qt.MouseButton.LeftButton)
            await wait_until(lambda: tab.ended, what="the chat ended")
            assert not tab.composer.isEnabled()

            again = await _start(backend, "Rude again", client_key=key)
            assert again["conversation"]["responder_id"] == bob["responder"]["id"]
            blocks = await _sql(backend, "SELECT note FROM client_blocks")
            assert blocks == [("insults",)]
            await app.shutdown()

    run_in_qt_loop(qloop, scenario(), timeout=90)


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_break_guard_nudges_pauses_routing_and_resumes(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _app(http, tmp_path)
            safety = app.safety
            clock = _Clock()
            safety.guard.clock = clock
            await app.sign_in(backend.base_url, email, password)
            await _connected(app)
            await wait_until(lambda: app.session.availability is not None
                             and app.session.availability.value == "online", what="online")
            safety.check_now()  # online at 1000 s: the stretch starts
            nudges: list[str] = []
            safety.sig_nudged.connect(nudges.append)
            for _ in range(119):
                clock.now += 60
                safety.check_now()
            assert nudges == [] and safety.break_dialog is None
            clock.now += 60
            safety.check_now()
            assert nudges == ["stretch"]
            dialog = safety.break_dialog
            assert dialog is not None and dialog.isVisible()
            assert "2 h" in dialog.ui.reasonLabel.text()
            dialog.ui.minutesCombo.setCurrentIndex(dialog.ui.minutesCombo.findData(15))
            QTest.mouseClick(dialog.ui.pauseButton, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "15:00" in safety.pause_status.text(),
                             what="the status bar says new clients are paused")
            # The status bar changes before the server has been told: wait for the server.
            await wait_until(lambda: _me(backend, app)["availability"] == "away",
                             what="the server has Amy away (routing stops)")

            # Someone else online and full, so Mei can pay and wait (nothing is sold while
            # nobody at all is online).
            await asyncio.to_thread(backend.busy_listener)
            waiting = await _start(backend, "Mei")
            cid = waiting["conversation"]["id"]
            assert waiting["conversation"]["responder_id"] is None  # not offered to Amy
            clock.now += 14 * 60
            safety.check_now()
            assert safety.paused and app.chat_tab(cid) is None
            clock.now += 60
            safety.check_now()  # the pause ran out: resume by itself
            await wait_until(lambda: _me(backend, app)["availability"] == "online",
                             what="online again")
            await wait_until(lambda: app.chat_tab(cid), what="the waiting client offered")
            assert not safety.pause_status.isVisible()
            await app.shutdown()

    run_in_qt_loop(qloop, scenario(), timeout=90)
