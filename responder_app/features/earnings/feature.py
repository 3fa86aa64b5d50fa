"""Earnings in the app: the earnings panel (Account ▸ Earnings…),
its live updates from the event stream (a session closes, a tip or payout posts), the
live rate line ("Night rate from 22:00, in 23 min") and the ledger's CSV export.

The rate line is computed from the card the server sent and the server's clock
(`ServerClock`), in the platform's time zone; it wakes when the server clock reaches the
next whole minute (or the window changes), and only while the panel is visible.

Test-facing hooks:
    center.show_panel()                      EarningsPanel (created on first use)
    await center.refresh()                   fetch the summary and the card now
    center.tick_line()                       recompute the rate line now
    await center.export_csv(path, start, end) -> CsvTotals of what was written
    center.sig_shown                         the panel shows fresh figures
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog
from qasync import asyncSlot

from responder_app.features.earnings.api import EarningsApi
from responder_app.features.earnings.ledger import (
    CsvTotals,
    default_export_range,
    ledger_csv,
    ledger_totals,
    ms_until_next_minute,
    window_now,
)
from responder_app.features.earnings.settings import EarningsSettings
from responder_app.services.api_client import ApiError
from responder_app.shell.host import FeatureHost
from responder_app.shell.signals import wait_for_signal
from responder_wire.earnings import RatesOut

if TYPE_CHECKING:
    from responder_app.features.earnings.panel import EarningsPanel

__all__ = ["EarningsFeature"]

log = logging.getLogger(__name__)

REFRESH_DEBOUNCE_MS = 300


class EarningsFeature(QObject):
    sig_shown = Signal()  # the panel shows fresh figures from the server

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.window = host.window
        self.settings = EarningsSettings(host.settings)
        self.clock = host.clock
        self.panel: EarningsPanel | None = None
        self.rates: RatesOut | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_due)
        self._line_timer = QTimer(self)
        self._line_timer.setSingleShot(True)
        self._line_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._line_timer.timeout.connect(self.tick_line)
        self.action = QAction(self.tr("&Earnings…"), self.window)
        self.window.add_menu_action("account", self.action, first=True)
        self.action.triggered.connect(self.show_panel)
        host.events.sig_conversation_closed.connect(lambda _summary: self._on_ledger_event())
        host.events.sig_earnings_changed.connect(self._on_ledger_event)
        host.session.sig_signed_out.connect(self._on_signed_out)

    @property
    def _api(self) -> EarningsApi | None:
        api = self.host.session.api
        return EarningsApi(api) if api is not None and api.tokens is not None else None

    # ---- the panel ----------------------------------------------------------------------

    def show_panel(self) -> EarningsPanel:
        if self.panel is None:
            from responder_app.features.earnings.panel import EarningsPanel  # QtCharts, lazily

            panel = EarningsPanel(self.settings.earnings_goal_fen, self.window)
            panel.set_export_range(*default_export_range(self._platform_today()))
            panel.sig_refresh_requested.connect(self._refresh_timer.start)
            panel.sig_goal_changed.connect(self._goal_changed)
            panel.sig_export_requested.connect(self._on_export_requested)
            for section in self.host.build_earnings_sections(panel):  # payouts' next payout
                panel.add_section(section)
            self.panel = panel
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()
        return self.panel

    def _platform_today(self) -> date:
        if self.rates is None:
            return self.clock.now().date()
        return self.clock.now().astimezone(ZoneInfo(self.rates.card.time_zone)).date()

    def _goal_changed(self, fen: int) -> None:
        self.settings.earnings_goal_fen = fen
        self.settings.sync()

    def _visible(self) -> bool:
        return self.panel is not None and self.panel.isVisible()

    def _on_ledger_event(self) -> None:
        if self._visible():
            self._refresh_timer.start()

    def _on_signed_out(self) -> None:
        self._line_timer.stop()
        self.rates = None
        if self.panel is not None:
            self.panel.hide()

    @asyncSlot()
    async def _on_refresh_due(self) -> None:
        await self.refresh()

    async def refresh(self) -> None:
        api, panel = self._api, self.panel
        if api is None or panel is None:
            return
        try:
            rates = await api.rates()
            summary = await api.summary()
        except ApiError as exc:
            panel.show_error(exc.message)
            return
        except asyncio.CancelledError:
            raise
        first = self.rates is None
        self.rates = rates
        if first:  # the month so far, now that the platform's time zone is known
            panel.set_export_range(*default_export_range(self._platform_today()))
        panel.show_summary(summary)
        self.tick_line()
        self.sig_shown.emit()

    def tick_line(self) -> None:
        """Recompute the rate line from the card and the server's clock; plan the next."""
        if self.panel is None or self.rates is None:
            return
        now = self.clock.now()
        status = window_now(self.rates.card, now)
        self.panel.show_window(status)
        if not self._visible():
            self._line_timer.stop()
            return
        until_change = int((status.changes_at - now).total_seconds() * 1000)
        self._line_timer.start(max(50, min(ms_until_next_minute(now), until_change) + 5))

    # ---- CSV export ---------------------------------------------------------------------

    @asyncSlot(object, object)
    async def _on_export_requested(self, start: date, end: date) -> None:
        panel = self.panel
        if panel is None:
            return
        dialog = QFileDialog(panel, self.tr("Export the ledger"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        # the responder's Documents, not wherever the app happened to be started from
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        dialog.setDirectory(documents if documents and Path(documents).is_dir()
                            else str(Path.home()))
        dialog.selectFile(f"responder-ledger-{start.isoformat()}-to-{end.isoformat()}.csv")
        dialog.open()
        (result,) = await wait_for_signal(dialog.finished)
        files = dialog.selectedFiles()
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or not files:
            return
        await self.export_csv(Path(files[0]), start, end)

    async def export_csv(self, path: Path, start: date, end: date) -> CsvTotals | None:
        api = self._api
        if api is None:
            return None
        try:
            page = await api.ledger(start, end)
        except ApiError as exc:
            if self.panel is not None:
                self.panel.show_error(exc.message)
            return None
        try:
            path.write_text(ledger_csv(page.entries, page.time_zone), encoding="utf-8-sig",
                            newline="")
        except OSError as exc:
            if self.panel is not None:
                self.panel.show_error(self.tr("Could not save %1: %2").replace(
                    "%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return None
        totals = ledger_totals(page.entries)
        if self.panel is not None:
            self.panel.show_error(self.tr("Saved %n entries to %1.", "", totals.entries)
                                  .replace("%1", str(path)))
        return totals
