"""build_installer.py refuses in plain words when a tool it needs is missing or too old,
before it spends a minute building anything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.installer.conftest import ROOT


def _check_tools(tmp_path: Path, fake_pyinstaller: str | None, *args: str,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **(env or {})}
    if fake_pyinstaller is not None:
        package = tmp_path / "fake" / "PyInstaller"
        package.mkdir(parents=True)
        (package / "__init__.py").write_text(fake_pyinstaller, encoding="utf-8")
        env["PYTHONPATH"] = str(tmp_path / "fake")
    return subprocess.run(
        [sys.executable, "build_installer.py", "--check-tools", "--output",
         str(tmp_path / "out"), "--work", str(tmp_path / "work"), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def test_the_installed_tools_pass_the_check(tmp_path: Path) -> None:
    result = _check_tools(tmp_path, None, "--bundle-only")
    assert result.returncode == 0, result.stderr
    assert "build tools OK" in result.stdout


def test_a_stale_pyinstaller_is_refused_with_the_upgrade_command(tmp_path: Path) -> None:
    result = _check_tools(tmp_path, '__version__ = "5.13.2"\n')
    assert result.returncode != 0
    assert "PyInstaller 5.13.2 is too old" in result.stderr
    assert "pip install --upgrade" in result.stderr
    # The repo's .venv comes from uv and has no pip: the hint names what works there.
    assert "scripts/setup.sh test" in result.stderr
    assert ".venv/bin/pip" not in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()  # refused before building anything


def test_missing_system_tools_are_named_with_their_package(tmp_path: Path) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    result = _check_tools(tmp_path, None, env={"PATH": str(empty)})
    assert result.returncode != 0
    assert "objdump was not found" in result.stderr
    assert "apt-get install binutils" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_pyinstaller_is_refused_with_the_install_command(tmp_path: Path) -> None:
    result = _check_tools(tmp_path, 'raise ImportError("No module named PyInstaller")\n')
    assert result.returncode != 0
    assert "PyInstaller is not installed" in result.stderr
    assert ".[app,installer]" in result.stderr
    assert "Traceback" not in result.stderr


def test_asking_for_an_appimage_without_appimagetool_says_so(tmp_path: Path) -> None:
    # appimagetool is in neither PyPI nor Debian's packages: the system's PATH lacks it.
    result = _check_tools(tmp_path, None, "--appimage",
                          env={"PATH": "/usr/bin:/bin", "APPIMAGETOOL": ""})
    assert result.returncode != 0
    assert "appimagetool was not found" in result.stderr
    assert "Traceback" not in result.stderr
