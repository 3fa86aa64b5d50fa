"""What responders earn: the rate card (rate_card.py), the ledger (service.py) and the
operator's commands (cli.py)."""
