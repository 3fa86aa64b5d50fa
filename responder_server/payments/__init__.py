"""Paying for a chat: the providers (providers.py), the quote (quote.py) and checkout up to the
chat it buys (service.py)."""
