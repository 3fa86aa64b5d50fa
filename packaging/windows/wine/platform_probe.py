"""The app's Windows code paths against the real Windows API as wine provides it (run by
check.sh with the wine Python): idle time from GetLastInputInfo, the AppUserModelID, the
Run key for start at sign-in, the outbox's journal lock (msvcrt.locking) and the
time-zone data. Prints one line per check; exits 1 on the first that fails."""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo


def main() -> int:
    from responder_app.platform.autostart import WindowsRunKey
    from responder_app.platform.identity import claim_app_user_model_id
    from responder_app.platform.idle import windows_idle_seconds
    from responder_app.services.outbox import _Journal

    idle = windows_idle_seconds()
    check("idle time from GetLastInputInfo", idle is not None and idle >= 0, idle)
    check("AppUserModelID claimed", claim_app_user_model_id(), "")
    run = WindowsRunKey([r"C:\Program Files\Responder check\Responder.exe"])
    run.set_enabled(True)
    on = run.enabled()
    run.set_enabled(False)
    check("start at sign-in: Run key set and removed", on and not run.enabled(), "")
    with tempfile.TemporaryDirectory() as tmp:
        first, second = _Journal(Path(tmp) / "o"), _Journal(Path(tmp) / "o")
        locked = first.lock() and not second.lock()
        first.append({"id": "m1", "body": "你好"})
        records, _bad = first.read()
        first.close()
        second.close()
    check("outbox journal locked (msvcrt) and written", locked and len(records) == 1, "")
    shanghai = datetime(2026, 1, 1, tzinfo=ZoneInfo("Asia/Shanghai")).utcoffset()
    check("time-zone data (tzdata)", str(shanghai) == "8:00:00", shanghai)
    return 0


def check(what: str, ok: bool, detail: object) -> None:
    print(f"    {'ok  ' if ok else 'FAIL'} {what} {detail if detail != '' else ''}", flush=True)
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    sys.exit(main())
