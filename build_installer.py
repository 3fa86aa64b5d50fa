#!/usr/bin/env python3
"""Build the Responder desktop app as something a responder can double-click.

    scripts/setup.sh test                               # uv.lock's versions into .venv
    .venv/bin/python build_installer.py                 # bundle + this OS's installer
    .venv/bin/python build_installer.py --bundle-only   # just the PyInstaller one-dir bundle
    .venv/bin/python build_installer.py --check-tools   # only check the build tools

Steps, in order:
 1. check the build tools (PyInstaller new enough; Qt's uic, rcc and lrelease inside PySide6;
    NSIS's makensis on Windows, hdiutil on macOS, appimagetool when --appimage is asked
    for) and refuse with a plain message naming what is missing;
 2. compile the Designer forms and the resource file with the repo's own step
    (`python -m responder_app.ui.build_forms`, i.e. pyside6-uic + pyside6-rcc) and the
    translations with pyside6-lrelease;
 3. freeze the app with PyInstaller (packaging/responder.spec) into a one-dir bundle;
 4. package it for this OS, named Responder-<version>-<os>-<arch>.<ext>:
      Linux    .tar.gz with install.sh (menu entry + icon in the user's menu), optional AppImage
      Windows  NSIS installer (packaging/windows/responder.nsi), per user
      macOS    Responder.app and a .dmg
 5. write SHA256SUMS for everything it produced.

The bundle does not carry demo mode: see packaging/README.md.

Fonts: the bundle carries none; it relies on the system's (FONTS_NOTE below, printed with
every build, and packaging/README.md). Chinese: Noto Sans CJK SC / Source Han Sans SC /
WenQuanYi Micro Hei on Linux, Microsoft YaHei on Windows, PingFang SC on macOS. English
and Vietnamese (its diacritics): the system UI font (Noto Sans / DejaVu Sans on Linux,
Segoe UI on Windows, SF Pro Text on macOS). Without a CJK font Chinese shows as boxes; the
app logs a warning at start when no installed font covers Chinese.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import stat
import subprocess
import sys
import tarfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "responder.spec"
APP_NAME = "Responder"
# Keep in step with the `installer` extra in pyproject.toml.
MIN_PYINSTALLER = (6, 10)
FONTS_NOTE = (
    "fonts     none bundled; the system's are used. Chinese: Noto Sans CJK SC / Source Han "
    "Sans SC / WenQuanYi Micro Hei on Linux, Microsoft YaHei on Windows, PingFang SC on "
    "macOS. Vietnamese diacritics: the system UI font (Noto Sans / DejaVu Sans, Segoe UI, "
    "SF Pro Text). Linux without a CJK font shows Chinese as boxes: install fonts-noto-cjk."
)
# The repo's .venv is made by uv from uv.lock and has no pip of its own.
INSTALL_HINT = ("Install the build tools with: scripts/setup.sh test (uv.lock's versions "
                "into .venv), or in a virtual environment of your own: "
                "python -m pip install -e '.[app,installer]'")


class BuildError(SystemExit):
    """A build step that cannot go on; the message says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(f"build_installer: {message}")


# ---- facts about this build -------------------------------------------------------------


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def os_name() -> str:
    if sys.platform.startswith("linux"):
        return "linux"
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return sys.platform


def arch_name() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def artifact_stem(version: str) -> str:
    return f"{APP_NAME}-{version}-{os_name()}-{arch_name()}"


# ---- tools --------------------------------------------------------------------------------


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
        if not piece.isdigit():
            break
    return tuple(parts)


def _pyside_tool(name: str) -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    base = Path(PySide6.__file__).resolve().parent
    for candidate in (base / "Qt" / "libexec" / name, base / name, base / f"{name}.exe",
                      base / "Qt" / "libexec" / f"{name}.exe"):
        if candidate.exists():
            return candidate
    return None


@dataclass
class Tools:
    pyinstaller: str = ""
    lrelease: Path | None = None
    makensis: str | None = None
    hdiutil: str | None = None
    appimagetool: str | None = None
    problems: list[str] = field(default_factory=list)


