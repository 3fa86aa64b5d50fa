"""What the interface shows is in its language, not in the server's identifiers: the time
zone days are counted in is said in words ("中国标准时间", not "Asia/Shanghai") on the
earnings and reply-speed panels, and the exported CSV's header row is in the app's language
(and still reads back to the same totals)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from responder_app.features.earnings.ledger import csv_totals, ledger_csv, ledger_totals
from responder_app.features.earnings.panel import EarningsPanel
from responder_app.ui import locale_format
from responder_app.ui.language import install_language
from tests.app.test_earnings_panel import LEDGER, _summary


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_language(qapp, "en")


def test_a_time_zone_in_words_in_each_language() -> None:
    zh = QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript,
                 QLocale.Country.China)
    vi = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    en = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert locale_format.time_zone_name("Asia/Shanghai", zh) == "中国标准时间"
    assert locale_format.time_zone_name("Asia/Shanghai", vi) == "Giờ Chuẩn Trung Quốc"
    assert locale_format.time_zone_name("Asia/Shanghai", en) == "China Standard Time"
    assert locale_format.time_zone_name("Nowhere/Atlantis", zh) == "Nowhere/Atlantis"


def test_the_earnings_panel_says_the_zone_in_chinese(english_after: QApplication) -> None:
    install_language(english_after, "zh_CN")
    panel = EarningsPanel(goal_fen=1_000_000)
    try:
        panel.show_summary(_summary())
        status = panel.figure("statusLabel")
        assert "中国标准时间" in status and "Asia/Shanghai" not in status
    finally:
        panel.deleteLater()


@pytest.mark.parametrize(("language", "first_columns"), [
    ("zh_CN", "条目编号,入账时间,类型,状态"),
    ("vi", "Mã mục,Thời điểm ghi sổ,Loại,Trạng thái"),
    ("en", "entry_id,posted_at,kind,status"),
])
def test_the_csv_header_row_is_in_the_apps_language(
        english_after: QApplication, language: str, first_columns: str) -> None:
    install_language(english_after, language)
    text = ledger_csv(LEDGER, "Asia/Shanghai")
    assert text.splitlines()[0].startswith(first_columns)
    assert csv_totals(text) == ledger_totals(LEDGER)  # read back whatever the language
