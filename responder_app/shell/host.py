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
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.shell.events import EventRouter
from responder_app.shell.inbox import Inbox
from responder_app.shell.session import Session
from responder_app.shell.ticker import Ticker
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.main_window import MainWindow

__all__ = ["FeatureHost", "SectionFactory"]

SectionFactory = Callable[[QWidget], QWidget]


class FeatureHost(QObject):
    sig_statistics_shown = Signal()  # the statistics window shows fresh figures
    sig_quitting = Signal()  # the app is about to quit: stop timers, close dialogs
    sig_quit_requested = Signal()  # a feature (the tray's Quit) asks the app to quit

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

    def chat_tab(self, conversation_id: str) -> ChatTab | None:
        return self.window.chat_tab(conversation_id)

    def request_quit(self) -> None:
        """Quit as the window's close does (sign off, stop the session, then quit)."""
        self.sig_quit_requested.emit()

    # ---- the statistics window's sections -----------------------------------------------

    def add_statistics_section(self, factory: SectionFactory) -> None:
        """A feature's section for the statistics window, built when it first opens."""
        self._statistics_sections.append(factory)

    def build_statistics_sections(self, parent: QWidget) -> list[QWidget]:
        return [factory(parent) for factory in self._statistics_sections]

    def statistics_shown(self) -> None:
        self.sig_statistics_shown.emit()
