"""The documents say what the code does: the sign-in limits in docs/API.md and the README's
table of limits are the defaults in responder_server/core/config.py."""

from __future__ import annotations

import re
from pathlib import Path

from responder_server.core.config import DEFAULT_RULES

ROOT = Path(__file__).resolve().parent.parent


def _minutes(seconds: int) -> int:
    assert seconds % 60 == 0
    return seconds // 60


def test_the_sign_in_limits_in_the_docs_are_the_codes() -> None:
    account, address = DEFAULT_RULES["sign-in.account"], DEFAULT_RULES["sign-in.address"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, rule in (("sign-in.account", account), ("sign-in.address", address)):
        row = re.search(rf"^\| `{re.escape(name)}` \|.*\| (\d+) / (\d+) min \|$", readme, re.M)
        assert row is not None, f"README: no row for {name}"
        assert (int(row[1]), int(row[2])) == (rule.count, _minutes(rule.period_s)), name
    api = (ROOT / "docs" / "API.md").read_text(encoding="utf-8")
    section = api[api.index("`POST /auth/sign-in`"):api.index("`POST /auth/refresh`")]
    said = " ".join(section.split())
    assert (f"{account.count} on one email from one address per "
            f"{_minutes(account.period_s)} min") in said
    assert f"{address.count} per address per {_minutes(address.period_s)} min" in said
    assert "3 failures" not in said and "doubling" not in said
