"""Alipay 单笔转账 driven directly over loopback against a fake gateway in certificate mode
that checks our signatures and signs its answers (tests/support/fake_alipay_transfer.py):
paid at once, a transfer still dealing then settled, a real-name mismatch and an unknown
login coming back in plain words, time-outs / 504 / SYSTEM_ERROR / badly signed answers left
unknown and the retry with the same number paying once, the message verified and forged /
stale / foreign ones refused; cross-checked with python-alipay-sdk."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
from alipay import AliPay

from responder_server.core.payment_providers import ProviderError
from responder_server.core.payout_providers import (
    BadWebhook,
    PayoutProviders,
    TransferRequest,
    TransferUnknown,
)
from responder_server.payments import alipay as our_alipay
from responder_server.payouts import provider_setup
from responder_server.payouts import transfer_reasons as reasons
from responder_server.payouts.alipay_transfer import AlipayTransfer
from tests.support.fake_alipay import signing_string
from tests.support.fake_alipay_transfer import FakeAlipayTransfer
from tests.support.fake_wechat import new_key, pem_private, pem_public

LOGIN = "13800138000"
NAME = "王五"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeAlipayTransfer]:
    gateway = FakeAlipayTransfer()
    gateway.accounts[LOGIN] = NAME
    gateway.start()
    yield gateway
    gateway.stop()


@pytest.fixture
async def provider(fake: FakeAlipayTransfer, tmp_path: Path) -> AsyncIterator[AlipayTransfer]:
    settings = provider_setup.alipay_transfer_settings(fake.transfer_env(tmp_path))
    assert settings is not None
    ali = AlipayTransfer(settings, lambda: datetime.now(UTC))
    yield ali
    await ali.aclose()


@pytest.fixture
async def impatient(provider: AlipayTransfer) -> AsyncIterator[AlipayTransfer]:
    """The same app with a 1 s time-out, only for the call the fake never answers (every
    other call keeps the 10 s one, so a busy machine times out nothing else)."""
    ali = AlipayTransfer(dataclasses.replace(provider.settings, timeout_s=1.0),
                         lambda: datetime.now(UTC))
    yield ali
    await ali.aclose()


def _number() -> str:
    return uuid.uuid4().hex[:24]


def _request(number: str, fen: int = 1290, login: str = LOGIN, name: str = NAME
             ) -> TransferRequest:
    return TransferRequest(transfer_no=number, amount_fen=fen, account=login, real_name=name,
                           remark="劳务报酬 2026年11月")


async def test_a_transfer_is_paid_with_the_amount_in_yuan_to_the_login_and_name(
        fake: FakeAlipayTransfer, provider: AlipayTransfer) -> None:
    number = _number()
    paid = await provider.transfer(_request(number, fen=2_000_050))  # over ¥10,000: a month
    assert (paid.state, paid.reference) == ("paid", fake.transfers[number].order_id)
    biz = fake.transfers[number].biz
    assert (biz["trans_amount"], biz["product_code"], biz["biz_scene"]) == (
        "20000.50", "TRANS_ACCOUNT_NO_PWD", "DIRECT_TRANSFER")
    assert biz["payee_info"] == {"identity": LOGIN, "identity_type": "ALIPAY_LOGON_ID",
                                 "name": NAME}
    assert biz["order_title"] == "劳务报酬 2026年11月"
    assert fake.paid_for(number) == 2_000_050
    again = await provider.query(number)
    assert again is not None and again.state == "paid"
    assert await provider.query(_number()) is None  # never heard of
    with pytest.raises(ProviderError, match="real name is needed"):
        await provider.transfer(_request(_number(), name=""))
    with pytest.raises(ProviderError, match="smallest transfer"):
        await provider.transfer(_request(_number(), fen=9))
    with pytest.raises(ProviderError, match="largest single payout"):  # surely a mistake
        await provider.transfer(_request(_number(), fen=10_000_001))
    assert fake.refused == []  # nothing we sent was refused for its form or signature
    assert provider.answer(True).body == b"success" and provider.answer(False).body == b"fail"


async def test_a_real_name_mismatch_and_an_unknown_login_come_back_with_the_reason(
        fake: FakeAlipayTransfer, provider: AlipayTransfer) -> None:
    mismatch = await provider.transfer(_request(_number(), name="王六"))
    assert (mismatch.state, mismatch.reason) == ("returned", reasons.NAME_MISMATCH)
    nobody = await provider.transfer(_request(_number(), login="nobody@example.com"))
    assert (nobody.state, nobody.reason) == ("returned", reasons.NO_ACCOUNT)
    assert "王六" not in mismatch.reason + nobody.reason


async def test_a_transfer_still_dealing_is_processing_until_alipay_settles_it(
        fake: FakeAlipayTransfer, provider: AlipayTransfer) -> None:
    number = _number()
    fake.deal_next = True
    assert (await provider.transfer(_request(number))).state == "processing"
    fake.settle(number, "FAIL", "PAYEE_ACCOUNT_STATUS_ERROR")
    back = await provider.query(number)
    assert back is not None and (back.state, back.reason) == ("returned",
                                                              reasons.ACCOUNT_BLOCKED)


@pytest.mark.parametrize("trouble", ["hang_next", "drop_next", "system_error_next",
                                     "bad_signature_next"])
async def test_an_answer_we_cannot_trust_is_unknown_and_the_retry_pays_once(
        fake: FakeAlipayTransfer, provider: AlipayTransfer, impatient: AlipayTransfer,
        trouble: str) -> None:
    number = _number()
    getattr(fake, trouble).add("transfer")
    with pytest.raises(TransferUnknown):
        await (impatient if trouble == "hang_next" else provider).transfer(_request(number))
    assert fake.transfers[number].creates == 1  # Alipay made it; we could not know
    again = await provider.transfer(_request(number))  # the same number
    assert again.state == "paid" and fake.transfers[number].creates == 2
    assert fake.paid_for(number) == 1290


async def test_a_query_we_cannot_trust_is_unknown(
        fake: FakeAlipayTransfer, provider: AlipayTransfer, impatient: AlipayTransfer) -> None:
    number = _number()
    await provider.transfer(_request(number))
    for trouble, why in (("hang_next", "did not answer"), ("drop_next", "504"),
                         ("system_error_next", "SYSTEM_ERROR"),
                         ("bad_signature_next", "not signed right")):
        getattr(fake, trouble).add("query")
        with pytest.raises(TransferUnknown, match=why):
            await (impatient if trouble == "hang_next" else provider).query(number)
    assert (await provider.query(number)).state == "paid"  # type: ignore[union-attr]


async def test_the_same_number_with_other_content_is_the_transfer_alipay_has(
        fake: FakeAlipayTransfer, provider: AlipayTransfer) -> None:
    number = _number()
    await provider.transfer(_request(number))
    changed = await provider.transfer(_request(number, fen=9999))
    assert changed.state == "paid" and fake.paid_for(number) == 1290


async def test_the_message_is_verified_and_forged_stale_foreign_ones_refused(
        fake: FakeAlipayTransfer, provider: AlipayTransfer) -> None:
    number = _number()
    fake.deal_next = True
    await provider.transfer(_request(number))
    fake.settle(number, "SUCCESS")
    now = datetime.now(UTC)
    body = fake.transfer_notice(number, notify_id="n-1")
    notice = provider.verify_notice(body, {}, now)
    assert (notice.notice_id, notice.transfer_no, notice.transfer.state, notice.amount_fen) \
        == ("n-1", number, "paid", 1290)
    # Sent again by Alipay (a retry): the same id, stored once by the payouts feature.
    assert provider.verify_notice(body, {}, now).notice_id == "n-1"
    with pytest.raises(BadWebhook, match="does not match"):
        provider.verify_notice(fake.transfer_notice(number, key=new_key()), {}, now)
    with pytest.raises(BadWebhook, match="does not match"):  # the amount changed on the way
        provider.verify_notice(body.replace(b"12.90", b"99.90"), {}, now)
    with pytest.raises(BadWebhook, match="older"):  # replayed two days later
        provider.verify_notice(body, {}, now + timedelta(days=2))
    stale = fake.transfer_notice(number, sent=now - timedelta(days=3))
    with pytest.raises(BadWebhook, match="older"):
        provider.verify_notice(stale, {}, now)
    with pytest.raises(BadWebhook, match="another app"):
        provider.verify_notice(fake.transfer_notice(number, app_id="2021000000000999"), {},
                               now)
    with pytest.raises(BadWebhook, match="not a transfer message"):
        provider.verify_notice(fake.transfer_notice(
            number, msg_method="alipay.trade.refund.depositback.completed"), {}, now)
    with pytest.raises(BadWebhook):
        provider.verify_notice(b"not=a&form", {}, now)


async def test_a_late_message_says_what_was_true_when_it_was_sent(
        fake: FakeAlipayTransfer, provider: AlipayTransfer) -> None:
    number = _number()
    fake.deal_next = True
    await provider.transfer(_request(number))
    early = fake.transfer_notice(number, sent=datetime.now(UTC) - timedelta(hours=3))
    fake.settle(number, "REFUND", "PAYEE_ACCOUNT_STATUS_ERROR")  # paid, then sent back
    assert (await provider.query(number)).state == "returned"  # type: ignore[union-attr]
    late = provider.verify_notice(early, {}, datetime.now(UTC))
    assert late.transfer.state == "processing"  # the payouts feature only moves forward


def test_the_operator_settings_register_alipay_and_name_what_is_missing(
        fake: FakeAlipayTransfer, tmp_path: Path) -> None:
    env = fake.transfer_env(tmp_path)
    registry = PayoutProviders()
    added = provider_setup.add_real_providers(registry, lambda: datetime.now(UTC), env)
    assert [p.channel for p in added] == ["alipay"] and registry.get("alipay") is added[0]
    no_root = {k: v for k, v in env.items() if k != "RESPONDER_ALIPAY_TRANSFER_ROOT_CERT_FILE"}
    with pytest.raises(provider_setup.PayoutSetupError,
                       match="RESPONDER_ALIPAY_TRANSFER_ROOT_CERT_FILE"):
        provider_setup.real_providers(lambda: datetime.now(UTC), no_root)
    (tmp_path / "appCertPublicKey.crt").write_text("not a certificate")
    with pytest.raises(provider_setup.PayoutSetupError, match="certificate"):
        provider_setup.real_providers(lambda: datetime.now(UTC), env)


# ---- cross-checked with python-alipay-sdk ----------------------------------------------


async def test_our_transfer_is_signed_as_the_sdk_signs_and_names_the_certificates(
        fake: FakeAlipayTransfer, provider: AlipayTransfer) -> None:
    await provider.transfer(_request(_number()))
    params = dict(fake.requests_seen[-1])
    # The certificates' names as the SDK computes them (the fake expected these too).
    assert (params["app_cert_sn"], params["alipay_root_cert_sn"]) == (
        fake.app_cert_sn, fake.alipay_root_cert_sn)
    assert params["alipay_root_cert_sn"].count("_") == 1  # the EC root is left out
    sdk = AliPay(appid=fake.app_id, app_private_key_string=pem_private(fake.app_key).decode(),
                 alipay_public_key_string=pem_public(fake.alipay_key).decode())
    sign = params.pop("sign")
    assert dict(parse_qsl(sdk.sign_data(dict(params))))["sign"] == sign


async def test_an_answer_and_a_message_the_sdk_signs_are_ones_we_accept(
        fake: FakeAlipayTransfer, provider: AlipayTransfer) -> None:
    number = _number()
    await provider.transfer(_request(number))
    alipay_side = AliPay(appid=fake.app_id,
                         app_private_key_string=pem_private(fake.alipay_key).decode(),
                         alipay_public_key_string=pem_public(fake.alipay_key).decode())
    biz = json.dumps({"out_biz_no": number, "order_id": "20261207x", "status": "SUCCESS",
                      "trans_amount": "12.90"}, ensure_ascii=False)
    form = {"charset": "utf-8", "biz_content": biz, "msg_method":
            "alipay.fund.trans.order.changed", "notify_id": "sdk-1", "app_id": fake.app_id,
            "version": "1.1", "utc_timestamp": str(int(datetime.now(UTC).timestamp() * 1000))}
    signed = dict(parse_qsl(alipay_side.sign_data(dict(form))))
    notice = provider.verify_notice(urlencode({**signed, "sign_type": "RSA2"}).encode(), {},
                                    datetime.now(UTC))
    assert (notice.notice_id, notice.transfer.state, notice.amount_fen) == ("sdk-1", "paid",
                                                                            1290)
    # The fake's answers verify with the SDK's own check of a synchronous answer.
    raw = await _raw_query(fake, provider, number)
    assert alipay_side._verify_and_return_sync_response(
        raw, "alipay_fund_trans_common_query_response")["status"] == "SUCCESS"
    faked = dict(parse_qsl(fake.transfer_notice(number).decode()))
    sign = faked.pop("sign")
    faked.pop("sign_type")
    assert signing_string(faked) and alipay_side.verify(faked, sign)


async def _raw_query(fake: FakeAlipayTransfer, provider: AlipayTransfer, number: str) -> str:
    """The text the fake answers to our signed query (what Alipay would send)."""
    ours = our_alipay.Alipay(provider.settings.pay, lambda: datetime.now(UTC))
    params = ours.signed_params(  # the request exactly as ours is signed
        "alipay.fund.trans.common.query", {"out_biz_no": number,
                                           "product_code": "TRANS_ACCOUNT_NO_PWD",
                                           "biz_scene": "DIRECT_TRANSFER"},
        {"app_cert_sn": fake.app_cert_sn, "alipay_root_cert_sn": fake.alipay_root_cert_sn})
    async with httpx.AsyncClient() as client:
        return (await client.post(f"{fake.url}/gateway.do", data=params)).text
