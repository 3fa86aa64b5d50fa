"""Every window, dialog and panel fits its texts in English, 简体中文 and Tiếng Việt at
its default size: no label, button, check box, combo box or group-box title is cut
(docs/screenshots/check_forms.py saves a PNG of each form to look at)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from responder_app.ui.language import install_language
from responder_app.ui.theme import apply_theme
from tests.support.forms_fit import FORMS, build, cut_texts, settle

LANGUAGES = ("en", "zh_CN", "vi")


# Once per language, not per form: installing one re-styles every widget (it was 70 s).
@pytest.fixture(params=LANGUAGES, scope="module")
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_language(qapp, request.param)  # as at start: the language, then the theme
    apply_theme(qapp)
    yield request.param
    install_language(qapp, "en")


@pytest.mark.parametrize("form", list(FORMS))
def test_no_text_is_cut(language: str, form: str) -> None:
    widget = build(form)
    try:
        cuts = cut_texts(f"{form} [{language}]", widget)
        assert not cuts, "\n".join(str(cut) for cut in cuts)
    finally:
        widget.close()
        widget.deleteLater()
        settle()


def test_the_check_sees_a_cut_text(themed_app: QApplication) -> None:
    top = QWidget()
    row = QHBoxLayout(top)
    label = QLabel("Không chuông, không bật thông báo trong khung giờ này")
    label.setFixedWidth(80)
    wrapped = QLabel("Kết thúc cuộc trò chuyện với Linh. Ghi chú và nhãn không bắt buộc.")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    button = QPushButton("结束对话(&W)")
    button.setFixedWidth(30)
    for widget in (label, wrapped, button):
        row.addWidget(widget)
    top.show()
    settle()
    try:
        assert [cut.widget for cut in cut_texts("test", top)] == [
            "QLabel", "QLabel", "QPushButton"]
    finally:
        top.close()
        top.deleteLater()


def test_a_system_with_no_chinese_font_is_told_so_at_start(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtGui import QFontDatabase

    from responder_app.ui import theme

    class NoChinese:
        WritingSystem = QFontDatabase.WritingSystem

        @staticmethod
        def families(system: QFontDatabase.WritingSystem) -> list[str]:
            return [] if system == QFontDatabase.WritingSystem.SimplifiedChinese else ["Noto Sans"]

    monkeypatch.setattr(theme, "QFontDatabase", NoChinese)
    with caplog.at_level("WARNING", logger="responder_app.ui.theme"):
        assert theme.warn_missing_fonts() == ["Chinese"]
    assert "No installed font covers Chinese" in caplog.text
    assert "Noto Sans CJK SC" in caplog.text
