"""Quick replies in the client's language: until the responder saves phrases of their own,
each chat offers the warm defaults in the language its client reads
(`ConversationSummary.client_language`), not the app's — a Chinese client is greeted in
Chinese by a responder whose app speaks English. Their own phrases, once saved, are
offered as they wrote them, in every chat.

The real app and window, offscreen; no server: the chats are opened as the inbox opens
them."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail

from responder_app.app_controller import AppController
from responder_app.features.quick_replies.phrases import defaults_for
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import installed_language
from responder_wire.quick_replies import QuickReplies, QuickReply
from tests.app.conftest import summary


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[AppController]:
    http = httpx.AsyncClient()
    controller = AppController(http=http, settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    yield controller
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


def _open(app: AppController, cid: str, alias: str, language: str) -> None:
    app.window.open_conversation(summary(cid, alias).model_copy(
        update={"client_language": language}))


def _offered(app: AppController, cid: str) -> list[str]:
    popup = app.quick_replies.popup(cid)
    assert popup is not None
    assert popup.open_picker()  # Ctrl+/: every phrase
    texts = [popup.ui.phraseList.item(i).text() for i in range(popup.ui.phraseList.count())]
    popup.hide()
    return texts


def test_each_chat_is_offered_the_defaults_in_its_clients_language(
        app: AppController) -> None:
    assert installed_language() == "en"
    _open(app, "c-zh", "小雨", "zh_CN")
    _open(app, "c-vi", "Minh", "vi")
    _open(app, "c-en", "Sam", "en")
    offered = {cid: _offered(app, cid) for cid in ("c-zh", "c-vi", "c-en")}
    assert "小雨你好呀" in offered["c-zh"][0]  # "/hi  …", {name} filled in, in Chinese
    assert "Chào Minh" in offered["c-vi"][0]
    assert "Hi Sam" in offered["c-en"][0]
    assert [p.shortcut for p in app.quick_replies.phrases_for("c-zh")] == [
        p.shortcut for p in defaults_for("zh_CN")]


def test_the_responders_own_phrases_are_offered_in_every_chat(app: AppController) -> None:
    own = [QuickReply(shortcut="hey", text="Hey {name}!")]
    app.quick_replies._adopt(QuickReplies(version=3, phrases=own), remember=False)
    _open(app, "c-zh", "小雨", "zh_CN")
    offered = _offered(app, "c-zh")
    assert len(offered) == 1 and offered[0].endswith("Hey 小雨!")
