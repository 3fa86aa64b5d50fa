"""The cumulative method on 劳务报酬, checked against examples computed by hand (yuan in the
comments, fen in the code): small earners withhold nothing, large ones from the first month,
a late starter counts only the months they earned, every bracket boundary is exact to the
fen, and a rule changed mid-year applies from its date with what was withheld standing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from responder_server.tax.rule import (
    DEFAULT_RULE,
    TaxRuleError,
    compute,
    parse_rule,
    read_rule_text,
    rule_at,
    tax_on_taxable,
)


def _monthly(income_per_month_fen: int, months: int) -> list[int]:
    """What each of `months` monthly payouts withholds (income earned every month)."""
    out, withheld = [], 0
    for month in range(1, months + 1):
        due = compute(DEFAULT_RULE, income_fen=income_per_month_fen * month, months=month,
                      withheld_before_fen=withheld).due_fen
        out.append(due)
        withheld += due
    return out


def test_three_thousand_a_month_withholds_nothing_all_year() -> None:
    # 3,000 × m × 0.8 = 2,400 m < 5,000 m: the taxable amount is never above 0.
    assert _monthly(300_000, 12) == [0] * 12


def test_twenty_thousand_a_month_withholds_from_the_first_month() -> None:
    # m1: 20,000 × 0.8 − 5,000 = 11,000 × 3 % = 330.00             → 330.00
    # m2: 40,000 × 0.8 − 10,000 = 22,000 × 3 % = 660.00 − 330.00     → 330.00
    # m3: 60,000 × 0.8 − 15,000 = 33,000 × 3 % = 990.00 − 660.00     → 330.00
    # m4: 80,000 × 0.8 − 20,000 = 44,000 × 10 % − 2,520 = 1,880.00 − 990.00 → 890.00
    # m5: 100,000 × 0.8 − 25,000 = 55,000 × 10 % − 2,520 = 2,980.00 − 1,880.00 → 1,100.00
    assert _monthly(2_000_000, 5) == [33_000, 33_000, 33_000, 89_000, 110_000]
    m4 = compute(DEFAULT_RULE, income_fen=8_000_000, months=4, withheld_before_fen=99_000)
    assert (m4.taxable_fen, m4.bracket, m4.cumulative_tax_fen) == (4_400_000, 1, 188_000)


def test_a_responder_who_starts_in_july_counts_only_their_own_months() -> None:
    # July is their 1st month: 10,000 × 0.8 − 5,000 = 3,000 × 3 % = 90.00
    # August, their 2nd: 20,000 × 0.8 − 10,000 = 6,000 × 3 % = 180.00 − 90.00 = 90.00
    july = compute(DEFAULT_RULE, income_fen=1_000_000, months=1, withheld_before_fen=0)
    august = compute(DEFAULT_RULE, income_fen=2_000_000, months=2, withheld_before_fen=9_000)
    assert (july.due_fen, august.due_fen) == (9_000, 9_000)
    # Counting all seven calendar months would have withheld nothing.
    assert compute(DEFAULT_RULE, income_fen=1_000_000, months=7,
                   withheld_before_fen=0).due_fen == 0


@pytest.mark.parametrize(("bound_yuan", "tax_yuan"), [
    (36_000, 1_080),  # 3 %: 1,080;  10 % − 2,520: 1,080
    (144_000, 11_880),  # 10 % − 2,520 = 11,880; 20 % − 16,920 = 11,880
    (300_000, 43_080),
    (420_000, 73_080),
    (660_000, 145_080),
    (960_000, 250_080),
])
def test_each_bracket_boundary_is_taxed_below_and_one_fen_over_above(
        bound_yuan: int, tax_yuan: int) -> None:
    index, at = tax_on_taxable(DEFAULT_RULE, bound_yuan * 100)
    above, over = tax_on_taxable(DEFAULT_RULE, bound_yuan * 100 + 1)
    assert above == index + 1  # "不超过": the bound itself belongs to the lower bracket
    # the table is continuous: one fen over adds a fraction of a fen, rounded away
    assert at == over == tax_yuan * 100


def test_the_tax_is_rounded_to_the_fen_half_up() -> None:
    assert tax_on_taxable(DEFAULT_RULE, 50) == (0, 2)  # 0.50 × 3 % = 1.5 fen → 2
    assert tax_on_taxable(DEFAULT_RULE, 49) == (0, 1)  # 1.47 fen → 1
    assert tax_on_taxable(DEFAULT_RULE, 0) == (0, 0)
    # the taxable amount is exact: 1 fen of income is 0.8 fen taxable, not rounded first
    assert compute(DEFAULT_RULE, income_fen=1_000_063, months=1,
                   withheld_before_fen=0).due_fen == 9_002  # 3,000.504 × 3 % = 90.01512


def test_income_corrected_down_withholds_nothing_and_refunds_nothing() -> None:
    # Withheld 330 on 20,000; the income is then corrected down to 10,000: 90 < 330.
    after = compute(DEFAULT_RULE, income_fen=1_000_000, months=1, withheld_before_fen=33_000)
    assert after.cumulative_tax_fen == 9_000 and after.due_fen == 0


def test_a_rule_changed_mid_year_applies_from_its_date_and_earlier_withholding_stands() -> None:
    changed = replace(DEFAULT_RULE, name="¥6,000 a month from July", version=3,
                      effective_from=date(2026, 7, 1), monthly_deduction_fen=600_000)
    rules = [DEFAULT_RULE, changed]
    assert rule_at(rules, date(2026, 6, 30)) is DEFAULT_RULE
    assert rule_at(rules, date(2026, 7, 1)) is changed
    # January to June under the default, ¥20,000 a month: 330 ×3, 890, 1,100, 1,100 = 4,080.
    first_half = _monthly(2_000_000, 6)
    assert sum(first_half) == 408_000
    # July under the new rule: 140,000 × 0.8 − 7 × 6,000 = 70,000 × 10 % − 2,520 = 4,480
    # minus the 4,080 withheld before (kept as it was) = 400.00 (the old rule: 1,100.00).
    july = compute(rule_at(rules, date(2026, 7, 15)), income_fen=14_000_000, months=7,
                   withheld_before_fen=408_000)
    assert (july.cumulative_tax_fen, july.due_fen) == (448_000, 40_000)
    assert compute(DEFAULT_RULE, income_fen=14_000_000, months=7,
                   withheld_before_fen=408_000).due_fen == 110_000


def test_the_default_rule_reads_back_from_its_document_and_bad_rules_are_refused() -> None:
    assert parse_rule(DEFAULT_RULE.to_document()) == DEFAULT_RULE
    document = DEFAULT_RULE.to_document()
    with pytest.raises(TaxRuleError, match="no upper bound"):
        parse_rule({**document, "brackets": document["brackets"][:-1]})
    with pytest.raises(TaxRuleError, match="above the one before"):
        parse_rule({**document, "brackets": [document["brackets"][1], *document["brackets"]]})
    with pytest.raises(TaxRuleError, match="effective_from"):
        parse_rule({**document, "effective_from": "October"})
    with pytest.raises(TaxRuleError, match="whole number"):
        parse_rule({**document, "expense_deduction_bp": 20.5})
    with pytest.raises(TaxRuleError, match="Unknown setting"):
        parse_rule({**document, "rate": 3})
    with pytest.raises(TaxRuleError, match="not valid JSON"):
        read_rule_text("{")
