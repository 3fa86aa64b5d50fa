"""The new-client sound: a WAV bundled through the resource system (`:/sounds/...`).

On Linux it is played by the desktop's own player (`pw-play`, `paplay` or `aplay`) in a
process of its own; elsewhere, or without one, by QtMultimedia's QSoundEffect. The
external player keeps QtMultimedia and the FFmpeg it loads (~19 MB) out of an app that
stays open all day. Without any of them the app stays quiet and says so once; it never
fails because of sound.
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject, QUrl, Signal

log = logging.getLogger(__name__)

__all__ = ["CRISIS_SOUND", "SOUND_URL", "AlertSound", "find_player"]

SOUND_URL = "qrc:/sounds/new_client.wav"
SOUND_RESOURCE = ":/sounds/new_client.wav"
CRISIS_SOUND = "crisis"  # a lower, longer three-note call: a crisis, not a new client

_effects: dict[str, Any] = {}  # sound name -> its one QSoundEffect


def multimedia_available() -> bool:
    """QtMultimedia is installed (PySide6-Addons)."""
    return importlib.util.find_spec("PySide6.QtMultimedia") is not None


def find_player() -> list[str] | None:
    """The desktop's command-line WAV player, as a command prefix (None: none here)."""
    if not sys.platform.startswith("linux"):
        return None
    for name in ("pw-play", "paplay", "aplay"):
        path = shutil.which(name)
        if path is not None:
            return [path]
    return None


def _player_args(player: list[str], volume: int) -> list[str]:
    name = Path(player[0]).name
    if name == "pw-play":
        return [*player, f"--volume={volume / 100.0:.2f}"]
    if name == "paplay":
        return [*player, f"--volume={int(65536 * volume / 100)}"]
    return [*player, "-q"]  # aplay: no volume of its own


def _sound_file(name: str = "new_client") -> Path | None:
    """The bundled WAV as a file (players take a path, not a Qt resource)."""
    path = Path(platformdirs.user_cache_dir("Responder", "Responder")) / f"{name}.wav"
    if not path.exists():
        source = QFile(f":/sounds/{name}.wav")
        if not source.open(QIODevice.OpenModeFlag.ReadOnly):
            return None
        data = bytes(source.readAll().data())
        source.close()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except OSError:
            return None
    return path


def _shared_effect(name: str = "new_client") -> Any:
    """One QSoundEffect for the whole process, owned by the application: it is loaded
    once, and never torn down while the audio backend's thread may still call into it.
    QtMultimedia is imported only when the first sound is due, not at start-up."""
    if name not in _effects and multimedia_available():
        from PySide6 import QtMultimedia

        effect = QtMultimedia.QSoundEffect(QCoreApplication.instance())
        effect.setSource(QUrl(f"qrc:/sounds/{name}.wav"))
        _effects[name] = effect
    return _effects.get(name)


class AlertSound(QObject):
    sig_played = Signal()  # a play was started (tests, diagnostics)

    def __init__(self, parent: QObject | None = None, *,
                 player: list[str] | str | None = "auto", name: str = "new_client") -> None:
        """`player`: "auto" (the desktop's player, else QSoundEffect), a command prefix,
        or None for QSoundEffect; `name`: the bundled sound (`:/sounds/<name>.wav`)."""
        super().__init__(parent)
        self.name = name
        self.volume = 80  # 0..100
        self.muted = False
        self.plays = 0
        self.player: list[str] | None = (find_player() if player == "auto"
                                         else player if isinstance(player, list) else None)
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def available(self) -> bool:
        return self.player is not None or multimedia_available()

    @property
    def loaded(self) -> bool:
        """The bundled sound was found and decoded (loads it if it wasn't yet)."""
        if self.player is not None:
            return _sound_file(self.name) is not None
        effect = _shared_effect(self.name)
        return effect is not None and bool(effect.isLoaded())

    @property
    def playing(self) -> bool:
        if self.player is not None:
            return self._process is not None and self._process.poll() is None
        effect = _effects.get(self.name)
        return effect is not None and bool(effect.isPlaying())

    def _counted(self) -> bool:
        self.plays += 1
        self.sig_played.emit()
        return True

    def play(self) -> bool:
        if self.muted or self.volume <= 0:
            return False
        if self.player is not None:
            return self._play_with_player(self.player)
        effect = _shared_effect(self.name)
        if effect is None:
            return False
        if effect.isPlaying():
            # Qt 6.11: restarting a QSoundEffect that still plays frees its voice on the
            # audio thread, and the voice's socket notifier (owned by the UI thread) is
            # left behind on a closed fd: the loop then spins at 100 % and logs "Invalid
            # socket" forever. Two alerts within the 0.4 s chime are heard as one anyway.
            return self._counted()
        effect.setVolume(self.volume / 100.0)
        effect.play()
        return self._counted()

    def _play_with_player(self, player: list[str]) -> bool:
        if self._process is not None and self._process.poll() is None:
            return self._counted()  # still chiming: heard as one
        path = _sound_file(self.name)
        if path is None:
            return False
        try:
            self._process = subprocess.Popen(
                [*_player_args(player, self.volume), str(path)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, close_fds=True)
        except OSError as exc:
            log.info("the sound player failed (%s); using QtMultimedia", type(exc).__name__)
            self.player = None
            return self.play()
        return self._counted()
