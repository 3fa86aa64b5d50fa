"""A real backend that pays out through WeChat Pay 商家转账 played by the fake gateway
(tests/support/fake_wechat_transfer.py), with the official account's AppSecret, and a
responder whose payout line waits for them to confirm receipt in WeChat (the confirm page's
tests and the app's)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.backend import Backend, bearer, server_command, start_backend
from tests.support.fake_wechat_transfer import FakeWeChatTransfer
from tests.support.payouts import owe


@contextmanager
def wechat_payout_backend(fake: FakeWeChatTransfer, folder: Path,
                          database_url: str | None = None) -> Iterator[Backend]:
    """The backend (and the operator's commands run meanwhile) with WeChat payouts set up."""
    env = {**fake.env(folder, "https://x.example/wechat"), **fake.jsapi_env(folder),
           "RESPONDER_WECHAT_TRANSFER_NOTIFY_URL": "https://x.example/api/v1/payouts/notify/wechat"}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in env.items():
            patch.setenv(name, value)
        server = start_backend(folder, database_url=database_url)
        try:
            yield server
        finally:
            server.stop()


def waiting_line(backend: Backend, openid: str, nets: list[int]
                 ) -> tuple[str, dict[str, Any], tuple[str, str]]:
    """A new responder owed `nets` (fen), bound to `openid`, and a payout run: their line
    waits for them in WeChat. Returns their access token, the line, their email and
    password."""
    email, password = backend.create_responder()
    token = str(backend.sign_in(email, password)["access_token"])
    owe(backend.database_url, email, nets, account=openid)
    done = server_command("payouts", "run", "--minimum-fen", "100", "--database-url",
                          backend.database_url)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = httpx.get(f"{backend.api}/payouts", headers=bearer(token)).json()["lines"]
    assert [line["state"] for line in lines] == ["waiting_confirm"], lines
    return token, lines[0], (email, password)
