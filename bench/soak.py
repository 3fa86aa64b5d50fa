"""Soak: the real app in demo mode for half an hour, with a notification service on the
session bus, its backend killed (SIGKILL) once halfway and started again.

Runs `python -m responder_app --demo --demo-clients 12` as its own process (the code that
`python -m responder_app` finds: PYTHONPATH picks a checkout), with python-dbusmock's
notification daemon owning `org.freedesktop.Notifications` (a private `dbus-daemon` is
started when there is no session bus). Halfway it finds the demo's backend (the app's
`responder_server serve` child), SIGKILLs it and starts the same command again (same
port, same database); the simulator too, if it died with it. Every 30 s it samples the
app process's CPU (% of one core, from /proc/PID/stat) and RSS (/proc/PID/status).

The app's stdout/stderr go through a pipe and are counted, not stored whole (a busy
loop that logs 100 MB/s must not fill the disk): the first 1 MB is kept in the work dir.
With RESPONDER_LOG_FILE pointed into the work dir, the app's own log file is measured
too.

    scripts/desktop_session.sh .venv/bin/python -m bench.soak [--minutes 30]
    PYTHONPATH=/path/to/checkout scripts/desktop_session.sh .venv/bin/python -m bench.soak
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.notification_daemon import NotificationDaemon

SAMPLE_S = 30.0
KEEP_OUTPUT_BYTES = 1024 * 1024
CLK_TCK = os.sysconf("SC_CLK_TCK")


@dataclass
class OutputCounter:
    """Reads the app's output: counts bytes, lines and QSocketNotifier lines; keeps the
    first KEEP_OUTPUT_BYTES in a file."""

    keep: Path
    bytes: int = 0
    lines: int = 0
    socket_notifier_lines: int = 0
    first_socket_notifier_at: float | None = None
    started: float = field(default_factory=time.monotonic)

    def pump(self, stream: object) -> None:
        with open(self.keep, "wb") as kept:
            for line in iter(stream.readline, b""):  # type: ignore[attr-defined]
                self.bytes += len(line)
                self.lines += 1
                if b"QSocketNotifier" in line:
                    self.socket_notifier_lines += 1
                    if self.first_socket_notifier_at is None:
                        self.first_socket_notifier_at = time.monotonic() - self.started
                if kept.tell() < KEEP_OUTPUT_BYTES:
                    kept.write(line)
                    kept.flush()


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def children(pid: int) -> list[tuple[int, list[str]]]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                argv = (entry / "cmdline").read_bytes().split(b"\0")
                found.append((int(entry.name), [a.decode() for a in argv if a]))
        except (OSError, ValueError, IndexError):
            continue
    return found


def _module_child(pid: int, module: str) -> tuple[int, list[str]] | None:
    for child, argv in children(pid):
        if module in argv:
            return child, argv
    return None


def _size(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.exists())


@dataclass
class Sample:
    at_s: float
    cpu_percent: float
    rss_mb: float


def soak(minutes: float, clients: int, work: Path) -> int:
    daemon = NotificationDaemon(work / "notify.log")
    env = dict(os.environ, PYTHONUNBUFFERED="1",
               RESPONDER_LOG_FILE=str(work / "app-log" / "responder.log"))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "responder_app", "--demo", "--demo-clients", str(clients)]
    print("app:", " ".join(command), flush=True)
    app = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, env=env)
    output = OutputCounter(work / "app-output-first-1MB.txt")
    reader = threading.Thread(target=output.pump, args=(app.stdout,), daemon=True)
    reader.start()
    replacements: list[subprocess.Popen[bytes]] = []
    samples: list[Sample] = []
    restart_note = "not done"
    start = time.monotonic()
    end = start + minutes * 60
    kill_at = start + minutes * 60 / 2
    killed = False
    try:
        # The demo is up when its backend is.
        deadline = time.monotonic() + 90
        while _module_child(app.pid, "responder_server") is None:
            if app.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the demo's backend did not start")
            time.sleep(0.2)
        last_ticks, last_t = cpu_ticks(app.pid), time.monotonic()
        next_sample = last_t + SAMPLE_S
        while time.monotonic() < end and app.poll() is None:
            now = time.monotonic()
            if not killed and now >= kill_at:
                killed = True
                restart_note = _kill_and_restart_backend(app.pid, work, env, replacements)
                print(f"[{now - start:6.0f} s] {restart_note}", flush=True)
            if now >= next_sample:
                ticks = cpu_ticks(app.pid)
                percent = (ticks - last_ticks) / CLK_TCK / (now - last_t) * 100
                last_ticks, last_t = ticks, now
                sample = Sample(now - start, percent, rss_mb(app.pid))
                samples.append(sample)
                print(f"[{sample.at_s:6.0f} s] CPU {percent:5.1f} %  RSS {sample.rss_mb:6.1f} MB  "
                      f"output {output.bytes / 1e6:8.2f} MB  "
                      f"QSocketNotifier lines {output.socket_notifier_lines}", flush=True)
                next_sample += SAMPLE_S
            time.sleep(0.5)
        crashed = app.poll()
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGTERM)  # quits cleanly, stops the demo's children
            try:
                app.wait(20)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
        for proc in replacements:
            if proc.poll() is None:
                proc.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(10)
            if proc.poll() is None:
                proc.kill()
        reader.join(10)
        notify_calls = len(daemon.calls())
        daemon.stop()

    log_files = sorted((work / "app-log").glob("responder.log*"))
    reconnected = _reconnected(work / "server-restarted.log")
    cpu = [s.cpu_percent for s in samples]
    print()
    print(f"soak: {minutes:g} min, {clients} simulated clients, notification service on the "
          f"session bus ({notify_calls} Notify calls received)")
    if crashed is not None:
        print(f"  the app EXITED during the run (code {crashed})")
    if cpu:
        print(f"  CPU (% of one core, app process, {len(cpu)} samples every {SAMPLE_S:.0f} s): "
              f"median {statistics.median(cpu):.1f}, max {max(cpu):.1f}")
        print(f"  RSS: start {samples[0].rss_mb:.1f} MB, end {samples[-1].rss_mb:.1f} MB")
    print(f"  app stdout/stderr: {output.bytes / 1e6:.2f} MB, {output.lines} lines; "
          f"QSocketNotifier lines: {output.socket_notifier_lines}"
          + (f" (first at {output.first_socket_notifier_at:.0f} s)"
             if output.first_socket_notifier_at is not None else ""))
    if log_files:
        print(f"  app log file: {_size(log_files) / 1e6:.2f} MB in {len(log_files)} file(s) "
              f"({work / 'app-log'})")
    else:
        print("  app log file: none (the app does not call setup_logging())")
    print(f"  backend: {restart_note}; app reconnected to the new one: "
          f"{'yes' if reconnected else 'NO'}")
    return 0 if crashed is None else 1


def _kill_and_restart_backend(app_pid: int, work: Path, env: dict[str, str],
                              replacements: list[subprocess.Popen[bytes]]) -> str:
    server = _module_child(app_pid, "responder_server")
    sim = _module_child(app_pid, "responder_sim")
    if server is None:
        return "the demo's backend was not found (not restarted)"
    pid, argv = server
    if "--log-level" not in argv:
        argv = [*argv, "--log-level", "info"]  # its access log shows the app reconnecting
    os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # not our child: poll instead
    while Path(f"/proc/{pid}").exists() and "Z" not in _state(pid):
        time.sleep(0.05)
    time.sleep(1.0)  # the app sees its stream drop while nothing listens
    with open(work / "server-restarted.log", "wb") as log:
        replacements.append(subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log,
                                             stderr=subprocess.STDOUT, env=env))
    note = f"SIGKILLed the demo's backend (pid {pid}) and started it again"
    if sim is not None:
        time.sleep(5)
        if not Path(f"/proc/{sim[0]}").exists() or "Z" in _state(sim[0]):
            with open(work / "sim-restarted.log", "wb") as log:
                replacements.append(subprocess.Popen(sim[1], stdin=subprocess.DEVNULL,
                                                     stdout=log, stderr=subprocess.STDOUT,
                                                     env=env))
            note += " (and the simulator, which had exited)"
    return note


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


def _reconnected(server_log: Path) -> bool:
    """The restarted backend served the app's event stream."""
    return server_log.exists() and "/api/v1/events" in server_log.read_text(errors="replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=12)
    parser.add_argument("--keep", metavar="DIR", help="work dir to keep (default: a temp dir)")
    args = parser.parse_args()
    if args.keep:
        work = Path(args.keep)
        work.mkdir(parents=True, exist_ok=True)
        sys.exit(soak(args.minutes, args.clients, work))
    with tempfile.TemporaryDirectory(prefix="responder-soak-") as tmp:
        sys.exit(soak(args.minutes, args.clients, Path(tmp)))


if __name__ == "__main__":
    main()
