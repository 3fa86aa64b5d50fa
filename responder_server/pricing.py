"""The rate card a session is priced by. The operator sets it (see `rate_card.py`); this
module keeps the old import path working."""

from __future__ import annotations

from responder_server.rate_card import DEFAULT_RATE_CARD, RateCard

__all__ = ["DEFAULT_RATE_CARD", "RateCard"]
