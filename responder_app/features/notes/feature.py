"""Client notes in the inbox: a notes panel beside every chat
(autosaved through the on-disk draft journal), the returning client's notes and past
sessions before the first reply, the merge dialog when another PC saved in between, the
wrap-up dialog (note and tags, skippable), and search.

Test-facing hooks:
    center.panel(conversation_id)        NotesPanel or None (.ui.notesEdit, .ui.statusLabel)
    center.client_id(conversation_id)    the server's client id once the brief arrived
    center.sync                          NotesSync while signed in (.status(client_id))
    center.drafts_root                   where draft journals live
    await center.loaded(conversation_id) the brief and notes are shown
    await center.merge(client_id)        opens the merge dialog (center.merge_dialog)
    await center.offer_wrap_up(cid)      opens the wrap-up dialog (center.wrap_up_dialog)
    await center.search(query, cid)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from responder_app.features.notes.api import NotesApi
from responder_app.features.notes.drafts import DraftJournal, NoteFields, drafts_dir_for
from responder_app.features.notes.merge_dialog import MergeDialog
from responder_app.features.notes.panel import NotesPanel
from responder_app.features.notes.sync import NotesSync, SyncStatus, fields_of
from responder_app.features.notes.wrap_up_dialog import WrapUpDialog
from responder_app.services.api_client import ApiError
from responder_app.shell.host import FeatureHost
from responder_app.shell.signals import wait_for_signal
from responder_wire.notes import clean_tags

__all__ = ["NotesFeature"]

log = logging.getLogger(__name__)

NOTES_PANEL_WIDTH = 300


class NotesFeature(QObject):
    sig_loaded = Signal(str)  # conversation_id: brief and notes shown

    def __init__(self, host: FeatureHost, drafts_root: Path | None = None) -> None:
        super().__init__(host)
        self.host = host
        self.window = host.window
        self.drafts_root = drafts_root or host.settings.data_dir() / "note-drafts"
        self.sync: NotesSync | None = None
        self.debounce_s = 0.8
        self.merge_dialog: MergeDialog | None = None
        self.wrap_up_dialog: WrapUpDialog | None = None
        self._panels: dict[str, NotesPanel] = {}
        self._clients: dict[str, str] = {}  # conversation_id -> client_id
        self._loaded: set[str] = set()
        # The platform's time zone, asked once per sign-in (panels show dates in it).
        self.time_zone: ZoneInfo | None = None
        self._zone_task: asyncio.Task[Any] | None = None
        s, w = host.session, self.window
        s.sig_signed_in.connect(self._on_signed_in)
        s.sig_signed_out.connect(self._on_signed_out)
        host.inbox.wrap_up_flow = self.offer_wrap_up
        w.sig_conversation_opened.connect(self._on_opened)
        w.sig_conversation_closed.connect(self._on_closed)
        host.add_name_source(self.call_me)
        self.action_notes = QAction(self.tr("The client's &notes"), w)
        self.action_notes.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.action_search = QAction(self.tr("&Search notes and past chats"), w)
        self.action_search.setShortcut(QKeySequence("Ctrl+F"))
        for action, focus in ((self.action_notes, NotesPanel.focus_notes),
                              (self.action_search, NotesPanel.focus_search)):
            w.add_menu_action("chat", action)
            host.add_shortcut(action, "client")
            action.triggered.connect(lambda _c=False, f=focus: self._focus_panel(f))

    # ---- test-facing accessors ----------------------------------------------------------

    def panel(self, conversation_id: str) -> NotesPanel | None:
        return self._panels.get(conversation_id)

    def call_me(self, conversation_id: str) -> str:
        """What this chat's client likes to be called, from the notes ("" if unknown)."""
        panel = self._panels.get(conversation_id)
        return panel.fields().call_me if panel is not None else ""

    def _focus_panel(self, focus: Callable[[NotesPanel], None]) -> None:
        tab = self.window.current_tab
        panel = self._panels.get(tab.conversation_id) if tab is not None else None
        if panel is not None:
            focus(panel)

    def client_id(self, conversation_id: str) -> str | None:
        return self._clients.get(conversation_id)

    async def loaded(self, conversation_id: str, timeout: float = 10.0) -> None:
        async def wait() -> None:
            while conversation_id not in self._loaded:
                await asyncio.sleep(0.02)
        await asyncio.wait_for(wait(), timeout)

    # ---- session ------------------------------------------------------------------------

    @property
    def _api(self) -> NotesApi | None:
        api = self.host.session.api
        return NotesApi(api) if api is not None and api.tokens is not None else None

    def _on_signed_in(self) -> None:
        api = self.host.session.api
        if api is None or api.profile is None:
            return
        journal = DraftJournal(drafts_dir_for(self.drafts_root, api.server_url, api.profile.id))
        self.sync = NotesSync(NotesApi(api), journal, on_status=self._on_status,
                              debounce_s=self.debounce_s)
        self._zone_task = self.host.session.spawn(self._fetch_time_zone(NotesApi(api)))
        # Drafts a crash or a kill left behind are saved now (conflicts wait for a merge).
        self._spawn(self.sync.flush_all())
        for conversation_id in list(self.window.tabs_by_conversation_id):
            if conversation_id not in self._panels:
                self._on_opened(conversation_id)

    def _on_signed_out(self) -> None:
        if self.sync is not None:
            self.sync.close()
        self.sync = None
        self._clients.clear()
        self._loaded.clear()
        self._zone_task = None

    async def _fetch_time_zone(self, api: NotesApi) -> None:
        try:
            zone = ZoneInfo(await api.platform_time_zone())
        except (ApiError, ZoneInfoNotFoundError, ValueError) as exc:
            log.warning("the platform's time zone is unknown (%s): dates in the PC's", exc)
            return
        self.time_zone = zone
        for panel in self._panels.values():
            panel.time_zone = zone

    async def _time_zone_known(self) -> None:
        """Waits for the one rate-card request after sign-in (already done: no wait)."""
        task = self._zone_task
        if task is not None and not task.done():
            await asyncio.wait([task])

    # ---- tabs ---------------------------------------------------------------------------

    def _on_opened(self, conversation_id: str) -> None:
        tab = self.window.chat_tab(conversation_id)
        if tab is None or conversation_id in self._panels:
            return
        panel = NotesPanel(tab.alias, tab)
        panel.time_zone = self.time_zone
        tab.set_side_panel(panel, NOTES_PANEL_WIDTH)
        self._panels[conversation_id] = panel
        panel.sig_edited.connect(
            lambda fields, cid=conversation_id: self._on_edited(cid, fields))
        panel.sig_merge_requested.connect(
            lambda cid=conversation_id: self._spawn(self._merge_for(cid)))
        panel.sig_delete_requested.connect(
            lambda fields, cid=conversation_id: self._spawn(self.delete(cid, fields)))
        panel.sig_undo_delete_requested.connect(
            lambda fields, cid=conversation_id: self._spawn(self.undo_delete(cid, fields)))
        panel.sig_search_requested.connect(
            lambda query, cid=conversation_id: self._spawn(self.search(query, cid)))
        if self.sync is not None:
            self._spawn(self._load(conversation_id))

    def _on_closed(self, conversation_id: str) -> None:
        self._panels.pop(conversation_id, None)
        self._loaded.discard(conversation_id)
        client_id = self._clients.pop(conversation_id, None)
        if client_id is not None and self.sync is not None and self.sync.draft(client_id):
            self._spawn(self.sync.flush(client_id))  # the draft stays on disk if this fails

    async def _load(self, conversation_id: str) -> None:
        api, sync = self._api, self.sync
        panel = self._panels.get(conversation_id)
        if api is None or sync is None or panel is None:
            return
        try:
            brief = await api.brief(conversation_id)
            fields = await sync.open(brief.client_id, brief.notes)
            await self._time_zone_known()  # the history's dates are the platform's days
        except ApiError as exc:
            panel.show_error(self.tr("Could not load the notes: %1").replace("%1", exc.message))
            return
        if self._panels.get(conversation_id) is not panel:
            return  # the tab closed meanwhile
        self._clients[conversation_id] = brief.client_id
        panel.show_brief(brief)
        panel.set_fields(fields)
        panel.set_status(sync.status(brief.client_id))
        self._loaded.add(conversation_id)
        self.sig_loaded.emit(conversation_id)

    # ---- editing ------------------------------------------------------------------------

    def _on_edited(self, conversation_id: str, fields: NoteFields) -> None:
        client_id = self._clients.get(conversation_id)
        if client_id is None or self.sync is None:
            return
        try:
            self.sync.edit(client_id, fields)
        except OSError as exc:  # the disk is full or read-only: say so, keep the text shown
            panel = self._panels.get(conversation_id)
            if panel is not None:
                panel.show_error(self.tr("Could not keep the draft on this PC: %1")
                                 .replace("%1", str(exc)))
        for cid, other in self._panels.items():  # the same client open in another tab
            if cid != conversation_id and self._clients.get(cid) == client_id:
                other.set_fields(fields)

    def _on_status(self, client_id: str, status: SyncStatus) -> None:
        for cid, panel in self._panels.items():
            if self._clients.get(cid) == client_id:
                panel.set_status(status)

    def _panels_of(self, client_id: str) -> list[NotesPanel]:
        return [p for cid, p in self._panels.items() if self._clients.get(cid) == client_id]

    async def _merge_for(self, conversation_id: str) -> None:
        client_id = self._clients.get(conversation_id)
        if client_id is not None:
            await self.merge(client_id)

    async def merge(self, client_id: str) -> bool:
        """Show both versions; save the merged notes if the responder accepts."""
        sync = self.sync
        if sync is None or self.merge_dialog is not None:
            return False
        try:
            theirs = await sync.refresh_server(client_id)
        except ApiError as exc:
            for panel in self._panels_of(client_id):
                panel.show_error(exc.message)
            return False
        mine = sync.current(client_id)
        dialog = MergeDialog(mine, fields_of(theirs), self.window)
        self.merge_dialog = dialog
        try:
            dialog.open()
            (result,) = await _finished(dialog)
            merged = dialog.merged()
        finally:
            self.merge_dialog = None
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return False
        for panel in self._panels_of(client_id):
            panel.set_fields(merged)
        await sync.resolve(client_id, merged)
        return True

    async def delete(self, conversation_id: str, deleted: NoteFields | None = None) -> None:
        """Delete the notes on this chat's client (the panel asked first); the panel then
        offers Undo, which saves `deleted` (what was shown) again."""
        client_id = self._clients.get(conversation_id)
        if client_id is None or self.sync is None:
            return
        if deleted is None:
            deleted = self.sync.current(client_id)
        try:
            await self.sync.delete(client_id)
        except ApiError as exc:
            for panel in self._panels_of(client_id):
                panel.show_error(exc.message)
            return
        for panel in self._panels_of(client_id):
            panel.set_fields(NoteFields())
        origin = self._panels.get(conversation_id)
        if origin is not None and deleted != NoteFields():
            origin.offer_undo(deleted)

    async def undo_delete(self, conversation_id: str, fields: NoteFields) -> None:
        """Put deleted notes back: kept on this PC at once, saved now (or when the server
        is back)."""
        client_id = self._clients.get(conversation_id)
        if client_id is None or self.sync is None:
            return
        for panel in self._panels_of(client_id):
            panel.set_fields(fields)
        self.sync.edit(client_id, fields)
        status = await self.sync.flush(client_id)
        for panel in self._panels_of(client_id):
            panel.set_status(status)

    async def search(self, query: str, conversation_id: str) -> None:
        api, panel = self._api, self._panels.get(conversation_id)
        if api is None or panel is None:
            return
        try:
            results = await api.search(query)
            await self._time_zone_known()
        except ApiError as exc:
            panel.show_error(exc.message)
            return
        panel.show_error("")
        panel.show_search_results(query, results.hits)

    # ---- wrap-up ------------------------------------------------------------------------

    async def offer_wrap_up(self, conversation_id: str) -> bool:
        """The wrap-up dialog: note and tags are optional, Skip wraps up without them, and
        "Back to the chat" does not wrap up. Tags are added to the notes on this client."""
        tab = self.window.chat_tab(conversation_id)
        if tab is None or self.wrap_up_dialog is not None:
            return False
        dialog = WrapUpDialog(tab.alias, self.window)
        self.wrap_up_dialog = dialog
        try:
            dialog.open()
            (result,) = await _finished(dialog)
            note, tags = dialog.note(), dialog.tags()
        finally:
            self.wrap_up_dialog = None
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return False
        client_id = self._clients.get(conversation_id)
        if tags and client_id is not None and self.sync is not None:
            current = self.sync.current(client_id)
            merged = replace(current, tags=tuple(clean_tags([*current.tags, *tags])))
            self.sync.edit(client_id, merged)
            await self.sync.flush(client_id)  # kept on disk if this cannot reach the server
        await self.host.inbox.wrap_up(conversation_id, note)
        return True

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        self.host.session.spawn(coro)


async def _finished(dialog: QDialog) -> tuple[Any, ...]:
    return await wait_for_signal(dialog.finished)
