"""Translatable text for the Qt-free modules (services and features' pure logic).

Qt-free code cannot call `QObject.tr`, so it calls `translate(context, source)` here:
`pyside6-lupdate` extracts these calls like Qt's own, and the app installs Qt's translator
(`set_translator(QCoreApplication.translate)`, see `ui/language.py`) at start. Until then
(and in the backend's tests) the English source text is returned unchanged.

`%1`, `%2`, ... are filled by `fill(translate(...), a, b)` after translating, so a
translator may move them (lupdate only reads a call whose arguments are the context and
the source text, so the values never go into `translate` itself).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["fill", "set_translator", "translate"]

Translator = Callable[[str, str, str | None, int], str]

_translator: Translator | None = None
_PLACEHOLDER = re.compile(r"%(\d+)")


def set_translator(translator: Translator | None) -> None:
    """`QCoreApplication.translate` (context, source, disambiguation, n) or None."""
    global _translator
    _translator = translator


def fill(text: str, *args: object) -> str:
    """Replace %1..%9 in one pass (a value containing "%2" is never substituted again)."""
    if not args:
        return text

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(one, text)


def translate(context: str, source: str) -> str:
    """The translation of `source` in `context` (the source itself when none)."""
    if _translator is None:
        return source
    return _translator(context, source, None, -1)


def isolate(name: str) -> str:
    """A name (a client's alias, a responder's display name) set inside a sentence, in
    Unicode isolates (FSI … PDI): a right-to-left name, or one with a direction override,
    then cannot reorder the words around it."""
    return f"\u2068{name}\u2069"
