"""Nothing a responder types is lost: the real app, in its own process, is killed with
SIGKILL holding three replies typed while the server was down; started again, with the
server back, all three reach the client once each, in the order typed.

Real backend (killed and restarted on the same port and database), the real app
(`tests/e2e/app_driver.py`: offscreen Qt, qasync, the composer and Enter), a simulated
client reading what it received through the public client API.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from responder_sim import start_session
from responder_wire.models import SenderRole
from tests.e2e.app_driver import REPLIES
from tests.support.backend import Backend

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


async def _driver(phase: str, backend: Backend, email: str, password: str,
                  settings: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.e2e.app_driver", "--phase", phase,
        "--server", backend.base_url, "--email", email, "--password", password,
        "--settings", str(settings), cwd=ROOT,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


async def _line(process: asyncio.subprocess.Process, expected: str, timeout: float) -> str:
    assert process.stdout is not None
    while True:
        raw = await asyncio.wait_for(process.stdout.readline(), timeout)
        if not raw:
            raise AssertionError(f"the app exited before saying {expected!r}")
        line = raw.decode().strip()
        if line.startswith(expected):
            return line


def test_replies_typed_offline_survive_a_sigkill_and_arrive_once_in_order(
    backend: Backend, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")
    settings = tmp_path / "settings.ini"

    async def scenario() -> None:
        first = await _driver("type", backend, email, password, settings)
        client = None
        try:
            await asyncio.sleep(0)  # the app signs in and opens its stream
            # Someone online and full, so Mei may pay before Amy's app is online: she waits
            # in the queue for Amy (nothing is sold while nobody at all is online).
            await asyncio.to_thread(backend.busy_listener)
            client = await start_session(backend.base_url, "Mei", "work")
            ready = await _line(first, "READY", 60)
            assert ready.split()[1] == client.conversation_id
            await asyncio.to_thread(backend.kill)  # the server is down
            assert first.stdin is not None
            first.stdin.write(b"go\n")
            await first.stdin.drain()
            await _line(first, "TYPED", 30)
            first.send_signal(signal.SIGKILL)
            await first.wait()

            second = await _driver("resume", backend, email, password, settings)
            await asyncio.sleep(1.0)  # started while the server is still down
            await asyncio.to_thread(backend.restart)
            await _line(second, "SIGNED-IN", 60)
            await _line(second, "DONE", 60)
            await asyncio.wait_for(second.wait(), 30)
            received = [m.body for m in await client.messages()
                        if m.sender == SenderRole.RESPONDER]
            assert received == list(REPLIES)  # all three, once each, in order
        finally:
            if first.returncode is None:
                first.kill()
            if client is not None:
                await client.close()

    asyncio.run(asyncio.wait_for(scenario(), 150))
