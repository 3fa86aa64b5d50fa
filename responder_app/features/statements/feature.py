"""Statements in the app: a section of the earnings window (through the host's
`add_earnings_section`) listing the monthly statements, refreshed whenever the window shows
fresh figures; Open shows one in a dialog, and any range of days can be asked for; each
exports as PDF (Qt's own PDF writer) or CSV.

Test-facing hooks:
    await center.refresh()                          the list, fetched now
    await center.open_month("2026-10")              StatementDialog (or None on an error)
    await center.open_days(start, end)              StatementDialog for any days
    center.export_pdf(statement, path) / export_csv(statement, path) -> bool
    center.section, center.dialog                   the widgets once built
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from qasync import asyncSlot

from responder_app.features.statements.api import StatementsApi
from responder_app.features.statements.dialog import StatementDialog
from responder_app.features.statements.lines import statement_csv
from responder_app.features.statements.pdf import write_pdf
from responder_app.features.statements.section import StatementsSection
from responder_app.services.api_client import ApiError
from responder_app.shell.host import FeatureHost
from responder_app.shell.signals import wait_for_signal
from responder_app.ui import locale_format
from responder_wire.statements import Statement

__all__ = ["StatementsFeature"]


class StatementsFeature(QObject):
    sig_listed = Signal()  # the section shows a fresh list

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.section: StatementsSection | None = None
        self.dialog: StatementDialog | None = None
        host.add_earnings_section(self._build_section)
        host.sig_earnings_shown.connect(self._on_earnings_shown)
        host.session.sig_signed_out.connect(self._on_signed_out)

    @property
    def _api(self) -> StatementsApi | None:
        api = self.host.session.api
        return StatementsApi(api) if api is not None and api.tokens is not None else None

    def _build_section(self, parent: QWidget) -> QWidget:
        section = StatementsSection(parent)
        today = self.host.clock.now().date()
        section.set_range(today.replace(day=1), today)
        section.sig_open_month.connect(self._on_open_month)
        section.sig_open_days.connect(self._on_open_days)
        self.section = section
        return section

    def _on_signed_out(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    # ---- the list ------------------------------------------------------------------------

    @asyncSlot()
    async def _on_earnings_shown(self) -> None:
        await self.refresh()

    async def refresh(self) -> None:
        api, section = self._api, self.section
        if api is None or section is None:
            return
        try:
            listed = await api.monthly()
        except ApiError as exc:
            section.show_status(exc.message)
            return
        except asyncio.CancelledError:
            raise
        section.show_list(listed)
        self.sig_listed.emit()

    # ---- one statement -------------------------------------------------------------------

    @asyncSlot(str)
    async def _on_open_month(self, period: str) -> None:
        await self.open_month(period)

    @asyncSlot(object, object)
    async def _on_open_days(self, start: date, end: date) -> None:
        await self.open_days(start, end)

    async def open_month(self, period: str) -> StatementDialog | None:
        api = self._api
        return None if api is None else await self._show(api.month(period))

    async def open_days(self, start: date, end: date) -> StatementDialog | None:
        api = self._api
        return None if api is None else await self._show(api.days(start, end))

    async def _show(self, fetch: Awaitable[Statement]) -> StatementDialog | None:
        try:
            statement = await fetch
        except ApiError as exc:
            if self.section is not None:
                self.section.show_status(exc.message)
            return None
        if self.dialog is None:
            self.dialog = StatementDialog(statement, self.section or self.host.window)
            self.dialog.sig_pdf_requested.connect(self._on_pdf_requested)
            self.dialog.sig_csv_requested.connect(self._on_csv_requested)
        else:
            self.dialog.show_statement(statement)
        self.dialog.show_status("")
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    # ---- exports -------------------------------------------------------------------------

    def pdf_title(self, statement: Statement) -> str:
        return self.tr("Income statement %1").replace("%1", statement.period)

    def export_pdf(self, statement: Statement, path: Path) -> bool:
        try:
            write_pdf(statement, path, self.pdf_title(statement), locale_format.money)
        except OSError as exc:
            return self._saved(path, exc)
        return self._saved(path, None)

    def export_csv(self, statement: Statement, path: Path) -> bool:
        try:
            path.write_text(statement_csv(statement), encoding="utf-8-sig", newline="")
        except OSError as exc:
            return self._saved(path, exc)
        return self._saved(path, None)

    def _saved(self, path: Path, error: OSError | None) -> bool:
        if error is None:
            message = self.tr("Saved to %1.").replace("%1", str(path))
        else:
            message = self.tr("Could not save %1: %2").replace("%1", str(path)).replace(
                "%2", error.strerror or str(error))
        if self.dialog is not None:
            self.dialog.show_status(message)
        return error is None

    @asyncSlot(object)
    async def _on_pdf_requested(self, statement: Statement) -> None:
        path = await self._ask_path(statement, "pdf", self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.export_pdf(statement, path)

    @asyncSlot(object)
    async def _on_csv_requested(self, statement: Statement) -> None:
        path = await self._ask_path(statement, "csv", self.tr("CSV files (*.csv)"))
        if path is not None:
            self.export_csv(statement, path)

    async def _ask_path(self, statement: Statement, suffix: str, name_filter: str
                        ) -> Path | None:
        dialog = QFileDialog(self.dialog, self.tr("Export the statement"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(name_filter)
        dialog.setDefaultSuffix(suffix)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        dialog.setDirectory(documents if documents and Path(documents).is_dir()
                            else str(Path.home()))
        dialog.selectFile(f"responder-statement-{statement.period.replace('..', '-to-')}"
                          f".{suffix}")
        dialog.open()
        (result,) = await wait_for_signal(dialog.finished)
        files = dialog.selectedFiles()
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or not files:
            return None
        return Path(files[0])
