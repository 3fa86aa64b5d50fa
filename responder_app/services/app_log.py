"""The app's log: a rotating file in the user's log directory, plus stderr, neither of
which any bug can flood.

- The file rotates at `max_bytes` and keeps `backups` old files (2 MB x 3 by default),
  so the log never takes more than max_bytes x (backups + 1) of disk.
- A run of the same line (same logger, level and message template) is written once;
  then "... repeated N times" when the run ends, and every `repeat_interval_s` while it
  goes on. A busy loop that logs costs a line a minute, not 100 MB/s.
- A single line is cut at `max_line_chars`.

Qt's own messages (qWarning and friends) come in through `responder_app.ui.qt_log`.

    setup_logging()                    # in main(), before anything logs
"""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["RepeatCollapser", "default_log_path", "setup_logging"]

APP_NAME = "Responder"
LOG_FILE_NAME = "responder.log"
ENV_LOG_FILE = "RESPONDER_LOG_FILE"  # overrides where the log goes (benches, support)
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 3
MAX_LINE_CHARS = 8_000
REPEAT_INTERVAL_S = 60.0
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_DIGITS = re.compile(r"\d+")
_SUMMARY = "_responder_repeat_summary"  # marks the "repeated N times" records


def default_log_path() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, APP_NAME)) / LOG_FILE_NAME


class RepeatCollapser(logging.Filter):
    """A handler filter: lets the first record of a run of identical ones through, counts
    the rest, and hands the handler a "... repeated N times" record when the run ends (a
    different record arrives), every `interval_s` while it goes on, and on `flush()`.

    Identical: same logger, level and message template (for a record logged without
    arguments, as Qt's are, its text with the numbers taken out: "Invalid socket 34" and
    "Invalid socket 35" are one run)."""

    def __init__(self, handler: logging.Handler, *, interval_s: float = REPEAT_INTERVAL_S,
                 max_line_chars: int = MAX_LINE_CHARS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._handler = handler
        self._interval_s = interval_s
        self._max_line_chars = max_line_chars
        self._clock = clock
        self._lock = threading.RLock()  # Qt's messages come from any thread
        self._key: tuple[str, int, str] | None = None
        self._first: logging.LogRecord | None = None
        self._repeats = 0
        self._since = 0.0

    @staticmethod
    def _key_of(record: logging.LogRecord) -> tuple[str, int, str]:
        template = str(record.msg)
        if not record.args:
            template = _DIGITS.sub("#", template)
        return record.name, record.levelno, template

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, _SUMMARY, False):
            return True
        self._truncate(record)
        key = self._key_of(record)
        with self._lock:
            now = self._clock()
            if key == self._key:
                self._repeats += 1
                if now - self._since >= self._interval_s:
                    self._emit_summary()
                    self._since = now
                return False
            self._emit_summary()
            self._key, self._first, self._repeats, self._since = key, record, 0, now
            return True

    def flush(self) -> None:
        """Say how often the last line repeated, if it did (at exit, or when asked)."""
        with self._lock:
            self._emit_summary()

    def _emit_summary(self) -> None:
        if self._first is None or self._repeats == 0:
            return
        first, count = self._first, self._repeats
        self._repeats = 0
        text = first.getMessage()
        summary = logging.LogRecord(first.name, first.levelno, first.pathname, first.lineno,
                                    "… repeated %d more times: %s", (count, text[:200]),
                                    None, first.funcName)
        setattr(summary, _SUMMARY, True)
        self._handler.handle(summary)

    def _truncate(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # a bad format string: let the handler report it as usual
            return
        if len(text) > self._max_line_chars:
            record.msg = text[: self._max_line_chars] + f"… ({len(text)} characters)"
            record.args = None


_installed: list[tuple[logging.Handler, RepeatCollapser]] = []


def _collapsing(handler: logging.Handler, interval_s: float) -> logging.Handler:
    collapser = RepeatCollapser(handler, interval_s=interval_s)
    handler.addFilter(collapser)
    handler.setFormatter(logging.Formatter(FORMAT))
    _installed.append((handler, collapser))
    return handler


def setup_logging(path: str | Path | None = None, *, level: int = logging.INFO,
                  max_bytes: int = MAX_BYTES, backups: int = BACKUPS,
                  to_stderr: bool = True,
                  repeat_interval_s: float = REPEAT_INTERVAL_S) -> Path:
    """Send the app's logging to a rotating file (`path`, else $RESPONDER_LOG_FILE, else
    the user's log directory) and to stderr, both collapsing repeated lines. Calling it
    again replaces what an earlier call set up. Returns the file's path."""
    target = Path(path or os.environ.get(ENV_LOG_FILE) or default_log_path())
    target.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    shutdown_logging()
    root.addHandler(_collapsing(logging.handlers.RotatingFileHandler(
        target, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"), repeat_interval_s))
    if to_stderr:
        root.addHandler(_collapsing(logging.StreamHandler(sys.stderr), repeat_interval_s))
    root.setLevel(level)
    logging.captureWarnings(True)  # warnings.warn goes through the same collapse
    return target


def shutdown_logging() -> None:
    """Flush the repeat counts and take down what setup_logging installed."""
    root = logging.getLogger()
    while _installed:
        handler, collapser = _installed.pop()
        collapser.flush()
        root.removeHandler(handler)
        handler.close()


atexit.register(shutdown_logging)  # runs before logging's own shutdown (registered earlier)
