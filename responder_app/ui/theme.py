"""Application look: stylesheet from the compiled resources, fonts with CJK fallback."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from responder_app.ui import rc_resources  # noqa: F401  (registers :/ resources)

ACCENT = QColor("#4f5bd5")
ACCENT_DARK = QColor("#4350c9")
BACKGROUND = QColor("#f4f5f8")
SURFACE = QColor("#ffffff")
LINE = QColor("#e3e6ee")
TEXT = QColor("#1d2233")
MUTED = QColor("#6b7285")
DANGER = QColor("#c62828")

# Latin UI faces first, then CJK faces so Chinese/Japanese text never shows tofu boxes.
UI_FAMILIES = [
    "Inter", "Segoe UI", "SF Pro Text", "Noto Sans", "Cantarell", "Ubuntu", "DejaVu Sans",
    "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei UI", "Microsoft YaHei",
    "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans CJK JP",
]


def app_icon() -> QIcon:
    return QIcon(":/icons/app.svg")


def stylesheet() -> str:
    f = QFile(":/styles/app.qss")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Text):
        return ""
    try:
        return bytes(f.readAll().data()).decode("utf-8")
    finally:
        f.close()


def ui_font(point_size: float = 10.5) -> QFont:
    available = set(QFontDatabase.families())
    families = [name for name in UI_FAMILIES if name in available] or [QFont().family()]
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    app.setFont(ui_font())
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
    palette.setColor(QPalette.ColorRole.Base, SURFACE)
    palette.setColor(QPalette.ColorRole.Text, TEXT)
    palette.setColor(QPalette.ColorRole.WindowText, TEXT)
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa0b3"))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet())
