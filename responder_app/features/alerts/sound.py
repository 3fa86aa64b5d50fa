"""The new-client sound: a WAV bundled through the resource system (`:/sounds/...`),
played with QtMultimedia's QSoundEffect. Without QtMultimedia or an audio device the
app stays quiet and says so once; it never fails because of sound."""

from __future__ import annotations

import importlib.util
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

log = logging.getLogger(__name__)

__all__ = ["SOUND_URL", "AlertSound"]

SOUND_URL = "qrc:/sounds/new_client.wav"

_effect_instance: Any = None


def multimedia_available() -> bool:
    """QtMultimedia is installed (PySide6-Addons); without it: no sound, all else works."""
    return importlib.util.find_spec("PySide6.QtMultimedia") is not None


def _shared_effect() -> Any:
    """One QSoundEffect for the whole process, owned by the application: it is loaded
    once, and never torn down while the audio backend's thread may still call into it.
    QtMultimedia (and the FFmpeg it loads, tens of MB) is imported only when the first
    sound is due, not at start-up."""
    global _effect_instance
    if _effect_instance is None and multimedia_available():
        from PySide6 import QtMultimedia

        _effect_instance = QtMultimedia.QSoundEffect(QCoreApplication.instance())
        _effect_instance.setSource(QUrl(SOUND_URL))
    return _effect_instance


class AlertSound(QObject):
    sig_played = Signal()  # a play was started (tests, diagnostics)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.volume = 80  # 0..100
        self.muted = False
        self.plays = 0

    @property
    def available(self) -> bool:
        return multimedia_available()

    @property
    def loaded(self) -> bool:
        """The bundled sound was found and decoded (loads it if it wasn't yet)."""
        effect = _shared_effect()
        return effect is not None and bool(effect.isLoaded())

    @property
    def playing(self) -> bool:
        effect = _effect_instance
        return effect is not None and bool(effect.isPlaying())

    def play(self) -> bool:
        if self.muted or self.volume <= 0:
            return False
        effect = _shared_effect()
        if effect is None:
            return False
        if effect.isPlaying():
            # Qt 6.11: restarting a QSoundEffect that still plays frees its voice on the
            # audio thread, and the voice's socket notifier (owned by the UI thread) is
            # left behind on a closed fd: the loop then spins at 100 % and logs "Invalid
            # socket" forever. Two alerts within the 0.4 s chime are heard as one anyway.
            self.plays += 1
            self.sig_played.emit()
            return True
        effect.setVolume(self.volume / 100.0)
        effect.play()
        self.plays += 1
        self.sig_played.emit()
        return True
