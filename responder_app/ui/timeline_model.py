"""One chat's messages as a Qt list model (oldest at row 0).

New messages are inserted (never a model reset); state changes emit `dataChanged` for
exactly the one row and the one role that changed. Message bodies are exposed verbatim
as plain strings: the delegate draws them as plain text, never as HTML or rich text.
"""

from __future__ import annotations

import bisect
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from responder_app.services.outbox import OutgoingMessage, SendState
from responder_wire.models import MessageOut, SenderRole

__all__ = ["RECEIVED", "Role", "TimelineItem", "TimelineModel"]

RECEIVED = "received"  # state of a client's message


class Role(IntEnum):
    MESSAGE_ID = Qt.ItemDataRole.UserRole + 1
    BODY = Qt.ItemDataRole.UserRole + 2
    IS_OWN = Qt.ItemDataRole.UserRole + 3
    CREATED_AT = Qt.ItemDataRole.UserRole + 4
    STATE = Qt.ItemDataRole.UserRole + 5
    ERROR = Qt.ItemDataRole.UserRole + 6
    POSITION = Qt.ItemDataRole.UserRole + 7
    GROUP_END = Qt.ItemDataRole.UserRole + 8  # last of a run from the same sender
    MARK = Qt.ItemDataRole.UserRole + 9  # a feature's short warning under the bubble ("")
    VEILED = Qt.ItemDataRole.UserRole + 10  # drawn blurred until the responder clicks it


GROUP_GAP_S = 120.0


# One shared str per state: a row only points at it (no per-row copies of "sent").
_STATES: dict[str, str] = {s.value: s.value for s in SendState} | {RECEIVED: RECEIVED}


def _shared_state(state: str) -> str:
    return _STATES.get(state) or _STATES.setdefault(state, state)


class TimelineItem:
    """One loaded message. Slotted and flat (~100 bytes plus its id and body strings):
    a chat keeps thousands of these, so no pydantic model, `__dict__` or QObject per row."""

    __slots__ = ("body", "created_at", "error", "id", "own", "position", "state", "text_size")

    def __init__(self, id: str, body: str, own: bool, created_at: datetime, state: str,
                 position: int | None = None, error: str = "") -> None:
        self.id = id
        self.body = body
        self.own = own
        self.created_at = created_at
        self.state = _shared_state(state)  # SendState value for ours, RECEIVED for theirs
        self.position = position  # None while our message is still on its way
        self.error = error
        # The delegate's measured text size for one width, packed into one int (see
        # BubbleDelegate): 0 means not measured. Kept here rather than in a cache keyed by
        # the text, so it costs one small int per row and is freed with the row.
        self.text_size = 0

    @property
    def sort_key(self) -> float:
        return float("inf") if self.position is None else float(self.position)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TimelineItem):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _FIELDS)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS)
        return f"TimelineItem({fields})"


_FIELDS = ("id", "body", "own", "created_at", "state", "position", "error")


_Index = QModelIndex | QPersistentModelIndex


