"""The app's log can't fill a disk: a run of the same line is written once with a count,
the file rotates and stays bounded under a flood, and Qt's own warnings (the
QSocketNotifier kind) go through the same collapse and file instead of raw stderr."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler, qWarning

from responder_app.services.app_log import (
    RepeatCollapser,
    setup_logging,
    shutdown_logging,
)
from responder_app.ui.qt_log import install_qt_message_handler


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers), root.level
    path = setup_logging(tmp_path / "logs" / "responder.log", to_stderr=False)
    for handler in before[0]:  # only ours while the test runs (pytest's own come back)
        root.removeHandler(handler)
    yield path
    shutdown_logging()
    for handler in before[0]:
        root.addHandler(handler)
    root.setLevel(before[1])


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + "*"))


def test_a_repeated_line_is_written_once_with_how_often_it_repeated(log_file: Path) -> None:
    log = logging.getLogger("responder_app.demo")
    log.info("signed in")
    for _ in range(10_000):
        log.warning("socket %d is invalid, disabling", 34)
    log.info("signed out")
    shutdown_logging()

    lines = _lines(log_file)
    assert len(lines) == 4, lines
    assert lines[0].endswith("responder_app.demo: signed in")
    assert lines[1].endswith("WARNING responder_app.demo: socket 34 is invalid, disabling")
    assert "repeated 9999 more times: socket 34 is invalid, disabling" in lines[2]
    assert lines[3].endswith("signed out")


def test_repeats_are_counted_at_least_once_a_minute_while_they_go_on() -> None:
    now = [0.0]
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    handler = Collect()
    handler.addFilter(RepeatCollapser(handler, interval_s=60, clock=lambda: now[0]))
    log = logging.getLogger("test.repeats")
    log.propagate = False
    log.addHandler(handler)
    try:
        for second in range(150):  # one line a second for two and a half minutes
            now[0] = float(second)
            log.error("QSocketNotifier: Invalid socket %d", 34)
        log.error("something else")
    finally:
        log.removeHandler(handler)
        log.propagate = True
    assert records == [
        "QSocketNotifier: Invalid socket 34",
        "… repeated 60 more times: QSocketNotifier: Invalid socket 34",
        "… repeated 60 more times: QSocketNotifier: Invalid socket 34",
        "… repeated 29 more times: QSocketNotifier: Invalid socket 34",
        "something else",
    ]


def test_under_a_flood_of_100k_lines_the_log_rotates_and_stays_bounded(log_file: Path) -> None:
    log = logging.getLogger("responder_app.flood")
    for i in range(100_000):  # two alternating lines: nothing to collapse
        if i % 2:
            log.info("client %d wrote %s", i, "a line of about eighty characters " * 2)
        else:
            log.warning("queue %d has %s", i, "x" * 60)
    log.info("the last line")
    files = _files(log_file)
    assert [f.name for f in files] == ["responder.log", "responder.log.1", "responder.log.2",
                                       "responder.log.3"]
    assert all(f.stat().st_size <= 2 * 1024 * 1024 for f in files)
    assert sum(f.stat().st_size for f in files) <= 8 * 1024 * 1024
    assert _lines(log_file)[-1].endswith("the last line"), "the newest lines are kept"
    oldest = _lines(files[-1])[0]
    assert " 0 " not in oldest and " 1 " not in oldest, "the oldest lines rotated out"


def test_one_huge_line_is_cut(log_file: Path) -> None:
    logging.getLogger("responder_app.big").warning("payload %s", "y" * 5_000_000)
    assert log_file.stat().st_size < 20_000


def test_qt_warnings_go_to_the_log_collapsed(log_file: Path, qapp: Any) -> None:
    previous = install_qt_message_handler()
    try:
        # A real Qt warning, from a thread that isn't Qt's (as the audio thread's are)...
        timer = QTimer()

        def touch() -> None:
            for _ in range(500):
                timer.start(1000)

        worker = threading.Thread(target=touch)
        worker.start()
        worker.join()
        # ...and the busy loop's line, as Qt words it (the fd varies: still one run).
        for fd in (34, 34, 35, 34):
            qWarning(f"QSocketNotifier: Invalid socket {fd} and type 'Read', disabling...")
        logging.getLogger("responder_app").info("after the burst")
    finally:
        qInstallMessageHandler(previous)
    shutdown_logging()
    lines = _lines(log_file)
    timers = [line for line in lines if "Timers cannot be started from another thread" in line]
    assert len(timers) == 2, lines
    assert timers[0].endswith(
        "WARNING qt: QObject::startTimer: Timers cannot be started from another thread")
    assert "repeated 499 more times" in timers[1]
    sockets = [line for line in lines if "Invalid socket" in line]
    assert len(sockets) == 2, lines
    assert sockets[0].endswith("WARNING qt: QSocketNotifier: Invalid socket 34 and type 'Read', "
                               "disabling...")
    assert "repeated 3 more times" in sockets[1]
    assert lines[-1].endswith("after the burst")
