"""The layering rules of DESIGN.md, checked: core packages load no Qt widgets, and the app
never imports the backend's internals (demo mode starts the backend as its own process)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "module",
    ["responder_wire", "responder_server.app", "responder_server.cli", "responder_sim.runner",
     "responder_app.services.api_client", "responder_app.services.event_stream",
     "responder_app.services.outbox", "responder_app.services.credentials"],
)
def test_core_modules_load_no_qt_widgets(module: str) -> None:
    code = (f"import sys, {module}; "
            "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', "
            "'PySide6.QtGui'))); print(','.join(loaded))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout.strip() == ""


def _imported_modules(package: str) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update((str(path.relative_to(ROOT)), a.name) for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add((str(path.relative_to(ROOT)), node.module))
    return found


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
