"""SQLite's WAL checkpoints, moved off the sends' writer onto a thread of their own.

By default the connection whose commit takes the write-ahead log past 1,000 pages copies
the log back into the database file and syncs it, inside that commit: on this machine
10-15 ms every few hundred sends, during which every send of the batch waits (it was the
whole of the latency p99 in `bench/server_load.py`: 14 ms with it, 3 ms without).

So this thread runs a PASSIVE checkpoint every `INTERVAL_S` on its own connection: it
copies what no reader still needs into the database file, and never waits for, nor
blocks, the writer. While sends keep coming the log cannot start again from its beginning
(that needs a moment with the whole log copied and no writer), so the sends' writer keeps
SQLite's own checkpoint as a backstop at `WRITER_AUTOCHECKPOINT_PAGES` (`db.Database`):
by then nearly everything is already copied, and the log file stays under ~32 MB.

Other processes (the operator's CLI) keep SQLite's default, and checkpoint as before.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger(__name__)

INTERVAL_S = 0.2
# The writer's own checkpoint (SQLite's default is 1,000 pages) only past this many.
WRITER_AUTOCHECKPOINT_PAGES = 8000
# A log this long (pages) means passes are not keeping up (a reader holding an old
# snapshot): said once in the log, as the file then grows until that reader is done.
WARN_PAGES = 50_000


class Checkpointer:
    def __init__(self, path: str, interval_s: float = INTERVAL_S) -> None:
        self.path = path
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoint",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        connection = sqlite3.connect(self.path, timeout=10, isolation_level=None,
                                     check_same_thread=False)
        warned = False
        try:
            while not self._stop.wait(self.interval_s):
                try:
                    _busy, log_pages, _copied = connection.execute(
                        "PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                except sqlite3.Error:
                    log.exception("WAL checkpoint failed; the next pass retries")
                    continue
                if log_pages > WARN_PAGES and not warned:
                    warned = True
                    log.warning("the SQLite write-ahead log has %d pages: a long read is "
                                "keeping checkpoints from finishing", log_pages)
        finally:
            connection.close()
