"""Where the app's compiled translations (.qm) are.

In an installed bundle they are in `translations/` beside the app (build_installer.py runs
pyside6-lrelease on resources/translations/*.ts). Running from a checkout, any .qm a
translator compiled next to its .ts in resources/translations is used.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["translations_dir"]


def translations_dir() -> Path | None:
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        candidates.append(Path(bundle) / "translations")
    candidates.append(Path(__file__).resolve().parents[1] / "resources" / "translations")
    for directory in candidates:
        if directory.is_dir() and any(directory.glob("*.qm")):
            return directory
    return None
