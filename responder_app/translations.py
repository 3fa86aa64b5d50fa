"""Where the app's compiled translations (.qm) are.

They are compiled into the resources (`:/translations/`, by build_forms), which
`ui/language.py` tries first. In an installed bundle they are also in `translations/` beside
the app (build_installer.py runs pyside6-lrelease on resources/translations/*.ts); from a
checkout, the .qm files next to their .ts in resources/translations.
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
