"""The inbox's conversation list (model side): one row per open chat, in display order.

A row says who (alias, topic), how long they wait (a feature's badge: reply speed's clock),
unread count and state (waiting, answered, ended, reassigned). Ended chats sit in their own
section after the live ones until they are wrapped up.

The ticker refreshes every row every second, so `update_row` compares and only marks what
changed; the changes of one turn of the loop go out together, as one `dataChanged` per
changed row with only the roles that changed (a clock's new second repaints one row, never
the list).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

__all__ = ["ConversationListModel", "ListRole", "Row", "RowBadge", "RowState"]

Index = QModelIndex | QPersistentModelIndex


class RowState(enum.StrEnum):
    WAITING = "waiting"  # the client waits for us (the one waiting rule)
    ANSWERED = "answered"  # our reply is the last word
    ENDED = "ended"  # the client left: wrap up to close it
    REASSIGNED = "reassigned"  # the server handed the client to someone else


class ListRole(enum.IntEnum):
    CONVERSATION_ID = Qt.ItemDataRole.UserRole + 1
    ALIAS = enum.auto()
    TOPIC = enum.auto()
    UNREAD = enum.auto()
    STATE = enum.auto()
    BADGE_TEXT = enum.auto()
    BADGE_LEVEL = enum.auto()
    FIRST_ENDED = enum.auto()  # the first row of the ended section (draws its heading)
    CRISIS = enum.auto()  # a crisis phrase matched in this chat: the row goes first


@dataclass(slots=True)
class Row:
    conversation_id: str
    alias: str = ""
    topic: str = ""
    unread: int = 0
    state: RowState = RowState.ANSWERED
    label: str = ""  # the accessible one-line text ("Tom · 3")
    tooltip: str = ""
    badge_text: str = ""
    badge_level: str = ""
    crisis: bool = False
    extra: dict[str, str] = field(default_factory=dict)


# which roles a changed Row field touches
_ROLES: dict[str, list[int]] = {
    "alias": [ListRole.ALIAS, Qt.ItemDataRole.DisplayRole],
    "topic": [ListRole.TOPIC],
    "unread": [ListRole.UNREAD, Qt.ItemDataRole.DisplayRole],
    "state": [ListRole.STATE],
    "label": [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole],
    "tooltip": [Qt.ItemDataRole.ToolTipRole],
    "badge_text": [ListRole.BADGE_TEXT],
    "badge_level": [ListRole.BADGE_LEVEL],
    "crisis": [ListRole.CRISIS],
}


class RowBadge(QObject):
    """What a feature shows on a chat's row (e.g. the waiting clock): a short text and a
    level the delegate colours by. Not a widget: the list paints it."""

    sig_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._level = ""
        self._hidden = True

    def text(self) -> str:
        return self._text

    def isHidden(self) -> bool:
        return self._hidden

    def badge_level(self) -> str:
        return self._level

    def set_badge(self, text: str, level: str, *, visible: bool = True) -> None:
        if (text, level, not visible) == (self._text, self._level, self._hidden):
            return
        self._text, self._level, self._hidden = text, level, not visible
        self.setProperty("level", level)
        self.sig_changed.emit()


class ConversationListModel(QAbstractListModel):
    sig_rows_flushed = Signal(int)  # how many rows one merged update repainted (benches)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._dirty: dict[str, set[int]] = {}
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self.flush)

    # ---- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.label or row.alias
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        values: dict[int, Any] = {
            ListRole.CONVERSATION_ID: row.conversation_id, ListRole.ALIAS: row.alias,
            ListRole.TOPIC: row.topic, ListRole.UNREAD: row.unread,
            ListRole.STATE: row.state.value, ListRole.BADGE_TEXT: row.badge_text,
            ListRole.BADGE_LEVEL: row.badge_level, ListRole.CRISIS: row.crisis,
            ListRole.FIRST_ENDED: self._first_ended(index.row()),
        }
        return values.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ---- rows ---------------------------------------------------------------------------

    def ids(self) -> list[str]:
        return [row.conversation_id for row in self._rows]

    def row_of(self, conversation_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.conversation_id == conversation_id:
                return i
        return -1

    def row(self, conversation_id: str) -> Row | None:
        i = self.row_of(conversation_id)
        return replace(self._rows[i]) if i >= 0 else None

    def index_of(self, conversation_id: str) -> QModelIndex:
        i = self.row_of(conversation_id)
        return self.index(i) if i >= 0 else QModelIndex()

    def add_row(self, row: Row) -> None:
        """Live chats go after the live ones, ended ones at the end of the list."""
        at = len(self._rows)
        if row.state != RowState.ENDED:
            at = next((i for i, r in enumerate(self._rows) if r.state == RowState.ENDED), at)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self.endInsertRows()
        self._mark_section_heading()

    def remove_row(self, conversation_id: str) -> None:
        i = self.row_of(conversation_id)
        if i < 0:
            return
        self.beginRemoveRows(QModelIndex(), i, i)
        del self._rows[i]
        self._dirty.pop(conversation_id, None)
        self.endRemoveRows()
        self._mark_section_heading()

    def update_row(self, conversation_id: str, **values: Any) -> None:
        """Change some fields of a row; repaints (later, merged) only what changed."""
        i = self.row_of(conversation_id)
        if i < 0:
            return
        row = self._rows[i]
        names = {f.name for f in fields(Row)}
        roles: set[int] = set()
        for name, value in values.items():
            if name not in names or getattr(row, name) == value:
                continue
            setattr(row, name, value)
            roles.update(_ROLES.get(name, []))
        if not roles:
            return
        self._dirty.setdefault(conversation_id, set()).update(roles)
        if "state" in values or "crisis" in values:
            self._keep_sections(conversation_id)
        if not self._flush.isActive():
            self._flush.start()

    def flush(self) -> None:
        """Send the merged changes: one dataChanged per changed row, its roles only."""
        self._flush.stop()
        dirty, self._dirty = self._dirty, {}
        for conversation_id, roles in dirty.items():
            index = self.index_of(conversation_id)
            if index.isValid():
                self.dataChanged.emit(index, index, sorted(roles))
        if dirty:
            self.sig_rows_flushed.emit(len(dirty))

    def move_to(self, conversation_id: str, target: int) -> None:
        i = self.row_of(conversation_id)
        if i < 0 or i == target or not 0 <= target < len(self._rows):
            return
        # beginMoveRows takes the destination as an index *before* the move
        self.beginMoveRows(QModelIndex(), i, i, QModelIndex(),
                           target + 1 if target > i else target)
        row = self._rows.pop(i)
        self._rows.insert(target, row)
        self.endMoveRows()

    def order(self, wanted: list[str], *, hold: str = "") -> None:
        """Move rows into this order (live ones before ended ones whatever is asked; ids
        not in the list keep their place after the ones that are). `hold` (the chat on
        screen) keeps its row, so nothing moves under the responder's eyes and cursor.
        A live chat in crisis outranks everything: it goes first, whatever is asked."""
        known = [cid for cid in wanted if self.row_of(cid) >= 0]
        rest = [cid for cid in self.ids() if cid not in set(known)]
        sequence = known + rest
        ended = {r.conversation_id for r in self._rows if r.state == RowState.ENDED}
        live = [c for c in sequence if c not in ended]
        if hold in live:
            at = self.row_of(hold)
            live.remove(hold)
            live.insert(min(at, len(live)), hold)
        crisis = {r.conversation_id for r in self._rows if r.crisis}
        live = [c for c in live if c in crisis] + [c for c in live if c not in crisis]
        sequence = live + [c for c in sequence if c in ended]
        for target, conversation_id in enumerate(sequence):
            self.move_to(conversation_id, target)
        self._mark_section_heading()

    # ---- the ended section --------------------------------------------------------------

    def _first_ended(self, i: int) -> bool:
        return self._rows[i].state == RowState.ENDED and (
            i == 0 or self._rows[i - 1].state != RowState.ENDED)

    def _keep_sections(self, conversation_id: str) -> None:
        """A chat that ended moves to the ended section; one that came back, out of it."""
        self.order(self.ids())

    def _mark_section_heading(self) -> None:
        # The heading row's height changes: ask the view to re-measure the ended rows.
        for i, row in enumerate(self._rows):
            next_ended = i + 1 < len(self._rows) and self._rows[i + 1].state == RowState.ENDED
            if row.state == RowState.ENDED or next_ended:
                self._dirty.setdefault(row.conversation_id, set()).add(ListRole.FIRST_ENDED)
        if self._dirty and not self._flush.isActive():
            self._flush.start()
