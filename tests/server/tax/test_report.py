"""The quarterly tax report (Decree No. 810) and the rule command on the real backend: the
finance role downloads each responder's identity in full with income by category and tax
withheld, audited; a supervisor may not; the exports page offers it in Chinese; the
operator sets a rule from a date and a bad or backdated rule changes nothing."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from responder_server.core.config import normalise_database_url
from responder_server.core.db import Database
from responder_server.core.models import LedgerEntry
from responder_server.payout_accounts.service import set_identity
from responder_server.tax.rule import DEFAULT_RULE
from responder_server.tax.withholding import withhold_for_payout
from responder_wire.payouts import IdentityIn
from tests.server.console.console_client import Console
from tests.support.backend import Backend, server_command
from tests.support.dbquery import query

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 12, tzinfo=SHANGHAI).astimezone(UTC)


async def _earnings(database_url: str, amy: int, bob: int) -> None:
    db = Database(normalise_database_url(database_url))
    try:
        async with db.write() as session:
            await set_identity(session, amy, IdentityIn(real_name="王小明",
                                                        id_number="11010519491231002X"),
                               at(7, 1))
            for rid, when, gross, tip in ((amy, at(7, 2), 2_500_000, 10_000),
                                          (amy, at(10, 1), 100_000, 0),  # next quarter
                                          (bob, at(9, 30), 50_000, 0)):
                session.add(LedgerEntry(
                    posting_key=f"session:{uuid.uuid4()}", responder_id=rid, kind="session",
                    alias="Mei", gross_fen=gross, commission_fen=gross // 5, tip_fen=tip,
                    net_fen=gross - gross // 5 + tip, note="", created_at=when))
        async with db.write() as session:
            await withhold_for_payout(session, responder_id=amy, now=at(7, 31),
                                      actor="cli:test")
    finally:
        await db.dispose()


def test_finance_downloads_the_quarter_with_identities_in_full_and_it_is_audited(
        backend: Backend) -> None:
    amy = backend.new_responder()["responder"]["id"]
    bob = backend.new_responder()["responder"]["id"]
    asyncio.run(_earnings(backend.database_url, amy, bob))
    supervisor = Console(backend, "sup@ops.test", "supervisor")
    assert supervisor.get("/console/exports/tax-report.csv",
                          params={"year": "2026", "quarter": "3"}).status_code == 403
    finance = Console(backend, "fin@ops.test", "finance", language="zh-CN")
    money = finance.get("/console/money").text  # the rule in force, read-only
    assert "个人所得税预扣规则" in money and "劳务报酬 cumulative withholding" in money
    page = finance.get("/console/exports").text
    assert "季度涉税报送" in page and 'action="/console/exports/tax-report.csv"' in page
    response = finance.get("/console/exports/tax-report.csv",
                           params={"year": "2026", "quarter": "3"})
    assert response.status_code == 200
    assert response.headers["content-disposition"].endswith('tax-report-2026Q3.csv"')
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    by_id = {int(r["responder_id"]): r for r in rows}
    assert set(by_id) == {amy, bob}
    # ¥20,000 services + ¥100 tips: (20,100 × 0.8 − 5,000) × 3 % = 332.40
    assert by_id[amy] == {
        "responder_id": str(amy), "real_name": "王小明", "id_number": "11010519491231002X",
        "period_start": "2026-07-01", "period_end": "2026-09-30", "services_fen": "2000000",
        "tips_fen": "10000", "income_fen": "2010000", "tax_withheld_fen": "33240"}
    assert (by_id[bob]["real_name"], by_id[bob]["services_fen"]) == ("", "40000")
    audited = query(backend.database_url,
                    "SELECT actor, target FROM audit_log WHERE action = 'export.tax_report'")
    assert [tuple(r) for r in audited] == [("operator:fin@ops.test", "tax_report:2026Q3")]
    bad = finance.get("/console/exports/tax-report.csv", params={"year": "2026",
                                                                "quarter": "5"})
    assert bad.status_code == 422 and "请选择年份和 1 到 4 的季度" in bad.text
    huge = finance.get("/console/exports/tax-report.csv",  # a year no date can hold
                       params={"year": str(10 ** 20), "quarter": "1"})
    assert huge.status_code == 422 and "请选择年份和 1 到 4 的季度" in huge.text


def test_the_operator_sets_a_rule_from_a_date_and_a_bad_one_changes_nothing(
        database_url: str, tmp_path: Path) -> None:
    url = ("--database-url", database_url)  # the command migrates; no server needed
    shown = server_command("tax-rule", "show", *url)
    assert shown.returncode == 0
    assert json.loads(shown.stdout)["in_force"]["version"] == 0
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({**DEFAULT_RULE.to_document(), "brackets": []}),
                      encoding="utf-8")
    refused = server_command("tax-rule", "set", str(broken), *url)
    assert refused.returncode == 2 and "Nothing was changed" in refused.stderr
    huge = tmp_path / "huge.json"  # a limit past 64 bits is a typo, said in words
    brackets = DEFAULT_RULE.to_document()["brackets"]
    huge.write_text(json.dumps({**DEFAULT_RULE.to_document(), "brackets": [
        {**brackets[0], "up_to_fen": 2 ** 70}, *brackets[1:]]}), encoding="utf-8")
    refused = server_command("tax-rule", "set", str(huge), *url)
    assert refused.returncode == 2 and "Nothing was changed" in refused.stderr
    assert "Bracket 1's up_to_fen must be between 1 and 1000000000000 " \
        "(¥10,000,000,000.00), not a number of 22 digits." in refused.stderr
    backdated = tmp_path / "backdated.json"
    backdated.write_text(json.dumps(DEFAULT_RULE.to_document()), encoding="utf-8")
    refused = server_command("tax-rule", "set", str(backdated), *url)
    assert refused.returncode == 2 and "in the past" in refused.stderr
    later = (datetime.now(SHANGHAI) + timedelta(days=30)).date().isoformat()
    rule = tmp_path / "rule.json"
    rule.write_text(json.dumps({**DEFAULT_RULE.to_document(), "effective_from": later,
                                "monthly_deduction_fen": 600_000}), encoding="utf-8")
    stored = server_command("tax-rule", "set", str(rule), *url)
    assert stored.returncode == 0, stored.stderr
    shown = json.loads(server_command("tax-rule", "show", *url).stdout)
    assert shown["in_force"]["version"] == 0
    assert [(r["effective_from"], r["monthly_deduction_fen"]) for r in shown["later"]] == [
        (later, 600_000)]
    assert query(database_url, "SELECT count(*) FROM audit_log WHERE action = "
                 "'tax_rule.set'")[0][0] == 1
