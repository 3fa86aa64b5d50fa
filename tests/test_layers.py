"""The layering rules of docs/ARCHITECTURE.md, checked: core packages load no Qt widgets,
the app never imports the backend's internals (demo mode starts the backend as its own
process), features import neither the composition root nor each other, the shell imports
no feature, and features reach other widgets only through host slots, never their forms."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FEATURES = ROOT / "responder_app" / "features"


@pytest.mark.parametrize(
    "module",
    ["responder_wire", "responder_wire.safety", "responder_wire.safety_match",
     "responder_server.app", "responder_server.cli", "responder_sim.runner",
     "responder_app.services.api_client", "responder_app.services.event_stream",
     "responder_app.services.outbox", "responder_app.services.credentials",
     "responder_app.services.waiting", "responder_app.services.notifier",
     "responder_app.features.alerts.escalation", "responder_app.features.alerts.idle",
     "responder_app.features.reply_speed.clocks", "responder_app.features.reply_speed.api",
     "responder_app.features.notes.api", "responder_app.features.notes.drafts",
     "responder_app.features.notes.sync", "responder_app.features.earnings.api",
     "responder_app.features.earnings.ledger", "responder_app.features.client_feedback.api",
     "responder_app.features.quick_replies.api", "responder_app.features.quick_replies.phrases",
     "responder_app.features.quick_replies.settings", "responder_server.quick_replies.service",
     "responder_app.features.safety.catalog", "responder_app.features.safety.guard",
     "responder_app.features.safety.api", "responder_app.features.safety.settings"],
)
def test_core_modules_load_no_qt_widgets(module: str) -> None:
    code = (f"import sys, {module}; "
            "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', "
            "'PySide6.QtGui'))); print(','.join(loaded))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout.strip() == ""


def _imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _imported_modules(package: str) -> set[tuple[str, str]]:
    return {(str(path.relative_to(ROOT)), name)
            for path in (ROOT / package).rglob("*.py") for name in _imports_of(path)}


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("responder_app", ("responder_server",)),
        ("responder_sim", ("responder_server", "responder_app", "PySide6")),
        ("responder_server", ("responder_app", "responder_sim", "PySide6")),
        ("responder_wire", ("responder_app", "responder_server", "responder_sim", "PySide6")),
    ],
)
def test_packages_keep_to_their_layer(package: str, forbidden: tuple[str, ...]) -> None:
    offending = sorted(
        f"{path} imports {name}" for path, name in _imported_modules(package)
        if name.split(".")[0] in forbidden
    )
    assert offending == []


def _feature_names() -> list[str]:
    return sorted(p.name for p in FEATURES.iterdir() if (p / "__init__.py").exists())


def test_there_are_feature_packages() -> None:
    assert {"alerts", "client_feedback", "earnings", "notes", "reply_speed", "safety"} <= set(
        _feature_names())


@pytest.mark.parametrize("feature", _feature_names())
def test_a_feature_imports_neither_the_composition_root_nor_another_feature(
        feature: str) -> None:
    offending = []
    for path in (FEATURES / feature).rglob("*.py"):
        for name in _imports_of(path):
            parts = name.split(".")
            root = name in ("responder_app.app_controller", "responder_app.main")
            other = parts[:2] == ["responder_app", "features"] and len(parts) > 2 \
                and parts[2] != feature
            if root or other:
                offending.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offending == []


@pytest.mark.parametrize("package", ["responder_app/shell", "responder_app/services",
                                     "responder_app/ui"])
def test_the_core_imports_no_feature(package: str) -> None:
    offending = sorted(
        f"{path} imports {name}" for path, name in _imported_modules(package)
        if name.startswith(("responder_app.features", "responder_app.app_controller"))
    )
    assert offending == []


def test_features_never_reach_into_another_widgets_form() -> None:
    """`something.ui.x` is another widget's generated form; only `self.ui` is a feature's
    own. Features use the host slots of the window and the chat tab instead."""
    offending = []
    for path in FEATURES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr == "ui"
                    and not (isinstance(node.value, ast.Name) and node.value.id == "self")):
                offending.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offending == []


def test_docs_cite_only_files_in_the_repository() -> None:
    for path in [*(ROOT / "tests").rglob("*.py"), *(ROOT / "responder_app").rglob("*.py"),
                 *(ROOT / "docs").rglob("*.md"), ROOT / "README.md"]:
        if path == Path(__file__):
            continue
        assert "DESIGN.md" not in path.read_text(encoding="utf-8"), path