def check_tools(*, appimage: bool = False, bundle_only: bool = False) -> Tools:
    """Find every tool the build needs; collect every problem before refusing."""
    tools = Tools()
    if sys.platform.startswith("linux"):
        # PyInstaller reads the libraries' dependencies with these.
        for name, package in (("ldd", "libc-bin"), ("objdump", "binutils")):
            if shutil.which(name) is None:
                tools.problems.append(
                    f"{name} was not found; PyInstaller needs it on Linux. Install it with: "
                    f"apt-get install {package} (scripts/install_system_packages.sh does).")
    try:
        import PyInstaller
    except ImportError:
        tools.problems.append(f"PyInstaller is not installed. {INSTALL_HINT}")
    except Exception as exc:  # it runs system tools while it loads
        tools.problems.append(f"PyInstaller could not load ({type(exc).__name__}: {exc}).")
    else:
        found = str(getattr(PyInstaller, "__version__", "0"))
        if _version_tuple(found) < MIN_PYINSTALLER:
            need = ".".join(map(str, MIN_PYINSTALLER))
            tools.problems.append(
                f"PyInstaller {found} is too old: this build needs {need} or newer "
                f"(older ones miss PySide6 6.8+ plugins). Upgrade with: "
                f"scripts/setup.sh test (uv.lock's version), or in a virtual environment of "
                f"your own: python -m pip install --upgrade -e '.[app,installer]'")
        tools.pyinstaller = found
    try:
        import PySide6  # noqa: F401
    except ImportError:
        tools.problems.append(f"PySide6 is not installed. {INSTALL_HINT}")
    else:
        for name in ("uic", "rcc", "lrelease"):
            if _pyside_tool(name) is None:
                tools.problems.append(
                    f"Qt's {name} tool (pyside6-{name}) is missing from the PySide6 "
                    f"installation. Reinstall it with: scripts/setup.sh test, or in a "
                    f"virtual environment of your own: python -m pip install "
                    f"--force-reinstall 'PySide6-Essentials>=6.8,<6.12'")
        tools.lrelease = _pyside_tool("lrelease")
    if bundle_only:
        return tools
    if sys.platform == "win32":
        tools.makensis = _find_makensis()
        if tools.makensis is None:
            tools.problems.append(
                "NSIS's makensis was not found, so the Windows installer can't be built. "
                "Install NSIS 3 (https://nsis.sourceforge.io; on Debian: apt-get install "
                "nsis) or put makensis on PATH (or set MAKENSIS to its path); --bundle-only "
                "skips the installer.")
    elif sys.platform == "darwin":
        tools.hdiutil = shutil.which("hdiutil")
        if tools.hdiutil is None:
            tools.problems.append("hdiutil (part of macOS) was not found, so the .dmg can't be "
                                  "built; --bundle-only skips it.")
    elif appimage:
        tools.appimagetool = os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")
        if tools.appimagetool is None:
            tools.problems.append(
                "appimagetool was not found, so no AppImage can be built. It is not in PyPI "
                "or Debian's packages; put it on PATH (or set APPIMAGETOOL) or leave out "
                "--appimage (the .tar.gz is always built).")
    return tools


def _find_makensis() -> str | None:
    explicit = os.environ.get("MAKENSIS")
    if explicit and Path(explicit).exists():
        return explicit
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "NSIS" / "makensis.exe").exists():
            return str(Path(base) / "NSIS" / "makensis.exe")
    return None


# ---- steps --------------------------------------------------------------------------------


