"""The Windows installer's script (built and run under wine by packaging/windows/check.sh;
these read it): Chinese first, every string of ours in all three languages, per user."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"


def test_the_installer_speaks_chinese_first_then_english_and_vietnamese() -> None:
    nsi = (WINDOWS / "responder.nsi").read_text(encoding="utf-8")
    assert re.findall(r'MUI_LANGUAGE "(\w+)"', nsi) == ["SimpChinese", "English", "Vietnamese"]


def test_every_installer_string_of_ours_is_in_all_three_languages() -> None:
    strings = (WINDOWS / "installer_strings.nsh").read_text(encoding="utf-8")
    languages: dict[str, set[str]] = defaultdict(set)
    for name, language in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", strings, re.M):
        languages[name].add(language)
    assert languages
    for name, have in languages.items():
        assert have == {"SIMPCHINESE", "ENGLISH", "VIETNAMESE"}, name
    nsi = (WINDOWS / "responder.nsi").read_text(encoding="utf-8")
    used = set(re.findall(r"\$\((\w+)\)", nsi))
    assert used <= set(languages), used - set(languages)


def test_it_installs_per_user_and_keeps_data_unless_purged() -> None:
    nsi = (WINDOWS / "responder.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in nsi
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in nsi
    assert "HKLM" not in nsi  # nothing machine-wide
    # A silent uninstall answers the keep-your-data question with Yes (/SD IDYES).
    assert 'MessageBox MB_YESNO|MB_ICONQUESTION "$(KeepData)" /SD IDYES IDYES keep' in nsi
