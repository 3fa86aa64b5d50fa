"""The translations keep up with the code: every string a responder can see has a finished
Chinese and Vietnamese translation, none is left for a string the code no longer has, the
placeholders survive translation, and every committed .qm is what its .ts compiles to.

lupdate runs in a dry run: over copies of the committed .ts files in a temporary folder,
so the check never rewrites the repository. Fix a failure with
`python -m responder_app.ui.build_forms --update-translations`, translate what it lists
(pyside6-linguist, or the .ts in an editor), then run `python -m responder_app.ui.build_forms`.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from responder_app.ui import build_forms

TRANSLATIONS = build_forms.TRANSLATIONS_DIR
LANGUAGES = build_forms.LANGUAGES


def _entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def dry_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """lupdate over copies of the committed files: what the code asks for today."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {lang: folder / f"responder_{lang}.ts" for lang in (*LANGUAGES, "en")}
    for copy in copies.values():
        shutil.copy(TRANSLATIONS / copy.name, copy)
    build_forms.lupdate([copies[lang] for lang in LANGUAGES])
    build_forms.lupdate([copies["en"]], plural_only=True)
    return copies


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_source_string_has_a_finished_translation(
    dry_run: dict[str, Path], lang: str
) -> None:
    committed = _entries(TRANSLATIONS / f"responder_{lang}.ts")
    wanted = _entries(dry_run[lang])
    missing = sorted(set(wanted) - set(committed))
    vanished = sorted(set(committed) - set(wanted))
    unfinished = sorted(key for key, message in wanted.items()
                        if (message.find("translation") is not None
                            and message.find("translation").get("type") is not None)
                        or not all(t.strip() for t in _texts(message)))
    assert not missing, f"{lang}: strings in the code with no entry: {missing}"
    assert not vanished, f"{lang}: entries for strings the code no longer has: {vanished}"
    assert not unfinished, f"{lang}: unfinished translations: {unfinished}"
    assert len(wanted) > 250
    assert (TRANSLATIONS / f"responder_{lang}.ts").read_bytes() == dry_run[lang].read_bytes(), (
        f"responder_{lang}.ts is not what lupdate makes of the code today")


def test_english_keeps_its_plurals(dry_run: dict[str, Path]) -> None:
    committed = _entries(TRANSLATIONS / "responder_en.ts")
    wanted = _entries(dry_run["en"])
    assert set(committed) == set(wanted)
    for key, message in wanted.items():
        forms = _texts(message)
        assert len(forms) == 2 and all(forms), f"en: {key} needs its one and many forms"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_survive_translation(lang: str) -> None:
    for (context, source), message in _entries(TRANSLATIONS / f"responder_{lang}.ts").items():
        wanted = sorted(set(re.findall(r"%\d|%n", source)))
        for text in _texts(message):
            assert sorted(set(re.findall(r"%\d|%n", text))) == wanted, (
                f"{lang} {context}: {source!r} → {text!r}")
            if "&" in source and "&amp;" not in source and context.endswith("Window"):
                assert "&" in text, f"{lang}: {source!r} lost its keyboard accelerator"


@pytest.mark.parametrize("lang", (*LANGUAGES, "en"))
def test_every_committed_qm_is_what_its_ts_compiles_to(lang: str) -> None:
    ts = TRANSLATIONS / f"responder_{lang}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run python -m responder_app.ui.build_forms"
    assert qm.read_bytes() == build_forms.generate(ts), (
        f"{qm.name} is stale: run python -m responder_app.ui.build_forms")


def test_the_resources_carry_every_translation() -> None:
    qrc = build_forms.QRC_FILE.read_text(encoding="utf-8")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        assert f"translations/{ts.stem}.qm" in qrc
