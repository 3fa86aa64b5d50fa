"""Quick replies: the responder's own phrases, inserted in a chat's composer by typing `/`
and a shortcut (a list narrows as they type) or by Ctrl+/ (a picker), with `{name}` filled
in with what the client likes to be called (the host's `preferred_name`: the notes'
"call me", else the alias).

The phrases live on the server (`GET/PUT /me/quick-replies`, versioned), so they follow
the responder to another PC; a save from another device arrives as an event. Until the
responder saves their own, the warm defaults are offered: in a chat, in the client's
language (`ConversationSummary.client_language`); in the editor, in the app's. A save
that crossed one from another device (409) is merged — both sets, nothing lost — and
saved again. The last set is kept in the settings, so the phrases work offline too.

Test-facing hooks:
    feature.phrases                   list[QuickReply]: the set (the editor's)
    feature.phrases_for(cid)          what that chat's `/` and Ctrl+/ offer
    feature.version                   the server's version (0: never saved)
    feature.popup(cid)                QuickReplyPopup over that chat's composer
    feature.editor                    QuickRepliesEditor, once Preferences built it
    await feature.save(phrases)       save now (the editor debounces its edits)
    await feature.flush()             save the editor's pending edit now
    await feature.reload()            read the server's set again
    feature.sig_changed()             the offered phrases changed
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Coroutine
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from responder_app.features.quick_replies.api import QuickRepliesApi, QuickRepliesConflict
from responder_app.features.quick_replies.editor import QuickRepliesEditor
from responder_app.features.quick_replies.phrases import defaults_for, merge
from responder_app.features.quick_replies.popup import QuickReplyPopup
from responder_app.features.quick_replies.settings import QuickRepliesSettings
from responder_app.services.api_client import ApiError
from responder_app.shell.host import FeatureHost
from responder_app.ui.language import installed_language
from responder_wire.quick_replies import QuickReplies, QuickReply

__all__ = ["QuickRepliesFeature"]

log = logging.getLogger(__name__)

SAVE_DEBOUNCE_MS = 800


class QuickRepliesFeature(QObject):
    sig_changed = Signal()

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.window = host.window
        self.settings = QuickRepliesSettings(host.settings)
        self.version = 0
        self.phrases: list[QuickReply] = defaults_for(installed_language())
        self.editor: QuickRepliesEditor | None = None
        self._popups: dict[str, QuickReplyPopup] = {}
        self._pending: list[QuickReply] | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DEBOUNCE_MS)
        self._save_timer.timeout.connect(self._save_pending)

        self.action_insert = QAction(self.tr("Insert a &quick reply…"), self.window)
        self.action_insert.setShortcut(QKeySequence("Ctrl+/"))
        self.action_edit = QAction(self.tr("E&dit quick replies…"), self.window)
        self.window.add_menu_action("chat", self.action_insert)
        self.window.add_menu_action("chat", self.action_edit)
        host.add_shortcut(self.action_insert, "replies")
        host.add_preferences_page("quick_replies", self.tr("Quick replies"),
                                  self._build_editor, order=40)
        self.action_insert.triggered.connect(self.open_picker)
        self.action_edit.triggered.connect(lambda: host.open_preferences("quick_replies"))
        host.sig_quitting.connect(self._save_pending)
        host.session.sig_signed_in.connect(self._on_signed_in)
        host.events.sig_quick_replies_changed.connect(self._on_changed_elsewhere)
        self.window.sig_conversation_opened.connect(self._on_opened)
        self.window.sig_conversation_closed.connect(
            lambda cid: self._popups.pop(cid, None))

    # ---- where the phrases come from ----------------------------------------------------

    @property
    def _api(self) -> QuickRepliesApi | None:
        api = self.host.session.api
        return QuickRepliesApi(api) if api is not None and api.tokens is not None else None

    def _account(self) -> str:
        api = self.host.session.api
        if api is None or api.profile is None:
            return ""
        key = f"{api.server_url}#{api.profile.id}".encode()
        return hashlib.sha256(key).hexdigest()[:16]

    def _on_signed_in(self) -> None:
        cached = self.settings.cached(self._account())
        if cached is not None:
            self._adopt(cached)
        self._spawn(self.reload())

    async def reload(self) -> None:
        api = self._api
        if api is None:
            return
        try:
            self._adopt(await api.get())
        except ApiError as exc:
            log.info("quick replies not loaded: %s", exc.message)

    def _adopt(self, replies: QuickReplies, *, remember: bool = True) -> None:
        self.version = replies.version
        self.phrases = (list(replies.phrases) if replies.version
                        else defaults_for(installed_language()))
        if remember and replies.version:
            self.settings.remember(self._account(), replies)
        if self.editor is not None and self._pending is None:
            self.editor.show_phrases(self.phrases)
        self.sig_changed.emit()

    def language_changed(self) -> None:
        """The app now speaks another language: unsaved defaults follow it."""
        if self.version == 0 and self._pending is None:
            self._adopt(QuickReplies(version=0, phrases=[]), remember=False)

    def _on_changed_elsewhere(self, replies: QuickReplies) -> None:
        if replies.version > self.version and self._pending is None:
            self._adopt(replies)
            if self.editor is not None:
                self.editor.set_status(self.tr("Updated from your other device."))

    # ---- saving -------------------------------------------------------------------------

    def _edited(self, phrases: list[QuickReply]) -> None:
        self._pending = phrases
        self.phrases = phrases  # offered at once; saved after a short pause
        if self.editor is not None:
            self.editor.set_status(self.tr("Saving…"))
        self._save_timer.start()

    def _save_pending(self) -> None:
        phrases, self._pending = self._pending, None
        if phrases is not None:
            self._spawn(self.save(phrases))

    async def flush(self) -> bool:
        """Save the edit waiting for its pause now (quitting, or a test that doesn't wait)."""
        self._save_timer.stop()
        phrases, self._pending = self._pending, None
        return await self.save(phrases) if phrases is not None else True

    async def save(self, phrases: list[QuickReply]) -> bool:
        api = self._api
        if api is None:
            return False
        editor = self.editor
        try:
            try:
                saved = await api.save(self.version, phrases)
                said = self.tr("Saved. Your quick replies follow you to any PC.")
            except QuickRepliesConflict:
                theirs = await api.get()
                saved = await api.save(theirs.version, merge(phrases, list(theirs.phrases)))
                said = self.tr("Your other device changed these too; both sets are kept.")
        except ApiError as exc:
            self._pending = self._pending or phrases  # kept: saved again on the next edit
            if editor is not None:
                editor.set_status(self.tr("Not saved: %1").replace("%1", exc.message))
            return False
        self._adopt(saved)
        if editor is not None:
            editor.show_phrases(self.phrases)
            editor.set_status(said)
        return True

    def restore_defaults(self) -> None:
        self._edited(defaults_for(installed_language()))
        if self.editor is not None:
            self.editor.show_phrases(self.phrases)

    def _build_editor(self, parent: QWidget) -> QWidget:
        editor = QuickRepliesEditor(parent)
        editor.show_phrases(self.phrases)
        editor.sig_edited.connect(self._edited)
        editor.sig_defaults_requested.connect(self.restore_defaults)
        self.editor = editor
        return editor

    # ---- the composer -------------------------------------------------------------------

    def popup(self, conversation_id: str) -> QuickReplyPopup | None:
        return self._popups.get(conversation_id)

    def _on_opened(self, conversation_id: str) -> None:
        tab = self.host.chat_tab(conversation_id)
        if tab is None or conversation_id in self._popups:
            return
        self._popups[conversation_id] = QuickReplyPopup(
            tab, partial(self.phrases_for, conversation_id),
            partial(self.host.preferred_name, conversation_id))

    def phrases_for(self, conversation_id: str) -> list[QuickReply]:
        """What this chat is offered: the responder's own phrases once they saved (or are
        saving) some, in whatever language they wrote them; until then the warm defaults
        in the client's language (`client_language`), not the app's: a Chinese client is
        greeted in Chinese by a responder whose app speaks English."""
        if self.version or self._pending is not None:
            return self.phrases
        tab = self.host.chat_tab(conversation_id)
        if tab is None:
            return self.phrases
        return defaults_for(tab.summary.client_language)

    def open_picker(self) -> bool:
        tab = self.window.current_tab
        popup = self._popups.get(tab.conversation_id) if tab is not None else None
        if tab is None or popup is None:
            return False
        tab.composer.setFocus()
        return popup.open_picker()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        self.host.session.spawn(coro)
