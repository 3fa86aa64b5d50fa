"""Payout accounts in the app: the Payouts page of Preferences (Account ▸ Payout account…),
its calls to the server, and the wait for a WeChat QR code to be scanned.

While a QR code is on screen the page asks the server every POLL_MS whether WeChat is
bound yet (`wechat_bind_pending` turns false with the channel WeChat), until the code
expires or the page is closed: no event is needed for a wait of seconds to minutes.

Test-facing hooks:
    feature.open_page()                      PayoutAccountsPage, on screen
    await feature.refresh()                  what the server holds, shown now
    feature.sig_account_shown(PayoutAccountOut)  the page shows the server's answer
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from responder_app.features.payout_accounts.api import PayoutAccountsApi
from responder_app.features.payout_accounts.page import PayoutAccountsPage
from responder_app.services.api_client import ApiError
from responder_app.shell.host import FeatureHost
from responder_wire.payouts import AlipayAccountIn, IdentityIn, PayoutAccountOut

__all__ = ["PayoutAccountsFeature"]

log = logging.getLogger(__name__)

T = TypeVar("T")

PAGE_KEY = "payouts"
POLL_MS = 2000


class PayoutAccountsFeature(QObject):
    sig_account_shown = Signal(object)  # PayoutAccountOut, once the page shows it

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.page: PayoutAccountsPage | None = None
        self.qr_expires_at: datetime | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll)
        host.add_preferences_page(PAGE_KEY, self.tr("Payouts"), self._build_page, order=6)
        self.action = QAction(self.tr("Pa&yout account…"), host.window)
        host.window.add_menu_action("account", self.action)
        self.action.triggered.connect(self.open_page)
        host.sig_payout_account_requested.connect(self.open_page)  # the earnings window's
        host.session.sig_signed_out.connect(self._on_signed_out)

    @property
    def _api(self) -> PayoutAccountsApi | None:
        api = self.host.session.api
        return PayoutAccountsApi(api) if api is not None and api.tokens is not None else None

    def _build_page(self, parent: QWidget) -> QWidget:
        page = PayoutAccountsPage(parent)
        page.sig_shown.connect(self._on_page_shown)
        page.sig_hidden.connect(self._poll.stop)  # the QR stays; asked again when shown
        page.sig_identity_submitted.connect(self._on_identity)
        page.sig_alipay_submitted.connect(self._on_alipay)
        page.sig_wechat_requested.connect(self._on_wechat)
        page.sig_wechat_cancelled.connect(self._stop_waiting)
        page.sig_unbind_confirmed.connect(self._on_unbind)
        page.destroyed.connect(self._on_page_gone)
        self.page = page
        return page

    def _on_page_shown(self) -> None:
        self.host.session.spawn(self.refresh())
        if self.page is not None and self.page.qr_url:
            self._poll.start()

    def open_page(self) -> PayoutAccountsPage:
        self.host.open_preferences(PAGE_KEY)
        assert self.page is not None
        return self.page

    def _show(self, account: PayoutAccountOut) -> None:
        if self.page is None:
            return
        self.page.show_account(account)
        if not self.page.qr_url:
            self._stop_waiting()
        self.sig_account_shown.emit(account)

    async def refresh(self) -> None:
        api = self._api
        if api is None:
            return
        try:
            account = await api.account()
        except ApiError as exc:
            log.info("could not read the payout account: %s", exc.message)
            if self.page is not None and self.page.account is None:
                self.page.account_refused(self._reason(exc))
            return
        self._show(account)

    # ---- the responder's requests -------------------------------------------------------

    @asyncSlot(str, str)
    async def _on_identity(self, real_name: str, id_number: str) -> None:
        api = self._api
        if self.page is None:
            return
        if api is None:
            self.page.identity_refused(self.tr("You're not signed in."))
            return
        try:
            account = await api.set_identity(IdentityIn(real_name=real_name,
                                                        id_number=id_number))
        except ApiError as exc:
            if self.page is not None:
                self.page.identity_refused(self._reason(exc))
            if exc.slug == "identity-on-file":
                await self.refresh()
            return
        if self.page is not None:
            self.page.saved(account)
            self.sig_account_shown.emit(account)

    async def _account_request(self, call: Callable[[PayoutAccountsApi], Awaitable[T]]
                               ) -> T | None:
        """One request about where the responder is paid; a refusal (or no sign-in) is
        said on the page, and gives None."""
        api = self._api
        if self.page is None:
            return None
        if api is None:
            self.page.account_refused(self.tr("You're not signed in."))
            return None
        try:
            return await call(api)
        except ApiError as exc:
            if self.page is not None:
                self.page.account_refused(self._reason(exc))
            return None

    def _bound(self, account: PayoutAccountOut) -> None:
        """What the server now holds, after a bind or an unbind."""
        self._stop_waiting()
        if self.page is not None:
            self.page.hide_qr()
            self.page.saved(account)
            self.sig_account_shown.emit(account)

    @asyncSlot(str)
    async def _on_alipay(self, account_text: str) -> None:
        account = await self._account_request(
            lambda api: api.bind_alipay(AlipayAccountIn(account=account_text)))
        if account is not None:
            self._bound(account)

    @asyncSlot()
    async def _on_wechat(self) -> None:
        started = await self._account_request(lambda api: api.start_wechat())
        if started is None or self.page is None:
            return
        self.qr_expires_at = started.expires_at
        self.page.show_qr(started.bind_url, started.expires_at)
        self._poll.start()

    @asyncSlot()
    async def _on_unbind(self) -> None:
        account = await self._account_request(lambda api: api.unbind())
        if account is not None:
            self._bound(account)

    # ---- waiting for the scan -------------------------------------------------------

    def _on_poll(self) -> None:
        page = self.page
        if page is None or not page.qr_url:
            self._stop_waiting()
            return
        expires = self.qr_expires_at
        if expires is not None and self.host.clock.now() >= expires:
            self._stop_waiting()
            page.qr_expired()
            return
        self.host.session.spawn(self.refresh())

    def _stop_waiting(self) -> None:
        self._poll.stop()
        self.qr_expires_at = None

    def _on_page_gone(self) -> None:
        self.page = None
        self._stop_waiting()

    def _on_signed_out(self) -> None:
        self._stop_waiting()
        if self.page is not None:
            self.page.hide_qr()
            self.page.show_account(None)

    # ---- words ------------------------------------------------------------------------

    def _reason(self, exc: ApiError) -> str:
        """The server's refusal in the responder's language (its slugs: docs/API.md)."""
        reasons = {
            "identity-on-file": self.tr("Your identity is already on file. To correct your "
                                        "real name or ID number, ask the operator."),
            "identity-needed": self.tr("Give your real name and ID number first: payouts go "
                                       "only to an account in your real name."),
            "identity-not-configured": self.tr("This server is not set up to keep identity "
                                               "details yet. Please tell the operator."),
            "wechat-bind-unavailable": self.tr("This server cannot pay to WeChat yet. Bind "
                                               "Alipay instead, or ask the operator."),
            "validation-failed": self.tr("The server did not accept these details. Please "
                                         "check them and try again."),
        }
        return reasons.get(exc.slug or "", exc.message)