def _run(cmd: list[str], **kwargs: object) -> None:
    print("+ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def compile_forms() -> None:
    """The repo's own step: pyside6-uic for every .ui, pyside6-rcc for resources.qrc."""
    _run([sys.executable, "-m", "responder_app.ui.build_forms"], cwd=ROOT)


def compile_translations(lrelease: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = out_dir / f"{ts.stem}.qm"
        _run([os.fspath(lrelease), "-silent", os.fspath(ts), "-qm", os.fspath(qm)])
        written.append(qm)
    return written


def render_icons(out_dir: Path) -> dict[str, Path]:
    """PNG, ICO and ICNS icons rendered from resources/icons/app.svg with Qt itself."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(os.fspath(ROOT / "resources" / "icons" / "app.svg"))
    if not renderer.isValid():
        raise BuildError("resources/icons/app.svg could not be read as SVG")

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return image

    icons = {"svg": out_dir / "responder.svg", "png": out_dir / "responder.png"}
    shutil.copyfile(ROOT / "resources" / "icons" / "app.svg", icons["svg"])
    render(256).save(os.fspath(icons["png"]))
    if sys.platform == "win32":
        icons["ico"] = out_dir / "responder.ico"
        if not render(256).save(os.fspath(icons["ico"])):
            raise BuildError("Qt could not write the .ico icon (imageformats/qico missing)")
    if sys.platform == "darwin":
        icons["icns"] = out_dir / "responder.icns"
        if not render(1024).save(os.fspath(icons["icns"])):
            raise BuildError("Qt could not write the .icns icon (imageformats/qicns missing)")
    return icons


def run_pyinstaller(work: Path, dist: Path, translations: Path, icons: dict[str, Path],
                    version: str) -> Path:
    env = dict(os.environ)
    env["RESPONDER_TRANSLATIONS_DIR"] = os.fspath(translations)
    env["RESPONDER_VERSION"] = version
    env.pop("QT_QPA_PLATFORM", None)
    icon = icons.get("ico") or icons.get("icns")
    if icon is not None:
        env["RESPONDER_ICON"] = os.fspath(icon)
    _run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
          "--workpath", os.fspath(work / "pyinstaller"), "--distpath", os.fspath(dist),
          os.fspath(SPEC)], cwd=ROOT, env=env)
    bundle = dist / APP_NAME
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller finished but {bundle} is not there")
    return bundle


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# ---- Linux --------------------------------------------------------------------------------


def package_linux(bundle: Path, icons: dict[str, Path], out: Path, version: str,
                  appimage_tool: str | None) -> list[Path]:
    """A .tar.gz whose top folder holds the bundle, install.sh/uninstall.sh, the .desktop
    file and the icon; optionally an AppImage."""
    stem = artifact_stem(version)
    staging = out / "staging" / stem
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    shutil.copytree(bundle, staging / "app", symlinks=True)
    shutil.copyfile(PACKAGING / "linux" / "responder.desktop", staging / "responder.desktop")
    shutil.copyfile(icons["svg"], staging / "responder.svg")
    shutil.copyfile(icons["png"], staging / "responder.png")
    for script in ("install.sh", "uninstall.sh"):
        target = staging / script
        shutil.copyfile(PACKAGING / "linux" / script, target)
        target.chmod(target.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    (staging / "VERSION").write_text(version + "\n", encoding="utf-8")
    tarball = out / f"{stem}.tar.gz"
    print(f"+ tar czf {tarball.name}", flush=True)
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(staging, arcname=stem)
    shutil.rmtree(out / "staging")
    produced = [tarball]
    if appimage_tool:
        produced.append(package_appimage(bundle, icons, out, version, appimage_tool))
    return produced


def package_appimage(bundle: Path, icons: dict[str, Path], out: Path, version: str,
                     tool: str) -> Path:
    appdir = out / "AppDir"
    if appdir.exists():
        shutil.rmtree(appdir)
    shutil.copytree(bundle, appdir / "usr" / "lib" / "responder", symlinks=True)
    desktop = (PACKAGING / "linux" / "responder.desktop").read_text(encoding="utf-8")
    (appdir / "responder.desktop").write_text(
        desktop.replace("Exec=responder", "Exec=AppRun"), encoding="utf-8")
    shutil.copyfile(icons["png"], appdir / "responder.png")
    apprun = appdir / "AppRun"
    apprun.write_text('#!/bin/sh\nhere="$(dirname "$(readlink -f "$0")")"\n'
                      'exec "$here/usr/lib/responder/responder" "$@"\n', encoding="utf-8")
    apprun.chmod(0o755)
    image = out / f"{artifact_stem(version)}.AppImage"
    _run([tool, os.fspath(appdir), os.fspath(image)], env={**os.environ, "ARCH": arch_name()})
    shutil.rmtree(appdir)
    return image


# ---- Windows ------------------------------------------------------------------------------


def package_windows(bundle: Path, icons: dict[str, Path], out: Path, version: str,
                    makensis: str) -> list[Path]:
    """packaging/windows/responder.nsi (the CI check builds the same one on Linux with
    packaging/windows/build_setup.sh, which also signs when given a certificate)."""
    setup = out / f"{artifact_stem(version)}-setup.exe"
    _run([makensis, "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}",
          f"-DBUNDLE={bundle}", f"-DICON={icons['ico']}", f"-DOUTFILE={setup}",
          os.fspath(PACKAGING / "windows" / "responder.nsi")])
    return [setup]


# ---- macOS --------------------------------------------------------------------------------


def package_macos(dist: Path, out: Path, version: str, hdiutil: str) -> list[Path]:
    app = dist / f"{APP_NAME}.app"
    if not app.is_dir():
        raise BuildError(f"PyInstaller did not produce {app}")
    stem = artifact_stem(version)
    staging = out / "dmg"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    _run(["ditto", os.fspath(app), os.fspath(staging / app.name)])
    (staging / "Applications").symlink_to("/Applications")
    dmg = out / f"{stem}.dmg"
    dmg.unlink(missing_ok=True)
    _run([hdiutil, "create", "-volname", f"{APP_NAME} {version}", "-srcfolder",
          os.fspath(staging), "-fs", "HFS+", "-format", "UDZO", os.fspath(dmg)])
    shutil.rmtree(staging)
    zipped = out / f"{stem}.app.zip"
    _run(["ditto", "-c", "-k", "--keepParent", os.fspath(app), os.fspath(zipped)])
    return [dmg, zipped]


# ---- checksums ----------------------------------------------------------------------------


def write_checksums(files: list[Path], out: Path) -> Path:
    lines = []
    for path in sorted(files):
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    sums = out / "SHA256SUMS"
    sums.write_text("".join(lines), encoding="utf-8")
    return sums


# ---- main ---------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "dist",
                        help="where the bundle and installers go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "installer",
                        help="scratch folder (default: build/installer/)")
    parser.add_argument("--bundle-only", action="store_true",
                        help="build the one-dir bundle, not the installer for this OS")
    parser.add_argument("--appimage", action="store_true",
                        help="Linux: also build an AppImage (needs appimagetool)")
    parser.add_argument("--check-tools", action="store_true",
                        help="only check that the build tools are there")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if os_name() not in ("linux", "windows", "macos"):
        raise BuildError(f"building on {sys.platform} is not supported")
    tools = check_tools(appimage=args.appimage, bundle_only=args.bundle_only)
    if tools.problems:
        raise BuildError("cannot build, a tool is missing or too old:\n  - "
                         + "\n  - ".join(tools.problems))
    if args.check_tools:
        print(f"build tools OK (PyInstaller {tools.pyinstaller})")
        return 0
    assert tools.lrelease is not None
    started = time.monotonic()
    version = project_version()
    out: Path = args.output.resolve()
    work: Path = args.work.resolve()
    out.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)

    compile_forms()
    translations = work / "translations"
    if translations.exists():
        shutil.rmtree(translations)
    compile_translations(tools.lrelease, translations)
    icons = render_icons(work / "icons")
    dist = work / "dist"
    bundle = run_pyinstaller(work, dist, translations, icons, version)

    produced: list[Path] = []
    if os_name() == "linux":
        if not args.bundle_only:
            produced = package_linux(bundle, icons, out, version, tools.appimagetool)
    elif os_name() == "windows":
        if not args.bundle_only:
            assert tools.makensis is not None
            produced = package_windows(bundle, icons, out, version, tools.makensis)
    elif not args.bundle_only:
        assert tools.hdiutil is not None
        produced = package_macos(dist, out, version, tools.hdiutil)

    # The bundle itself, for people (and tests) who want it unpacked.
    bundle_out = out / f"{artifact_stem(version)}-bundle"
    if bundle_out.exists():
        shutil.rmtree(bundle_out)
    shutil.move(bundle, bundle_out)
    sums = write_checksums(produced, out) if produced else None

    print(f"\nbuilt Responder {version} for {os_name()}-{arch_name()} "
          f"in {time.monotonic() - started:.0f} s")
    print(f"  bundle    {bundle_out}  ({dir_size(bundle_out) / 1e6:.1f} MB)")
    for path in produced:
        print(f"  installer {path}  ({path.stat().st_size / 1e6:.1f} MB)")
    if sums is not None:
        print(f"  checksums {sums}")
    print(f"  {FONTS_NOTE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
