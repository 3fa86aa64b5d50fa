"""What a feature is given: the host. Features plug into the app only through it.

    class MyFeature(QObject):
        def __init__(self, host: FeatureHost) -> None:
            host.events.sig_message_created.connect(...)     # typed events
            host.window.add_menu_action("chat", action)      # window slots
            host.inbox.sig_... / host.chat_tab(cid).add_banner(...)  # chat tab slots
            host.session.spawn(coro); host.session.report(text)

A feature never imports the composition root (`app_controller`) nor another feature;
where two features meet (the statistics window shows reply speed and client ratings)
the host offers the meeting point: `add_statistics_section` and `sig_statistics_shown`.
A feature's desktop notification goes through `notify(notice)` (the alerts feature shows
it); `in_view(cid)` says whether the responder is looking at that chat. The earnings
window takes other features' sections (`add_earnings_section`: payouts' next payout), and
`open_payout_account()` asks for Account ▸ Payouts (payout_accounts listens to
`sig_payout_account_requested`).
Likewise the Preferences dialog (`add_preferences_page`, `open_preferences`), the
shortcuts sheet (`add_shortcut(action, category)`, `open_shortcuts`) and the name a
client likes to be called (`add_name_source`, `preferred_name`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QMetaMethod, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from responder_app.services.notifier import Notice
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.shell.events import EventRouter
from responder_app.shell.inbox import Inbox
from responder_app.shell.session import Session
from responder_app.shell.ticker import Ticker
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.main_window import MainWindow
from responder_app.ui.preferences_dialog import PreferencesDialog
from responder_app.ui.shortcuts_dialog import ShortcutsDialog

__all__ = ["SHORTCUT_CATEGORIES", "FeatureHost", "PageFactory", "SectionFactory"]

SectionFactory = Callable[[QWidget], QWidget]
PageFactory = Callable[[QWidget], QWidget]  # builds a Preferences page (parent given)
NameSource = Callable[[str], str]  # conversation_id -> the name the client likes, or ""

# The shortcuts sheet's sections, in this order (a feature may name another one).
SHORTCUT_CATEGORIES = ("chats", "replies", "client", "app")


@dataclass(frozen=True)
class _Page:
    key: str
    title: str
    factory: PageFactory
    order: int


class FeatureHost(QObject):
    sig_statistics_shown = Signal()  # the statistics window shows fresh figures
    sig_earnings_shown = Signal()  # the earnings window shows fresh figures
    sig_quitting = Signal()  # the app is about to quit: stop timers, close dialogs
    sig_quit_requested = Signal()  # a feature (the tray's Quit) asks the app to quit
    sig_notice_requested = Signal(object)  # Notice: a feature asks for a desktop notification
    sig_payout_account_requested = Signal()  # open Account ▸ Payouts (payout_accounts)

    def __init__(self, *, session: Session, events: EventRouter, inbox: Inbox,
                 ticker: Ticker, window: MainWindow, settings: AppSettings,
                 clock: ServerClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.events = events
        self.inbox = inbox
        self.ticker = ticker
        self.window = window
        self.settings = settings
        self.clock = clock
        self._statistics_sections: list[SectionFactory] = []
        self._earnings_sections: list[SectionFactory] = []
        self._pages: list[_Page] = []
        self.preferences_dialog: PreferencesDialog | None = None
        self._shortcuts: list[tuple[str, QAction]] = []
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._name_sources: list[NameSource] = []

    def chat_tab(self, conversation_id: str) -> ChatTab | None:
        return self.window.chat_tab(conversation_id)

    def in_view(self, conversation_id: str) -> bool:
        """The responder is looking at this chat (the window active, the chat on screen)."""
        tab = self.window.current_tab
        return (self.window.isVisible() and self.window.isActiveWindow() and tab is not None
                and tab.conversation_id == conversation_id)

    def notify(self, notice: Notice) -> None:
        """A desktop notification from a feature, shown the way every alert is (the alerts
        feature's notifier, tray fallback and quiet hours)."""
        self.sig_notice_requested.emit(notice)

    def request_quit(self) -> None:
        """Quit as the window's close does (sign off, stop the session, then quit)."""
        self.sig_quit_requested.emit()

    def open_payout_account(self) -> bool:
        """Ask for Account ▸ Payouts; False when no feature offers it."""
        listened = self.isSignalConnected(QMetaMethod.fromSignal(
            self.sig_payout_account_requested))
        self.sig_payout_account_requested.emit()
        return listened

    # ---- the statistics window's sections -----------------------------------------------

    def add_statistics_section(self, factory: SectionFactory) -> None:
        """A feature's section for the statistics window, built when it first opens."""
        self._statistics_sections.append(factory)

    def build_statistics_sections(self, parent: QWidget) -> list[QWidget]:
        return [factory(parent) for factory in self._statistics_sections]

    def statistics_shown(self) -> None:
        self.sig_statistics_shown.emit()

    # ---- the earnings window's sections -------------------------------------------------

    def add_earnings_section(self, factory: SectionFactory) -> None:
        """A feature's section for the earnings window (statements, the next payout), built
        when the window first opens."""
        self._earnings_sections.append(factory)

    def build_earnings_sections(self, parent: QWidget) -> list[QWidget]:
        return [factory(parent) for factory in self._earnings_sections]

    def earnings_shown(self) -> None:
        self.sig_earnings_shown.emit()

    # ---- the Preferences dialog ----------------------------------------------------------

    def add_preferences_page(self, key: str, title: str, factory: PageFactory,
                             order: int = 100) -> None:
        """A page of the Preferences dialog (built when the dialog first opens; lower
        `order` first). Its controls apply their setting at once: the dialog has no OK."""
        self._pages.append(_Page(key, title, factory, order))
        dialog = self.preferences_dialog
        if dialog is not None:  # a page added after the dialog was built
            dialog.add_page(key, title, factory(dialog))

    def open_preferences(self, key: str = "") -> PreferencesDialog:
        """Show the Preferences dialog (on the page `key`, if given)."""
        dialog = self.preferences_dialog
        if dialog is None:
            dialog = PreferencesDialog(self.window)
            for page in sorted(self._pages, key=lambda p: p.order):
                dialog.add_page(page.key, page.title, page.factory(dialog))
            self.preferences_dialog = dialog
            self.sig_quitting.connect(dialog.reject)
        if key:
            dialog.show_page(key)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # ---- the shortcuts sheet -------------------------------------------------------------

    def add_shortcut(self, action: QAction, category: str) -> None:
        """List `action` in the shortcuts sheet under `category` ("chats", "replies",
        "client", "app" or a name of its own). The action must be added to the window
        (a menu or `window.addAction`) for its keys to work."""
        if all(a is not action for _c, a in self._shortcuts):
            self._shortcuts.append((category, action))

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        titles = {"chats": self.tr("Chats"), "replies": self.tr("Replying"),
                  "client": self.tr("The client"), "app": self.tr("The app")}
        order = list(SHORTCUT_CATEGORIES) + sorted(
            {c for c, _a in self._shortcuts} - set(SHORTCUT_CATEGORIES))
        return [(titles.get(category, category),
                 [a for c, a in self._shortcuts if c == category]) for category in order]

    def open_shortcuts(self) -> ShortcutsDialog:
        dialog = self.shortcuts_dialog
        if dialog is None:
            dialog = ShortcutsDialog(self.window)
            self.shortcuts_dialog = dialog
            self.sig_quitting.connect(dialog.reject)
        dialog.show_actions(self.shortcut_groups())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # ---- how a client likes to be called --------------------------------------------------

    def add_name_source(self, source: NameSource) -> None:
        """A feature that knows what a client likes to be called (the notes' "call me")."""
        self._name_sources.append(source)

    def preferred_name(self, conversation_id: str) -> str:
        """What the client of this chat likes to be called, else their alias."""
        for source in self._name_sources:
            name = source(conversation_id).strip()
            if name:
                return name
        tab = self.chat_tab(conversation_id)
        return tab.alias if tab is not None else ""
