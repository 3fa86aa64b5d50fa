"""Keyboard-first: the shell's own keys, and the window's, listed in the shortcuts sheet.

    Ctrl+J        a chat in crisis not looked at since (`window.unseen_crisis()`) first;
                  then the next waiting client (the longest-waiting unanswered chat, by the
                  one waiting rule's `ticker.waits`)
    Ctrl+PgDown / Ctrl+PgUp   next / previous chat (besides the window's Ctrl+Tab), in the
                  inbox's own order (`window.tab_order()`), through `show_conversation`
    Ctrl+R        back to the reply box of the chat on screen
    Ctrl+Shift+W  wrap up the chat on screen
    Ctrl+T        take the chat on screen (accept mode; reply speed's "Take this client")
    Ctrl+Shift+R / Ctrl+Shift+B   report / block the client on screen (safety's entries,
                  which ask first)
    Ctrl+Shift+O / Ctrl+Shift+A   go online / away
    Ctrl+,        Preferences;  F1 or ? (when not typing: a text box takes the ?)  this sheet

Only public window slots are used (`tab_order`, `show_conversation`, `current_tab`,
`keyboard_actions`, `unseen_crisis`), so a different inbox layout keeps every key working.
The features' entries get their keys here too, found by their object names in the window's
menus once the features are built (`adopt_feature_keys`), so every key is chosen in one
place and none is given twice.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from responder_app.shell.host import FeatureHost

__all__ = ["FEATURE_KEYS", "Keyboard"]

# A feature's menu entry (its object name) → its key and its section of the shortcuts sheet.
FEATURE_KEYS: dict[str, tuple[str, str]] = {
    "action_take": ("Ctrl+T", "client"),
    "action_report": ("Ctrl+Shift+R", "client"),
    "action_block": ("Ctrl+Shift+B", "client"),
}


class Keyboard(QObject):
    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        w = host.window
        self.action_preferences = self._action(self.tr("&Preferences…"), "Ctrl+,")
        self.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_shortcuts = self._action(self.tr("&Keyboard shortcuts"), "F1", "?")
        self.action_next_waiting = self._action(self.tr("Next &waiting client"), "Ctrl+J")
        self.action_next_chat = self._action(self.tr("Next chat"), "Ctrl+PgDown")
        self.action_previous_chat = self._action(self.tr("Previous chat"), "Ctrl+PgUp")
        self.action_focus_composer = self._action(self.tr("Go to the reply b&ox"), "Ctrl+R")
        w.add_menu_action("account", self.action_preferences, first=True)
        w.add_menu_action("account", self.action_shortcuts)
        w.add_menu_action("chat", self.action_next_waiting, first=True)
        w.add_menu_action("chat", self.action_focus_composer)
        for action in (self.action_next_chat, self.action_previous_chat):
            w.addAction(action)  # keys only: the menu has the window's own next/previous
        own = w.keyboard_actions()
        own["wrap_up"].setShortcut(QKeySequence("Ctrl+Shift+W"))
        own["go_online"].setShortcut(QKeySequence("Ctrl+Shift+O"))
        own["go_away"].setShortcut(QKeySequence("Ctrl+Shift+A"))
        for key, category in (("next_chat", "chats"), ("previous_chat", "chats")):
            host.add_shortcut(own[key], category)
        for action in (self.action_next_waiting, self.action_next_chat,
                       self.action_previous_chat):
            host.add_shortcut(action, "chats")
        host.add_shortcut(self.action_focus_composer, "replies")
        host.add_shortcut(own["wrap_up"], "client")
        for action in (own["go_online"], own["go_away"], self.action_preferences,
                       self.action_shortcuts, own["quit"]):
            host.add_shortcut(action, "app")
        self.action_preferences.triggered.connect(lambda: host.open_preferences())
        self.action_shortcuts.triggered.connect(lambda: host.open_shortcuts())
        self.action_next_waiting.triggered.connect(self.next_waiting)
        self.action_next_chat.triggered.connect(lambda: self.step(1))
        self.action_previous_chat.triggered.connect(lambda: self.step(-1))
        self.action_focus_composer.triggered.connect(self.focus_composer)

    def adopt_feature_keys(self) -> list[QAction]:
        """Give the features' menu entries their keys (`FEATURE_KEYS`) and list them in the
        shortcuts sheet; called once every feature has added its entries."""
        adopted: list[QAction] = []
        for menu in self.host.window.findChildren(QMenu):
            for action in menu.actions():
                key = FEATURE_KEYS.get(action.objectName())
                if key is None or action in adopted:
                    continue
                action.setShortcut(QKeySequence(key[0]))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.host.add_shortcut(action, key[1])
                adopted.append(action)
        return adopted

    def _action(self, text: str, *keys: str) -> QAction:
        action = QAction(text, self.host.window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def next_waiting(self) -> str:
        """Show a chat in crisis the responder has not looked at yet, else the chat whose
        client has waited longest for an answer ("" if none)."""
        crisis = self.host.window.unseen_crisis()
        if crisis:
            self.host.window.show_conversation(crisis[0])
            return crisis[0]
        waits = self.host.ticker.waits
        order = self.host.window.tab_order()
        waiting = [cid for cid in order if cid in waits]
        if not waiting:
            self.host.window.show_notice(self.tr("Nobody is waiting for your answer."), 4000)
            return ""
        longest = min(waiting, key=lambda cid: (waits[cid], order.index(cid)))
        self.host.window.show_conversation(longest)
        return longest

    def step(self, by: int) -> None:
        w = self.host.window
        order = w.tab_order()
        if not order:
            return
        tab = w.current_tab
        here = order.index(tab.conversation_id) if tab and tab.conversation_id in order else -1
        w.show_conversation(order[(here + by) % len(order)])

    def focus_composer(self) -> None:
        tab = self.host.window.current_tab
        if tab is not None:
            tab.composer.setFocus(Qt.FocusReason.ShortcutFocusReason)
