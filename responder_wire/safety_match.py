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

_SPACES = re.compile(r"\s+")
# CJK ideographs, kana, hangul and CJK punctuation: no word spaces in these scripts.
_CJK = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = _SPACES.sub(" ", folded).strip()
    return _SPACE_NEAR_CJK.sub("", folded)


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

    def match(self, text: str) -> tuple[str, str] | None:
        """(category, the phrase as the operator wrote it) of the first match, or None."""
        body = normalise(text)
        for category, key, original in self._phrases:
            if key in body:
                return category, original
        return None


def first_match(phrases: Mapping[str, Iterable[str]], text: str) -> tuple[str, str] | None:
    return Matcher(phrases).match(text)
