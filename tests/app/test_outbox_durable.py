"""The outbox keeps every reply on disk until the real server has it, and sends in order.

The app reaches the real backend through a proxy the test cuts (a dropped Wi-Fi); a
"restart" is a new `Outbox` on the same journal directory, a crash is a separate process
SIGKILLed with replies still unsent. What is checked is what the client would see: each
reply once, in the order it was typed.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from responder_app.services.api_client import ApiClient
from responder_app.services.outbox import (
    JOURNAL_NAME,
    Outbox,
    OutboxError,
    OutgoingMessage,
    SendState,
)
from tests.support.backend import Backend, bearer
from tests.support.tcp_proxy import CuttableProxy

ROOT = Path(__file__).resolve().parents[2]
FAST = (0.05, 0.1, 0.2)  # backoff for tests: the same rules, shorter waits
IDLE_TIMEOUT = 30.0  # only a guard against hanging; nothing here is timed


@dataclass
class Setup:
    backend: Backend
    proxy: CuttableProxy
    api: ApiClient
    tokens: dict[str, Any]
    changes: list[tuple[str, str]]

    def outbox(self, journal: Path, **kwargs: Any) -> Outbox:
        return Outbox(self.api, lambda m: self.changes.append((m.body, m.state.value)),
                      journal_dir=journal, retry_delays=FAST, **kwargs)


@asynccontextmanager
async def through_proxy(backend: Backend) -> AsyncIterator[Setup]:
    """A signed-in `ApiClient` that reaches the backend only through a cuttable proxy."""
    tokens = backend.new_responder()
    proxy = CuttableProxy(int(backend.base_url.rsplit(":", 1)[1]))
    await proxy.start()
    try:
        async with httpx.AsyncClient() as http:
            api = ApiClient(http, proxy.url)
            await api.sign_in(tokens["responder"]["email"], tokens["password"])
            yield Setup(backend, proxy, api, tokens, [])
    finally:
        await proxy.close()


def client_sees(backend: Backend, chat: dict[str, Any]) -> list[str]:
    """The responder's replies as the client's page shows them, oldest first."""
    response = httpx.get(f"{backend.api}/conversations/{chat['conversation']['id']}/messages",
                         params={"limit": 200}, headers=bearer(chat["client_token"]))
    response.raise_for_status()
    return [m["body"] for m in response.json()["messages"] if m["sender"] == "responder"]


def bodies(messages: list[OutgoingMessage]) -> list[str]:
    return [m.body for m in messages]


async def test_replies_typed_offline_reach_the_client_in_order_when_the_network_returns(
    backend: Backend, tmp_path: Path
) -> None:
    """The old bug: OFFLINE1, OFFLINE2 in the app, OFFLINE2, OFFLINE1 on the client's page."""
    async with through_proxy(backend) as s:
        chat = backend.start_session("Mei")
        cid = chat["conversation"]["id"]
        outbox = s.outbox(tmp_path / "journal")
        s.proxy.cut()
        for i in range(1, 5):
            outbox.send(cid, f"OFFLINE{i}")
        await asyncio.sleep(0.3)  # let several attempts fail while the network is down
        s.proxy.restore()
        outbox.nudge()
        assert await outbox.wait_idle(IDLE_TIMEOUT)
        await outbox.aclose()
    assert client_sees(backend, chat) == ["OFFLINE1", "OFFLINE2", "OFFLINE3", "OFFLINE4"]
    assert [state for _body, state in s.changes if state == "sent"] == ["sent"] * 4


