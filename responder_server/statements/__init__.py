"""Statements: what a responder earned, what was withheld and what was paid, for a
month or any period (service.py), over the API (routes.py)."""
