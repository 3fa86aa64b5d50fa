"""A statement's entries say where each one's money is: not paid out yet, being paid (a
payout line sent and not arrived: it used to read as paid) or paid out, in Chinese."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtWidgets import QApplication

from responder_app.features.statements.dialog import StatementDialog
from responder_app.ui.language import install_language
from responder_wire.earnings import EntryKind, EntryStatus, LedgerEntryOut
from responder_wire.statements import Statement, YearToDate

NOW = datetime(2026, 12, 7, 4, 0, tzinfo=UTC)


def _entry(entry_id: int, status: EntryStatus) -> LedgerEntryOut:
    return LedgerEntryOut(id=entry_id, kind=EntryKind.SESSION, created_at=NOW, alias="Mei",
                          gross_fen=100_00, commission_fen=20_00, tip_fen=0, net_fen=80_00,
                          status=status, payout_id=None if status == EntryStatus.PENDING
                          else entry_id)


def test_an_entry_on_a_payout_line_on_its_way_reads_being_paid(qapp: QApplication) -> None:
    statuses = [EntryStatus.PENDING, EntryStatus.IN_FLIGHT, EntryStatus.PAID]
    statement = Statement(
        period="2026-12", start=date(2026, 12, 1), end=date(2026, 12, 31),
        time_zone="Asia/Shanghai", currency="CNY", generated_at=NOW, platform_legal_name="",
        platform_credit_code="", responder_name="Amy", sessions=3, day_sessions=3,
        night_sessions=0, gross_fen=300_00, commission_fen=60_00, tip_fen=0, refunds_fen=0,
        corrections_fen=0, income_fen=240_00, tax_fen=0, net_fen=240_00, paid_out_fen=0,
        pending_fen=80_00, year_to_date=YearToDate(year=2026, income_fen=240_00, months=1,
                                                   tax_fen=0),
        payouts=[], entries=[_entry(n, s) for n, s in enumerate(statuses, start=1)])
    install_language(qapp, "zh_CN")
    try:
        dialog = StatementDialog(statement)
        table = dialog.ui.entriesTable
        last = table.columnCount() - 1
        header = table.horizontalHeaderItem(last)
        assert header is not None and header.text() == "发放"
        cells = [table.item(row, last) for row in range(table.rowCount())]
        assert [c.text() if c else None for c in cells] == ["待发放", "发放中", "已发放"]
        dialog.deleteLater()
    finally:
        install_language(qapp, "en")
