"""Our WeChat Pay and Alipay signing and checking against independent implementations (the
community SDKs `wechatpayv3` and `python-alipay-sdk`), so our client and our fake gateways
cannot share one misreading of the rules; and fen <-> yuan exact."""

from __future__ import annotations

import asyncio
import base64
import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from alipay import AliPay
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from wechatpayv3 import utils as wechatpayv3

from responder_server.core.payment_providers import BadWebhook, ChargeRequest
from responder_server.earnings import money
from responder_server.earnings.rate_card import MAX_PRICE_FEN
from responder_server.payments import alipay, setup, wechat
from tests.support.fake_alipay import FakeAlipay
from tests.support.fake_wechat import FakeWeChat, pem_private, pem_public

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def _wechat(tmp_path: Path, fake: FakeWeChat) -> wechat.WeChatPay:
    fake.port = 1  # never called
    settings = setup.wechat_settings(fake.env(tmp_path, "https://x.example/n"))
    assert settings is not None
    return wechat.WeChatPay(settings, lambda: NOW)


def test_our_wechat_request_signature_is_the_sdks(tmp_path: Path) -> None:
    fake = FakeWeChat()
    ours = _wechat(tmp_path, fake)
    body = json.dumps({"mchid": fake.mchid, "out_trade_no": "a" * 32})
    path = "/v3/pay/transactions/native"
    theirs = wechatpayv3.build_authorization(path, "POST", fake.mchid, fake.merchant_serial,
                                             fake.merchant_key, data=body, nonce_str="N0NCE")
    stamp = theirs.split('timestamp="')[1].split('"')[0]
    assert ours.authorization("POST", path, body, timestamp=stamp, nonce="N0NCE") == theirs


def test_a_notice_the_sdk_signs_and_reads_is_one_we_accept(tmp_path: Path) -> None:
    fake = FakeWeChat()
    ours = _wechat(tmp_path, fake)
    body, data = fake.notice("TRANSACTION.SUCCESS", {
        "mchid": fake.mchid, "appid": fake.appid, "out_trade_no": "b" * 32,
        "transaction_id": "4200001", "trade_state": "SUCCESS", "amount": {"total": 1290}})
    resource = json.loads(body)["resource"]
    assert json.loads(wechatpayv3.aes_decrypt(resource["nonce"], resource["ciphertext"],
                                              resource["associated_data"],
                                              fake.api_v3_key)) == data
    stamp, nonce = str(int(NOW.timestamp())), "abc"
    signature = wechatpayv3.rsa_sign(fake.platform_key, f"{stamp}\n{nonce}\n{body.decode()}\n")
    headers = {"Wechatpay-Timestamp": stamp, "Wechatpay-Nonce": nonce,
               "Wechatpay-Signature": signature, "Wechatpay-Serial": fake.platform_id}
    assert wechatpayv3.rsa_verify(stamp, nonce, body.decode(), signature,
                                  fake.platform_key.public_key())
    notice = ours.verify_webhook(body, headers, NOW)
    assert (notice.out_trade_no, notice.amount_fen, notice.state) == ("b" * 32, 1290, "paid")
    with pytest.raises(BadWebhook):  # the same, 6 minutes later: a replay
        ours.verify_webhook(body, headers, datetime.fromtimestamp(NOW.timestamp() + 360, UTC))
    # Encrypted with another key: refused even with a good signature.
    other = AESGCM(b"0" * 32).encrypt(b"nonce1234567", json.dumps(data).encode(), b"")
    forged = json.dumps({**json.loads(body), "resource": {
        **resource, "nonce": "nonce1234567", "associated_data": "",
        "ciphertext": base64.b64encode(other).decode()}})
    headers["Wechatpay-Signature"] = wechatpayv3.rsa_sign(fake.platform_key,
                                                          f"{stamp}\n{nonce}\n{forged}\n")
    with pytest.raises(BadWebhook, match="API v3 key"):
        ours.verify_webhook(forged.encode(), headers, NOW)


