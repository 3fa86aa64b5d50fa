"""The outbox on Windows, with the Windows API faked: there a directory cannot be opened
(every reply was refused: the journal's lock failed), and the lock is msvcrt.locking on a
file. Found by the Windows check (packaging/windows/check.sh) under wine."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from responder_app.services import outbox
from responder_app.services.outbox import _Journal


class FakeMsvcrt:
    """msvcrt.locking as Windows does it: one holder per file, LK_NBLCK fails at once."""

    LK_NBLCK = 2

    def __init__(self) -> None:
        self.held: dict[int, int] = {}  # inode -> fd holding it

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert mode == self.LK_NBLCK and nbytes == 1
        inode = os.fstat(fd).st_ino
        holder = self.held.get(inode)
        if holder is not None and holder != fd:
            try:
                still_there = os.fstat(holder).st_ino == inode
            except OSError:
                still_there = False
            if not still_there:  # its file was closed: the lock went with it
                holder = None
        else:
            holder = None
        if holder is not None:
            raise PermissionError(13, "Permission denied")
        self.held[inode] = fd


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    real_open = os.open

    def windows_open(path: Any, flags: int, mode: int = 0o777) -> int:
        if os.path.isdir(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(outbox, "fcntl", None)
    monkeypatch.setattr(outbox, "msvcrt", fake)
    monkeypatch.setattr(outbox.os, "open", windows_open)
    return fake


def test_a_reply_is_journaled_on_windows(windows: FakeMsvcrt, tmp_path: Path) -> None:
    journal = _Journal(tmp_path / "outbox")
    assert journal.lock()
    journal.append({"id": "m1", "body": "我在，慢慢说。"})
    records, bad = journal.read()
    assert [r["body"] for r in records] == ["我在，慢慢说。"] and bad == 0
    journal.close()


def test_a_second_app_on_windows_is_kept_out_until_the_first_closes(
        windows: FakeMsvcrt, tmp_path: Path) -> None:
    first, second = _Journal(tmp_path / "outbox"), _Journal(tmp_path / "outbox")
    assert first.lock()
    assert not second.lock() and second.locked_out
    first.close()
    assert second.lock() and not second.locked_out
    second.close()
