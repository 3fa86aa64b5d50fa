"""The quick-replies section of the settings: the last set the server gave (so the
phrases work before the server answers, or while it is away)."""

from __future__ import annotations

import json

from pydantic import ValidationError

from responder_app.settings import AppSettings
from responder_wire.quick_replies import QuickReplies

__all__ = ["QuickRepliesSettings"]


class QuickRepliesSettings:
    def __init__(self, store: AppSettings) -> None:
        self.store = store

    def cached(self, account: str) -> QuickReplies | None:
        text = self.store.get_str(f"quick_replies/{account}", "")
        if not text:
            return None
        try:
            return QuickReplies.model_validate(json.loads(text))
        except (ValueError, ValidationError):
            return None

    def remember(self, account: str, replies: QuickReplies) -> None:
        self.store.set_value(f"quick_replies/{account}", replies.model_dump_json())
        self.store.sync()
