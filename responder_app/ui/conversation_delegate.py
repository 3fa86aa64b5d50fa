"""Paints one conversation of the inbox list, two lines like a desktop chat app:

    (A)  Alias in full ....................... [ 1:05 ]
         topic, elided to what is left ...  (2)  Waiting

The alias has the whole first line but the waiting clock, so it is elided only past the
list's width; the clock and the state word are never cut (their width is measured, not
guessed). Ended chats are greyed under a heading of their own. All text is drawn as plain
text (`drawText`), never as rich text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from responder_app.ui.conversation_list import ListRole, RowState

__all__ = ["ConversationDelegate", "RowLayout"]

Index = QModelIndex | QPersistentModelIndex

PAD = 10
AVATAR = 34
GAP = 8
LINE_GAP = 3
PILL_PAD = 7
COMPACT_BELOW = 120  # a list narrower than this is a rail of avatars

_LEVEL_COLOURS = {  # (background, text): the same scale as the chat header's clock
    "calm": ("#e8ebfb", "#4350c9"),
    "amber": ("#fde7c2", "#8a4b00"),
    "red": ("#d92d20", "#ffffff"),
    "reassigned": ("#e3e6ee", "#59607a"),
    "crisis": ("#7a0916", "#ffffff"),  # darker than the red clock: nothing else is this
    "": ("#e8ebfb", "#4350c9"),
}
_STATE_COLOURS = {
    RowState.WAITING: "#b54708",
    RowState.ANSWERED: "#2f7d32",
    RowState.ENDED: "#7a8094",
    RowState.REASSIGNED: "#6941c6",
}
_AVATAR_COLOURS = ["#4f5bd5", "#0e9384", "#c4320a", "#7a5af8", "#c11574", "#2e90fa"]


@dataclass(frozen=True, slots=True)
class RowLayout:
    """Where each part of a row goes (tests read it to check nothing is cut)."""

    avatar: QRect
    alias: QRect
    badge: QRect
    topic: QRect
    unread: QRect
    state: QRect
    heading: QRect


class ConversationDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_words: dict[str, str] = {}  # RowState value -> translated word
        self.heading_text = ""
        self.painted: dict[str, dict[str, str]] = {}  # conversation id -> part -> text

    # ---- fonts and measures -------------------------------------------------------------

    @staticmethod
    def fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
        title = QFont(base)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() * 0.86))
        badge = QFont(small)
        badge.setWeight(QFont.Weight.DemiBold)
        return title, small, badge

    def heading_height(self, base: QFont) -> int:
        return QFontMetrics(self.fonts(base)[1]).height() + 14

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, small, _badge = self.fonts(option.font)  # type: ignore[attr-defined]
        height = (QFontMetrics(title).height() + LINE_GAP + QFontMetrics(small).height()
                  + 2 * PAD)
        height = max(height, AVATAR + 2 * PAD)
        if index.data(ListRole.FIRST_ENDED):
            height += self.heading_height(option.font)  # type: ignore[attr-defined]
        return QSize(40, height)  # as wide as the list: the row takes the viewport's width

    def row_layout(self, option: QStyleOptionViewItem, index: Index) -> RowLayout:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        base: QFont = option.font  # type: ignore[attr-defined]
        title, small, badge_font = self.fonts(base)
        heading = QRect(rect.left(), rect.top(), rect.width(), 0)
        top = rect.top()
        if index.data(ListRole.FIRST_ENDED):
            heading.setHeight(self.heading_height(base))
            top += heading.height()
        body = QRect(rect.left(), top, rect.width(), rect.bottom() - top + 1)
        if rect.width() < COMPACT_BELOW:
            return self._compact_layout(body, heading, index, small, badge_font)
        avatar = QRect(body.left() + PAD, body.center().y() - AVATAR // 2, AVATAR, AVATAR)
        left = avatar.right() + 1 + GAP
        right = body.right() - PAD
        title_h = QFontMetrics(title).height()
        small_fm = QFontMetrics(small)
        line1 = body.top() + PAD
        line2 = line1 + title_h + LINE_GAP

        badge_text = str(index.data(ListRole.BADGE_TEXT) or "")
        badge_w = 0
        if badge_text and self._shows_badge(index):
            badge_w = QFontMetrics(badge_font).horizontalAdvance(badge_text) + 2 * PILL_PAD
        badge = QRect(right - badge_w + 1, line1, badge_w, title_h)
        alias = QRect(left, line1, max(0, badge.left() - GAP - left), title_h)

        state_text = self.state_words.get(str(index.data(ListRole.STATE)), "")
        state_w = small_fm.horizontalAdvance(state_text) + 2 if state_text else 0
        state = QRect(right - state_w + 1, line2, state_w, small_fm.height())
        unread = int(index.data(ListRole.UNREAD) or 0)
        unread_w = 0
        if unread:
            unread_w = max(small_fm.height() + 4,
                           QFontMetrics(badge_font).horizontalAdvance(str(unread)) + 10)
        unread_rect = QRect(state.left() - (GAP if unread_w else 0) - unread_w, line2,
                            unread_w, small_fm.height())
        topic = QRect(left, line2, max(0, unread_rect.left() - GAP - left), small_fm.height())
        return RowLayout(avatar, alias, badge, topic, unread_rect, state, heading)

    def _compact_layout(self, body: QRect, heading: QRect, index: Index, small: QFont,
                        badge_font: QFont) -> RowLayout:
        """A narrow window's rail: the avatar, its clock under it, the unread count on
        its corner; the alias is in the row's tooltip."""
        badge_h = QFontMetrics(small).height()
        avatar = QRect(body.center().x() - AVATAR // 2 + 1, body.top() + 4, AVATAR, AVATAR)
        badge_text = str(index.data(ListRole.BADGE_TEXT) or "")
        badge_w = 0
        if badge_text and self._shows_badge(index):
            badge_w = min(body.width() - 4,
                          QFontMetrics(badge_font).horizontalAdvance(badge_text) + 2 * PILL_PAD)
        badge = QRect(body.center().x() - badge_w // 2 + 1, avatar.bottom() + 2, badge_w, badge_h)
        unread = int(index.data(ListRole.UNREAD) or 0)
        side = badge_h + 2 if unread else 0
        unread_rect = QRect(avatar.right() - side + 6, avatar.top() - 2, side, side)
        none = QRect(body.left(), body.top(), 0, 0)
        return RowLayout(avatar, none, badge, none, unread_rect, none, heading)

    @staticmethod
    def _shows_badge(index: Index) -> bool:
        # The clock is for live chats; an ended or reassigned row says so in its state word.
        return str(index.data(ListRole.STATE)) in (RowState.WAITING, RowState.ANSWERED)

    # ---- painting -----------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        layout = self.row_layout(opt, index)
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        state = RowState(str(index.data(ListRole.STATE)))
        ended = state in (RowState.ENDED, RowState.REASSIGNED)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        hovered = bool(opt.state & QStyle.StateFlag.State_MouseOver)  # type: ignore[attr-defined]
        title, small, badge_font = self.fonts(opt.font)  # type: ignore[attr-defined]
        conversation_id = str(index.data(ListRole.CONVERSATION_ID))
        painted: dict[str, str] = {}
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        if layout.heading.height():
            painter.fillRect(layout.heading, QColor("#eceef3"))
            painter.setFont(small)
            painter.setPen(QColor("#59607a"))
            text_rect = layout.heading.adjusted(PAD, 0, -PAD, 0)
            heading = QFontMetrics(small).elidedText(
                self.heading_text, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             heading)
            painted["heading"] = heading
        body = QRect(rect.left(), layout.heading.bottom() + 1 if layout.heading.height()
                     else rect.top(), rect.width(), 0)
        body.setBottom(rect.bottom())
        if selected:
            painter.fillRect(body, QColor("#e3e6fb"))
            painter.fillRect(QRect(body.left(), body.top(), 3, body.height()), QColor("#4f5bd5"))
        elif index.data(ListRole.CRISIS):  # a crisis: tinted, a dark red edge
            painter.fillRect(body, QColor("#fdf0ef"))
            painter.fillRect(QRect(body.left(), body.top(), 3, body.height()), QColor("#7a0916"))
        elif hovered:
            painter.fillRect(body, QColor("#f0f1f6"))
        elif ended:
            painter.fillRect(body, QColor("#f7f8fa"))
        painter.setPen(QPen(QColor("#e3e6ee")))
        painter.drawLine(body.left() + PAD, body.bottom(), body.right() - PAD, body.bottom())

        alias = str(index.data(ListRole.ALIAS) or "")
        colour = QColor("#b8bcc9") if ended else QColor(
            _AVATAR_COLOURS[sum(map(ord, alias)) % len(_AVATAR_COLOURS)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(layout.avatar)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(title)
        painter.drawText(layout.avatar, Qt.AlignmentFlag.AlignCenter, alias[:1].upper())

        text_colour = QColor("#7a8094") if ended else QColor("#1d2233")
        if layout.alias.width():
            painter.setFont(title)
            painter.setPen(text_colour)
            shown = QFontMetrics(title).elidedText(alias, Qt.TextElideMode.ElideRight,
                                                   layout.alias.width())
            painter.drawText(layout.alias,
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            painted["alias"] = shown

        if layout.badge.width():
            back, fore = _LEVEL_COLOURS.get(str(index.data(ListRole.BADGE_LEVEL) or ""),
                                            _LEVEL_COLOURS[""])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(back))
            pill = layout.badge.adjusted(0, 1, 0, -1)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor(fore))
            painter.setFont(badge_font)
            badge_text = str(index.data(ListRole.BADGE_TEXT) or "")
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge_text)
            painted["badge"] = badge_text

        if layout.topic.width():
            painter.setFont(small)
            painter.setPen(QColor("#9aa0b0") if ended else QColor("#6b7285"))
            topic = QFontMetrics(small).elidedText(str(index.data(ListRole.TOPIC) or ""),
                                                   Qt.TextElideMode.ElideRight,
                                                   layout.topic.width())
            painter.drawText(layout.topic,
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, topic)
            painted["topic"] = topic

        unread = int(index.data(ListRole.UNREAD) or 0)
        if unread and layout.unread.width():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#d92d20"))
            r = layout.unread
            painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(badge_font)
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, str(unread))
            painted["unread"] = str(unread)

        state_text = self.state_words.get(state.value, "")
        if state_text and layout.state.width():
            painter.setFont(small)
            painter.setPen(QColor(_STATE_COLOURS[state]))
            painter.drawText(layout.state, Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignRight, state_text)
            painted["state"] = state_text
        painter.restore()
        self.painted[conversation_id] = painted
