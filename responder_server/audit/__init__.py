"""The audit log: every operator change, from the console or the command line, as one
append-only row written in the change's own transaction (service.py)."""
