"""What a statement says, as plain text rows (Qt-free): the dialog, the PDF and the CSV all
show these, so they never disagree. Client-given text (aliases, notes) stays plain text."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from zoneinfo import ZoneInfo

from responder_app.services.i18n import fill, translate
from responder_wire.earnings import EntryKind, EntryStatus, LedgerEntryOut, RateWindow
from responder_wire.statements import Statement, StatementPayout

__all__ = ["entry_cells", "entry_headers", "entry_status", "footer_line", "header_lines",
           "payout_cells", "payout_headers", "plain_money", "statement_csv", "summary_rows"]

Money = Callable[[int], str]



def plain_money(fen: int) -> str:
    """"¥1,234.50" / "-¥0.05": integer arithmetic only (the CSV and tests use it)."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}¥{whole:,}.{cents:02d}"


def _cell(text: str) -> str:
    """A spreadsheet must not run client text as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def header_lines(s: Statement) -> list[str]:
    lines = [fill(translate("Statement", "Period: %1 to %2 (%3)"), s.start.isoformat(),
                  s.end.isoformat(), s.time_zone)]
    if s.platform_legal_name or s.platform_credit_code:
        lines.append(fill(
            translate("Statement", "Paid by: %1 (unified social credit code %2)"),
            s.platform_legal_name or "—", s.platform_credit_code or "—"))
    who = s.responder_name
    if s.real_name_mask:
        who = f"{who} · {s.real_name_mask} · {s.id_number_mask}"
    lines.append(fill(translate("Statement", "Responder: %1"), who))
    return lines


def footer_line(s: Statement) -> str:
    return fill(translate("Statement", "Made %1 from the platform's ledger. Amounts in yuan."),
                s.generated_at.astimezone(ZoneInfo(s.time_zone)).strftime("%Y-%m-%d %H:%M"))


def summary_rows(s: Statement, money: Money = plain_money) -> list[tuple[str, str]]:
    ytd = s.year_to_date
    return [
        (translate("Statement", "Sessions (day / night)"),
         f"{s.sessions} ({s.day_sessions} / {s.night_sessions})"),
        (translate("Statement", "Session prices"), money(s.gross_fen)),
        (translate("Statement", "Platform fee"), money(-s.commission_fen)),
        (translate("Statement", "Tips"), money(s.tip_fen)),
        (translate("Statement", "Refunds"), money(s.refunds_fen)),
        (translate("Statement", "Corrections"), money(s.corrections_fen)),
        (translate("Statement", "Income before tax"), money(s.income_fen)),
        (translate("Statement", "Income tax withheld"), money(-s.tax_fen)),
        (translate("Statement", "Net earnings"), money(s.net_fen)),
        (translate("Statement", "Paid out in the period"), money(s.paid_out_fen)),
        (translate("Statement", "Not yet paid out"), money(s.pending_fen)),
        (fill(translate("Statement", "Income in %1 so far"), ytd.year), money(ytd.income_fen)),
        (fill(translate("Statement", "Months counted in %1"), ytd.year), str(ytd.months)),
        (fill(translate("Statement", "Tax withheld in %1 so far"), ytd.year),
         money(ytd.tax_fen)),
    ]


def _kind(entry: LedgerEntryOut) -> str:
    return {EntryKind.SESSION: translate("Statement", "Session"),
            EntryKind.TIP: translate("Statement", "Tip"),
            EntryKind.CORRECTION: translate("Statement", "Correction"),
            EntryKind.TAX: translate("Statement", "Tax")}.get(entry.kind, entry.kind.value)


def _window(entry: LedgerEntryOut) -> str:
    if entry.window is None:
        return ""
    if entry.window == RateWindow.DAY:
        return translate("Statement", "Day")
    return translate("Statement", "Night")


def entry_status(entry: LedgerEntryOut) -> str:
    """Where the entry's money is: owed, on its way (a payout line sent and not arrived),
    or paid. The dialog shows it; the PDF and the CSV are the period's record."""
    words = {EntryStatus.PENDING: translate("Statement", "Not paid out yet"),
             EntryStatus.IN_FLIGHT: translate("Statement", "Being paid"),
             EntryStatus.PAID: translate("Statement", "Paid out")}
    return words.get(entry.status, entry.status.value)


def entry_headers() -> list[str]:
    return [translate("Statement", "Date"), translate("Statement", "Kind"),
            translate("Statement", "Client"), translate("Statement", "Rate"),
            translate("Statement", "Price"), translate("Statement", "Fee"),
            translate("Statement", "Tip"), translate("Statement", "Tax"),
            translate("Statement", "Net")]


def entry_cells(entry: LedgerEntryOut, zone: ZoneInfo, money: Money = plain_money
                ) -> list[str]:
    return [entry.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), _kind(entry),
            entry.alias, _window(entry), money(entry.gross_fen), money(-entry.commission_fen),
            money(entry.tip_fen), money(-entry.tax_fen), money(entry.net_fen)]


def _channel(payout: StatementPayout) -> str:
    names = {"wechat": translate("Statement", "WeChat"),
             "alipay": translate("Statement", "Alipay"),
             "sandbox": translate("Statement", "Sandbox")}
    return names.get(payout.channel, translate("Statement", "Recorded by hand"))


def payout_headers() -> list[str]:
    return [translate("Statement", "Date"), translate("Statement", "Paid to"),
            translate("Statement", "Reference"), translate("Statement", "Amount")]


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
    w.writerow([translate("Statement", "Statement"), s.period])
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
