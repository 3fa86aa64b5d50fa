"""While the app's loop runs, garbage is collected on the Qt thread, never on a worker
thread (responder_app/shell/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from pytestqt.qtbot import QtBot

from responder_app.shell.collector import MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_are_collected_by_the_qt_thread_and_never_by_a_worker(qtbot: QtBot) -> None:
    collector = MainThreadCollector()
    collected_on: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    collector.start()
    gc.callbacks.append(note)
    try:
        assert not gc.isenabled()
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)],
                                  name="worker")
        worker.start()
        worker.join()
        assert collected_on == [], "a worker's allocations started no collection"
        cycle = _Cycle()
        gone = weakref.ref(cycle)
        del cycle
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the timer's pass
        assert collected_on and set(collected_on) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)
        collector.stop()
    assert gc.isenabled()