async def test_replies_written_offline_survive_a_restart_and_go_out_once_in_order(
    backend: Backend, tmp_path: Path
) -> None:
    journal = tmp_path / "journal"
    async with through_proxy(backend) as s:
        chat = backend.start_session("Mei")
        cid = chat["conversation"]["id"]
        s.proxy.cut()
        first = s.outbox(journal)
        typed = [first.send(cid, text) for text in ("One", "Two", "Three")]
        await asyncio.sleep(0.2)
        await first.aclose()  # the app quits with the three unsent

        again = s.outbox(journal)  # the app starts again
        pending = again.pending()
        assert bodies(pending) == ["One", "Two", "Three"]
        assert [m.id for m in pending] == [m.id for m in typed]
        assert {m.state for m in pending} == {SendState.SENDING}
        assert again.unsent_count == 3
        s.proxy.restore()
        again.nudge()
        assert await again.wait_idle(IDLE_TIMEOUT)
        await again.aclose()

        assert client_sees(backend, chat) == ["One", "Two", "Three"]
        third_start = s.outbox(journal)  # and nothing is sent a second time
        assert third_start.pending() == []
        await third_start.aclose()
    assert client_sees(backend, chat) == ["One", "Two", "Three"]


_WRITER = """
import asyncio, json, sys
from pathlib import Path
import httpx
from responder_app.services.api_client import ApiClient
from responder_app.services.outbox import Outbox
from responder_wire.models import TokenPair

async def main() -> None:
    journal, url, cid, tokens = sys.argv[1:5]
    async with httpx.AsyncClient() as http:
        api = ApiClient(http, url)
        api.tokens = TokenPair.model_validate(json.loads(tokens))
        outbox = Outbox(api, lambda m: None, journal_dir=Path(journal))
        for text in ("Killed one", "Killed two", "Killed three"):
            outbox.send(cid, text)
        print("written", flush=True)
        await asyncio.sleep(3600)

asyncio.run(main())
"""


async def test_replies_of_a_process_killed_before_sending_are_sent_by_the_next_one(
    backend: Backend, tmp_path: Path
) -> None:
    journal = tmp_path / "journal"
    async with through_proxy(backend) as s:
        chat = backend.start_session("Mei")
        cid = chat["conversation"]["id"]
        s.proxy.cut()
        token_json = json.dumps({k: v for k, v in s.tokens.items() if k != "password"})
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", _WRITER, str(journal), s.proxy.url, cid, token_json,
            stdout=asyncio.subprocess.PIPE, cwd=ROOT)
        assert proc.stdout is not None
        assert await asyncio.wait_for(proc.stdout.readline(), IDLE_TIMEOUT) == b"written\n"
        os.kill(proc.pid, signal.SIGKILL)
        assert await proc.wait() == -signal.SIGKILL
        assert client_sees(backend, chat) == []

        outbox = s.outbox(journal)
        assert bodies(outbox.pending(cid)) == ["Killed one", "Killed two", "Killed three"]
        s.proxy.restore()
        outbox.nudge()
        assert await outbox.wait_idle(IDLE_TIMEOUT)
        await outbox.aclose()
    assert client_sees(backend, chat) == ["Killed one", "Killed two", "Killed three"]


async def test_a_torn_last_line_loses_nothing_written_before_it(
    backend: Backend, tmp_path: Path
) -> None:
    journal = tmp_path / "journal"
    async with through_proxy(backend) as s:
        chat = backend.start_session("Mei")
        cid = chat["conversation"]["id"]
        s.proxy.cut()
        first = s.outbox(journal)
        for text in ("Before the crash", "Also before", "Cut short"):
            first.send(cid, text)
        await first.aclose()
        # Power lost in the middle of writing the last record: half a line, no newline.
        path = journal / JOURNAL_NAME
        data = path.read_bytes()
        path.write_bytes(data[: len(data) - 25])

        again = s.outbox(journal)
        assert bodies(again.pending()) == ["Before the crash", "Also before"]
        again.send(cid, "After the restart")  # must not be glued to the torn line
        await again.aclose()

        third = s.outbox(journal)
        assert bodies(third.pending()) == ["Before the crash", "Also before",
                                           "After the restart"]
        s.proxy.restore()
        third.nudge()
        assert await third.wait_idle(IDLE_TIMEOUT)
        await third.aclose()
    assert client_sees(backend, chat) == ["Before the crash", "Also before",
                                          "After the restart"]


