"""The on-disk journal of unsaved client notes: a keystroke is never lost.

Every edit is written at once (to a temporary file that is fsynced and then renamed over
the draft, so a crash leaves either the old or the new draft, never half of one) and the
draft stays on disk until the server has confirmed saving exactly that revision. A crash,
a kill or a dropped network therefore costs nothing: the next start finds the draft and
saves it. No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

__all__ = ["DraftJournal", "NoteDraft", "NoteFields", "drafts_dir_for"]


@dataclass(frozen=True)
class NoteFields:
    """What the responder edits: the same fields as `ClientNotesUpdate` minus the version."""

    text: str = ""
    tags: tuple[str, ...] = ()
    call_me: str = ""
    avoid: str = ""


@dataclass(frozen=True)
class NoteDraft:
    client_id: str
    base_version: int  # the server version this edit started from
    fields: NoteFields = field(default_factory=NoteFields)
    revision: int = 0  # rises with every local edit; the server confirms one revision
    conflict: bool = False  # the server refused it: another device saved in between

    def to_json(self) -> str:
        data = asdict(self)
        data["fields"]["tags"] = list(self.fields.tags)
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> NoteDraft:
        data = json.loads(raw)
        f = data.get("fields", {})
        fields = NoteFields(text=str(f.get("text", "")),
                            tags=tuple(str(t) for t in f.get("tags", [])),
                            call_me=str(f.get("call_me", "")), avoid=str(f.get("avoid", "")))
        return cls(client_id=str(data["client_id"]), base_version=int(data["base_version"]),
                   fields=fields, revision=int(data.get("revision", 0)),
                   conflict=bool(data.get("conflict", False)))


def drafts_dir_for(root: Path, server_url: str, responder_id: int) -> Path:
    """One journal per server and responder, so accounts never see each other's drafts."""
    account = hashlib.sha256(f"{server_url}\n{responder_id}".encode()).hexdigest()[:24]
    return root / account


class DraftJournal:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, client_id: str) -> Path:
        name = hashlib.sha256(client_id.encode()).hexdigest()[:32]
        return self.directory / f"{name}.json"

    def write(self, draft: NoteDraft) -> None:
        """Durably replace the draft (write a temporary file, fsync, rename, fsync the dir)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self._path(draft.client_id)
        fd, tmp = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(draft.to_json())
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _fsync_dir(self.directory)

    def read(self, client_id: str) -> NoteDraft | None:
        try:
            return NoteDraft.from_json(self._path(client_id).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            return None  # unreadable: a crash can't cause this (rename is atomic)

    def all(self) -> list[NoteDraft]:
        if not self.directory.is_dir():
            return []
        drafts = []
        for path in sorted(self.directory.glob("*.json")):
            with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                drafts.append(NoteDraft.from_json(path.read_text(encoding="utf-8")))
        return drafts

    def confirm(self, client_id: str, revision: int, new_version: int) -> NoteDraft | None:
        """The server saved `revision` as `new_version`. Drop the draft if nothing was typed
        since; otherwise keep the newer draft, now based on `new_version`. Returns what stays."""
        current = self.read(client_id)
        if current is None:
            return None
        if current.revision <= revision:
            self.discard(client_id)
            return None
        rebased = replace(current, base_version=new_version, conflict=False)
        self.write(rebased)
        return rebased

    def discard(self, client_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(client_id).unlink()
        _fsync_dir(self.directory)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix" or not directory.is_dir():
        return  # Windows has no directory fsync; the rename itself is durable there
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
