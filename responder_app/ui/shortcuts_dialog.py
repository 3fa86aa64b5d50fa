"""The keyboard shortcuts sheet: every registered action that has a shortcut, by
category, with its keys as this platform writes them. Built from the actions each time it
opens, so an action a feature adds later (block, report, …) is listed too."""

from __future__ import annotations

from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem, QWidget

from responder_app.ui.ui_shortcuts_dialog import Ui_ShortcutsDialog

__all__ = ["ShortcutsDialog", "action_label"]


def action_label(action: QAction) -> str:
    """The action's text as a sentence: no mnemonic '&', no trailing '…'."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.rstrip("…").rstrip(".").strip()
    # Chinese menus carry the mnemonic as "(&X)" at the end.
    if text.endswith(")") and "(" in text and len(text) - text.rfind("(") == 3:
        text = text[: text.rfind("(")]
    return text.strip()


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        self.setObjectName("shortcutsDialog")
        header = self.ui.shortcutTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.ui.buttonBox.rejected.connect(self.reject)

    def show_actions(self, groups: list[tuple[str, list[QAction]]]) -> None:
        tree = self.ui.shortcutTree
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        for category, actions in groups:
            listed = [a for a in actions if a.shortcuts()]
            if not listed:
                continue
            head = QTreeWidgetItem(tree, [category, ""])
            head.setFont(0, bold)
            head.setFirstColumnSpanned(True)
            # One row per thing done: two actions doing it (the menu's and a second key)
            # share their row.
            rows: dict[str, list[str]] = {}
            for action in listed:
                keys = rows.setdefault(action_label(action), [])
                keys += [k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts()
                         if k.toString(QKeySequence.SequenceFormat.NativeText) not in keys]
            for label, keys in rows.items():
                QTreeWidgetItem(tree, [label, "  /  ".join(keys)])

    def rows(self) -> list[tuple[str, str]]:
        """(action, keys) of every listed action, in order (categories have keys "")."""
        tree = self.ui.shortcutTree
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [(item.text(0), item.text(1)) for item in items if item is not None]
