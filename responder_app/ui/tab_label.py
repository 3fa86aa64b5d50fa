"""The text of a chat's tab: who it is, how many unread, and whether they left.

Clients pick their own aliases, so two open chats may both be "Jess" (or three "Sam", all
about work): then each gets a short tag of its own ("Jess · 3f2a", from the chat's id, the
same for as long as the chat is open) in the list and the chat's header, and the topic is
added to the row's spoken label.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

TOPIC_CHARS = 14
TAG_CHARS = 4


def namesake_tags(conversation_ids: Iterable[str]) -> dict[str, str]:
    """A short tag per chat ("3f2a"): hex from a hash of its id, as few characters as make
    them all different (four almost always)."""
    ids = list(dict.fromkeys(conversation_ids))
    digests = {cid: hashlib.sha256(cid.encode()).hexdigest() for cid in ids}
    length = TAG_CHARS
    while len({d[:length] for d in digests.values()}) < len(ids):
        length += 1
    return {cid: digest[:length] for cid, digest in digests.items()}


def tagged(alias: str, tag: str) -> str:
    """"Sam" and "3f2a" → "Sam · 3f2a"; no tag, the alias alone."""
    return f"{alias} · {tag}" if tag else alias


def tab_label(alias: str, *, topic: str = "", unread: int = 0, left: bool = False,
              alias_taken_twice: bool = False, left_word: str = "left") -> str:
    label = alias
    if alias_taken_twice and topic.strip():
        short = topic.strip()
        if len(short) > TOPIC_CHARS:
            short = short[: TOPIC_CHARS - 1] + "…"
        label = f"{alias} ({short})"
    if left:
        return f"{label} · {left_word}"
    return f"{label} · {unread}" if unread > 0 else label
