"""Start-up time: from launching `python -m responder_app` to the sign-in window on screen.

Each run is a fresh process with fresh settings (so no silent sign-in). The child is the
real app; this harness only wraps the sign-in dialog's showEvent to report the moment the
window is shown, then quits. Runs offscreen unless DISPLAY is set (e.g. under Xvfb).
The floor, measured in the same run the same way: a bare PySide6 process (QApplication and
an empty QDialog shown), interleaved with the app's runs so both see the same load.

    .venv/bin/python -m bench.startup_time [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import os, sys, time
from responder_app.ui.sign_in_dialog import SignInDialog
original = SignInDialog.showEvent
def probe(self, event):
    original(self, event)
    print("shown", time.time() - float(os.environ["BENCH_T0"]), flush=True)
    os._exit(0)
SignInDialog.showEvent = probe
from responder_app.main import main
sys.exit(main([]))
"""

BARE = r"""
import os, time
from PySide6.QtWidgets import QApplication, QDialog
class Probe(QDialog):
    def showEvent(self, event):
        super().showEvent(event)
        print("shown", time.time() - float(os.environ["BENCH_T0"]), flush=True)
        os._exit(0)
app = QApplication([])
Probe().open()
app.exec()
"""


def one_run(child: str = CHILD) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": home,
               "XDG_DATA_HOME": home}
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        env["BENCH_T0"] = repr(time.time())
        result = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True,
                                text=True, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("shown "):
            return float(line.split()[1]) * 1000
    raise RuntimeError(f"the app did not show the sign-in window:\n{result.stderr[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    first = one_run()  # cold-ish: the first run after other work warms the file cache
    one_run(BARE)
    times, bare = [], []
    for _ in range(args.runs):
        times.append(one_run())
        bare.append(one_run(BARE))
    platform = "xcb on " + os.environ["DISPLAY"] if os.environ.get("DISPLAY") else "offscreen"
    bytecode = "off" if sys.dont_write_bytecode else "on"
    print(f"start-up to sign-in window ({platform}, {args.runs} warm runs, "
          f"bytecode cache writing {bytecode}):")
    print(f"  first run {first:7.0f} ms")
    print(f"  median    {statistics.median(times):7.0f} ms")
    print(f"  min / max {min(times):7.0f} / {max(times):.0f} ms")
    floor = statistics.median(bare)
    print(f"  bare floor (QApplication + empty QDialog shown): median {floor:.0f} ms, "
          f"min / max {min(bare):.0f} / {max(bare):.0f} ms")
    print(f"  app - floor {statistics.median(times) - floor:7.0f} ms "
          f"({statistics.median(times) / floor:.2f}x the floor); target: app <= 500 ms")

if __name__ == "__main__":
    main()