async def test_a_refused_reply_fails_with_its_reason_and_the_next_ones_still_go(
    backend: Backend, tmp_path: Path
) -> None:
    async with through_proxy(backend) as s:
        open_chat = backend.start_session("Mei")
        ended_chat = backend.start_session("Sam")
        open_id, ended_id = open_chat["conversation"]["id"], ended_chat["conversation"]["id"]
        httpx.post(f"{backend.api}/conversations/{ended_id}/wrap-up", json={"note": ""},
                   headers=bearer(s.tokens["access_token"])).raise_for_status()

        outbox = s.outbox(tmp_path / "journal")
        s.proxy.cut()  # everything queues up first, as during an outage
        outbox.send(open_id, "First")
        too_long = outbox.send(open_id, "x" * 4001)
        to_ended = outbox.send(ended_id, "Are you still there?")
        outbox.send(open_id, "Third")
        outbox.send(ended_id, "Hello?")
        outbox.send(open_id, "Fourth")
        s.proxy.restore()
        outbox.nudge()
        assert not await outbox.wait_idle(IDLE_TIMEOUT)  # idle, but not everything went

        assert client_sees(backend, open_chat) == ["First", "Third", "Fourth"]
        assert client_sees(backend, ended_chat) == []
        assert too_long.state == SendState.FAILED and not too_long.retryable
        assert too_long.error == "That message is too long (the limit is 4,000 characters)."
        assert to_ended.state == SendState.FAILED
        assert to_ended.error == "This chat has ended, so you can't send messages to it any more."
        assert bodies(outbox.pending()) == ["x" * 4001, "Are you still there?", "Hello?"]
        await outbox.aclose()

        # After a restart the refused replies are still shown as failed, not sent again.
        again = s.outbox(tmp_path / "journal")
        assert [(m.body[:10], m.state, m.error) for m in again.pending(ended_id)] == [
            ("Are you st", SendState.FAILED, to_ended.error),
            ("Hello?", SendState.FAILED, to_ended.error),
        ]
        assert again.discard(to_ended.id)
        assert bodies(again.pending(ended_id)) == ["Hello?"]
        assert await again.wait_idle(IDLE_TIMEOUT) is False
        await again.aclose()
    assert client_sees(backend, open_chat) == ["First", "Third", "Fourth"]


async def test_a_reply_pending_for_a_chat_that_ended_meanwhile_fails_after_a_restart(
    backend: Backend, tmp_path: Path
) -> None:
    journal = tmp_path / "journal"
    async with through_proxy(backend) as s:
        chat = backend.start_session("Mei")
        cid = chat["conversation"]["id"]
        s.proxy.cut()
        first = s.outbox(journal)
        first.send(cid, "Sorry, my internet dropped")
        await first.aclose()
        httpx.post(f"{backend.api}/conversations/{cid}/leave",
                   headers=bearer(chat["client_token"])).raise_for_status()

        s.proxy.restore()
        again = s.outbox(journal)
        assert not await again.wait_idle(IDLE_TIMEOUT)
        [message] = again.pending()
        assert message.state == SendState.FAILED
        assert message.error == "This chat has ended, so you can't send messages to it any more."
        assert ("Sorry, my internet dropped", "failed") in s.changes
        await again.aclose()
    assert client_sees(backend, chat) == []


# ---- when the reply can't be kept safe -----------------------------------------------------


class _NoNetwork:
    """Stands in for the API when a test only checks what happens on this computer."""

    async def send_message(self, conversation_id: str, message_id: str, body: str) -> Any:
        await asyncio.sleep(3600)


def _offline_outbox(journal: Path) -> Outbox:
    return Outbox(_NoNetwork(), lambda _m: None, journal_dir=journal)  # type: ignore[arg-type]


