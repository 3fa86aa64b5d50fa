"""The new-client chime, played as often as a busy inbox plays it, never puts the loop in
a busy loop.

Qt 6.11's QSoundEffect, restarted while it still plays, frees its voice on PulseAudio's
audio thread; the voice's socket notifier (owned by the UI thread) is then left on a
closed fd, and the loop spins at 100 % logging `QSocketNotifier: Invalid socket …` many
thousand times a second. Unguarded, this failed 3 runs of 3 within 100 plays.
Needs the real sound server scripts/desktop_session.sh starts (PulseAudio).
"""

from __future__ import annotations

import asyncio
import os

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from tests.support.qt_async import run_in_qt_loop, wait_until


@pytest.mark.skipif(not os.environ.get("RESPONDER_TEST_SOUND_SERVER"),
                    reason="needs the sound server of scripts/desktop_session.sh")
@pytest.mark.parametrize("through", ["QSoundEffect", "the desktop's player"])
def test_a_hundred_quick_chimes_leave_the_loop_quiet(qloop: asyncio.AbstractEventLoop,
                                                    through: str) -> None:
    from responder_app.features.alerts.sound import AlertSound, find_player

    player = find_player() if through != "QSoundEffect" else None
    if through != "QSoundEffect":
        assert player is not None, "scripts/install_system_packages.sh installs paplay"

    messages: list[str] = []

    def collect(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        messages.append(message)

    async def scenario() -> None:
        sound = AlertSound(player=player)
        await wait_until(lambda: sound.loaded, what="the bundled sound decoded")
        for _ in range(100):
            assert sound.play()
            await asyncio.sleep(0.25)
        await asyncio.sleep(1.0)  # the loop runs on: a broken notifier would spin now

    previous = qInstallMessageHandler(collect)
    try:
        run_in_qt_loop(qloop, scenario(), timeout=90)
    finally:
        qInstallMessageHandler(previous)
    assert [m for m in messages if "QSocketNotifier" in m] == []
