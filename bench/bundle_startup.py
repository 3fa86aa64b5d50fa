"""The installed bundle next to `python -m responder_app`: size, and start-up time to the
sign-in window, both measured in the same run, alternating, the same way.

The time is from launching the process until X reports a visible window titled "Sign in…"
(xdotool polls every 25 ms), so nothing is injected into either program. Each launch has
fresh settings (no silent sign-in). Needs an X display: run it inside the test session.

    .venv/bin/python build_installer.py                       # once: dist/Responder-*-bundle
    scripts/desktop_session.sh .venv/bin/python -m bench.bundle_startup [--runs 5]
    scripts/desktop_session.sh .venv/bin/python -m bench.bundle_startup --build
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLL_S = 0.025
TIMEOUT_S = 60.0


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _window_shown() -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Sign in"],
                           capture_output=True, text=True)
    return bool(found.stdout.strip())


class LaunchFailed(RuntimeError):
    pass


def one_run(command: list[str]) -> float:
    """Milliseconds from launch to the sign-in window on screen."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "XDG_CONFIG_HOME": home}
        env.pop("QT_QPA_PLATFORM", None)
        started = time.perf_counter()
        log = Path(home) / "stderr.log"
        with log.open("wb") as err:
            proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                    stderr=err)
        try:
            while not _window_shown():
                if proc.poll() is not None:
                    lines = log.read_text(errors="replace").strip().splitlines()
                    reason = [ln for ln in lines if "qt.qpa" in ln or "Error" in ln] or lines
                    raise LaunchFailed(f"exited ({proc.returncode}) before the window: "
                                       + " | ".join(reason[:3]))
                if time.perf_counter() - started > TIMEOUT_S:
                    raise LaunchFailed(f"no sign-in window in {TIMEOUT_S:.0f} s")
                time.sleep(POLL_S)
            elapsed = (time.perf_counter() - started) * 1000
        finally:
            proc.kill()  # only the start-up is measured; fresh settings every launch
            proc.wait()
        # let the window go away before the next launch looks for one
        deadline = time.perf_counter() + 10
        while _window_shown() and time.perf_counter() < deadline:
            time.sleep(POLL_S)
    return elapsed


def _find_bundle(output: Path) -> Path:
    bundles = sorted(output.glob("Responder-*-bundle"), key=lambda p: p.stat().st_mtime)
    if not bundles:
        raise SystemExit(f"no bundle in {output}: run build_installer.py first (or --build)")
    return bundles[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs of each (default 5)")
    parser.add_argument("--output", type=Path, default=ROOT / "dist",
                        help="where build_installer.py put the bundle (default dist/)")
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        raise SystemExit("needs an X display: scripts/desktop_session.sh .venv/bin/python "
                         "-m bench.bundle_startup")
    if args.build:
        started = time.perf_counter()
        subprocess.run([sys.executable, "build_installer.py", "--output", str(args.output)],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        print(f"build_installer.py took {time.perf_counter() - started:.0f} s")
    bundle = _find_bundle(args.output)
    executable = bundle / ("Responder.exe" if sys.platform == "win32" else "responder")
    tarballs = sorted(args.output.glob(bundle.name.removesuffix("-bundle") + ".tar.gz"))

    print(f"bundle {bundle.name}: {_dir_size(bundle) / 1e6:.1f} MB on disk")
    for tarball in tarballs:
        print(f"installer {tarball.name}: {tarball.stat().st_size / 1e6:.1f} MB download")

    contenders = {
        "bundle": [str(executable)],
        "python -m responder_app": [sys.executable, "-m", "responder_app"],
    }
    first: dict[str, float] = {}
    times: dict[str, list[float]] = {name: [] for name in contenders}
    failures: dict[str, list[str]] = {name: [] for name in contenders}
    for run in range(args.runs + 1):  # alternate, so both see the same machine state
        for name, cmd in contenders.items():
            try:
                elapsed = one_run(cmd)
            except LaunchFailed as exc:
                failures[name].append(str(exc))
                continue
            if run == 0:
                first[name] = elapsed
            else:
                times[name].append(elapsed)
    print(f"start-up to the sign-in window (X display {os.environ['DISPLAY']}, "
          f"{args.runs} warm runs each after one first run):")
    for name in contenders:
        samples = times[name]
        first_text = f"{first[name]:6.0f} ms" if name in first else "  failed"
        if samples:
            print(f"  {name:26s} first {first_text}   median "
                  f"{statistics.median(samples):6.0f} ms   min/max {min(samples):.0f}/"
                  f"{max(samples):.0f} ms")
        for failure in failures[name]:
            print(f"  {name:26s} a launch failed: {failure[:300]}")

if __name__ == "__main__":
    main()