async def test_a_journal_folder_that_cant_be_created_refuses_the_reply_in_plain_words(
    tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    outbox = _offline_outbox(blocker / "journal")
    with pytest.raises(OutboxError, match="couldn't be saved on this computer"):
        outbox.send("c-1", "Hello")
    assert outbox.pending() == []
    await outbox.aclose()


_FULL_DISK = """
import asyncio, json, resource, signal, sys
from pathlib import Path
from responder_app.services.outbox import Outbox, OutboxError

class NoNetwork:
    async def send_message(self, *args):
        await asyncio.sleep(3600)

async def main() -> None:
    journal = Path(sys.argv[1])
    outbox = Outbox(NoNetwork(), lambda m: None, journal_dir=journal)
    outbox.send("c-1", "This one fits")
    # The disk is full from here on: no file may grow past its current size + 100 bytes.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    size = (journal / "outbox.jsonl").stat().st_size
    resource.setrlimit(resource.RLIMIT_FSIZE, (size + 100, size + 100))
    try:
        outbox.send("c-1", "This one doesn't fit. " * 20)
    except OutboxError as exc:
        print(json.dumps({"error": str(exc)}), flush=True)
    else:
        print(json.dumps({"error": None}), flush=True)

asyncio.run(main())
"""


async def test_a_full_disk_refuses_the_reply_and_keeps_the_earlier_ones(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    done = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _FULL_DISK, str(journal), stdout=asyncio.subprocess.PIPE,
        cwd=ROOT)
    out, _ = await asyncio.wait_for(done.communicate(), IDLE_TIMEOUT)
    assert done.returncode == 0
    error = json.loads(out)["error"]
    assert error is not None and "the disk is full" in error and "wasn't sent" in error

    outbox = _offline_outbox(journal)  # nothing half-written in the journal either
    assert bodies(outbox.pending()) == ["This one fits"]
    outbox.send("c-1", "Space again")
    assert bodies(outbox.pending()) == ["This one fits", "Space again"]
    await outbox.aclose()


_READ_ONLY = """
import asyncio, sys
from pathlib import Path
from responder_app.services.outbox import Outbox, OutboxError

class NoNetwork:
    async def send_message(self, *args):
        await asyncio.sleep(3600)

async def main() -> None:
    outbox = Outbox(NoNetwork(), lambda m: None, journal_dir=Path(sys.argv[1]))
    try:
        outbox.send("c-1", "Hello")
    except OutboxError as exc:
        print(exc, flush=True)

asyncio.run(main())
"""


async def test_a_read_only_folder_refuses_the_reply_in_plain_words(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    journal.mkdir()
    journal.chmod(0o555)
    prefix: list[str] = []
    if os.geteuid() == 0:  # root may write anywhere: run the writer without that power
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv to drop CAP_DAC_OVERRIDE")
        prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]
    try:
        done = await asyncio.create_subprocess_exec(
            *prefix, sys.executable, "-c", _READ_ONLY, str(journal),
            stdout=asyncio.subprocess.PIPE, cwd=ROOT)
        out, _ = await asyncio.wait_for(done.communicate(), IDLE_TIMEOUT)
    finally:
        journal.chmod(0o755)
    assert done.returncode == 0
    text = out.decode().strip()
    assert "couldn't be saved on this computer" in text and str(journal) in text
    assert not (journal / JOURNAL_NAME).exists()


async def test_a_second_outbox_on_the_same_journal_is_refused_until_the_first_closes(
    tmp_path: Path
) -> None:
    """Two app windows for one account must not both send (or compact) one journal."""
    first = _offline_outbox(tmp_path / "journal")
    first.send("c-1", "From the first window")
    second = _offline_outbox(tmp_path / "journal")
    assert second.load_error is not None and "already open" in second.load_error
    with pytest.raises(OutboxError, match="already open"):
        second.send("c-1", "From the second window")
    await first.aclose()
    second.send("c-1", "From the second window")  # the first closed: it may load now
    assert bodies(second.pending()) == ["From the first window", "From the second window"]
    await second.aclose()
