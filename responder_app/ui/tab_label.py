"""The text of a chat's tab: who it is, how many unread, and whether they left.

Clients pick their own aliases, so two open chats may both be "Jess": then the topic is
added so the responder can tell them apart at a glance.
"""

from __future__ import annotations

TOPIC_CHARS = 14


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
