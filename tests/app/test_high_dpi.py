"""High DPI as Windows laptops set it (125 % and 150 %): Qt must scale by exactly that
factor (not round it to 100 % or 200 %), and the sign-in window and the main window must
fit the logical screen that leaves (a 1920×1080 panel at 150 % is 1280×720, less the
taskbar). Each factor needs a fresh QApplication, so each runs in its own Python."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from responder_app.main import create_application
from responder_app.ui.sign_in_dialog import SignInDialog
from responder_app.ui.main_window import MainWindow
app = create_application([sys.argv[0]])
dialog = SignInDialog(server_url="https://responder.example.com", email="", remember=False)
dialog.show()
window = MainWindow()
window.show()
app.processEvents()
print(json.dumps({
    "ratio": dialog.devicePixelRatioF(),
    "policy": app.highDpiScaleFactorRoundingPolicy().name,
    "dialog": [dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height()],
    "window": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
}))
"""


@pytest.mark.parametrize(("factor", "logical"), [("1.25", (1536, 864)), ("1.5", (1280, 720))])
def test_windows_scaling_is_exact_and_the_windows_fit(factor: str, logical: tuple[int, int],
                                                      tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": factor,
           "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, timeout=120,
                          capture_output=True, text=True, check=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["ratio"] == float(factor)
    assert found["policy"] == "PassThrough"
    width, height = logical
    taskbar = 48
    for name in ("dialog", "window"):
        w, h = found[name]
        assert w <= width and h <= height - taskbar, (name, found[name])
