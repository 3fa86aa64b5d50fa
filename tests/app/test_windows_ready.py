"""Two defects that hit Windows users: resources Qt on Windows could not read, and no
time-zone data there (earnings use ZoneInfo("Asia/Shanghai"))."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from PySide6.QtCore import QDirIterator, QFile, QResource

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = {**default_environment(), "sys_platform": "win32", "platform_system": "Windows",
           "os_name": "nt"}


def test_every_resource_is_readable_by_a_qt_built_without_zstd() -> None:
    # Qt on Windows has no zstd: a zstd entry (the style sheet was one) reads as nothing.
    import responder_app.ui.rc_resources  # noqa: F401

    paths = []
    found = QDirIterator(":/", QDirIterator.IteratorFlag.Subdirectories)
    while found.hasNext():
        path = found.next()
        if not QFile(path).open(QFile.OpenModeFlag.ReadOnly):
            continue  # a folder
        paths.append(path)
    assert ":/styles/app.qss" in paths
    zstd = [p for p in paths
            if QResource(p).compressionAlgorithm() == QResource.Compression.ZstdCompression]
    assert zstd == []


def _app_requirements_on_windows() -> set[str]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        extra = tomllib.load(f)["project"]["optional-dependencies"]["app"]
    wanted = (Requirement(text) for text in extra)
    return {r.name.lower() for r in wanted if r.marker is None or r.marker.evaluate(WINDOWS)}


def test_the_app_on_windows_carries_time_zone_data() -> None:
    assert "tzdata" in _app_requirements_on_windows()

