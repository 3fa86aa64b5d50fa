"""Free heap goes back to the system after a burst (sign-in, older history pages): one trim
after the last of a run of requests, not one per request."""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from responder_app.services import heap
from responder_app.services.heap import HeapTrimmer, release_free_heap


def test_a_run_of_requests_trims_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "TRIM_DELAY_MS", 50)
    trims: list[int] = []
    trimmer = HeapTrimmer(release=lambda: trims.append(1))
    for _ in range(5):
        trimmer.schedule()
    qtbot.waitUntil(lambda: trims == [1], timeout=2000)
    qtbot.wait(150)
    assert trims == [1]
    trimmer.schedule()
    qtbot.waitUntil(lambda: trims == [1, 1], timeout=2000)


def test_release_free_heap_works_on_glibc() -> None:
    assert release_free_heap() is sys.platform.startswith("linux")
