"""The composition root: builds the shell (session, event router, inbox, ticker, host)
and the window, then the features, and wires the few things between them. Nothing
imports this module but `main.py`, benchmarks and tests: features get the host.

Test-facing surface (end-to-end tests drive the real app without dialogs):

    controller = AppController(http=httpx.AsyncClient(), settings=AppSettings.in_file(tmp),
                               credentials=CredentialStore(keyring.backends.fail.Keyring()))
    await controller.sign_in(server_url, email, password, remember=False)  # no dialog
    controller.window / .session / .events / .inbox / .ticker / .host
    controller.api, .stream, .outbox       the session's (None while signed out)
    controller.tabs_by_conversation_id     dict[str, ChatTab]; controller.chat_tab(cid)
    controller.alerts, .reply_speed, .notes, .earnings, .client_feedback, .quick_replies,
    .safety, .session_time, .payouts       the features; controller.keyboard  the keys
    await controller.send(cid, body); await controller.wrap_up(cid)
    await controller.set_availability(Availability.AWAY); await controller.sign_out()
    await controller.shutdown()            stops stream and outbox (does not close `http`)

    Signals: sig_signed_in(), sig_signed_out(), sig_conversation_opened(str),
    sig_conversation_closed(str), sig_message_shown(str, str),
    sig_message_state_changed(str, str, str), sig_connection_changed(str),
    sig_availability_changed(str), sig_error(str), sig_quit_requested(),
    sig_event_received(EventEnvelope)
"""

from __future__ import annotations

import logging

import httpx
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from qasync import asyncSlot

from responder_app.features.alerts.feature import AlertsFeature
from responder_app.features.client_feedback.feature import ClientFeedbackFeature
from responder_app.features.earnings.feature import EarningsFeature
from responder_app.features.notes.feature import NotesFeature
from responder_app.features.payout_accounts.feature import PayoutAccountsFeature
from responder_app.features.payouts.feature import PayoutsFeature
from responder_app.features.quick_replies.feature import QuickRepliesFeature
from responder_app.features.reply_speed.feature import ReplySpeedFeature
from responder_app.features.responder_page.feature import ResponderPageFeature
from responder_app.features.safety.feature import SafetyFeature
from responder_app.features.session_time.feature import SessionTimeFeature
from responder_app.features.statements.feature import StatementsFeature
from responder_app.platform.autostart import autostart
from responder_app.services.api_client import ApiClient, ApiError
from responder_app.services.credentials import CredentialStore
from responder_app.services.event_stream import EventStream, StreamStatus
from responder_app.services.heap import HeapTrimmer
from responder_app.services.outbox import Outbox, OutgoingMessage
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.shell.events import EventRouter
from responder_app.shell.host import FeatureHost
from responder_app.shell.inbox import Inbox
from responder_app.shell.keyboard import Keyboard
from responder_app.shell.session import Session
from responder_app.shell.signals import wait_for_signal
from responder_app.shell.ticker import Ticker
from responder_app.ui.account_page import AccountPage
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.language import install_language, installed_language
from responder_app.ui.language_page import LanguagePage
from responder_app.ui.main_window import MainWindow
from responder_app.ui.sign_in_dialog import SignInDialog
from responder_app.ui.startup_page import StartupPage
from responder_wire.models import Availability, TokenPair

__all__ = ["AppController", "wait_for_signal"]

log = logging.getLogger(__name__)

QUIT_WAIT_S = 20.0  # how long "Wait and quit" waits for unsent replies


