"""Compile Designer forms and the resource file into committed Python modules.

    python -m responder_app.ui.build_forms           # (re)generate
    python -m responder_app.ui.build_forms --check   # exit 1 and list stale modules
    python -m responder_app.ui.build_forms --update-translations
                                    # pyside6-lupdate: new strings into every .ts, then build

`resources/forms/<name>.ui` → `responder_app/ui/ui_<name>.py` (pyside6-uic),
`resources/translations/<name>.ts` → `resources/translations/<name>.qm` (pyside6-lrelease)
and `resources/resources.qrc` → `responder_app/ui/rc_resources.py` (pyside6-rcc; it holds
the .qm files under `:/translations/`, so a development run and the bundle both load
them). The widget test suite and the installer both run this same step.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
FORMS_DIR = ROOT / "resources" / "forms"
QRC_FILE = ROOT / "resources" / "resources.qrc"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
OUT_DIR = Path(__file__).resolve().parent
RC_MODULE = OUT_DIR / "rc_resources.py"


def _tool(name: str) -> list[str]:
    """The uic/rcc binary shipped inside PySide6 (what pyside6-uic/-rcc wrap)."""
    pyside_dir = Path(PySide6.__file__).resolve().parent
    candidates = [pyside_dir / "Qt" / "libexec" / name, pyside_dir / name,
                  pyside_dir / f"{name}.exe"]
    for exe in candidates:
        if exe.exists():
            return [os.fspath(exe)]
    raise SystemExit(f"Cannot find Qt's {name} tool inside {pyside_dir}")


LANGUAGES = ("zh_CN", "vi")  # a responder_<lang>.ts each; English is the source text
# English keeps only the plurals ("%n replies" → "1 reply"): lupdate -pluralonly.
ENGLISH_TS = TRANSLATIONS_DIR / "responder_en.ts"


def translation_sources() -> list[Path]:
    """What lupdate reads: the app's Python (not the generated modules: their strings
    come from the forms themselves) and the Designer forms."""
    package = ROOT / "responder_app"
    python = [path for path in sorted(package.rglob("*.py"))
              if not path.name.startswith(("ui_", "rc_"))]
    return python + sorted(FORMS_DIR.glob("*.ui"))


def lupdate(ts_files: list[Path], *, plural_only: bool = False) -> str:
    """Merge the source strings into these .ts files (vanished ones are dropped);
    returns lupdate's report."""
    cmd = [*_tool("lupdate"), "-no-obsolete", "-locations", "none",
           *(["-pluralonly"] if plural_only else []),
           *(os.fspath(path) for path in translation_sources()),
           "-ts", *(os.fspath(path) for path in ts_files)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    return done.stdout + done.stderr


def targets() -> list[tuple[Path, Path]]:
    """(source, generated module) pairs."""
    pairs = [(ui, OUT_DIR / f"ui_{ui.stem}.py") for ui in sorted(FORMS_DIR.glob("*.ui"))]
    # The .qm files before the .qrc: the resource module embeds them.
    pairs += [(ts, ts.with_suffix(".qm")) for ts in sorted(TRANSLATIONS_DIR.glob("*.ts"))]
    pairs.append((QRC_FILE, RC_MODULE))
    return pairs


def generate(source: Path) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.py"
        if source.suffix == ".ui":
            cmd = [*_tool("uic"), "-g", "python", os.fspath(source), "-o", os.fspath(out)]
        elif source.suffix == ".ts":
            cmd = [*_tool("lrelease"), "-silent", os.fspath(source), "-qm", os.fspath(out)]
        else:
            # format version 1 leaves out file timestamps, so output only depends on content
            # zlib, not zstd: Qt on Windows is built without zstd and cannot read zstd entries
            # (the style sheet went missing there), and zlib is readable by every Qt.
            cmd = [*_tool("rcc"), "-g", "python", "--format-version", "1",
                   "--compress-algo", "zlib",
                   os.fspath(source), "-o", os.fspath(out)]
        subprocess.run(cmd, check=True, cwd=source.parent)
        data = out.read_bytes()
        # The tools on Windows write CRLF: generated Python is LF everywhere, so a build
        # there (build_installer.py) leaves the committed modules as they are.
        return data if source.suffix == ".ts" else data.replace(b"\r\n", b"\n")


def _comparable(data: bytes) -> bytes:
    """Generated code without the "Created by ... version X" header line, so a different
    patch release of the Qt tools does not count as a stale module."""
    if not data.startswith(b"# "):
        return data  # a compiled translation: compared byte for byte
    return b"\n".join(line for line in data.splitlines() if b"Created by:" not in line)


def stale_modules() -> list[Path]:
    stale = []
    for source, module in targets():
        if not module.exists() or _comparable(module.read_bytes()) != _comparable(
            generate(source)
        ):
            stale.append(module)
    expected = {module for _, module in targets()}
    for orphan in sorted(OUT_DIR.glob("ui_*.py")):
        if orphan not in expected:
            stale.append(orphan)
    return stale


def build() -> list[Path]:
    written = []
    for source, module in targets():
        data = generate(source)
        if not module.exists() or module.read_bytes() != data:
            module.write_bytes(data)
            written.append(module)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="don't write; exit 1 if any generated module is out of date")
    parser.add_argument("--update-translations", action="store_true",
                        help="run pyside6-lupdate into every .ts first")
    args = parser.parse_args(argv)
    if args.update_translations:
        print(lupdate([TRANSLATIONS_DIR / f"responder_{lang}.ts" for lang in LANGUAGES]))
        print(lupdate([ENGLISH_TS], plural_only=True))
    if args.check:
        stale = stale_modules()
        for module in stale:
            print(f"stale: {module.relative_to(ROOT)}")
        if stale:
            print("Run: python -m responder_app.ui.build_forms", file=sys.stderr)
            return 1
        print("all generated modules are up to date")
        return 0
    for module in build():
        print(f"wrote {module.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
