"""Why a payout line failed or came back, in the responder's language.

The server gives a line's `reason` as one of a few fixed English sentences
(responder_server/payouts/transfer_reasons.py and payouts/sending.py; a test keeps this list
equal to theirs). They are marked here for translation; any other text (an older server's)
is shown as it came.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PayoutReasons"

SENTENCES = (
    QT_TRANSLATE_NOOP("PayoutReasons", "Not confirmed in WeChat within 24 hours."),
    QT_TRANSLATE_NOOP("PayoutReasons", "The real name does not match the account."),
    QT_TRANSLATE_NOOP("PayoutReasons",
                      "The account has not completed real-name verification."),
    QT_TRANSLATE_NOOP("PayoutReasons", "The account does not exist."),
    QT_TRANSLATE_NOOP("PayoutReasons", "The account cannot receive money at the moment."),
    QT_TRANSLATE_NOOP("PayoutReasons",
                      "The account has reached its limit for receiving money."),
    QT_TRANSLATE_NOOP("PayoutReasons", "The platform cannot make transfers at the moment."),
    QT_TRANSLATE_NOOP("PayoutReasons", "The platform cancelled the transfer."),
    QT_TRANSLATE_NOOP("PayoutReasons", "The provider did not complete the transfer."),
    QT_TRANSLATE_NOOP("PayoutReasons", "Your real name is needed for this payout."),
    QT_TRANSLATE_NOOP("PayoutReasons", "The amount is below the smallest transfer of ¥0.10."),
    QT_TRANSLATE_NOOP("PayoutReasons",
                      "The amount is over the largest single payout of ¥100,000."),
    QT_TRANSLATE_NOOP("PayoutReasons", "the provider refused the transfer"),
    QT_TRANSLATE_NOOP("PayoutReasons", "the money came back"),
    QT_TRANSLATE_NOOP("PayoutReasons",
                      "the responder unbound their payout account before it was sent"),
    QT_TRANSLATE_NOOP("PayoutReasons",
                      "the responder changed their payout account before it was sent"),
)


def translated(reason: str) -> str:
    """The reason in the app's language, without its closing full stop (it goes inside a
    sentence)."""
    shown = QCoreApplication.translate(CONTEXT, reason) if reason else reason
    return shown.rstrip("。.")
