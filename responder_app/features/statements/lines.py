"""What a statement says, as plain text rows (Qt-free): the dialog, the PDF and the CSV all
show these, so they never disagree. Client-given text (aliases, notes) stays plain text."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from zoneinfo import ZoneInfo

from responder_app.services.i18n import fill, translate
from responder_wire.earnings import EntryKind, LedgerEntryOut, RateWindow
from responder_wire.statements import Statement, StatementPayout

__all__ = ["entry_cells", "entry_headers", "footer_line", "header_lines", "payout_cells",
           "payout_headers", "plain_money", "statement_csv", "summary_rows"]

Money = Callable[[int], str]
_CTX = "StatementLines"


def plain_money(fen: int) -> str:
    """"¥1,234.50" / "-¥0.05": integer arithmetic only (the CSV and tests use it)."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}¥{whole:,}.{cents:02d}"


def _cell(text: str) -> str:
    """A spreadsheet must not run client text as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def header_lines(s: Statement) -> list[str]:
    lines = [fill(translate(_CTX, "Period: %1 to %2 (%3)"), s.start.isoformat(),
                  s.end.isoformat(), s.time_zone)]
    if s.platform_legal_name or s.platform_credit_code:
        lines.append(fill(translate(_CTX, "Paid by: %1 (unified social credit code %2)"),
                          s.platform_legal_name or "—", s.platform_credit_code or "—"))
    who = s.responder_name
    if s.real_name_mask:
        who = f"{who} · {s.real_name_mask} · {s.id_number_mask}"
    lines.append(fill(translate(_CTX, "Responder: %1"), who))
    return lines


def footer_line(s: Statement) -> str:
    return fill(translate(_CTX, "Made %1 from the platform's ledger. Amounts in yuan."),
                s.generated_at.astimezone(ZoneInfo(s.time_zone)).strftime("%Y-%m-%d %H:%M"))


def summary_rows(s: Statement, money: Money = plain_money) -> list[tuple[str, str]]:
    ytd = s.year_to_date
    return [
        (translate(_CTX, "Sessions (day / night)"),
         f"{s.sessions} ({s.day_sessions} / {s.night_sessions})"),
        (translate(_CTX, "Session prices"), money(s.gross_fen)),
        (translate(_CTX, "Platform fee"), money(-s.commission_fen)),
        (translate(_CTX, "Tips"), money(s.tip_fen)),
        (translate(_CTX, "Refunds"), money(s.refunds_fen)),
        (translate(_CTX, "Corrections"), money(s.corrections_fen)),
        (translate(_CTX, "Income before tax"), money(s.income_fen)),
        (translate(_CTX, "Income tax withheld"), money(-s.tax_fen)),
        (translate(_CTX, "Net earnings"), money(s.net_fen)),
        (translate(_CTX, "Paid out in the period"), money(s.paid_out_fen)),
        (translate(_CTX, "Not yet paid out"), money(s.pending_fen)),
        (fill(translate(_CTX, "Income in %1 so far"), ytd.year), money(ytd.income_fen)),
        (fill(translate(_CTX, "Months counted in %1"), ytd.year), str(ytd.months)),
        (fill(translate(_CTX, "Tax withheld in %1 so far"), ytd.year), money(ytd.tax_fen)),
    ]


def _kind(entry: LedgerEntryOut) -> str:
    return {EntryKind.SESSION: translate(_CTX, "Session"), EntryKind.TIP: translate(_CTX, "Tip"),
            EntryKind.CORRECTION: translate(_CTX, "Correction"),
            EntryKind.TAX: translate(_CTX, "Tax")}.get(entry.kind, entry.kind.value)


def _window(entry: LedgerEntryOut) -> str:
    if entry.window is None:
        return ""
    return translate(_CTX, "Day") if entry.window == RateWindow.DAY else translate(_CTX, "Night")


def entry_headers() -> list[str]:
    return [translate(_CTX, "Date"), translate(_CTX, "Kind"), translate(_CTX, "Client"),
            translate(_CTX, "Rate"), translate(_CTX, "Price"), translate(_CTX, "Fee"),
            translate(_CTX, "Tip"), translate(_CTX, "Tax"), translate(_CTX, "Net")]


def entry_cells(entry: LedgerEntryOut, zone: ZoneInfo, money: Money = plain_money
                ) -> list[str]:
    return [entry.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), _kind(entry),
            entry.alias, _window(entry), money(entry.gross_fen), money(-entry.commission_fen),
            money(entry.tip_fen), money(-entry.tax_fen), money(entry.net_fen)]


def _channel(payout: StatementPayout) -> str:
    return {"wechat": translate(_CTX, "WeChat"), "alipay": translate(_CTX, "Alipay"),
            "sandbox": translate(_CTX, "Sandbox")}.get(payout.channel,
                                                       translate(_CTX, "Recorded by hand"))


def payout_headers() -> list[str]:
    return [translate(_CTX, "Date"), translate(_CTX, "Paid to"),
            translate(_CTX, "Reference"), translate(_CTX, "Amount")]


def payout_cells(payout: StatementPayout, zone: ZoneInfo, money: Money = plain_money
                 ) -> list[str]:
    return [payout.paid_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), _channel(payout),
            payout.reference, money(payout.amount_fen)]


def statement_csv(s: Statement) -> str:
    """The statement for a spreadsheet: the header lines, the figures (in yuan and in
    integer fen), the payouts, then every entry in fen."""
    zone = ZoneInfo(s.time_zone)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([translate(_CTX, "Statement"), s.period])
    for line in header_lines(s):
        w.writerow([_cell(line)])
    w.writerow([])
    for label, value in summary_rows(s):
        w.writerow([label, value])
    w.writerow([])
    w.writerow(payout_headers())
    for payout in s.payouts:
        w.writerow([_cell(c) for c in payout_cells(payout, zone)])
    w.writerow([])
    w.writerow([*entry_headers()[:4], "gross_fen", "commission_fen", "tip_fen", "tax_fen",
                "net_fen"])
    for e in s.entries:
        w.writerow([*(_cell(c) for c in entry_cells(e, zone)[:4]), e.gross_fen,
                    e.commission_fen, e.tip_fen, e.tax_fen, e.net_fen])
    return out.getvalue()
