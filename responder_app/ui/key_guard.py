"""Buttons that a stray key must not press.

A responder types all day; when the focus slips onto a button (Tab from a search box, a
click that moved the focus) a space in the middle of a sentence would press it. Buttons
whose action cannot be taken back in one keystroke (Wrap up, Delete notes, Block) ignore
Space; the keyboard presses them with Enter (or their mnemonic), which nobody types inside
a sentence by accident."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton

__all__ = ["guard_from_space"]

_SPACE = Qt.Key.Key_Space
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _SpaceGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QAbstractButton):
            return False
        if event.key() == _SPACE:
            return True  # swallowed: a space typed into the window presses nothing
        if event.key() in _ENTER and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if (event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat()
                    and watched.isEnabled() and watched.isVisible()):
                watched.click()
            return True
        return False


def guard_from_space(*buttons: QAbstractButton) -> None:
    """Space no longer presses these buttons; Enter does."""
    for button in buttons:
        guard = _SpaceGuard(button)
        button.installEventFilter(guard)
