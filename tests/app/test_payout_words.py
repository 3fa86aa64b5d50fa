"""What the app says when a payout line moves: sent, arrived, came back with the reason
(in English and in Chinese)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication

from responder_app.features.payouts.words import notice_text
from responder_app.ui.language import install_language
from responder_wire.payouts import PayoutChannel, PayoutLineOut, PayoutState

NOW = datetime(2026, 12, 7, 4, 0, tzinfo=UTC)


def _line(state: PayoutState, reason: str = "") -> PayoutLineOut:
    return PayoutLineOut(id=7, state=state, channel=PayoutChannel.ALIPAY,
                         account_mask="138****5678", gross_fen=110_00, tax_fen=10_00,
                         amount_fen=100_00, transfer_no="RPabc", reason=reason,
                         created_at=NOW, updated_at=NOW)


def test_what_each_move_says(qapp: QApplication) -> None:
    install_language(qapp, "en")
    assert notice_text(_line(PayoutState.CREATED)) is None
    assert notice_text(_line(PayoutState.PROCESSING)) == (
        "sent", "¥100.00 is on its way to your Alipay 138****5678.")
    assert notice_text(_line(PayoutState.PAID)) == (
        "paid", "¥100.00 arrived in your Alipay 138****5678.")
    assert notice_text(_line(PayoutState.RETURNED, "收款人姓名不符")) == (
        "back", "¥100.00 came back: 收款人姓名不符. It is pending again and goes with the "
        "next payout.")
    install_language(qapp, "zh_CN")
    try:
        assert notice_text(_line(PayoutState.FAILED)) == (
            "back", "¥100.00 被退回：未说明原因。这笔钱已回到待打款，会随下一笔打款发放。")
    finally:
        install_language(qapp, "en")


def test_the_servers_reasons_are_shown_in_the_responders_language(qapp: QApplication
                                                                   ) -> None:
    from responder_app.features.payouts.reasons import SENTENCES
    from responder_server.payouts import sending, transfer_reasons

    server = {*transfer_reasons.ALL, sending.REFUSED, sending.CAME_BACK,
              "the responder unbound their payout account before it was sent",
              "the responder changed their payout account before it was sent"}
    assert set(SENTENCES) == server  # every sentence the server gives is translatable
    install_language(qapp, "zh_CN")
    try:
        assert notice_text(_line(PayoutState.RETURNED, transfer_reasons.NAME_MISMATCH)) == (
            "back",
            "¥100.00 被退回：实名与收款账户不一致。这笔钱已回到待打款，会随下一笔打款发放。")
        assert notice_text(_line(PayoutState.RETURNED, "收款人姓名不符"))[1].startswith(
            "¥100.00 被退回：收款人姓名不符。")  # not one of ours: shown as it came
    finally:
        install_language(qapp, "en")
