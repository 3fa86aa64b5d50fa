"""Outgoing messages, kept on disk until the server has them: sending → sent | failed.

**Durable.** `send()` appends the reply to a journal and fsyncs it *before* the first
attempt, so a reply survives a quit, a crash or a SIGKILL; a new `Outbox` on the same
directory loads what is still unsent and sends it again. A reply leaves the journal only
once the server confirmed it. If it can't be written (disk full, read-only folder),
`send()` raises `OutboxError` in plain words and nothing is sent: the caller keeps the
text in the composer, so nothing is silently lost.

**Idempotent.** Each message gets a UUID once; every attempt re-PUTs that id and the
server stores it once (a repeat is answered with the original), so retrying blindly after
any failure, in this session or after a restart, can neither lose nor double a message.

**In order.** Each conversation has one sender loop that sends its messages one at a time
in the order they were written, and starts a message only after the server confirmed the
one before, so the client sees them in the order typed however the network comes and
goes. Conversations don't wait for each other.

**Retries.** Network errors, 5xx, 429 and an expired sign-in are retried with the same id
until the server answers, waiting `retry_delays` (1, 2, 4, 8, then 15 s each time) between
attempts; `nudge()` (the connection is back) skips the wait. After `failed_after_attempts`
failed attempts in a row the message shows `failed` with `retryable=True`: not delivered
*yet*, still retried in the background and still holding its place in line.

A *permanent* refusal (409 chat not open, 404, 413/422 too long or empty...) marks the
message `failed` with `retryable=False` and the server's reason, and the conversation's
next messages go on. That's the right call: retrying can never cure it, and holding the
later replies back would turn one undeliverable message into a silent outage of the whole
chat, while the failed bubble stays where it was typed, with its reason, so the responder
sees exactly what the client didn't get and can rewrite it or `retry()` it (it is then
sent after whatever is already queued). A permanently failed message stays in the journal
(and in `pending()` after a restart, still `failed`) until it is sent or `discard()`ed.

**Journal.** `<journal_dir>/outbox.jsonl`, one JSON object per line, each fsync'd:

    {"v": 1, "op": "add", "id": ..., "conversation_id": ..., "body": ..., "created_at": ISO}
    {"v": 1, "op": "sent", "id": ...}        the server confirmed it: the record is dead
    {"v": 1, "op": "failed", "id": ..., "error": ..., "retryable": false}   refused
    {"v": 1, "op": "retry", "id": ...}       sent again by hand: back of its chat's line
    {"v": 1, "op": "discard", "id": ...}     dropped by the responder

A line that doesn't parse (the torn tail of a write cut short by a kill or power loss) is
skipped; the journal is rewritten without dead records at load and whenever they pile up
(temporary file, fsync, atomic rename). The directory is locked (`flock`) while an
`Outbox` uses it, so two app instances can't send or compact the same journal.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import json
import logging
import os
import uuid
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from responder_app.services.api_client import ApiClient, ApiError, normalize_server_url
from responder_app.services.i18n import fill, translate
from responder_wire.models import MessageOut

try:  # POSIX: the journal's directory is locked with flock
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]
try:  # Windows: a directory cannot be opened there, so a lock file inside it is locked
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]
LOCK_NAME = "outbox.lock"  # Windows only

__all__ = [
    "JOURNAL_NAME",
    "Outbox",
    "OutboxError",
    "OutgoingMessage",
    "SendState",
    "journal_dir_for",
]

log = logging.getLogger(__name__)

AUTO_RETRY_DELAYS_S: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 15.0)  # the last one repeats
FAILED_AFTER_ATTEMPTS = 4  # first try + 3 retries (~7 s) before the bubble says "not sent"
MAX_RETRY_AFTER_S = 60.0
JOURNAL_NAME = "outbox.jsonl"
_VERSION = 1


class SendState(StrEnum):
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


@dataclass
class OutgoingMessage:
    id: str
    conversation_id: str
    body: str
    state: SendState = SendState.SENDING
    attempts: int = 0  # attempts in this session
    error: str = ""
    retryable: bool = False  # failed for a reason that trying later may cure (network, 5xx)
    result: MessageOut | None = field(default=None, repr=False)
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))  # when typed


class OutboxError(ApiError):
    """A reply couldn't be kept safe on this computer, so it wasn't sent; `str()` says why
    in plain words. (An `ApiError`, so callers that report those show it as they are.)"""


def journal_dir_for(data_dir: Path, server_url: str, responder_id: int | str) -> Path:
    """`<data_dir>/outbox/<hash of the server url>/<responder id>/`: one journal per
    server and responder, so replies never go to the wrong account."""
    url = normalize_server_url(server_url)
    return data_dir / "outbox" / hashlib.sha256(url.encode()).hexdigest()[:16] / str(responder_id)


def _plain_write_error(exc: OSError, directory: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return translate("Outbox", "Your reply couldn't be saved on this computer because the disk "
                            "is full, so it wasn't sent. Free up some space, then send it "
                            "again.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EEXIST):
        return fill(translate("Outbox", "Your reply couldn't be saved on this computer (Responder "
                                 "may not write to %1), so it wasn't sent. Check that "
                                 "folder, then send it again."), directory)
    return fill(translate("Outbox", "Your reply couldn't be saved on this computer (%1), so it "
                             "wasn't sent. Please send it again."), exc.strerror or exc)


# Messages are translated in the "Outbox" context (lupdate needs the literal there).


def _locked() -> str:
    return translate("Outbox", "Responder is already open for this account on this computer. "
                        "Send your reply from that window.")


def _closed() -> str:
    return translate("Outbox", "You're not signed in any more, so your reply wasn't sent.")


def _is_transient(exc: ApiError) -> bool:
    # 401 too: the app signs in again and a new Outbox sends it then; the message must live.
    return exc.retryable or exc.status == 401


class _Journal:
    """The append-only file. Every method raises `OSError`; callers word it for people."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / JOURNAL_NAME
        self.locked_out = False
        self.lines = 0  # records in the file, live or dead (drives compaction)
        self._fd: int | None = None
        self._lock_fd: int | None = None
        self._release: weakref.finalize[Any, Any] | None = None
        self._needs_newline = False  # the file ends in a torn line we couldn't cut off

    # -- opening and locking ---------------------------------------------------------------

    def lock(self) -> bool:
        """Create the directory and take its lock; False if another Outbox holds it."""
        if self._lock_fd is not None:
            return True
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        if fcntl is None:
            return self._lock_file()
        fd = os.open(self.directory, os.O_RDONLY)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                self.locked_out = True
                return False
        self.locked_out = False
        self._lock_fd = fd
        self._track()
        return True

    def _lock_file(self) -> bool:
        """Windows: opening the directory itself fails (every reply was refused there),
        so the lock is the first byte of a file in it, held while the app runs."""
        fd = os.open(self.directory / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
        if msvcrt is not None:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            except OSError:
                os.close(fd)
                self.locked_out = True
                return False
        self.locked_out = False
        self._lock_fd = fd
        self._track()
        return True

    def read(self) -> tuple[list[dict[str, Any]], int]:
        """The records that parse, and how many lines didn't (a torn tail, garbage)."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return [], 0
        records: list[dict[str, Any]] = []
        bad = 0
        for line in data.split(b"\n"):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:  # also UnicodeDecodeError
                bad += 1
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                records.append(record)
            else:
                bad += 1
        self._needs_newline = bool(data) and not data.endswith(b"\n")
        self.lines = len(records) + bad
        return records, bad

    def _open_for_append(self) -> int:
        if self._fd is None:
            existed = self.path.exists()
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            self._track()
            if not existed:
                _fsync_dir(self.directory)  # so the new file's name survives a crash too
        return self._fd

    def _track(self) -> None:
        """Close our descriptors (and so drop the lock) even if nobody calls `close()`."""
        if self._release is not None:
            self._release.detach()
        fds = [fd for fd in (self._lock_fd, self._fd) if fd is not None]
        self._release = weakref.finalize(self, _close_fds, fds)

    # -- writing ---------------------------------------------------------------------------

    def append(self, record: dict[str, Any]) -> None:
        """Write one record and fsync it; on failure the file is left as it was."""
        if not self.lock():
            raise BlockingIOError(errno.EWOULDBLOCK, _locked())
        fd = self._open_for_append()
        line = json.dumps({"v": _VERSION, **record}, ensure_ascii=False,
                          separators=(",", ":")) + "\n"
        data = (("\n" if self._needs_newline else "") + line).encode("utf-8")
        start = os.lseek(fd, 0, os.SEEK_END)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        except OSError:
            # Cut off the partial line, or the next record would be glued to it and lost.
            try:
                os.ftruncate(fd, start)
            except OSError:
                self._needs_newline = True
            raise
        self._needs_newline = False
        self.lines += 1

    def rewrite(self, records: list[dict[str, Any]]) -> None:
        """Replace the file by `records` atomically (temporary file, fsync, rename)."""
        if not self.lock():
            raise BlockingIOError(errno.EWOULDBLOCK, _locked())
        tmp = self.directory / (JOURNAL_NAME + ".tmp")
        payload = "".join(json.dumps({"v": _VERSION, **r}, ensure_ascii=False,
                                     separators=(",", ":")) + "\n" for r in records)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                _write_all(fd, payload.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        _fsync_dir(self.directory)
        if self._fd is not None:  # it points at the replaced file: reopen on next append
            os.close(self._fd)
            self._fd = None
            self._track()
        self._needs_newline = False
        self.lines = len(records)

    def close(self) -> None:
        if self._release is not None:
            self._release()
        self._fd = self._lock_fd = self._release = None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _close_fds(fds: list[int]) -> None:
    for fd in fds:
        with contextlib.suppress(OSError):
            os.close(fd)


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform/filesystem can fsync a directory
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class Outbox:
    """Sends replies in order and keeps them in `journal_dir` until the server has them.

    Construct it on the running loop: it loads the journal at once and starts sending
    what is left, so render `pending()` right after constructing it (no state change can
    arrive before the caller next awaits). `on_change(message)` is called on every state
    change, on the loop's thread. `aclose()` the old Outbox before opening a new one on
    the same directory: the directory is locked while in use.
    """

    def __init__(
        self,
        api: ApiClient,
        on_change: Callable[[OutgoingMessage], None],
        *,
        journal_dir: Path,
        retry_delays: Sequence[float] = AUTO_RETRY_DELAYS_S,
        failed_after_attempts: int = FAILED_AFTER_ATTEMPTS,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.api = api
        self.on_change = on_change
        self.retry_delays = tuple(retry_delays) or (1.0,)
        self.failed_after_attempts = max(1, failed_after_attempts)
        self._sleep = sleep
        self.journal_dir = Path(journal_dir)
        # Unsent messages (sending or failed); a confirmed one is dropped after its on_change.
        self.messages: dict[str, OutgoingMessage] = {}
        self.load_error: str | None = None  # why earlier replies couldn't be loaded, if so
        self._order: dict[str, int] = {}  # place in line (journal order of add / retry)
        self._next = 0
        self._queues: dict[str, deque[str]] = {}  # conversation → ids waiting, in order
        self._loops: dict[str, asyncio.Task[None]] = {}
        self._wake: dict[str, asyncio.Event] = {}
        self._fresh: set[str] = set()  # ids whose backoff was reset by retry()/nudge()
        self._closed = False
        self._loaded = False
        self._journal = _Journal(self.journal_dir)
        self._load()

    # ---- public API -----------------------------------------------------------------------

    def send(
        self, conversation_id: str, body: str, message_id: str | None = None
    ) -> OutgoingMessage:
        """Write the reply to the journal (fsync'd), then queue it behind its chat's earlier
        replies. Raises `OutboxError` if it can't be kept safe; then nothing is sent."""
        if self._closed:
            raise OutboxError(_closed())
        if not self._loaded and not self._load():
            # Never write to a journal we couldn't read: compacting it would lose its replies.
            raise OutboxError(self.load_error or _locked())
        message = OutgoingMessage(id=message_id or str(uuid.uuid4()),
                                  conversation_id=conversation_id, body=body)
        if message.id in self.messages:
            return self.messages[message.id]  # a double click with the same id
        self._write({"op": "add", "id": message.id, "conversation_id": conversation_id,
                     "body": body, "created_at": message.created_at.isoformat()},
                    required=True)
        self._enqueue(message)
        return message

    def retry(self, message_id: str) -> OutgoingMessage | None:
        """Try a failed message again now (a click on it). None if it isn't failed."""
        message = self.messages.get(message_id)
        if self._closed or message is None or message.state != SendState.FAILED:
            return None
        message.state = SendState.SENDING
        message.error = ""
        self._fresh.add(message.id)
        if message.retryable:  # still in line: just skip the wait
            self._wake_loop(message.conversation_id)
        else:  # refused before: goes to the back of its chat's line, as if typed now
            # If this can't be written the journal still has it as failed: shown, not lost.
            self._write({"op": "retry", "id": message.id}, required=False)
            self._enqueue(message)
            self._maybe_compact()
        self._notify(message)
        return message

    def retry_all_failed(self) -> list[OutgoingMessage]:
        """The connection is back: try everything that failed for want of it now."""
        retried = [m for m in self.pending()
                   if m.state == SendState.FAILED and m.retryable
                   and self.retry(m.id) is not None]
        self.nudge()
        return retried

    def nudge(self) -> None:
        """Skip the current backoff waits and try now (and start the backoff afresh)."""
        for conversation_id, queue in self._queues.items():
            if queue:
                self._fresh.add(queue[0])
            self._wake_loop(conversation_id)

    def discard(self, message_id: str) -> bool:
        """Forget a *failed* message for good (the responder dismissed it)."""
        message = self.messages.get(message_id)
        if message is None or message.state != SendState.FAILED or message.retryable:
            return False
        self._write({"op": "discard", "id": message_id}, required=True)
        self._forget(message_id)
        self._maybe_compact()
        return True

    def pending(self, conversation_id: str | None = None) -> list[OutgoingMessage]:
        """Unsent messages (sending or failed), in the order they were written."""
        found = [m for m in self.messages.values()
                 if conversation_id is None or m.conversation_id == conversation_id]
        return sorted(found, key=lambda m: self._order.get(m.id, 0))

    @property
    def unsent_count(self) -> int:
        return len(self.messages)

    async def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until nothing is being sent any more; True if every message was confirmed,
        False on timeout or when some failed for good."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while self._loops:
            remaining = None if deadline is None else deadline - loop.time()
            if remaining is not None and remaining <= 0:
                return False
            _done, running = await asyncio.wait(list(self._loops.values()), timeout=remaining)
            if running:  # timed out
                return False
        return not self.messages

    async def aclose(self) -> None:
        """Stop sending (the journal stays on disk for the next Outbox) and unlock it."""
        self._closed = True
        tasks = list(self._loops.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._journal.close()

    # ---- journal --------------------------------------------------------------------------

    def _write(self, record: dict[str, Any], *, required: bool) -> None:
        try:
            self._journal.append(record)
        except OSError as exc:
            if self._journal.locked_out:
                text = _locked()
            else:
                text = _plain_write_error(exc, self.journal_dir)
            if required:
                raise OutboxError(text) from exc
            log.warning("outbox journal: couldn't record %s for %s: %s",
                        record["op"], record["id"], exc)

    def _load(self) -> bool:
        """Read the journal (once), queue what is unsent and start sending it."""
        try:
            if not self._journal.lock():
                self.load_error = _locked()
                return False
            records, bad = self._journal.read()
        except OSError as exc:
            if isinstance(exc, FileExistsError | NotADirectoryError | PermissionError) \
                    and not self._journal.path.exists():
                self.load_error = _plain_write_error(exc, self.journal_dir)
            else:
                self.load_error = fill(translate(
                    "Outbox", "Replies saved earlier on this computer couldn't be read (%1), "
                              "so new ones can't be saved either."), exc.strerror or exc)
            log.warning("outbox journal %s: %s", self._journal.path, exc)
            return False
        self._loaded, self.load_error = True, None
        if bad:
            log.warning("outbox journal %s: skipped %d unreadable line(s) (a write cut "
                        "short?)", self._journal.path, bad)
        for record in records:
            self._apply(record)
        for message in self.pending():
            if message.state == SendState.SENDING:
                self._queues.setdefault(message.conversation_id, deque()).append(message.id)
        if bad or self._journal.lines != self._live_records():
            self._compact()
        for conversation_id in list(self._queues):
            self._ensure_loop(conversation_id)
        return True

    def _apply(self, record: dict[str, Any]) -> None:
        op, message_id = record.get("op"), record["id"]
        message = self.messages.get(message_id)
        if op == "add" and message is None:
            try:
                created = datetime.fromisoformat(str(record.get("created_at")))
            except ValueError:
                created = datetime.now(UTC)
            conversation_id, body = record.get("conversation_id"), record.get("body")
            if isinstance(conversation_id, str) and isinstance(body, str):
                self.messages[message_id] = OutgoingMessage(
                    id=message_id, conversation_id=conversation_id, body=body,
                    created_at=created)
                self._place(message_id)
        elif message is None:
            return  # about a message already confirmed (or a lost add): nothing to do
        elif op in ("sent", "discard"):
            self._forget(message_id)
        elif op == "failed":
            message.state = SendState.FAILED
            message.error = str(record.get("error") or "")
            message.retryable = False
        elif op == "retry":
            message.state = SendState.SENDING
            message.error = ""
            self._place(message_id)

    def _live_records(self) -> int:
        return sum(2 if m.state == SendState.FAILED and not m.retryable else 1
                   for m in self.messages.values())

    def _maybe_compact(self) -> None:
        """Call after the in-memory state matches the journal (it rewrites from memory)."""
        if self._loaded and self._journal.lines > 2 * self._live_records() + 200:
            self._compact()

    def _compact(self) -> None:
        records: list[dict[str, Any]] = []
        for m in self.pending():
            records.append({"op": "add", "id": m.id, "conversation_id": m.conversation_id,
                            "body": m.body, "created_at": m.created_at.isoformat()})
            if m.state == SendState.FAILED and not m.retryable:
                records.append({"op": "failed", "id": m.id, "error": m.error,
                                "retryable": False})
        try:
            self._journal.rewrite(records)
        except OSError as exc:  # the journal as it is stays valid; try again later
            log.warning("outbox journal %s: couldn't compact: %s", self._journal.path, exc)

    # ---- sending --------------------------------------------------------------------------

    def _place(self, message_id: str) -> None:
        self._next += 1
        self._order[message_id] = self._next

    def _forget(self, message_id: str) -> None:
        self.messages.pop(message_id, None)
        self._order.pop(message_id, None)
        self._fresh.discard(message_id)

    def _enqueue(self, message: OutgoingMessage) -> None:
        self.messages[message.id] = message
        self._place(message.id)
        self._queues.setdefault(message.conversation_id, deque()).append(message.id)
        self._ensure_loop(message.conversation_id)

    def _ensure_loop(self, conversation_id: str) -> None:
        if self._closed or conversation_id in self._loops:
            return
        self._wake.setdefault(conversation_id, asyncio.Event())
        self._loops[conversation_id] = asyncio.ensure_future(self._run(conversation_id))

    def _wake_loop(self, conversation_id: str) -> None:
        event = self._wake.get(conversation_id)
        if event is not None:
            event.set()

    def _notify(self, message: OutgoingMessage) -> None:
        try:
            self.on_change(message)
        except Exception:  # a UI bug must not stop the sender loop
            log.exception("outbox on_change failed for %s", message.id)

    async def _run(self, conversation_id: str) -> None:
        """This conversation's one sender: its messages one at a time, in order."""
        queue = self._queues[conversation_id]
        try:
            while queue:
                message = self.messages.get(queue[0])
                if message is not None:
                    await self._deliver(message)
                queue.popleft()
        finally:
            # No await between the last check and here, so nothing queued in between is missed.
            if self._loops.get(conversation_id) is asyncio.current_task():
                del self._loops[conversation_id]
            if not queue:
                self._queues.pop(conversation_id, None)
                self._wake.pop(conversation_id, None)

    async def _deliver(self, message: OutgoingMessage) -> None:
        """Until the server confirms it or refuses it for good."""
        failures = 0
        while True:
            if message.id in self._fresh:  # retry() or nudge(): begin the backoff afresh
                self._fresh.discard(message.id)
                failures = 0
            message.attempts += 1
            try:
                result = await self.api.send_message(message.conversation_id, message.id,
                                                     message.body)
            except ApiError as exc:
                if not _is_transient(exc):
                    self._refused(message, exc.message)
                    return
                error, retry_after = exc.message, exc.retry_after
            except Exception as exc:  # a bug, not the network: keep the message, say so
                log.exception("outbox: sending %s failed unexpectedly", message.id)
                error, retry_after = fill(translate("Outbox", "Your reply couldn't be sent (%1)."),
                                          exc), None
            else:
                self._confirmed(message, result)
                return
            failures += 1
            if failures >= self.failed_after_attempts and (
                    message.state != SendState.FAILED or message.error != error):
                message.state = SendState.FAILED
                message.error = error
                message.retryable = True
                self._notify(message)
            delay = self.retry_delays[min(failures - 1, len(self.retry_delays) - 1)]
            if retry_after:
                delay = min(max(delay, retry_after), MAX_RETRY_AFTER_S)
            await self._pause(message.conversation_id, delay)

    async def _pause(self, conversation_id: str, delay: float) -> None:
        wake = self._wake.setdefault(conversation_id, asyncio.Event())
        if not wake.is_set():
            sleeper = asyncio.ensure_future(self._sleep(delay))
            waker = asyncio.ensure_future(wake.wait())
            try:
                await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                sleeper.cancel()
                waker.cancel()
        wake.clear()

    def _confirmed(self, message: OutgoingMessage, result: MessageOut) -> None:
        # Not fatal if unrecorded: a restart re-PUTs it and the server answers the original.
        self._write({"op": "sent", "id": message.id}, required=False)
        message.state = SendState.SENT
        message.result = result
        message.error = ""
        message.retryable = False
        self._forget(message.id)
        self._maybe_compact()
        self._notify(message)

    def _refused(self, message: OutgoingMessage, reason: str) -> None:
        message.state = SendState.FAILED
        message.error = reason
        message.retryable = False
        self._write({"op": "failed", "id": message.id, "error": reason, "retryable": False},
                    required=False)
        self._maybe_compact()
        self._notify(message)
