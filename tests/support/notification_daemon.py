"""A real D-Bus session bus with a real notification service on it, for tests and benches.

Uses the session bus the test run already has (scripts/desktop_session.sh starts one with
dbus-run-session) or starts a private `dbus-daemon` when there is none, then runs
python-dbusmock's `notification_daemon` template on it: it owns
`org.freedesktop.Notifications` and records every call, with its arguments, which tests
read back through dbusmock's `org.freedesktop.DBus.Mock` interface. It offers actions (as
GNOME, KDE, dunst do), and a test can make it emit `ActionInvoked` (a click) and
`NotificationClosed`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
MOCK_IFACE = "org.freedesktop.DBus.Mock"
# dbusmock's defaults, plus actions (every common notification server has them).
CAPABILITIES = ("body", "body-markup", "icon-static", "image/svg+xml", "private-synchronous",
                "append", "private-icon-only", "truncation", "actions")


@dataclass(frozen=True)
class NotifyCall:
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    expire_timeout: int
    at: float  # when the service received it (epoch seconds, ms resolution, from its log)
    actions: tuple[str, ...] = ()  # key, label, key, label, ...
    hints: dict[str, Any] | None = None
    id: int = 0  # the notification id the service returned


def ensure_session_bus() -> subprocess.Popen[bytes] | None:
    """Start a private session bus if this process has none; returns it (to stop later)."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().decode().strip()
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    return daemon


class NotificationDaemon:
    def __init__(self, log_path: Path, capabilities: tuple[str, ...] = CAPABILITIES) -> None:
        self.log_path = log_path
        self._skip_times = 0
        self._bus_daemon = ensure_session_bus()
        parameters = json.dumps({"capabilities": " ".join(capabilities)})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "dbusmock", "--session", "--template", "notification_daemon",
             "--parameters", parameters, "--logfile", str(log_path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self._wait_for_name()

    def _wait_for_name(self) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            probe = subprocess.run(
                ["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                 "--object-path", "/org/freedesktop/DBus", "--method",
                 "org.freedesktop.DBus.NameHasOwner", BUS_NAME],
                capture_output=True, text=True)
            if "true" in probe.stdout:
                return
            if self.process.poll() is not None:
                raise RuntimeError("the notification service exited at start-up")
            time.sleep(0.05)
        raise RuntimeError("the notification service did not come up on the session bus")

    def _mock(self) -> Any:
        import dbus

        return dbus.Interface(dbus.SessionBus().get_object(BUS_NAME, OBJECT_PATH), MOCK_IFACE)

    def calls(self) -> list[NotifyCall]:
        """Every Notify call received so far, in order, with its arguments (asked of the
        service over D-Bus) and when it arrived (its log has millisecond times)."""
        recorded = self._mock().GetMethodCalls("Notify")
        times = [float(m.group(1)) for m in _LOG_TIME.finditer(self._log_text())]
        times = times[self._skip_times:]
        found = []
        for index, (stamp, args) in enumerate(recorded):
            at = times[index] if index < len(times) else float(stamp)
            app_name, replaces_id, icon, summary, body, actions, hints, expire = args[:8]
            # The service numbers notifications 1, 2, ... (this helper never replaces one).
            number = int(replaces_id) or self._skip_times + index + 1
            found.append(NotifyCall(str(app_name), int(replaces_id), str(icon), str(summary),
                                    str(body), int(expire), at,
                                    tuple(str(a) for a in actions),
                                    {str(k): _plain(v) for k, v in hints.items()}, number))
        return found

    def click(self, notification_id: int, action: str = "default") -> None:
        """What the service does when the user clicks the notification (or an action)."""
        import dbus

        self._mock().EmitSignal(BUS_NAME, "ActionInvoked", "us",
                                [dbus.UInt32(notification_id), action])

    def close_notification(self, notification_id: int, reason: int = 2) -> None:
        """The notification went away (reason 1 expired, 2 dismissed by the user)."""
        import dbus

        self._mock().EmitSignal(BUS_NAME, "NotificationClosed", "uu",
                                [dbus.UInt32(notification_id), dbus.UInt32(reason)])

    def _log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8") if self.log_path.exists() else ""

    def clear(self) -> None:
        """Forget the calls so far (the log keeps growing; its times stay aligned)."""
        self._mock().ClearCalls()
        self._skip_times = len(list(_LOG_TIME.finditer(self._log_text())))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._bus_daemon is not None:
            self._bus_daemon.terminate()
            self._bus_daemon.wait(5)
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)


def _plain(value: Any) -> Any:
    """dbus-python's types as plain Python values."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    return value


# dbusmock logs one line per call: `1795629328.759 Notify "Responder" 0 "" "Alias" ...`
_LOG_TIME = re.compile(r"^(\d+\.\d+) Notify ", re.MULTILINE)
