"""Paints chat bubbles: ours on the right in the accent colour, the client's on the left.

A message a feature marked (`Role.MARK`) says so under the bubble; a veiled one
(`Role.VEILED`) is drawn blurred (its text scaled down and up again) until clicked.

Text is laid out with `QTextLayout` from the raw string — plain text only, so client
text such as `<b>x</b>` is drawn literally and never interpreted as HTML/rich text. No
layout is kept: painting lays out the visible rows' text again, and each row keeps only
its measured size (one int), so thousands of loaded messages cost no Qt objects.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from datetime import datetime

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from responder_app.services.outbox import SendState
from responder_app.ui import locale_format, theme
from responder_app.ui.timeline_model import Role, TimelineModel

__all__ = ["BubbleDelegate", "layout_plain_text"]

SIDE_MARGIN = 18.0
ROW_GAP = 6.0
TIGHT_GAP = 4.0
PAD_X = 13.0
PAD_Y = 8.0
RADIUS = 14.0
META_GAP = 3.0
MAX_FRACTION = 0.68

OWN_FILL = theme.ACCENT
OWN_FILL_PENDING = QColor("#8e96e6")
OWN_FILL_FAILED = QColor("#c7cbe9")
CLIENT_FILL = QColor("#ffffff")
CLIENT_BORDER = QColor("#e1e4ec")


def layout_plain_text(text: str, font: QFont, width: float) -> tuple[QTextLayout, float, float]:
    """Lay out `text` as plain text wrapped to `width`; returns (layout, used width, height)."""
    # QTextLayout breaks lines at U+2028; the string itself is never parsed as markup.
    layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    height = 0.0
    used = 0.0
    leading = QFontMetricsF(font).leading()
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += leading
        line.setPosition(QPointF(0.0, height))
        height += line.height()
        used = max(used, line.naturalTextWidth())
    layout.endLayout()
    return layout, used, height


BLUR_SCALE = 0.16  # a veiled text is drawn this small, then stretched back: a blur


def _draw_blurred(painter: QPainter, layout: QTextLayout, origin: QPointF, bubble: QRectF,
                  color: QColor) -> None:
    """The text, unreadable: laid out as usual into an image, shrunk and stretched back
    smoothly, so only its shape shows."""
    width, height = max(1, int(bubble.width())), max(1, int(bubble.height()))
    full = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    full.fill(Qt.GlobalColor.transparent)
    inner = QPainter(full)
    inner.setPen(color)
    layout.draw(inner, QPointF(origin.x() - bubble.left(), origin.y() - bubble.top()))
    inner.end()
    small = full.scaled(max(1, int(width * BLUR_SCALE)), max(1, int(height * BLUR_SCALE)),
                        Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(bubble, small)


_FALLBACK_CACHE = 256  # sizes kept for a model that isn't a TimelineModel
_FIXED = 64.0  # sizes are kept in 1/64 px
_FIELD = (1 << 24) - 1


class BubbleDelegate(QStyledItemDelegate):
    # Ids for (font, clear_cache() round): never reused, so a size a row keeps from an
    # earlier font or width never matches again.
    _stamps = itertools.count(1)

    def __init__(self, view: QAbstractItemView | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._font_stamps: dict[str, int] = {}
        self._sizes: OrderedDict[tuple[str, int, int], int] = OrderedDict()
        self.meta_font = QFont()
        self.meta_font.setPointSizeF(8.5)

    # ---- geometry -----------------------------------------------------------------------

    def _row_width(self, option: QStyleOptionViewItem) -> float:
        if self._view is not None:
            return float(self._view.viewport().width())
        return float(option.rect.width())  # type: ignore[attr-defined]

    def _max_text_width(self, row_width: float) -> float:
        return max(80.0, row_width * MAX_FRACTION - 2 * PAD_X)

    def _text_size(self, index: QModelIndex | QPersistentModelIndex, font: QFont,
                   max_width: float) -> tuple[float, float]:
        """(used width, height) of the row's text laid out at `max_width`.

        Measured once per row and width: the row keeps it as one packed int (`stamp`, the
        font and width it was measured for, then width and height in 1/64 px). QListView
        asks every row's size on each layout, so a cache smaller than the chat would be
        measured through again and again; this costs one int per row and nothing else.
        """
        font_key = font.key()
        stamp = self._font_stamps.get(font_key)
        if stamp is None:
            stamp = self._font_stamps[font_key] = next(self._stamps)
        width = int(max_width)
        stamp = (stamp << 16) | min(width, 0xFFFF)
        model = index.model()
        item = (model.item(index.row()) if isinstance(model, TimelineModel)
                and 0 <= index.row() < model.rowCount() else None)
        packed = item.text_size if item is not None else self._sizes.get(
            (str(index.data(Role.BODY) or ""), width, stamp), 0)
        if packed >> 48 != stamp:
            text = item.body if item is not None else str(index.data(Role.BODY) or "")
            _, used, height = layout_plain_text(text, font, max_width)
            packed = (stamp << 48 | min(round(used * _FIXED), _FIELD) << 24
                      | min(round(height * _FIXED), _FIELD))
            if item is not None:
                item.text_size = packed
            else:
                self._sizes[(text, width, stamp)] = packed
                if len(self._sizes) > _FALLBACK_CACHE:
                    self._sizes.popitem(last=False)
        return ((packed >> 24) & _FIELD) / _FIXED, (packed & _FIELD) / _FIXED

    def _font(self, option: QStyleOptionViewItem) -> QFont:
        if self._view is not None:
            return QFont(self._view.font())
        return QFont(option.font)  # type: ignore[attr-defined]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row_width = self._row_width(option)
        _, text_h = self._text_size(index, self._font(option), self._max_text_width(row_width))
        height = PAD_Y + max(text_h, 1.0) + PAD_Y
        if self.shows_meta(index):
            height += META_GAP + QFontMetricsF(self.meta_font).height() + 2 * ROW_GAP
        else:
            height += TIGHT_GAP
        return QSize(int(row_width), int(height + 0.5))

    @staticmethod
    def shows_meta(index: QModelIndex | QPersistentModelIndex) -> bool:
        """Time and state show under the last bubble of a run, and under any of our
        messages that isn't delivered yet."""
        if index.data(Role.IS_OWN) and index.data(Role.STATE) != SendState.SENT.value:
            return True
        return bool(index.data(Role.GROUP_END)) or bool(index.data(Role.MARK))

    def bubble_rect(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QRectF:
        rect = QRectF(option.rect)  # type: ignore[attr-defined]
        text_w, text_h = self._text_size(
            index, self._font(option), self._max_text_width(self._row_width(option))
        )
        width = max(text_w, 24.0) + 2 * PAD_X
        height = max(text_h, 1.0) + 2 * PAD_Y
        own = bool(index.data(Role.IS_OWN))
        left = rect.right() - SIDE_MARGIN - width if own else rect.left() + SIDE_MARGIN
        return QRectF(left, rect.top() + TIGHT_GAP / 2, width, height)

    # ---- text shown under a bubble ------------------------------------------------------

    def meta_text(self, index: QModelIndex | QPersistentModelIndex) -> str:
        created = index.data(Role.CREATED_AT)
        when = (locale_format.short_time(created.astimezone())
                if isinstance(created, datetime) else "")
        mark = str(index.data(Role.MARK) or "")
        if mark:
            when = f"{when} · {mark}"
            if index.data(Role.VEILED):
                when += " · " + self.tr("click to show")
        if not index.data(Role.IS_OWN):
            return when
        state = index.data(Role.STATE)
        if state == SendState.SENDING.value:
            return f"{when} · " + self.tr("Sending…")
        if state == SendState.FAILED.value:
            return self.tr("Failed — click to retry")
        return f"{when} · " + self.tr("Sent ✓")

    # ---- painting -----------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        own = bool(index.data(Role.IS_OWN))
        state = index.data(Role.STATE)
        text = str(index.data(Role.BODY) or "")
        font = self._font(option)
        bubble = self.bubble_rect(option, index)

        path = QPainterPath()
        path.addRoundedRect(bubble, RADIUS, RADIUS)
        if own:
            fill = {
                SendState.SENDING.value: OWN_FILL_PENDING,
                SendState.FAILED.value: OWN_FILL_FAILED,
            }.get(state, OWN_FILL)
            painter.fillPath(path, fill)
            text_color = QColor("#ffffff") if state != SendState.FAILED.value else theme.TEXT
        else:
            painter.fillPath(path, CLIENT_FILL)
            painter.setPen(QPen(CLIENT_BORDER, 1.0))
            painter.drawPath(path)
            text_color = theme.TEXT

        layout, _, _ = layout_plain_text(text, font, self._max_text_width(self._row_width(option)))
        painter.setPen(text_color)
        origin = QPointF(bubble.left() + PAD_X, bubble.top() + PAD_Y)
        if index.data(Role.VEILED):
            _draw_blurred(painter, layout, origin, bubble, text_color)
        else:
            layout.draw(painter, origin)

        if not self.shows_meta(index):
            painter.restore()
            return
        meta = self.meta_text(index)
        painter.setFont(self.meta_font)
        failed = own and state == SendState.FAILED.value
        marked = bool(index.data(Role.MARK))
        painter.setPen(theme.DANGER if failed or marked else QColor("#8a90a3"))
        meta_h = QFontMetricsF(self.meta_font).height()
        meta_rect = QRectF(bubble.left() - 200 if own else bubble.left() + 2,
                           bubble.bottom() + META_GAP, bubble.width() + 198, meta_h)
        align = Qt.AlignmentFlag.AlignRight if own else Qt.AlignmentFlag.AlignLeft
        painter.drawText(meta_rect, int(align | Qt.AlignmentFlag.AlignVCenter), meta)

        if option.state & QStyle.StateFlag.State_HasFocus:  # type: ignore[attr-defined]
            painter.setPen(QPen(theme.ACCENT, 1.5))
            painter.drawPath(path)
        painter.restore()

    def clear_cache(self) -> None:
        """Forget every measured size (the rows' own ones no longer match any stamp)."""
        self._sizes.clear()
        self._font_stamps.clear()
