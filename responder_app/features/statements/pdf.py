"""A statement as a PDF, painted with Qt's own PDF writer (QPdfWriter + QPainter): A4, a
CJK-capable font, every string drawn as plain text (an alias is never read as HTML), the
entries table continued across pages with its header repeated."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from responder_app.features.statements import lines
from responder_wire.statements import Statement

__all__ = ["FONT_FAMILIES", "write_pdf"]

# Chinese first: the families that carry CJK glyphs on Windows, macOS and Linux.
FONT_FAMILIES = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                 "WenQuanYi Micro Hei", "Noto Serif CJK SC", "sans-serif"]
RESOLUTION = 300
Money = Callable[[int], str]


def _family() -> str:
    """The first installed family that has Chinese (one font for every string: text drawn
    through a fallback font loses its characters in the PDF's text layer)."""
    installed = set(QFontDatabase.families())
    return next((f for f in FONT_FAMILIES if f in installed), QFont().defaultFamily())


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(_family())
    # No OpenType shaping for Latin text: shaped alternates (digits next to "-" in the CJK
    # fonts) have no character behind them, so a PDF reader would copy them as garbage.
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Pages:
    """Paints lines and table rows top to bottom, starting a new page when one is full."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        # the painter's origin is the printable area's corner (the margins are outside)
        printable = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.area = QRectF(0, 0, printable.width(), printable.height())
        self.y = self.area.top()
        self.repeat: Callable[[], None] | None = None  # the table header, on a new page

    def _room(self, height: float) -> None:
        if self.y + height > self.area.bottom():
            self.writer.newPage()
            self.y = self.area.top()
            if self.repeat is not None:
                self.repeat()

    def line(self, text: str, font: QFont, gap: float = 0.3) -> None:
        self.painter.setFont(font)
        metrics = QFontMetricsF(font, self.writer)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        bound = metrics.boundingRect(QRectF(0, 0, self.area.width(), 10_000), flags, text)
        self._room(bound.height())
        self.painter.drawText(QRectF(self.area.left(), self.y, self.area.width(),
                                     bound.height()), flags, text)
        self.y += bound.height() + metrics.height() * gap

    def row(self, cells: Sequence[str], shares: Sequence[float], font: QFont,
            right_from: int, rule: bool = False) -> None:
        """One table row: `shares` of the width per cell; cells from `right_from` on are
        right-aligned (amounts); long text is cut with an ellipsis."""
        self.painter.setFont(font)
        metrics = QFontMetricsF(font, self.writer)
        height = metrics.height() * 1.35
        self._room(height)
        x = self.area.left()
        for index, (text, share) in enumerate(zip(cells, shares, strict=True)):
            width = self.area.width() * share
            align = (Qt.AlignmentFlag.AlignRight if index >= right_from
                     else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 12)
            self.painter.drawText(QRectF(x + 6, self.y, width - 12, height), int(align), shown)
            x += width
        self.y += height
        if rule:
            self.painter.drawLine(int(self.area.left()), int(self.y),
                                  int(self.area.right()), int(self.y))


def write_pdf(statement: Statement, path: Path, title: str,
              money: Money = lines.plain_money) -> None:
    """Write `statement` to `path` as a PDF (raises OSError if it cannot be written)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Responder")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        _paint(_Pages(writer, painter), statement, title, money)
    finally:
        painter.end()


def _paint(pages: _Pages, s: Statement, title: str, money: Money) -> None:
    zone = ZoneInfo(s.time_zone)
    body, bold, small = _font(9.5), _font(9.5, bold=True), _font(8)
    pages.line(title, _font(16, bold=True), gap=0.5)
    for text in lines.header_lines(s):
        pages.line(text, body)
    pages.y += 20
    for label, value in lines.summary_rows(s, money):
        pages.row([label, value], [0.6, 0.4], body, right_from=1)
    pages.y += 30
    if s.payouts:
        pages.row(lines.payout_headers(), [0.25, 0.2, 0.35, 0.2], bold, right_from=3,
                  rule=True)
        for payout in s.payouts:
            pages.row(lines.payout_cells(payout, zone, money), [0.25, 0.2, 0.35, 0.2], small,
                      right_from=3)
        pages.y += 30
    shares = [0.15, 0.09, 0.16, 0.06, 0.11, 0.11, 0.1, 0.1, 0.12]

    def header() -> None:
        pages.row(lines.entry_headers(), shares, bold, right_from=4, rule=True)

    header()
    pages.repeat = header
    for entry in s.entries:
        pages.row(lines.entry_cells(entry, zone, money), shares, small, right_from=4)
    pages.repeat = None
    pages.y += 30
    pages.line(lines.footer_line(s), small)
