"""Builds the Linux installer once per test session (it takes about a minute) and installs
it into a throwaway home, as a responder would: unpack the .tar.gz, run install.sh."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1200


@dataclass(frozen=True)
class Build:
    output: Path
    tarball: Path
    bundle: Path
    log: str


@dataclass(frozen=True)
class Installed:
    data_home: Path
    desktop_file: Path
    executable: Path


@pytest.fixture(scope="session")
def linux_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    out = tmp_path_factory.mktemp("installer-out")
    work = tmp_path_factory.mktemp("installer-work")
    result = subprocess.run(
        [sys.executable, "build_installer.py", "--output", str(out), "--work", str(work)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-6000:]
    tarballs = sorted(out.glob("Responder-*.tar.gz"))
    bundles = sorted(p for p in out.glob("Responder-*-bundle") if p.is_dir())
    assert len(tarballs) == 1 and len(bundles) == 1, sorted(p.name for p in out.iterdir())
    return Build(out, tarballs[0], bundles[0], log)


@pytest.fixture(scope="session")
def installed(linux_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The tarball unpacked and install.sh run for a user whose data lives in a temp dir."""
    unpack = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(linux_build.tarball) as tar:
        tar.extractall(unpack, filter="tar")
    (folder,) = list(unpack.iterdir())
    home = tmp_path_factory.mktemp("home")
    data_home = home / ".local" / "share"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data_home)}
    result = subprocess.run([str(folder / "install.sh")], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    desktop_file = data_home / "applications" / "responder.desktop"
    assert desktop_file.is_file(), result.stdout
    return Installed(data_home, desktop_file, desktop_exec(desktop_file))


def desktop_exec(desktop_file: Path) -> Path:
    """The program a menu entry starts (field codes such as %U left out)."""
    text = desktop_file.read_text(encoding="utf-8")
    match = re.search(r"^Exec=(.*)$", text, re.MULTILINE)
    assert match, text
    words = [w for w in shlex.split(match.group(1)) if not w.startswith("%")]
    return Path(words[0])
