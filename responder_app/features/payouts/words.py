"""The words for a payout line's channel and state, and what a notification says when a
line moves (sent, arrived, came back). Translatable (context "Payouts"); no widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from responder_app.features.payouts import reasons
from responder_app.ui import locale_format
from responder_wire.payouts import PayoutChannel, PayoutLineOut, PayoutState

__all__ = ["channel_name", "notice_text", "state_name"]


def channel_name(channel: PayoutChannel | None) -> str:
    if channel == PayoutChannel.WECHAT:
        return QCoreApplication.translate("Payouts", "WeChat")
    if channel == PayoutChannel.ALIPAY:
        return QCoreApplication.translate("Payouts", "Alipay")
    if channel == PayoutChannel.SANDBOX:
        return QCoreApplication.translate("Payouts", "Sandbox")
    return ""


def state_name(state: PayoutState) -> str:
    names = {
        PayoutState.CREATED: QCoreApplication.translate("Payouts", "being prepared"),
        PayoutState.SENT: QCoreApplication.translate("Payouts", "sent"),
        PayoutState.WAITING_CONFIRM: QCoreApplication.translate(
            "Payouts", "waiting for you to confirm it in WeChat"),
        PayoutState.PROCESSING: QCoreApplication.translate("Payouts", "on its way"),
        PayoutState.PAID: QCoreApplication.translate("Payouts", "arrived"),
        PayoutState.FAILED: QCoreApplication.translate("Payouts", "failed"),
        PayoutState.RETURNED: QCoreApplication.translate("Payouts", "came back"),
    }
    return names[state]


def notice_text(line: PayoutLineOut) -> tuple[str, str] | None:
    """(the kind of news, the notification's text) for a line that moved, or None when the
    move is not news (a line being prepared)."""
    amount = locale_format.money(line.amount_fen)
    where = f"{channel_name(line.channel)} {line.account_mask}".strip()
    if line.state in (PayoutState.SENT, PayoutState.PROCESSING):
        text = QCoreApplication.translate("Payouts", "%1 is on its way to your %2.")
        return "sent", text.replace("%1", amount).replace("%2", where)
    if line.state == PayoutState.WAITING_CONFIRM:
        text = QCoreApplication.translate(
            "Payouts", "%1 is waiting for you: scan the QR code in Earnings with WeChat and "
            "confirm it within 24 hours to receive it.")
        return "sent", text.replace("%1", amount)
    if line.state == PayoutState.PAID:
        text = QCoreApplication.translate("Payouts", "%1 arrived in your %2.")
        return "paid", text.replace("%1", amount).replace("%2", where)
    if line.state in (PayoutState.FAILED, PayoutState.RETURNED):
        reason = (reasons.translated(line.reason)
                  or QCoreApplication.translate("Payouts", "no reason was given"))
        text = QCoreApplication.translate(
            "Payouts", "%1 came back: %2. It is pending again and goes with the next payout.")
        return "back", text.replace("%1", amount).replace("%2", reason)
    return None
