"""Contact details as people type them in mainland China are found (phone numbers, WeChat
ids, QQ numbers, full-width digits too); ordinary text, amounts and order numbers are not."""

from __future__ import annotations

import pytest

from responder_wire.contact_match import find_contact


@pytest.mark.parametrize(("text", "found"), [
    ("我的电话 138 0013 8000", "138 0013 8000"),
    ("+86 13800138000 随时打", "+86 13800138000"),
    ("１３８００１３８０００", "13800138000"),
    ("加我vx: abc_123x", "vx: abc_123x"),
    ("微信 zhang_san88", "微信 zhang_san88"),
    ("wx号:lin2024ok", "wx号:lin2024ok"),
    ("QQ 12345678", "QQ 12345678"),
    ("扣扣：987654321", "扣扣:987654321"),  # read through NFKC
])
def test_contact_details_are_found(text: str, found: str) -> None:
    assert find_contact(text) == found


@pytest.mark.parametrize("text", [
    "今天好累，想找人说说话", "I paid 15 yuan for 30 minutes", "订单 20261207138001380001",
    "我用微信支付的", "my wechat is slow today", "在 QQ 音乐听歌",
])
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert find_contact(text) is None


def test_the_operators_patterns_replace_the_defaults() -> None:
    assert find_contact("telegram @mei", [r"telegram\s*@\w+"]) == "telegram @mei"
    assert find_contact("QQ 12345678", [r"telegram\s*@\w+"]) is None
    assert find_contact("QQ 12345678", []) is None
