"""The new-client sound: a WAV bundled through the resource system (`:/sounds/...`),
played with QtMultimedia's QSoundEffect. Without QtMultimedia or an audio device the
app stays quiet and says so once; it never fails because of sound."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

log = logging.getLogger(__name__)

__all__ = ["SOUND_URL", "AlertSound"]

SOUND_URL = "qrc:/sounds/new_client.wav"

try:
    from PySide6 import QtMultimedia
except ImportError:  # PySide6-Addons missing: no sound, but everything else works
    QtMultimedia = None  # type: ignore[assignment]


_effect_instance: Any = None


def _shared_effect() -> Any:
    """One QSoundEffect for the whole process, owned by the application: it is loaded
    once, and never torn down while the audio backend's thread may still call into it."""
    global _effect_instance
    if _effect_instance is None and QtMultimedia is not None:
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
        self._effect: Any = _shared_effect()

    @property
    def available(self) -> bool:
        return self._effect is not None

    @property
    def loaded(self) -> bool:
        """The bundled sound was found and decoded."""
        return self._effect is not None and self._effect.isLoaded()

    def play(self) -> bool:
        if self.muted or self.volume <= 0 or self._effect is None:
            return False
        self._effect.setVolume(self.volume / 100.0)
        self._effect.play()
        self.plays += 1
        self.sig_played.emit()
        return True