def _sort_key(item: TimelineItem) -> float:
    return item.sort_key


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TimelineItem] = []
        self._rows: dict[str, TimelineItem] = {}
        # Marks are rare (a feature flags a message): kept aside, so rows pay nothing.
        self._marks: dict[str, tuple[str, bool]] = {}  # message id -> (label, veiled)
        self.has_more = True  # older history may exist until a page says otherwise

    # ---- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Role.BODY):
            return item.body
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.error or None
        if role == Role.MESSAGE_ID:
            return item.id
        if role == Role.IS_OWN:
            return item.own
        if role == Role.CREATED_AT:
            return item.created_at
        if role == Role.STATE:
            return item.state
        if role == Role.ERROR:
            return item.error
        if role == Role.POSITION:
            return item.position
        if role == Role.GROUP_END:
            return self._group_end(index.row())
        if role == Role.MARK:
            return self._marks.get(item.id, ("", False))[0]
        if role == Role.VEILED:
            return self._marks.get(item.id, ("", False))[1]
        return None

    def _group_end(self, row: int) -> bool:
        if row + 1 >= len(self._items):
            return True
        item, following = self._items[row], self._items[row + 1]
        if item.own != following.own:
            return True
        return (following.created_at - item.created_at).total_seconds() > GROUP_GAP_S

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Enabled only: not editable, and nothing interprets the text as markup.
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def roleNames(self) -> dict[int, QByteArray]:
        names = {
            Qt.ItemDataRole.DisplayRole: b"display",
            Role.MESSAGE_ID: b"messageId",
            Role.BODY: b"body",
            Role.IS_OWN: b"isOwn",
            Role.CREATED_AT: b"createdAt",
            Role.STATE: b"state",
            Role.ERROR: b"error",
            Role.POSITION: b"position",
            Role.GROUP_END: b"groupEnd",
            Role.MARK: b"mark",
            Role.VEILED: b"veiled",
        }
        return {int(role): QByteArray(name) for role, name in names.items()}

    # ---- queries ------------------------------------------------------------------------

    def item(self, row: int) -> TimelineItem:
        return self._items[row]

    def items(self) -> list[TimelineItem]:
        return list(self._items)

    def row_of(self, message_id: str) -> int | None:
        item = self._rows.get(message_id)
        return None if item is None else self._row(item)

    def contains(self, message_id: str) -> bool:
        return message_id in self._rows

    @property
    def oldest_position(self) -> int | None:
        for item in self._items:
            if item.position is not None:
                return item.position
        return None

    def last_item(self) -> TimelineItem | None:
        return self._items[-1] if self._items else None

    def has_own_message(self) -> bool:
        return any(item.own for item in self._items)

    # ---- marks (a feature's flag on one message) ----------------------------------------

    def set_mark(self, message_id: str, label: str, *, veiled: bool = False) -> None:
        """Show `label` under the message (and draw it blurred while `veiled`); an empty
        label removes the mark."""
        before = self._marks.get(message_id)
        if label:
            self._marks[message_id] = (label, veiled)
        else:
            self._marks.pop(message_id, None)
        item = self._rows.get(message_id)
        if item is not None and self._marks.get(message_id) != before:
            self._changed(item, [Role.MARK, Role.VEILED])

    def reveal(self, message_id: str) -> bool:
        """Show a veiled message as it is (the mark stays). True if it was veiled."""
        label, veiled = self._marks.get(message_id, ("", False))
        if not veiled:
            return False
        self.set_mark(message_id, label, veiled=False)
        return True

    # ---- changes ------------------------------------------------------------------------

    @staticmethod
    def _from_wire(message: MessageOut) -> TimelineItem:
        own = message.sender == SenderRole.RESPONDER
        return TimelineItem(
            id=message.id, body=message.body, own=own, created_at=message.created_at,
            state=SendState.SENT.value if own else RECEIVED, position=message.position,
        )

    def _insert(self, row: int, items: list[TimelineItem]) -> None:
        self.beginInsertRows(QModelIndex(), row, row + len(items) - 1)
        self._items[row:row] = items
        for item in items:
            self._rows[item.id] = item
        self.endInsertRows()
        if row > 0:  # the row above may no longer end its group
            above = self.index(row - 1, 0)
            self.dataChanged.emit(above, above, [Role.GROUP_END])

    def _row(self, item: TimelineItem) -> int:
        """The row of a loaded item: found by its sort key when the rows around it are in
        order, else (a pending reply confirmed in place can sit above a newer client
        message) by a scan; always by identity, never by value."""
        items, key = self._items, item.sort_key
        row = bisect.bisect_left(items, key, key=_sort_key)
        while row < len(items) and items[row] is not item and items[row].sort_key == key:
            row += 1
        if row < len(items) and items[row] is item:
            return row
        return next(i for i, other in enumerate(items) if other is item)

    def _changed(self, item: TimelineItem, roles: list[int]) -> None:
        row = self._row(item)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, roles)

    def prepend_history(self, messages: list[MessageOut], has_more: bool) -> int:
        """Insert an older page (oldest first) above what is shown; returns rows added."""
        self.has_more = has_more
        fresh = [self._from_wire(m) for m in messages if m.id not in self._rows]
        if not fresh:
            return 0
        fresh.sort(key=lambda i: i.sort_key)
        first = self._items[0].sort_key if self._items else float("inf")
        if fresh[-1].sort_key < first:
            self._insert(0, fresh)  # the usual case: one block at the top
        else:
            for item in fresh:
                self._insert(self._sorted_row(item), [item])
        return len(fresh)

    def _sorted_row(self, item: TimelineItem) -> int:
        return bisect.bisect_right(self._items, item.sort_key, key=_sort_key)

    def add_message(self, message: MessageOut) -> bool:
        """A message from the server (event or send result). True if a new row was added;
        our own pending message with the same id is updated in place instead."""
        existing = self._rows.get(message.id)
        if existing is not None:
            roles: list[int] = []
            if existing.own and existing.state != SendState.SENT.value:
                existing.state = SendState.SENT.value
                existing.error = ""
                roles += [Role.STATE, Role.ERROR]
            if existing.position != message.position:
                existing.position = message.position
                roles.append(Role.POSITION)
            if existing.created_at != message.created_at:
                existing.created_at = message.created_at
                roles.append(Role.CREATED_AT)
            if roles:
                self._changed(existing, roles)
            return False
        item = self._from_wire(message)
        self._insert(self._sorted_row(item), [item])
        return True

    def add_pending(self, outgoing: OutgoingMessage, now: datetime | None = None) -> bool:
        if outgoing.id in self._rows:
            self.update_outgoing(outgoing)
            return False
        item = TimelineItem(
            id=outgoing.id, body=outgoing.body, own=True,
            created_at=now or datetime.now(UTC), state=outgoing.state.value,
            error=outgoing.error,
        )
        self._insert(len(self._items), [item])
        return True

    def update_outgoing(self, outgoing: OutgoingMessage) -> None:
        item = self._rows.get(outgoing.id)
        if item is None:
            return
        if outgoing.result is not None:
            self.add_message(outgoing.result)
            return
        roles: list[int] = []
        if item.state != outgoing.state.value and item.state != SendState.SENT.value:
            item.state = outgoing.state.value
            roles.append(Role.STATE)
        if item.error != outgoing.error:
            item.error = outgoing.error
            roles.append(Role.ERROR)
        if roles:
            self._changed(item, roles)
