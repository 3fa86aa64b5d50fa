"""Block, report, flags, bans (bans.py), hotlines and phrase lists (documents.py, defaults.py),
and the operator's commands (cli.py)."""
