"""Identity data is sealed under the operator's key: it opens only with that key and only
for the row and column it was sealed for; rotation keeps old values readable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from responder_server.payout_accounts.crypto import (
    ENV,
    IdentityCipher,
    IdentityKeyError,
    new_key_file,
)
from responder_wire.payouts import id_number_problem, mask_account, mask_id_number, mask_name


def _cipher(*paths: Path) -> IdentityCipher:
    return IdentityCipher.from_env({ENV: os.pathsep.join(str(p) for p in paths)})


def test_a_sealed_name_opens_only_for_its_own_row_and_after_a_key_rotation(tmp_path: Path
                                                                          ) -> None:
    old, new = tmp_path / "old.key", tmp_path / "new.key"
    new_key_file(old)
    new_key_file(new)
    sealed = _cipher(old).seal("王小明", "name:7")
    assert "王小明" not in sealed and "小明".encode().hex() not in sealed
    assert _cipher(new, old).open(sealed, "name:7") == "王小明"  # rotated: old still opens
    with pytest.raises(InvalidTag):
        _cipher(old).open(sealed, "name:8")  # copied to another responder's row
    with pytest.raises(IdentityKeyError, match="lacks"):
        _cipher(new).open(sealed, "name:7")  # the old key was removed
    assert (old.stat().st_mode & 0o777) == 0o600


def test_no_key_configured_is_said_in_plain_words() -> None:
    with pytest.raises(IdentityKeyError, match=ENV):
        IdentityCipher.from_env({})


def test_id_numbers_are_checked_and_everything_shown_is_masked() -> None:
    assert id_number_problem("11010519491231002X") is None
    assert id_number_problem("110105194912310021") == (
        "this ID number's last character does not match: please check it")
    assert id_number_problem("1101051949") is not None
    assert mask_id_number("11010519491231002X") == "110***********002X"
    assert mask_name("王小明") == "*小明"
    assert mask_account("13812345678") == "138****5678"
    assert mask_account("amy@example.com") == "a***@example.com"
    assert mask_account("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o") == "…eS6o"
