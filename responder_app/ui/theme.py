"""Application look: stylesheet from the compiled resources, fonts with CJK fallback.

The app carries no fonts of its own: it renders with the system's. Latin and Vietnamese
text (its diacritics included) come from the first UI face below that is installed (Segoe
UI on Windows, SF Pro Text on macOS, Noto Sans / Cantarell / Ubuntu / DejaVu Sans on
Linux); Chinese from a CJK face: Microsoft YaHei on Windows, PingFang SC on macOS, Noto
Sans CJK SC (or Source Han Sans SC / WenQuanYi Micro Hei) on Linux. `apply_theme` logs a
warning at start when no installed font covers Chinese or Vietnamese, since that text
would show as boxes (`missing_scripts()`).
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from responder_app.ui import rc_resources  # noqa: F401  (registers :/ resources)

log = logging.getLogger(__name__)

ACCENT = QColor("#4f5bd5")
ACCENT_DARK = QColor("#4350c9")
BACKGROUND = QColor("#f4f5f8")
SURFACE = QColor("#ffffff")
LINE = QColor("#e3e6ee")
TEXT = QColor("#1d2233")
MUTED = QColor("#6b7285")
DANGER = QColor("#c62828")

# Per platform, the system's UI face first (Latin and Vietnamese), then the CJK face that
# platform has, so Chinese never shows as boxes and never in a face foreign to the system
# (a Noto CJK installed by some other program must not win over Microsoft YaHei UI).
PLATFORM_FAMILIES = {
    "win32": ["Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", "SimSun"],
    "darwin": ["SF Pro Text", ".AppleSystemUIFont", "PingFang SC", "Hiragino Sans GB"],
    "linux": ["Inter", "Noto Sans", "Cantarell", "Ubuntu", "DejaVu Sans", "Noto Sans CJK SC",
              "Source Han Sans SC", "WenQuanYi Micro Hei", "Noto Sans CJK JP"],
}


def ui_families(platform: str | None = None) -> list[str]:
    platform = platform or sys.platform
    key = platform if platform in PLATFORM_FAMILIES else "linux"
    return PLATFORM_FAMILIES[key]


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


def ui_font(point_size: float = 10.5, platform: str | None = None) -> QFont:
    available = set(QFontDatabase.families())
    # The platform's own faces; where it has none of them (wine, a stripped-down system),
    # any face of the other platforms' lists that is installed, before Qt's default (a
    # serif under wine).
    others = [name for key in PLATFORM_FAMILIES for name in PLATFORM_FAMILIES[key]]
    families = ([name for name in ui_families(platform) if name in available]
                or [name for name in others if name in available] or [QFont().family()])
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


# The scripts the app's languages and its clients write in, and a font to install for each.
_SCRIPTS = (
    (QFontDatabase.WritingSystem.SimplifiedChinese, "Chinese",
     "Noto Sans CJK SC (Linux: fonts-noto-cjk), Microsoft YaHei (Windows) or PingFang SC "
     "(macOS)"),
    (QFontDatabase.WritingSystem.Vietnamese, "Vietnamese",
     "Noto Sans or DejaVu Sans (Linux: fonts-noto-core, fonts-dejavu-core)"),
)


def missing_scripts() -> list[tuple[str, str]]:
    """(script, fonts that would cover it) for each script no installed font covers."""
    return [(name, fonts) for system, name, fonts in _SCRIPTS
            if not QFontDatabase.families(system)]


def warn_missing_fonts() -> list[str]:
    """Log a warning for each script the system has no font for; returns their names."""
    missing = missing_scripts()
    for name, fonts in missing:
        log.warning("No installed font covers %s: %s text will show as empty boxes. "
                    "Install %s.", name, name, fonts)
    return [name for name, _fonts in missing]


_warned = False


def apply_theme(app: QApplication) -> None:
    global _warned
    if not _warned:
        _warned = True
        warn_missing_fonts()
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
