"""The withholding rule and the cumulative method, as pure functions (no database).

The default is the rule for 劳务报酬 paid by an internet platform to its workers, SAT 2025
Notice No. 16 (from 2025-10-01), by the cumulative method of SAT 2018 Notice No. 61:

    taxable  = cumulative income × (1 − 20 %) − ¥5,000 × months counted
    due now  = taxable × rate − quick deduction − tax withheld before this year-to-date

on the comprehensive-income cumulative withholding table (预扣率表一):

    taxable up to ¥36,000 3 % (0) · ¥144,000 10 % (2,520) · ¥300,000 20 % (16,920) ·
    ¥420,000 25 % (31,920) · ¥660,000 30 % (52,920) · ¥960,000 35 % (85,920) · over 45 % (181,920)

Rounding: everything is integer arithmetic on exact values; the cumulative tax is rounded
once, to the fen, half up. A taxable amount exactly at a bracket's upper bound is taxed in
that bracket (the table says "不超过"), one fen over in the next (the table is continuous,
so both give the same tax to the fen).

A negative result (income corrected down after tax was withheld on it) withholds 0: the
cumulative method refunds nothing mid-year; the responder settles it in the annual
reconciliation (汇算清缴).

The operator sets another rule as a JSON document (`responder-server tax-rule set FILE`):

    {"name": "…", "effective_from": "2026-01-01", "expense_deduction_bp": 2000,
     "monthly_deduction_fen": 500000,
     "brackets": [{"up_to_fen": 3600000, "rate_bp": 300, "quick_deduction_fen": 0}, …,
                  {"up_to_fen": null, "rate_bp": 4500, "quick_deduction_fen": 18192000}]}

A rule applies to payouts from its effective date (platform time); what was withheld under
an earlier rule stands and counts as "withheld before".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from responder_server.earnings.money import grouped_yuan

__all__ = [
    "DEFAULT_RULE",
    "Bracket",
    "Computation",
    "TaxRule",
    "TaxRuleError",
    "compute",
    "parse_rule",
    "rule_at",
    "tax_on_taxable",
]

_SCALE = 10_000  # basis points
# The largest amount a rule may name: ¥10,000,000,000. Far above any real bracket, and
# scaled by basis points it still fits the database's 64-bit integers.
MAX_RULE_FEN = 1_000_000_000_000


class TaxRuleError(ValueError):
    """A rule that can't be used; the message says what to fix, in plain words."""


@dataclass(frozen=True)
class Bracket:
    up_to_fen: int | None  # inclusive upper bound of the taxable amount; None: no bound
    rate_bp: int
    quick_deduction_fen: int


@dataclass(frozen=True)
class TaxRule:
    name: str
    effective_from: date
    expense_deduction_bp: int  # 2000: income × (1 − 20 %)
    monthly_deduction_fen: int  # 500000: ¥5,000 for each month counted
    brackets: tuple[Bracket, ...]
    version: int = 0  # 0: the built-in default; stored rules count from 1

    def to_document(self) -> dict[str, Any]:
        return {
            "name": self.name, "effective_from": self.effective_from.isoformat(),
            "expense_deduction_bp": self.expense_deduction_bp,
            "monthly_deduction_fen": self.monthly_deduction_fen,
            "brackets": [{"up_to_fen": b.up_to_fen, "rate_bp": b.rate_bp,
                          "quick_deduction_fen": b.quick_deduction_fen} for b in self.brackets],
        }


def _yuan_table(rows: list[tuple[int | None, int, int]]) -> tuple[Bracket, ...]:
    return tuple(Bracket(None if up is None else up * 100, rate, quick * 100)
                 for up, rate, quick in rows)


DEFAULT_RULE = TaxRule(
    name="劳务报酬 cumulative withholding (SAT 2025 No. 16)",
    effective_from=date(2025, 10, 1),
    expense_deduction_bp=2000,
    monthly_deduction_fen=500_000,
    brackets=_yuan_table([(36_000, 300, 0), (144_000, 1000, 2_520), (300_000, 2000, 16_920),
                          (420_000, 2500, 31_920), (660_000, 3000, 52_920),
                          (960_000, 3500, 85_920), (None, 4500, 181_920)]),
)


# ---- the computation ------------------------------------------------------------------------


