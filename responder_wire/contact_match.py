"""Contact details in text (Qt-free, pure; the server's page check and the app's chat marks
share it): mainland mobile numbers, WeChat ids and QQ numbers as people type them
("加我vx: abc_123", "QQ 12345678", "138 0013 8000"). Taking a client off the platform
leaves its payments and safety behind, so these are against the platform's rules.

`find_contact(text, patterns)`: the operator's patterns (regular expressions) or these
defaults; the first match as written, or None.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["DEFAULT_CONTACT_PATTERNS", "find_contact"]

DEFAULT_CONTACT_PATTERNS: tuple[str, ...] = (
    # A mainland mobile number: 11 digits from 13-19, spaces or dashes allowed between, an
    # optional +86; not part of a longer number (an order number, an amount).
    r"(?<![0-9])(?:\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]){8}(?![0-9])",
    # A WeChat id after a word for WeChat: 微信, 薇信, V信, vx, wx, weixin, wechat.
    r"(?:微信|薇信|威信|[vVwW]信|vx|wx|weixin|wechat)(?:号|id)?\s*[:：]?\s*"
    r"[a-zA-Z][-_a-zA-Z0-9]{5,19}",
    # A QQ number after QQ / 扣扣 / 企鹅.
    r"(?:qq|扣扣|企鹅)(?:号)?\s*[:：]?\s*[1-9][0-9]{4,11}",
)


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def find_contact(text: str, patterns: Iterable[str] | None = None) -> str | None:
    """The first contact detail in `text` (full-width letters and digits read as ordinary
    ones), or None."""
    chosen = tuple(patterns) if patterns is not None else DEFAULT_CONTACT_PATTERNS
    if not chosen:
        return None
    found = _compiled(chosen).search(unicodedata.normalize("NFKC", text))
    return found.group().strip() if found else None
