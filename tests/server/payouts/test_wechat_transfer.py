"""WeChat Pay 商家转账 driven directly over loopback against a fake gateway that checks our
signatures and signs its answers (tests/support/fake_wechat_transfer.py): a transfer the
responder confirms, one never confirmed, a real-name mismatch, a time-out and the retry with
the same number paying once, 5xx and badly signed answers left unknown, the notice verified
and forged / stale / foreign ones refused; cross-checked with the `wechatpayv3` SDK."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from wechatpayv3 import WeChatPay as SdkWeChatPay
from wechatpayv3 import WeChatPayType
from wechatpayv3 import utils as sdk

from responder_server.core.payment_providers import ProviderError
from responder_server.core.payout_providers import (
    BadWebhook,
    PayoutProviders,
    TransferRequest,
    TransferUnknown,
)
from responder_server.payments import wechat
from responder_server.payouts import provider_setup
from responder_server.payouts import transfer_reasons as reasons
from responder_server.payouts.wechat_transfer import WeChatTransfer
from tests.support.fake_wechat import new_key, pem_private, pem_public
from tests.support.fake_wechat_transfer import FakeWeChatTransfer

NOTIFY = "https://responder.example/api/v1/payouts/notify/wechat"
OPENID = "o-responder-0001"
NAME = "张三"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeWeChatTransfer]:
    gateway = FakeWeChatTransfer()
    gateway.account_names[OPENID] = NAME
    gateway.start()
    yield gateway
    gateway.stop()


def _env(fake: FakeWeChatTransfer, folder: Path) -> dict[str, str]:
    return {**fake.env(folder, "https://responder.example/api/v1/payments/wechat/webhook"),
            "RESPONDER_WECHAT_TRANSFER_NOTIFY_URL": NOTIFY,
            "RESPONDER_WECHAT_TRANSFER_JOB_TYPE": "在线咨询"}


@pytest.fixture
async def provider(fake: FakeWeChatTransfer, tmp_path: Path) -> AsyncIterator[WeChatTransfer]:
    settings = provider_setup.wechat_transfer_settings(_env(fake, tmp_path))
    assert settings is not None
    wechat = WeChatTransfer(settings, lambda: datetime.now(UTC))
    yield wechat
    await wechat.aclose()


@pytest.fixture
async def impatient(provider: WeChatTransfer) -> AsyncIterator[WeChatTransfer]:
    """The same merchant with a 1 s time-out, only for the call the fake never answers
    (every other call keeps the 10 s one, so a busy machine times out nothing else)."""
    wechat = WeChatTransfer(dataclasses.replace(provider.settings, timeout_s=1.0),
                            lambda: datetime.now(UTC))
    yield wechat
    await wechat.aclose()


def _number() -> str:
    return uuid.uuid4().hex[:24]


def _request(number: str, fen: int = 3000, name: str = "") -> TransferRequest:
    return TransferRequest(transfer_no=number, amount_fen=fen, account=OPENID, real_name=name,
                           remark="劳务报酬 2026年11月")


def _headers(fake: FakeWeChatTransfer, body: bytes, **kw: object) -> dict[str, str]:
    return fake.signed_headers(body, **kw)  # type: ignore[arg-type]


async def test_a_transfer_waits_for_the_responder_and_is_paid_when_confirmed(
        fake: FakeWeChatTransfer, provider: WeChatTransfer) -> None:
    number = _number()
    sent = await provider.transfer(_request(number))
    assert sent.state == "waiting_confirm" and sent.confirm_package
    assert sent.reference == fake.bills[number].transfer_bill_no
    asked = fake.bills[number].request
    assert (asked["transfer_scene_id"], asked["user_recv_perception"]) == ("1005", "劳务报酬")
    assert asked["transfer_scene_report_infos"] == [
        {"info_type": "岗位类型", "info_content": "在线咨询"},
        {"info_type": "报酬说明", "info_content": "劳务报酬 2026年11月"}]
    assert (asked["transfer_amount"], asked["notify_url"]) == (3000, NOTIFY)
    assert "user_name" not in asked  # under ¥2,000 and no name given
    assert provider.confirm_params(sent.confirm_package) == {
        "mchId": fake.mchid, "appId": fake.appid, "package": sent.confirm_package}
    assert (await provider.query(number)).state == "waiting_confirm"  # type: ignore[union-attr]

    fake.confirm(number)
    paid = await provider.query(number)
    assert paid is not None and (paid.state, paid.reason) == ("paid", "")
    body = fake.transfer_notice(number)
    notice = provider.verify_notice(body, _headers(fake, body), datetime.now(UTC))
    assert (notice.transfer_no, notice.amount_fen, notice.transfer.state) == (number, 3000,
                                                                              "paid")
    assert provider.answer(True).status_code == 204
    assert provider.answer(False).status_code == 401


async def test_from_2000_yuan_the_real_name_goes_encrypted_and_a_mismatch_comes_back(
        fake: FakeWeChatTransfer, provider: WeChatTransfer) -> None:
    with pytest.raises(ProviderError, match="real name is needed"):
        await provider.transfer(_request(_number(), fen=200_000))
    with pytest.raises(ProviderError, match="smallest transfer"):
        await provider.transfer(_request(_number(), fen=9))
    number = _number()
    await provider.transfer(_request(number, fen=250_000, name="李四"))
    headers, body = fake.requests_seen[-1]
    assert headers["wechatpay-serial"] == fake.platform_id
    assert "李四" not in body.decode()  # only encrypted on the wire
    assert fake.bills[number].request["user_name"] == "李四"  # the fake decrypted it
    fake.confirm(number)  # the account holder is 张三
    back = await provider.query(number)
    assert back is not None
    assert (back.state, back.reason) == ("returned", reasons.NAME_MISMATCH)
    assert fake.paid_for(number) == 0


async def test_unconfirmed_in_24_hours_comes_back_in_plain_words(
        fake: FakeWeChatTransfer, provider: WeChatTransfer) -> None:
    number = _number()
    await provider.transfer(_request(number, name=NAME))
    fake.expire(number)
    body = fake.transfer_notice(number)
    notice = provider.verify_notice(body, _headers(fake, body), datetime.now(UTC))
    assert (notice.transfer.state, notice.transfer.reason) == ("returned",
                                                               reasons.NOT_CONFIRMED)


async def test_a_time_out_is_unknown_and_the_retry_with_the_same_number_pays_once(
        fake: FakeWeChatTransfer, provider: WeChatTransfer, impatient: WeChatTransfer) -> None:
    number = _number()
    fake.hang_next.add("transfer")
    with pytest.raises(TransferUnknown, match="did not answer"):
        await impatient.transfer(_request(number, name=NAME))
    assert fake.bills[number].creates == 1  # WeChat made it; we could not know
    again = await provider.transfer(_request(number, name=NAME))  # the same number
    assert (again.state, again.reference) == ("waiting_confirm",
                                              fake.bills[number].transfer_bill_no)
    assert fake.bills[number].creates == 2
    fake.confirm(number)
    assert (await provider.transfer(_request(number, name=NAME))).state == "paid"  # twice
    assert fake.paid_for(number) == 3000


async def test_5xx_and_answers_we_cannot_trust_are_unknown_never_a_guess(
        fake: FakeWeChatTransfer, provider: WeChatTransfer, impatient: WeChatTransfer) -> None:
    number = _number()
    fake.drop_next.add("transfer")
    with pytest.raises(TransferUnknown, match="502"):
        await provider.transfer(_request(number))
    fake.bad_signature_next.add("query")
    with pytest.raises(TransferUnknown, match="signed"):
        await provider.query(number)
    fake.hang_next.add("query")
    with pytest.raises(TransferUnknown, match="did not answer"):
        await impatient.query(number)
    assert (await provider.query(number)).state == "waiting_confirm"  # type: ignore[union-attr]
    assert await provider.query(_number()) is None  # never heard of


async def test_a_refused_transfer_says_why_and_a_changed_repeat_is_not_a_new_transfer(
        fake: FakeWeChatTransfer, provider: WeChatTransfer) -> None:
    number = _number()
    await provider.transfer(_request(number))
    # The same number with another amount: WeChat refuses it; the bill it has decides.
    changed = await provider.transfer(_request(number, fen=9999))
    assert changed.state == "waiting_confirm"
    assert fake.bills[number].request["transfer_amount"] == 3000
    bad = dataclasses.replace(provider.settings, perception="红包")
    other = WeChatTransfer(bad, lambda: datetime.now(UTC))
    try:
        with pytest.raises(ProviderError) as refused:
            await other.transfer(_request(_number()))
        assert str(refused.value) == reasons.OTHER
    finally:
        await other.aclose()


async def test_forged_stale_foreign_and_other_notices_are_refused(
        fake: FakeWeChatTransfer, provider: WeChatTransfer) -> None:
    number = _number()
    await provider.transfer(_request(number))
    fake.confirm(number)
    now = datetime.now(UTC)
    body = fake.transfer_notice(number, notice_id="EV-1")
    good = _headers(fake, body)
    first = provider.verify_notice(body, good, now)
    # Posted twice (a retry): the same notice id, stored once by the payouts feature.
    assert provider.verify_notice(body, good, now).notice_id == first.notice_id == "EV-1"
    with pytest.raises(BadWebhook, match="does not match"):
        provider.verify_notice(body, _headers(fake, body, key=new_key()), now)
    with pytest.raises(BadWebhook, match="5 minutes"):  # replayed later
        provider.verify_notice(body, good, now + timedelta(minutes=6))
    tampered = body.replace(b'"EV-1"', b'"EV-2"')
    with pytest.raises(BadWebhook):
        provider.verify_notice(tampered, good, now)
    foreign = fake.transfer_notice(number, mchid="1900000999")
    with pytest.raises(BadWebhook, match="another merchant"):
        provider.verify_notice(foreign, _headers(fake, foreign), now)
    payment = fake.transfer_notice(number, event="TRANSACTION.SUCCESS")
    with pytest.raises(BadWebhook, match="not a transfer notice"):
        provider.verify_notice(payment, _headers(fake, payment), now)
    probe = dict(good, **{"Wechatpay-Signature": "WECHATPAY/SIGNTEST/abc"})
    with pytest.raises(BadWebhook, match="probe"):
        provider.verify_notice(body, probe, now)


async def test_a_late_notice_says_what_the_bill_already_said(
        fake: FakeWeChatTransfer, provider: WeChatTransfer) -> None:
    number = _number()
    await provider.transfer(_request(number))
    early = fake.transfer_notice(number, state="PROCESSING")  # sent, then delayed
    fake.confirm(number)
    assert (await provider.query(number)).state == "paid"  # type: ignore[union-attr]
    late = provider.verify_notice(early, _headers(fake, early), datetime.now(UTC))
    # The notice says what was true when sent; the payouts feature only moves forward.
    assert late.transfer.state == "processing"


def test_the_operator_settings_register_wechat_and_never_leak_a_key(
        fake: FakeWeChatTransfer, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    env = _env(fake, tmp_path)
    registry = PayoutProviders()
    added = provider_setup.add_real_providers(registry, lambda: datetime.now(UTC), env)
    assert [p.channel for p in added] == ["wechat"] and registry.get("wechat") is added[0]
    no_switch = {k: v for k, v in env.items() if k != "RESPONDER_WECHAT_TRANSFER_NOTIFY_URL"}
    assert provider_setup.real_providers(lambda: datetime.now(UTC), no_switch) == []
    (tmp_path / "apiclient_key.pem").write_text("not a key")
    with pytest.raises(provider_setup.PayoutSetupError, match=r"apiclient_key\.pem") as bad:
        provider_setup.real_providers(lambda: datetime.now(UTC), env)
    assert fake.api_v3_key not in str(bad.value) + caplog.text
    merchantless = {"RESPONDER_WECHAT_TRANSFER_NOTIFY_URL": NOTIFY}
    with pytest.raises(provider_setup.PayoutSetupError, match="RESPONDER_WECHAT_MCHID"):
        provider_setup.real_providers(lambda: datetime.now(UTC), merchantless)


# ---- cross-checked with the wechatpayv3 SDK --------------------------------------------


async def test_our_transfer_request_is_signed_and_encrypted_as_the_sdk_does(
        fake: FakeWeChatTransfer, provider: WeChatTransfer) -> None:
    number = _number()
    await provider.transfer(_request(number, fen=250_000, name=NAME))
    headers, body = fake.requests_seen[-1]
    auth = headers["authorization"]
    stamp = auth.split('timestamp="')[1].split('"')[0]
    nonce = auth.split('nonce_str="')[1].split('"')[0]
    path = "/v3/fund-app/mch-transfer/transfer-bills"
    signature = auth.split('signature="')[1].split('"')[0]
    # The signature on the wire checks with the SDK's own RSA-SHA256 check over the
    # request's string (METHOD, path, time, nonce, body) ...
    assert sdk.rsa_verify(f"POST\n{path}\n{stamp}", nonce, body.decode(), signature,
                          fake.merchant_key.public_key())
    # ... and for the same time and nonce the SDK writes the header we wrote.
    theirs = sdk.build_authorization(path, "POST", fake.mchid, fake.merchant_serial,
                                     fake.merchant_key, data=body.decode(), nonce_str=nonce)
    their_stamp = theirs.split('timestamp="')[1].split('"')[0]
    ours = wechat.WeChatPay(provider.settings.pay, lambda: datetime.now(UTC))
    assert ours.authorization("POST", path, body.decode(), timestamp=their_stamp,
                              nonce=nonce) == theirs
    sent = json.loads(body)
    assert sdk.rsa_decrypt(sent["user_name"], fake.platform_key) == NAME


def test_the_sdk_pays_through_the_fake_as_through_wechat(fake: FakeWeChatTransfer) -> None:
    """The fake checks the SDK's signature and the SDK checks the fake's: the fake speaks
    WeChat's protocol, not a private one shared with our client."""
    client = SdkWeChatPay(
        wechatpay_type=WeChatPayType.NATIVE, mchid=fake.mchid,
        private_key=pem_private(fake.merchant_key).decode(),
        cert_serial_no=fake.merchant_serial, appid=fake.appid, apiv3_key=fake.api_v3_key,
        notify_url=NOTIFY, public_key=pem_public(fake.platform_key).decode(),
        public_key_id=fake.platform_id)
    client._core._gate_way = fake.url
    number = _number()
    code, text = client.mch_transfer_bills(
        out_bill_no=number, transfer_scene_id="1005", openid=OPENID, transfer_amount=250_000,
        transfer_remark="劳务报酬 2026年11月", user_name=NAME, user_recv_perception="劳务报酬",
        transfer_scene_report_infos=[{"info_type": "岗位类型", "info_content": "在线咨询"},
                                     {"info_type": "报酬说明", "info_content": "11月"}])
    assert code == 200, text
    assert json.loads(text)["state"] == "WAIT_USER_CONFIRM"
    assert fake.bills[number].request["user_name"] == NAME
    fake.confirm(number)
    code, text = client.mch_transfer_bills_query(out_bill_no=number)
    assert (code, json.loads(text)["state"]) == (200, "SUCCESS")


async def test_a_notice_the_sdk_reads_and_signs_is_one_we_accept(
        fake: FakeWeChatTransfer, provider: WeChatTransfer) -> None:
    number = _number()
    await provider.transfer(_request(number))
    fake.confirm(number)
    body = fake.transfer_notice(number)
    resource = json.loads(body)["resource"]
    data = json.loads(sdk.aes_decrypt(resource["nonce"], resource["ciphertext"],
                                      resource["associated_data"], fake.api_v3_key))
    assert (data["out_bill_no"], data["state"]) == (number, "SUCCESS")
    stamp, nonce = str(int(datetime.now(UTC).timestamp())), "n0nce"
    headers = {"Wechatpay-Timestamp": stamp, "Wechatpay-Nonce": nonce,
               "Wechatpay-Serial": fake.platform_id,
               "Wechatpay-Signature": sdk.rsa_sign(fake.platform_key,
                                                   f"{stamp}\n{nonce}\n{body.decode()}\n")}
    notice = provider.verify_notice(body, headers, datetime.now(UTC))
    assert (notice.transfer_no, notice.transfer.state) == (number, "paid")
