"""Qt's own dialogs speak the app's language: the CSV export's file dialog (Qt 6 renamed
"&Look in:" and "Files of &type:", which Qt's qtbase_zh_CN.qm lacks) and, for Vietnamese
(Qt ships no qtbase_vi.qm), every label, header, button and text box menu Qt draws —
through our resources/translations/qtbase_extra_<lang>.ts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTreeView,
)

from responder_app.ui.language import install_language


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_language(qapp, "en")


def _texts(dialog: QFileDialog) -> tuple[list[str], list[str], list[str]]:
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
    headers: list[str] = []
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        if model is not None and model.columnCount() >= 4:
            headers = [str(model.headerData(i, Qt.Orientation.Horizontal))
                       for i in range(4)]
    return labels, buttons, headers


def _save_dialog() -> QFileDialog:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what the export shows here
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


def test_qt_has_no_vietnamese_of_its_own() -> None:
    """Why qtbase_extra_vi.ts holds every string: if Qt ever ships one, prefer it."""
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert QTranslator().load("qtbase_zh_CN", path)
    assert not QTranslator().load("qtbase_vi", path)


def test_the_file_dialog_in_chinese(english_after: QApplication) -> None:
    install_language(english_after, "zh_CN")
    dialog = _save_dialog()
    labels, buttons, headers = _texts(dialog)
    assert "查找范围(&L)：" in labels
    assert "文件类型(&T)：" in labels
    assert "文件名称(&N)：" in labels
    assert "保存(&S)" in buttons and "取消" in buttons
    assert headers == ["名称", "体积", "类型", "修改日期"]  # Qt's own words
    dialog.deleteLater()


def test_the_file_dialog_and_text_menus_in_vietnamese(english_after: QApplication) -> None:
    install_language(english_after, "vi")
    dialog = _save_dialog()
    labels, buttons, headers = _texts(dialog)
    assert {"&Tìm trong:", "Tê&n tệp:", "&Kiểu tệp:"} <= set(labels)
    assert "&Lưu" in buttons and "Hủy" in buttons
    assert headers == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    dialog.deleteLater()
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    assert menu is not None
    actions = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert actions == ["&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa",
                       "Chọn tất cả"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] == ["OK", "Hủy"]
