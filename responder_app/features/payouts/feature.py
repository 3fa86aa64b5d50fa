"""Payouts in the app: the next payout in the earnings window (a section the earnings
panel takes through the host), kept fresh by `payout.changed` and `earnings.changed`, and
a desktop notification when money is sent, arrives or comes back (with the reason). A
WeChat payout waiting for the responder (`waiting_confirm`) shows the confirm link as a QR
code, renewed before it expires, until the line moves on.

Test-facing hooks:
    feature.section                      NextPayoutSection once the earnings window opened
    await feature.refresh()              fetch the next payout now
    feature.sig_shown                    the section shows fresh figures
    feature.sig_notified(str, str)       kind ("sent" | "paid" | "back"), the text
    feature.section.confirm_url          the confirm link the QR code shows ("" when none)
    feature.renew_confirm_link()         what the timer does before the link expires
"""

from __future__ import annotations

import asyncio
import logging

from pydantic import ValidationError
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from qasync import asyncSlot

from responder_app.features.payouts.api import PayoutsApi
from responder_app.features.payouts.section import NextPayoutSection
from responder_app.features.payouts.words import notice_text
from responder_app.services.api_client import ApiError
from responder_app.services.notifier import Notice, NoticeKind
from responder_app.shell.host import FeatureHost
from responder_wire import EventEnvelope, EventType
from responder_wire.payouts import PayoutChannel, PayoutLineOut, PayoutState

__all__ = ["PayoutsFeature"]

log = logging.getLogger(__name__)

REFRESH_DEBOUNCE_MS = 300
RENEW_BEFORE_S = 60  # a new confirm link this long before the shown one expires


class PayoutsFeature(QObject):
    sig_shown = Signal()
    sig_notified = Signal(str, str)  # kind, text

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.section: NextPayoutSection | None = None
        self._told: set[tuple[int, str]] = set()  # (line, kind): each news once
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_due)
        host.add_earnings_section(self._build_section)
        host.events.sig_event_delivered.connect(self._on_event)
        host.events.sig_earnings_changed.connect(self._refresh_soon)
        self._confirm_for: int | None = None  # the line whose confirm link is on screen
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.timeout.connect(self.renew_confirm_link)
        host.session.sig_signed_out.connect(self._told.clear)
        host.session.sig_signed_out.connect(self._forget_confirm)

    @property
    def _api(self) -> PayoutsApi | None:
        api = self.host.session.api
        return PayoutsApi(api) if api is not None and api.tokens is not None else None

    def _build_section(self, parent: QWidget) -> QWidget:
        section = NextPayoutSection(parent)
        section.sig_refresh_requested.connect(self._refresh_timer.start)
        section.sig_account_requested.connect(self._open_account)
        self.section = section
        return section

    def _open_account(self) -> None:
        if not self.host.open_payout_account() and self.section is not None:
            self.section.show_message(self.tr(
                "Add your payout account in Account ▸ Payouts."))

    def _refresh_soon(self) -> None:
        if self.section is not None and self.section.isVisible():
            self._refresh_timer.start()

    @asyncSlot()
    async def _on_refresh_due(self) -> None:
        await self.refresh()

    async def refresh(self) -> None:
        api, section = self._api, self.section
        if api is None or section is None:
            return
        try:
            next_payout = await api.next_payout()
        except ApiError as exc:
            section.show_message(exc.message)
            return
        except asyncio.CancelledError:
            raise
        section.show_next(next_payout)
        await self._show_confirm(api, section, next_payout.in_flight)
        self.sig_shown.emit()

    async def _show_confirm(self, api: PayoutsApi, section: NextPayoutSection,
                            line: PayoutLineOut | None) -> None:
        """The QR code to confirm a WeChat payout in WeChat, while one waits for it."""
        if line is None or line.state != PayoutState.WAITING_CONFIRM \
                or line.channel != PayoutChannel.WECHAT:
            self._forget_confirm()
            section.hide_confirm()
            return
        if self._confirm_for == line.id and section.confirm_url:
            return  # still good: the timer renews it before it expires
        try:
            link = await api.confirm_link(line.id)
        except ApiError as exc:
            self._forget_confirm()
            section.hide_confirm()
            section.show_message(exc.message)
            return
        section.show_confirm(link.confirm_url, line.amount_fen)
        self._confirm_for = line.id
        left_s = (link.expires_at - self.host.clock.now()).total_seconds() - RENEW_BEFORE_S
        self._confirm_timer.start(int(max(5.0, left_s) * 1000))

    def _forget_confirm(self) -> None:
        self._confirm_for = None
        self._confirm_timer.stop()

    def renew_confirm_link(self) -> None:
        self._confirm_for = None  # the next refresh asks for a new link
        self._refresh_soon()

    def _on_event(self, envelope: EventEnvelope) -> None:
        if envelope.type != EventType.PAYOUT_CHANGED:
            return
        try:
            line = PayoutLineOut.model_validate(envelope.data)
        except ValidationError:
            log.warning("ignored a malformed payout.changed event (seq %s)", envelope.seq)
            return
        self._refresh_soon()
        news = notice_text(line)
        if news is None or (line.id, news[0]) in self._told:
            return
        kind, text = news
        self._told.add((line.id, kind))
        self.host.notify(Notice(NoticeKind.PAYOUT, "", self.tr("Payout"), text))
        self.sig_notified.emit(kind, text)
