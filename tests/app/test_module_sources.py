"""PySide6 reads the source of every module imported after it, to tell whether the module
uses PySide6; the app keeps the answer but not the text (`forget_module_sources`)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import responder_app


def test_imported_modules_leave_no_source_behind(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import PySide6  # noqa: F401
    from shibokensupport import feature  # type: ignore[import-not-found]

    (tmp_path / "sources_probe_qt.py").write_text("import PySide6  # noqa: F401\n")
    (tmp_path / "sources_probe_plain.py").write_text("ANSWER = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    responder_app.forget_module_sources()
    responder_app.forget_module_sources()  # idempotent: one wrapper, not two
    try:
        # An import statement: PySide6 hooks `__import__`, not `importlib.import_module`.
        exec("import sources_probe_qt, sources_probe_plain", {})
        # PySide6's answer is unchanged: the Qt module may select features, the other not.
        assert feature.pyside_feature_dict["sources_probe_qt"] == 0
        assert feature.pyside_feature_dict["sources_probe_plain"] == -1
        assert not [name for name in linecache.cache if name.startswith(str(tmp_path))]
        # A traceback still finds the lines when it needs them.
        assert linecache.getline(str(tmp_path / "sources_probe_plain.py"), 1) == "ANSWER = 42\n"
    finally:
        for name in ("sources_probe_qt", "sources_probe_plain"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)
        linecache.clearcache()
