"""The refusals the features' operator functions give (in English, for the command line),
said in the console's language: each known sentence by a pattern, its values kept. A
sentence not listed here is shown as the function wrote it."""

from __future__ import annotations

import re
from collections.abc import Callable

# (pattern of the English sentence, the key of its translation; named groups are values)
KNOWN: list[tuple[re.Pattern[str], str]] = [(re.compile(p), key) for p, key in [
    (r"^Say why: a correction needs a reason\.$", "err_correction_reason"),
    (r"^A correction must change at least one amount\.$", "err_correction_amount"),
    (r"^There is no ledger entry (?P<id>\d+)\.$", "err_no_entry"),
    (r"^There is no responder (?P<id>\d+)\.$", "err_no_responder"),
    (r"^Nothing is pending for this responder, so there is nothing to pay\.$",
     "err_nothing_pending"),
    (r"^The pending entries add up to (?P<total>-?\d+) fen; there is nothing to pay out\.$",
     "err_pending_not_positive"),
    (r"^The pending entries add up to (?P<total>-?\d+) fen, not (?P<given>-?\d+) fen\.$",
     "err_pending_differs"),
    (r"^There is no report (?P<id>\d+)\.$", "err_no_report"),
    (r"^Report (?P<id>\d+) was already resolved on (?P<when>.+) UTC\.$",
     "err_report_resolved"),
    (r"^Say what was done: resolving needs a note\.$", "err_resolve_note"),
    (r"^The email must be an address, like ops@example\.com\.$", "err_email"),
    (r"^The role must be owner, supervisor or finance\.$", "err_role"),
    (r"^The password must be at least (?P<n>\d+) characters\.$", "err_password_short"),
    (r"^An operator with the email (?P<email>\S+) already exists\.$", "err_operator_exists"),
    (r"^There is no operator (?P<id>\d+)\.$", "err_no_operator"),
    (r"^This is the only owner: make another owner first\.$", "err_last_owner"),
    (r"^a responder with the email (?P<email>\S+) already exists$", "err_responder_exists"),
]]


def plain(message: str, t: Callable[..., str]) -> str:
    for pattern, key in KNOWN:
        found = pattern.match(message)
        if found:
            return t(key, **found.groupdict())
    return message
