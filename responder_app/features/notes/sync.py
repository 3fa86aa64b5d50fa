"""Autosave of client notes: journal every edit, save to the server debounced, detect
edits from another device by version, and never overwrite anything silently. No Qt.

    sync = NotesSync(NotesApi(api), DraftJournal(path), on_status=...)
    fields = await sync.open(client_id)       # the draft on disk wins over the server copy
    sync.edit(client_id, NoteFields(...))     # on every keystroke: on disk before returning
    await sync.flush(client_id)               # save now (otherwise after `debounce_s`)
    sync.status(client_id).state              # saved | pending | saving | offline | conflict
    await sync.resolve(client_id, merged)     # after a conflict: save the merged notes
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol

from responder_app.features.notes.api import NotesConflict
from responder_app.features.notes.drafts import DraftJournal, NoteDraft, NoteFields
from responder_app.services.api_client import ApiError
from responder_wire.notes import ClientNotes, ClientNotesUpdate, clean_tags

__all__ = ["NotesSync", "SyncState", "SyncStatus", "fields_of", "parse_tags", "suggest_merge"]


class NotesBackend(Protocol):
    async def get_notes(self, client_id: str) -> ClientNotes: ...
    async def save_notes(self, client_id: str, update: ClientNotesUpdate) -> ClientNotes: ...
    async def delete_notes(self, client_id: str) -> None: ...


class SyncState(StrEnum):
    SAVED = "saved"  # the server has exactly what is shown
    PENDING = "pending"  # kept on this PC; the save is due shortly
    SAVING = "saving"
    OFFLINE = "offline"  # kept on this PC; the server could not be reached, retrying
    CONFLICT = "conflict"  # another device saved in between: merge before saving
    FAILED = "failed"  # the server refused the notes (see `error`); kept on this PC


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    error: str = ""


def fields_of(notes: ClientNotes) -> NoteFields:
    return NoteFields(text=notes.text, tags=tuple(notes.tags), call_me=notes.call_me,
                      avoid=notes.avoid)


class NotesSync:
    def __init__(self, api: NotesBackend, journal: DraftJournal, *,
                 on_status: Callable[[str, SyncStatus], None] | None = None,
                 debounce_s: float = 0.8, retry_s: float = 5.0) -> None:
        self.api = api
        self.journal = journal
        self.on_status = on_status
        self.debounce_s = debounce_s
        self.retry_s = retry_s
        self.server: dict[str, ClientNotes] = {}  # the last server copy seen per client
        self._status: dict[str, SyncStatus] = {}
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    # ---- reading ------------------------------------------------------------------------

    def status(self, client_id: str) -> SyncStatus:
        return self._status.get(client_id, SyncStatus(SyncState.SAVED))

    def draft(self, client_id: str) -> NoteDraft | None:
        return self.journal.read(client_id)

    def current(self, client_id: str) -> NoteFields:
        draft = self.journal.read(client_id)
        if draft is not None:
            return draft.fields
        server = self.server.get(client_id)
        return fields_of(server) if server is not None else NoteFields()

    async def open(self, client_id: str, server: ClientNotes | None = None) -> NoteFields:
        """What to show for this client: an unsaved draft from this PC wins; it is saved now
        (or flagged as a conflict when the server moved on meanwhile)."""
        if server is None:
            try:
                server = await self.api.get_notes(client_id)
            except ApiError as exc:
                draft = self.journal.read(client_id)
                if draft is None:
                    raise
                self._set(client_id, SyncState.OFFLINE, exc.message)
                return draft.fields
        self.server[client_id] = server
        draft = self.journal.read(client_id)
        if draft is None:
            self._set(client_id, SyncState.SAVED)
            return fields_of(server)
        if draft.conflict or draft.base_version != server.version:
            self.journal.write(replace(draft, conflict=True))
            self._set(client_id, SyncState.CONFLICT)
        else:
            self._set(client_id, SyncState.PENDING)
            self._schedule(client_id, 0.0)
        return draft.fields

    # ---- editing ------------------------------------------------------------------------

    def edit(self, client_id: str, fields: NoteFields) -> NoteDraft:
        """Record an edit: durably on disk before this returns; the save follows debounced."""
        draft = self.journal.read(client_id)
        if draft is None:
            server = self.server.get(client_id)
            draft = NoteDraft(client_id, server.version if server else 0)
        if fields == draft.fields and draft.revision:
            return draft
        draft = replace(draft, fields=fields, revision=draft.revision + 1)
        self.journal.write(draft)
        if draft.conflict:
            self._set(client_id, SyncState.CONFLICT)
        else:
            self._set(client_id, SyncState.PENDING)
            self._schedule(client_id, self.debounce_s)
        return draft

    async def flush(self, client_id: str) -> SyncStatus:
        timer = self._timers.pop(client_id, None)
        if timer is not None:
            timer.cancel()
        await self._save(client_id)
        return self.status(client_id)

    async def flush_all(self) -> None:
        """Save every draft on this PC (at sign-in: drafts left by a crash or a kill)."""
        for draft in self.journal.all():
            if draft.conflict:
                continue
            if draft.client_id not in self.server:
                with contextlib.suppress(ApiError):
                    await self.open(draft.client_id)
            await self.flush(draft.client_id)

    async def resolve(self, client_id: str, merged: NoteFields) -> SyncStatus:
        """Save the merged notes on top of the server version the merge was made against."""
        server = self.server.get(client_id)
        draft = self.journal.read(client_id)
        revision = draft.revision + 1 if draft else 1
        self.journal.write(NoteDraft(client_id, server.version if server else 0, merged,
                                     revision=revision))
        return await self.flush(client_id)

    async def refresh_server(self, client_id: str) -> ClientNotes:
        server = await self.api.get_notes(client_id)
        self.server[client_id] = server
        return server

    async def delete(self, client_id: str) -> None:
        timer = self._timers.pop(client_id, None)
        if timer is not None:
            timer.cancel()
        await self.api.delete_notes(client_id)
        self.journal.discard(client_id)
        self.server[client_id] = ClientNotes(client_id=client_id)
        self._set(client_id, SyncState.SAVED)

    def close(self) -> None:
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
        for task in list(self._tasks):
            task.cancel()

    # ---- internals ----------------------------------------------------------------------

    def _set(self, client_id: str, state: SyncState, error: str = "") -> None:
        status = SyncStatus(state, error)
        self._status[client_id] = status
        if self.on_status is not None:
            self.on_status(client_id, status)

    def _schedule(self, client_id: str, delay: float) -> None:
        old = self._timers.pop(client_id, None)
        if old is not None:
            old.cancel()
        loop = asyncio.get_event_loop()
        self._timers[client_id] = loop.call_later(delay, self._start_save, client_id)

    def _start_save(self, client_id: str) -> None:
        self._timers.pop(client_id, None)
        task = asyncio.ensure_future(self._save(client_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _save(self, client_id: str) -> None:
        lock = self._locks.setdefault(client_id, asyncio.Lock())
        async with lock:
            draft = self.journal.read(client_id)
            if draft is None or draft.conflict:
                return
            self._set(client_id, SyncState.SAVING)
            update = ClientNotesUpdate(base_version=draft.base_version, text=draft.fields.text,
                                       tags=list(draft.fields.tags),
                                       call_me=draft.fields.call_me, avoid=draft.fields.avoid)
            try:
                saved = await self.api.save_notes(client_id, update)
            except NotesConflict:
                self.journal.write(replace(self.journal.read(client_id) or draft, conflict=True))
                with contextlib.suppress(ApiError):
                    await self.refresh_server(client_id)
                self._set(client_id, SyncState.CONFLICT)
                return
            except ApiError as exc:
                if exc.retryable:
                    self._set(client_id, SyncState.OFFLINE, exc.message)
                    self._schedule(client_id, self.retry_s)
                else:
                    self._set(client_id, SyncState.FAILED, exc.message)
                return
            self.server[client_id] = saved
            remaining = self.journal.confirm(client_id, draft.revision, saved.version)
            if remaining is None:
                self._set(client_id, SyncState.SAVED)
            else:
                self._set(client_id, SyncState.PENDING)
                self._schedule(client_id, self.debounce_s)


def parse_tags(raw: str) -> tuple[str, ...]:
    """Tags as typed: separated by commas (also "，" and "、") or semicolons."""
    parts = raw.replace("，", ",").replace("、", ",").replace(";", ",").split(",")
    return tuple(clean_tags(parts))


def suggest_merge(mine: NoteFields, theirs: NoteFields) -> NoteFields:
    """A starting point for the merge: nothing from either side is dropped. Text lines of
    mine that the other version lacks are added after it; tags are united; a pinned fact
    that differs keeps both, separated by " / "."""
    theirs_lines = theirs.text.splitlines()
    extra = [line for line in mine.text.splitlines() if line not in theirs_lines]
    text = "\n".join([*theirs_lines, *extra]) if theirs.text else mine.text

    def both(a: str, b: str) -> str:
        a, b = a.strip(), b.strip()
        return a if not b or a == b else b if not a else f"{b} / {a}"

    return NoteFields(text=text, tags=tuple(clean_tags([*theirs.tags, *mine.tags])),
                      call_me=both(mine.call_me, theirs.call_me)[:100],
                      avoid=both(mine.avoid, theirs.avoid))
