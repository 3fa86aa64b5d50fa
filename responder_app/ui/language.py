"""The language the app speaks: follow the system, 简体中文, Tiếng Việt or English.

`install_language(app, choice)` (at start and whenever the responder picks another one)
removes the translators it installed before, loads Qt's own base translations
(`qtbase_<lang>.qm` from Qt's TranslationsPath: the PySide6 wheel has zh_CN, but none for
Vietnamese), our `qtbase_extra_<lang>.qm` with what those lack (Qt 6's renamed file-dialog
labels; every Qt string our windows show, for Vietnamese) and the
app's `responder_<lang>.qm` (compiled into the resources under `:/translations/`, or
beside the installed app), makes the language's `QLocale` the default (all formatting in
`ui/locale_format.py` follows it) and routes the Qt-free modules' `translate()` through
Qt. Installing a translator sends every widget a `LanguageChange` event: windows built
from a form call `retranslateUi` on it and redraw their own texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from responder_app.services import i18n
from responder_app.translations import translations_dir

__all__ = ["CHOICES", "install_language", "installed_language", "resolve_language"]

# (setting value, the name each language calls itself; "" follows the system)
CHOICES: tuple[tuple[str, str], ...] = (
    ("", ""),  # the label is translated: "Follow the system"
    ("zh_CN", "简体中文"),
    ("vi", "Tiếng Việt"),
    ("en", "English"),
)

_installed: list[QTranslator] = []
_language = "en"


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to speak for a setting: "zh_CN", "vi" or "en"."""
    if choice in ("zh_CN", "vi", "en"):
        return choice
    system = system or QLocale.system()
    if system.language() == QLocale.Language.Chinese:
        return "zh_CN"
    if system.language() == QLocale.Language.Vietnamese:
        return "vi"
    return "en"


def _locale_for(language: str) -> QLocale:
    if language == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript,
                       QLocale.Country.China)
    if language == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    system = QLocale.system()
    # English as the responder's system writes it (en_GB dates stay en_GB), else en_US.
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def _translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def install_language(app: QCoreApplication, choice: str) -> str:
    """Speak `choice` ("" = the system's language) from now on; returns the language."""
    global _language
    language = resolve_language(choice)
    locale = _locale_for(language)
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if language != "en" and qt.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    # What Qt's own translation lacks: strings Qt 6 renamed ("&Look in:"), and every one for
    # Vietnamese, for which Qt ships no qtbase_vi.qm (resources/translations/qtbase_extra_*).
    extra = QTranslator(app)
    if language != "en" and extra.load(f":/translations/qtbase_extra_{language}.qm"):
        _installed.append(extra)
    # English too: its .qm holds the plural forms ("1 reply", "2 replies").
    own = QTranslator(app)
    directory = translations_dir()  # .qm files beside the installed app
    if own.load(f":/translations/responder_{language}.qm") or (
        directory is not None and own.load(f"responder_{language}", str(directory))
    ):
        _installed.append(own)
    for translator in _installed:
        app.installTranslator(translator)  # each sends every widget a LanguageChange
    i18n.set_translator(_translate)
    _language = language
    return language


def installed_language() -> str:
    """The language the app speaks now ("zh_CN", "vi" or "en")."""
    return _language