def _round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator to the nearest whole number, halves up (numerator ≥ 0)."""
    return (2 * numerator + denominator) // (2 * denominator)


def _bracket_index(rule: TaxRule, taxable_scaled: int) -> int:
    """The bracket of an exact taxable amount given in fen × 10,000."""
    for index, bracket in enumerate(rule.brackets):
        if bracket.up_to_fen is None or taxable_scaled <= bracket.up_to_fen * _SCALE:
            return index
    raise AssertionError("the last bracket has no bound")


def _tax_scaled(rule: TaxRule, taxable_scaled: int) -> tuple[int, int]:
    """(bracket index, exact tax in fen × 10,000²) of an exact taxable amount."""
    if taxable_scaled <= 0:
        return 0, 0
    index = _bracket_index(rule, taxable_scaled)
    bracket = rule.brackets[index]
    tax = taxable_scaled * bracket.rate_bp - bracket.quick_deduction_fen * _SCALE * _SCALE
    return index, max(0, tax)


def tax_on_taxable(rule: TaxRule, taxable_fen: int) -> tuple[int, int]:
    """(bracket index, cumulative tax in fen) on a taxable amount in whole fen."""
    index, tax = _tax_scaled(rule, taxable_fen * _SCALE)
    return index, _round_half_up(tax, _SCALE * _SCALE)


@dataclass(frozen=True)
class Computation:
    income_fen: int  # cumulative income this year, this payout's included
    months: int  # months counted for the ¥5,000 deduction
    taxable_fen: int  # rounded half up, for display (the tax uses the exact amount)
    bracket: int  # 0-based index into the rule's table
    cumulative_tax_fen: int
    withheld_before_fen: int
    due_fen: int  # what to withhold now (never negative)


def compute(rule: TaxRule, *, income_fen: int, months: int, withheld_before_fen: int
            ) -> Computation:
    """The cumulative method: what is due now on the year's income so far."""
    taxable_scaled = (income_fen * (_SCALE - rule.expense_deduction_bp)
                      - months * rule.monthly_deduction_fen * _SCALE)
    index, tax_scaled = _tax_scaled(rule, taxable_scaled)
    cumulative = _round_half_up(tax_scaled, _SCALE * _SCALE)
    taxable = _round_half_up(taxable_scaled, _SCALE) if taxable_scaled > 0 else 0
    return Computation(income_fen=income_fen, months=months, taxable_fen=taxable,
                       bracket=index, cumulative_tax_fen=cumulative,
                       withheld_before_fen=withheld_before_fen,
                       due_fen=max(0, cumulative - withheld_before_fen))


def rule_at(rules: list[TaxRule], day: date) -> TaxRule:
    """The rule in force on a day (platform time): the latest effective on or before it,
    the later version winning a tie; the default if none is effective yet."""
    candidates = [r for r in rules if r.effective_from <= day]
    if not candidates:
        return DEFAULT_RULE
    return max(candidates, key=lambda r: (r.effective_from, r.version))


# ---- parsing ----------------------------------------------------------------------------------

_KEYS = {"name", "effective_from", "expense_deduction_bp", "monthly_deduction_fen", "brackets"}
_BRACKET_KEYS = {"up_to_fen", "rate_bp", "quick_deduction_fen"}


def _whole(value: Any, what: str, low: int = 0, high: int = MAX_RULE_FEN) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TaxRuleError(f"{what} must be a whole number, not {value!r}.")
    if value < low or value > high:
        shown = value if len(str(value)) <= 20 else f"a number of {len(str(value))} digits"
        ceiling = f" (¥{grouped_yuan(high)})" if high == MAX_RULE_FEN else ""
        raise TaxRuleError(f"{what} must be between {low} and {high}{ceiling}, not {shown}.")
    return value


def parse_rule(document: Any, version: int = 0) -> TaxRule:
    """Validate a rule document (parsed JSON). Raises `TaxRuleError` in plain words."""
    if not isinstance(document, dict):
        raise TaxRuleError("A tax rule must be a JSON object of settings.")
    unknown = sorted(set(document) - _KEYS)
    if unknown:
        raise TaxRuleError(f"Unknown setting(s) in the tax rule: {', '.join(unknown)}.")
    missing = sorted(_KEYS - set(document))
    if missing:
        raise TaxRuleError(f"The tax rule has no {', '.join(missing)}.")
    name = document["name"]
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise TaxRuleError("name must be a short description (1–200 characters).")
    try:
        effective = date.fromisoformat(str(document["effective_from"]))
    except ValueError:
        raise TaxRuleError(f"effective_from must be a date like \"2026-01-01\", not "
                           f"{document['effective_from']!r}.") from None
    deduction = _whole(document["expense_deduction_bp"],
                       "expense_deduction_bp (basis points: 2000 = 20 %)", 0, _SCALE)
    monthly = _whole(document["monthly_deduction_fen"], "monthly_deduction_fen", 0,
                     100_000_000)
    rows = document["brackets"]
    if not isinstance(rows, list) or not rows:
        raise TaxRuleError("brackets must be a list of {up_to_fen, rate_bp, "
                           "quick_deduction_fen}, lowest first.")
    brackets: list[Bracket] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or set(row) != _BRACKET_KEYS:
            raise TaxRuleError(f"Bracket {number} must have exactly up_to_fen, rate_bp and "
                               "quick_deduction_fen.")
        last = number == len(rows)
        up_to = row["up_to_fen"]
        if last and up_to is not None:
            raise TaxRuleError("The last bracket must have no upper bound (up_to_fen: null).")
        if not last:
            up_to = _whole(up_to, f"Bracket {number}'s up_to_fen", 1)
            if brackets and brackets[-1].up_to_fen is not None \
                    and up_to <= brackets[-1].up_to_fen:
                raise TaxRuleError(f"Bracket {number}'s up_to_fen must be above the one "
                                   "before it.")
        brackets.append(Bracket(up_to, _whole(row["rate_bp"], f"Bracket {number}'s rate_bp",
                                              0, _SCALE),
                                _whole(row["quick_deduction_fen"],
                                       f"Bracket {number}'s quick_deduction_fen")))
    return TaxRule(name=name.strip(), effective_from=effective, expense_deduction_bp=deduction,
                   monthly_deduction_fen=monthly, brackets=tuple(brackets), version=version)


def read_rule_text(text: str) -> TaxRule:
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise TaxRuleError(f"The tax rule is not valid JSON: {exc}.") from None
    return parse_rule(document)