def test_the_jsapi_pay_sign_is_the_sdks(tmp_path: Path) -> None:
    fake = FakeWeChat()
    params = _wechat(tmp_path, fake)._jsapi("wx201410272009395522657a690389285100")
    message = (f"{params['appId']}\n{params['timeStamp']}\n{params['nonceStr']}\n"
               f"{params['package']}\n")
    assert params["paySign"] == wechatpayv3.rsa_sign(fake.merchant_key, message)


def _alipay(tmp_path: Path, fake: FakeAlipay) -> tuple[alipay.Alipay, AliPay]:
    fake.port = 1
    settings = setup.alipay_settings(fake.env(tmp_path, "https://x.example/n"))
    assert settings is not None
    sdk = AliPay(appid=fake.app_id, app_private_key_string=pem_private(fake.app_key).decode(),
                 alipay_public_key_string=pem_public(fake.alipay_key).decode())
    return alipay.Alipay(settings, lambda: NOW), sdk


def test_our_alipay_pay_url_is_signed_as_the_sdk_signs(tmp_path: Path) -> None:
    fake = FakeAlipay()
    ours, sdk = _alipay(tmp_path, fake)
    charge = asyncio.run(ours.create_charge(ChargeRequest(
        out_trade_no="c" * 32, amount_fen=1290, description="15 min chat",
        method="alipay-wap", expires_at=NOW, return_url="https://x.example/chat/")))
    assert charge.pay_url is not None
    params = dict(parse_qsl(urlsplit(charge.pay_url).query))
    assert json.loads(params["biz_content"])["total_amount"] == "12.90"
    sign = params.pop("sign")
    signed_by_sdk = dict(parse_qsl(sdk.sign_data(dict(params))))
    assert signed_by_sdk["sign"] == sign


def test_a_notice_the_sdk_signs_is_one_we_accept_and_ours_the_sdk_accepts(
        tmp_path: Path) -> None:
    fake = FakeAlipay()
    ours, _ = _alipay(tmp_path, fake)
    alipay_side = AliPay(appid=fake.app_id,
                         app_private_key_string=pem_private(fake.alipay_key).decode(),
                         alipay_public_key_string=pem_public(fake.alipay_key).decode())
    form = {"notify_id": "n1", "notify_type": "trade_status_sync", "app_id": fake.app_id,
            "seller_id": fake.seller_id, "out_trade_no": "d" * 32, "trade_no": "2026x",
            "trade_status": "TRADE_SUCCESS", "total_amount": "30.00", "charset": "utf-8"}
    signed = dict(parse_qsl(alipay_side.sign_data(dict(form))))
    body = urlencode({**signed, "sign_type": "RSA2"})
    notice = ours.verify_webhook(body.encode(), {}, NOW)
    assert (notice.amount_fen, notice.state, notice.mismatch) == (3000, "paid", None)
    fake.trades["d" * 32] = {"trade_no": "2026x", "total_amount": "30.00",
                             "trade_status": "TRADE_SUCCESS"}
    faked = dict(parse_qsl(fake.notice("d" * 32).decode()))
    sign = faked.pop("sign")
    assert alipay_side.verify(faked, sign)  # the fake gateway signs as Alipay does


@pytest.mark.parametrize(("yuan", "fen"), [("0.01", 1), ("12.90", 1290), ("30.00", 3000),
                                           (f"{MAX_PRICE_FEN // 100}.00", MAX_PRICE_FEN)])
def test_fen_and_yuan_are_exact_both_ways(yuan: str, fen: int) -> None:
    assert money.fen_to_yuan(fen) == yuan
    assert money.yuan_to_fen(yuan) == fen


@pytest.mark.parametrize("bad", ["12.901", "-1.00", "1e3", " 12.90", "12,90", "0.00",
                                 "", "NaN", f"{MAX_PRICE_FEN // 100 + 1}.00", "01.00"])
def test_anything_else_is_refused_in_plain_words(bad: str) -> None:
    with pytest.raises(money.AmountError, match="amount"):
        money.yuan_to_fen(bad)


def test_fen_must_be_a_whole_number_in_range() -> None:
    for bad in (0, -5, 12.9, MAX_PRICE_FEN + 1, True):
        with pytest.raises(money.AmountError):
            money.check_fen(bad)