class AppController(QObject):
    sig_signed_in = Signal()
    sig_signed_out = Signal()
    sig_conversation_opened = Signal(str)
    sig_conversation_closed = Signal(str)
    sig_message_shown = Signal(str, str)
    sig_message_state_changed = Signal(str, str, str)
    sig_connection_changed = Signal(str)
    sig_availability_changed = Signal(str)
    sig_error = Signal(str)
    sig_quit_requested = Signal()
    sig_event_received = Signal(object)  # EventEnvelope, after every typed handler ran

    def __init__(
        self,
        *,
        http: httpx.AsyncClient,
        settings: AppSettings | None = None,
        credentials: CredentialStore | None = None,
        clock: ServerClock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.http = http
        self.settings = settings or AppSettings()
        self.credentials = credentials or CredentialStore()
        self.clock = clock or ServerClock()
        self.window = MainWindow(self.clock, self.settings)
        self.events = EventRouter(self)
        self.session = Session(http=http, settings=self.settings, credentials=self.credentials,
                               clock=self.clock, events=self.events, parent=self)
        self.ticker = Ticker(self.window, self.clock, self)
        self.inbox = Inbox(self.session, self.events, self.window, self.ticker, self)
        # Signing in and older history pages allocate in bursts; what they free goes back.
        self.heap_trimmer = HeapTrimmer(self)
        self.inbox.sig_older_history_loaded.connect(lambda _cid: self.heap_trimmer.schedule())
        self.host = FeatureHost(session=self.session, events=self.events, inbox=self.inbox,
                                ticker=self.ticker, window=self.window,
                                settings=self.settings, clock=self.clock, parent=self)
        self.dialog: SignInDialog | None = None
        self.language_prompt: QMessageBox | None = None
        self._connect_signals()
        self.keyboard = Keyboard(self.host)  # before the features: its entries lead the menus
        self.language_page: LanguagePage | None = None
        self.account_page: AccountPage | None = None
        self.host.add_preferences_page("account", self.tr("Account"), self._account_page,
                                       order=5)
        self.host.add_preferences_page("language", self.tr("Language"), self._language_page,
                                       order=50)
        self.host.add_preferences_page("startup", self.tr("Start-up"), self._startup_page,
                                       order=55)
        # The features, each given only the host. Their order is their menu order.
        self.reply_speed = ReplySpeedFeature(self.host)
        self.alerts = AlertsFeature(self.host)
        self.earnings = EarningsFeature(self.host)
        self.statements = StatementsFeature(self.host)  # a section of the earnings window
        self.payout_accounts = PayoutAccountsFeature(self.host)
        self.payouts = PayoutsFeature(self.host)  # the next payout, in the earnings window
        self.client_feedback = ClientFeedbackFeature(self.host)
        self.notes = NotesFeature(self.host)
        self.quick_replies = QuickRepliesFeature(self.host)
        self.safety = SafetyFeature(self.host)
        self.session_time = SessionTimeFeature(self.host)
        self.responder_page = ResponderPageFeature(self.host)
        self.keyboard.adopt_feature_keys()  # the features' entries get the shell's keys
        # Last, so it fires after every feature's typed handler (tests and benches).
        self.events.sig_event_delivered.connect(self.sig_event_received)

    def _connect_signals(self) -> None:
        s, w = self.session, self.window
        s.sig_signed_in.connect(self._on_signed_in)
        s.sig_signed_out.connect(self._on_signed_out)
        s.sig_connection_changed.connect(self._on_connection_changed)
        s.sig_availability_changed.connect(self._on_availability_changed)
        s.sig_notice.connect(w.show_notice)
        s.sig_error.connect(self.sig_error)
        s.sig_auth_lost.connect(self._on_auth_lost)
        self.inbox.sig_message_state_changed.connect(self.sig_message_state_changed)
        self.host.sig_quit_requested.connect(self._quit_from_feature)
        w.sig_availability_requested.connect(self._on_availability_requested)
        w.sig_sign_out_requested.connect(self._on_sign_out_requested)
        w.sig_reconnect_requested.connect(self.session.reconnect_now)
        w.sig_language_requested.connect(self.set_language)
        w.sig_conversation_opened.connect(self.sig_conversation_opened)
        w.sig_conversation_closed.connect(self.sig_conversation_closed)
        w.sig_message_shown.connect(self.sig_message_shown)

    # ---- test-facing accessors ----------------------------------------------------------

    @property
    def api(self) -> ApiClient | None:
        return self.session.api

    @property
    def stream(self) -> EventStream | None:
        return self.session.stream

    @property
    def outbox(self) -> Outbox | None:
        return self.session.outbox

    @property
    def tabs_by_conversation_id(self) -> dict[str, ChatTab]:
        return self.window.tabs_by_conversation_id

    def chat_tab(self, conversation_id: str) -> ChatTab | None:
        return self.window.chat_tab(conversation_id)

    @property
    def signed_in(self) -> bool:
        return self.session.signed_in

    # ---- start-up and sign-in -----------------------------------------------------------

    async def start(self) -> bool:
        """Sign in silently with a remembered token, else show the sign-in dialog.
        Returns False if the user cancelled the dialog."""
        if await self.session.try_silent_sign_in():
            return True
        return await self.sign_in_interactively()

    async def try_silent_sign_in(self) -> bool:
        return await self.session.try_silent_sign_in()

    async def sign_in(self, server_url: str, email: str, password: str, *,
                      remember: bool = False) -> TokenPair:
        return await self.session.sign_in(server_url, email, password, remember=remember)

    async def sign_in_interactively(self, error: str = "", *,
                                    dialog: SignInDialog | None = None) -> bool:
        """Show the sign-in dialog (`open()`, not `exec()`) and wait until it closes
        (`dialog`: one `main.py` already showed while the app was loading)."""
        s = self.settings
        shown_early = dialog is not None
        if dialog is None:
            dialog = SignInDialog(
                server_url=s.server_url, email=s.last_email, remember=s.remember_me,
                keyring_message=self.credentials.unavailable_message,
            )
        else:
            dialog.set_keyring_message(self.credentials.unavailable_message)
        self.dialog = dialog
        dialog.show_error(error)
        dialog.sig_submit.connect(self._on_dialog_submit)
        if shown_early and not dialog.isVisible():  # closed while the app was loading
            result = dialog.result()
        else:
            dialog.open()
            (result,) = await wait_for_signal(dialog.finished)
        self.dialog = None
        dialog.deleteLater()
        return result == QDialog.DialogCode.Accepted and self.signed_in

    @asyncSlot(str, str, str, bool)
    async def _on_dialog_submit(self, server: str, email: str, password: str,
                                remember: bool) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.set_busy(True)
        try:
            await self.sign_in(server, email, password, remember=remember)
        except ApiError as exc:
            dialog.set_busy(False)
            dialog.show_error(exc.message)
            return
        dialog.set_busy(False)
        dialog.set_keyring_message(self.credentials.unavailable_message if remember else None)
        dialog.accept()

    def _on_signed_in(self) -> None:
        profile = self.session.profile
        if profile is not None:
            self.window.set_account(profile.display_name, profile.email)
        self.window.close_handler = self._close_from_window
        self.window.show()
        self.ticker.start()
        self.heap_trimmer.schedule()
        self.sig_signed_in.emit()

    def _on_signed_out(self) -> None:
        self.ticker.stop()
        self.window.close_all_conversations()
        self.window.set_availability(None)
        self.sig_signed_out.emit()

    def _on_connection_changed(self, status: StreamStatus) -> None:
        self.window.set_connection_status(status)
        self.sig_connection_changed.emit(status.state.value)

    def _on_availability_changed(self, availability: Availability) -> None:
        self.window.set_availability(availability)
        self.sig_availability_changed.emit(availability.value)

    # ---- sign-out, quitting -------------------------------------------------------------

    async def sign_out(self) -> None:
        await self.session.sign_out()

    @asyncSlot()
    async def _on_sign_out_requested(self) -> None:
        await self.sign_out()
        self.window.close_handler = None
        self.window.hide()
        if not await self.sign_in_interactively():
            self.sig_quit_requested.emit()

    def _on_auth_lost(self, message: str) -> None:
        self.session.spawn(self._reauthenticate(message))

    async def _reauthenticate(self, message: str) -> None:
        await self.session.forget()
        self.window.close_handler = None
        self.window.hide()
        if not await self.sign_in_interactively(message):
            self.sig_quit_requested.emit()

    def _quit_from_feature(self) -> None:
        if self.window.close_handler is not None:
            self.window.close()  # signs off and stops the session, then quits
        else:
            self.sig_quit_requested.emit()

    async def _close_from_window(self) -> None:
        await self.confirm_unsent_replies()
        await self.shutdown()
        self.sig_quit_requested.emit()

    async def confirm_unsent_replies(self) -> None:
        """Quitting with replies the server hasn't confirmed: say so, offer to wait. They
        stay on disk either way and go out at the next start."""
        outbox = self.session.outbox
        if outbox is None or outbox.unsent_count == 0:
            return
        count = outbox.unsent_count
        # English plurals come from resources/translations/responder_en.ts.
        text = self.tr("%n replies haven't reached the server yet.", "", count)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Responder"), text,
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("unsentRepliesBox")
        box.setInformativeText(self.tr(
            "They are kept on this PC and will be sent the next time you start Responder. "
            "Wait a moment for them to go out now?"))
        wait = box.addButton(self.tr("Wait and quit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quit now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(wait)
        box.open()
        await wait_for_signal(box.finished)
        waited = box.clickedButton() is wait
        box.deleteLater()
        if waited:
            self.session.reconnect_now()
            await outbox.wait_idle(QUIT_WAIT_S)

    def _account_page(self, parent: QWidget) -> QWidget:
        """The name clients see: the server's (from the sign-in profile, then `GET /me`),
        saved with `PUT /me/client-name` only when the responder changes it."""
        profile = self.session.profile
        display = profile.display_name.split() if profile is not None else []
        page = AccountPage(profile.client_name if profile is not None else "",
                           display[0] if display else "", parent)
        page.sig_client_name_submitted.connect(self._on_client_name_submitted)
        page.sig_shown.connect(lambda: self.session.spawn(self.refresh_client_name()))
        self.account_page = page
        return page

    async def refresh_client_name(self) -> None:
        """Show the name the server has now (another PC may have changed it)."""
        api = self.session.api
        if api is None or api.tokens is None:
            return
        try:
            profile = await api.me()
        except ApiError as exc:
            log.info("could not read the profile: %s", exc.message)
            return
        if self.account_page is not None and not self.account_page.busy:
            self.account_page.set_client_name(profile.client_name)

    @asyncSlot(str)
    async def _on_client_name_submitted(self, name: str) -> None:
        await self.set_client_name(name)

    async def set_client_name(self, name: str) -> bool:
        page, api = self.account_page, self.session.api
        if api is None:
            if page is not None:
                page.refused(self.tr("You're not signed in."))
            return False
        try:
            profile = await api.set_client_name(name)
        except ApiError as exc:
            reason = exc.message
            if exc.status == 422:  # the server's own check of the name
                reason = self.tr("The server did not accept that name. Use 1 to 20 "
                                 "characters.")
            if page is not None:
                page.refused(reason)
            return False
        if page is not None:
            page.saved(profile.client_name)
        return True

    def _startup_page(self, parent: QWidget) -> QWidget:
        return StartupPage(autostart(), parent)

    def _language_page(self, parent: QWidget) -> QWidget:
        page = LanguagePage(self.settings.language, parent)
        page.sig_language_requested.connect(self.set_language)
        self.language_page = page
        return page

    def set_language(self, choice: str) -> None:
        """The responder picked a language ("" follows the system): keep it and speak it at
        once. The main window, its chats and the status bar switch now; what features built
        in code (their menu entries, the tray menu, an open panel) switches at the next
        start, and the prompt says so."""
        self.window.set_language_choice(choice)
        if self.language_page is not None:
            self.language_page.set_choice(choice)
        if choice == self.settings.language:
            return
        before = installed_language()
        self.settings.language = choice
        self.settings.sync()
        app = QApplication.instance()
        if app is None or install_language(app, choice) == before:
            return
        self.quick_replies.language_changed()
        self.language_prompt = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Responder"),
            self.tr("Restart Responder to finish switching the language."),
            QMessageBox.StandardButton.Ok, self.window)
        self.language_prompt.setInformativeText(self.tr(
            "The inbox and your chats have switched already. A few menus and open windows "
            "switch the next time you start Responder."))
        self.language_prompt.open()

    async def shutdown(self) -> None:
        """Stop the session when the app closes (tokens stay valid for a silent restart)."""
        self.host.sig_quitting.emit()
        # No feature's timer fires after this (a debounced refresh once ran its slot after
        # the event loop had closed, and failed there).
        for timer in self.host.findChildren(QTimer):
            timer.stop()
        self.ticker.stop()
        await self.session.shutdown()

    # ---- the responder's actions (tests call these directly) ----------------------------

    async def send(self, conversation_id: str, body: str) -> OutgoingMessage:
        return await self.inbox.send(conversation_id, body)

    async def wrap_up(self, conversation_id: str, note: str = "") -> None:
        await self.inbox.wrap_up(conversation_id, note)

    async def set_availability(self, availability: Availability) -> None:
        await self.session.set_availability(availability)

    @asyncSlot(str)
    async def _on_availability_requested(self, value: str) -> None:
        await self.session.set_availability(Availability(value))

