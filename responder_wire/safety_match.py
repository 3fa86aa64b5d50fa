"""The phrase matcher shared by the server's tests and the responder's app (Qt-free, pure).

A message and every phrase are normalised the same way: NFKC (full-width letters and
digits become ordinary ones), casefolded, runs of whitespace made one space, and every
space next to a CJK character dropped (Chinese is written without spaces, so "想 死" is
"想死"). A phrase matches when its normalised form is a substring of the message's.
Lists hold careful phrases, never single sad words, so ordinary sadness does not match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

__all__ = ["Matcher", "first_match", "normalise"]

# CJK ideographs, kana, hangul and CJK punctuation: no word spaces in these scripts.
_CJK = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")


def _compatibility_table() -> dict[str, str]:
    """Every BMP character NFKC changes, and what it becomes (built once, ~3,000 entries)."""
    table: dict[str, str] = {}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        if folded != char:
            table[char] = folded
    return table


_TABLE: dict[str, str] = {}
_CHANGES: re.Pattern[str] | None = None


def _nfkc(text: str) -> str:
    """NFKC, fast for chat text: only the characters NFKC changes are mapped (Chinese is
    mostly ideographs that stay; full-width punctuation does not), then NFC composes what
    the mapping left apart. Equal to `unicodedata.normalize("NFKC", text)`: NFKC is NFC of
    the compatibility decomposition, and NFC sees only the canonical equivalence class."""
    global _CHANGES
    if _CHANGES is None:
        _TABLE.update(_compatibility_table())
        chars = "".join(re.escape(c) for c in _TABLE)
        _CHANGES = re.compile(f"[{chars}\U00010000-\U0010ffff]")
    table = _TABLE
    mapped = _CHANGES.sub(lambda m: table.get(m.group()) or unicodedata.normalize(
        "NFKC", m.group()), text)
    if unicodedata.is_normalized("NFC", mapped):
        return mapped
    return unicodedata.normalize("NFC", mapped)


def normalise(text: str) -> str:
    folded = " ".join(_nfkc(text).casefold().split())  # str.split: the same spaces as \s
    return _SPACE_NEAR_CJK.sub("", folded) if " " in folded else folded


class Matcher:
    """Phrases by category, normalised once; `match(text)` is a few substring tests."""

    def __init__(self, phrases: Mapping[str, Iterable[str]]) -> None:
        self._phrases: list[tuple[str, str, str]] = []  # (category, normalised, original)
        for category, items in phrases.items():
            for phrase in items:
                key = normalise(phrase)
                if key:
                    self._phrases.append((category, key, phrase))
        # Longer phrases first: the most specific match is the one reported.
        self._phrases.sort(key=lambda item: -len(item[1]))
        # One scan answers the usual question (does anything match at all?); only a
        # message that matches goes through the phrases in order.
        keys = sorted({key for _, key, _ in self._phrases}, key=len, reverse=True)
        self._any = re.compile("|".join(map(re.escape, keys))) if keys else None

    def match(self, text: str) -> tuple[str, str] | None:
        """(category, the phrase as the operator wrote it) of the first match, or None."""
        return self.match_normalised(normalise(text))

    def match_normalised(self, body: str) -> tuple[str, str] | None:
        """`match` for a text already through `normalise` (one normalising, many lists)."""
        if self._any is None or self._any.search(body) is None:
            return None
        for category, key, original in self._phrases:
            if key in body:
                return category, original
        return None


def first_match(phrases: Mapping[str, Iterable[str]], text: str) -> tuple[str, str] | None:
    return Matcher(phrases).match(text)
