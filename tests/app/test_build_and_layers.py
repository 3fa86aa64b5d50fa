"""Generated form modules are up to date, and the services stay free of Qt widgets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_ui_modules_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "responder_app.ui.build_forms", "--check"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_form_has_its_generated_module() -> None:
    forms = sorted(p.stem for p in (ROOT / "resources" / "forms").glob("*.ui"))
    modules = sorted(p.stem.removeprefix("ui_")
                     for p in (ROOT / "responder_app" / "ui").glob("ui_*.py"))
    assert forms == modules
    assert forms  # there are forms at all


def test_services_and_wire_models_load_without_qt_widgets() -> None:
    code = (
        "import sys, responder_app.services, responder_wire.models\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', "
        "'PySide6.QtGui')))\n"
        "print('|'.join(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == ""


def test_handlers_are_not_auto_connected_by_name() -> None:
    offenders = []
    for path in (ROOT / "responder_app").rglob("*.py"):
        if path.name.startswith(("ui_", "rc_")):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith(("def on_", "async def on_")):
                offenders.append(f"{path.name}:{number}")
    assert offenders == []
