"""Memory held by the app: bare PySide6 window vs. the real app signed in, with chats open,
and with those chats scrolled back through their history.

Every figure is the VmRSS of a fresh child process (read from its /proc/self/status after
the scenario settles), so imports and caches from one stage never count in another:

  (a) bare      QApplication + a shown, empty QMainWindow
  (b) signed in the real app (AppController) signed in to the real backend, no chats
  (c) 20 chats  signed in with 20 active chats, each showing its first history page
  (d) scrolled  the same process as (c), after scrolling every chat back to its top until
                2,000 messages are loaded (page by page through the chat tab's own
                older-history loading: the scroll bar goes to its top, the tab asks, the
                controller fetches the next page)

The backend is the real one (its own process, SQLite). The 40,000 messages are written
before the app signs in, through the public client API (PUT .../messages/{id}): each
simulated client and the responder side of each chat has its own small httpx client, and
the 20 chats write concurrently. The server's CPU is the limit (ORM, search index, event
log per message: 40,000 took 885 s, 45/s, on a busy 2-core machine); there is no server
CLI that writes messages. So the seeded database is kept (--seed-cache) and later runs
start the backend on a pristine copy of it: about two minutes a run.

    scripts/desktop_session.sh .venv/bin/python -m bench.app_memory [--chats 20]
        [--messages 2000] [--breakdown]

Runs on the display it is given (Xvfb under desktop_session.sh), else offscreen.
`--breakdown` also prints what importing the app costs module by module (each module's own
loading, via an import hook, on top of a shown bare window) and what making the heavy
start-up objects costs (QSoundEffect, a chart, the main window, the keyring backend, ...),
each in a fresh process.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

CHILD_TAG = "BENCH-RSS "
SETTLE_S = 3.0  # let start-up timers, the event stream and first paints happen

BODIES = [
    "你好，在吗？今天好难受，想找人说说话。",
    "I don't really know where to start, it's been a long week at work.",
    "我明白，慢慢说，我在这里听着。",
    "My manager keeps changing the deadline and I can't sleep properly any more.",
    "That sounds exhausting. What has been the hardest part for you?",
    "Xin chào, tôi muốn nói chuyện một chút được không?",
    "嗯……其实是家里的事情，我不知道该怎么开口。",
    "Take your time. There's no rush here, we can go at your pace.",
]


def rss_mb(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/<pid>/status")


def report(**figures: Any) -> None:
    print(CHILD_TAG + json.dumps(figures), flush=True)


# ---- child processes --------------------------------------------------------------------


def _qt_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _settle(app: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    gc.collect()
    app.processEvents()


def child_bare() -> None:
    from PySide6.QtWidgets import QMainWindow

    app = _qt_app()
    window = QMainWindow()
    window.resize(1100, 750)
    window.show()
    _settle(app, SETTLE_S)
    report(rss=rss_mb())


async def _signed_in_app(args: argparse.Namespace, work: Path) -> Any:
    # isort: off
    # First, as in `python -m responder_app` (the package trims what httpx imports).
    import responder_app  # noqa: F401
    import httpx

    # isort: on
    from keyring.backends import fail

    from responder_app.app_controller import AppController
    from responder_app.services.credentials import CredentialStore
    from responder_app.settings import AppSettings
    from tests.support.qt_async import wait_until

    http = httpx.AsyncClient()
    controller = AppController(http=http, settings=AppSettings.in_file(str(work / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    await controller.sign_in(args.url, args.email, args.password)
    await wait_until(lambda: controller.stream is not None
                     and controller.stream.status.state.value == "connected", 30,
                     "the event stream")
    await wait_until(lambda: len(controller.tabs_by_conversation_id) >= args.chats, 60,
                     f"{args.chats} chat tabs")
    await wait_until(lambda: all(t.history_loaded and not t.loading_history
                                 for t in controller.tabs_by_conversation_id.values()),
                     60, "every chat's first page")
    return controller


def _loaded_rows(controller: Any) -> int:
    return sum(t.model.rowCount() for t in controller.tabs_by_conversation_id.values())


async def _scroll_back(controller: Any, messages: int) -> None:
    """Scroll each chat to its top, as the user would, until `messages` rows are loaded."""
    from tests.support.qt_async import wait_until

    tabs = controller.window.ui.tabs
    for tab in list(controller.tabs_by_conversation_id.values()):
        tabs.setCurrentWidget(tab)
        await asyncio.sleep(0.05)
        bar = tab.ui.timeline.verticalScrollBar()

        def idle(tab: Any = tab) -> bool:
            return not tab.loading_history

        while tab.model.rowCount() < messages and tab.model.has_more:
            await wait_until(idle, 30, "a history page")
            before = tab.model.rowCount()

            def grew(tab: Any = tab, before: int = before) -> bool:
                return bool(tab.model.rowCount() > before or not tab.model.has_more)

            if bar.value() == bar.minimum():
                bar.setValue(bar.minimum() + 1)  # so reaching the top is a change again
            bar.setValue(bar.minimum())  # the chat tab asks for the page above
            if not tab.loading_history:
                raise RuntimeError("scrolling to the top did not ask for older history")
            await wait_until(grew, 30, "older rows")
        await wait_until(idle, 30, "the last page")


async def _settle_async() -> None:
    await asyncio.sleep(SETTLE_S)  # the qasync loop keeps Qt painting and the stream going
    gc.collect()
    await asyncio.sleep(0.1)


def child_app(args: argparse.Namespace) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # isort: off
    import PySide6  # noqa: F401  (before qasync, so qasync binds to PySide6)
    import qasync

    # isort: on
    app = _qt_app()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def scenario(work: Path) -> None:
        controller = await _signed_in_app(args, work)
        await _settle_async()
        figures: dict[str, Any] = {"rss": rss_mb(), "rows": _loaded_rows(controller),
                                   "chats": len(controller.tabs_by_conversation_id)}
        if args.scroll:
            started = time.perf_counter()
            await _scroll_back(controller, args.messages)
            figures["scroll_s"] = time.perf_counter() - started
            await _settle_async()
            figures["rss_scrolled"] = rss_mb()
            figures["rows_scrolled"] = _loaded_rows(controller)
        report(**figures)
        await controller.shutdown()

    with tempfile.TemporaryDirectory() as tmp:
        loop.run_until_complete(scenario(Path(tmp)))
    os._exit(0)  # skip Qt/Python teardown: the figures are out


# ---- seeding ----------------------------------------------------------------------------


async def seed(base_url: str, responder_token: str, chats: int, messages: int) -> float:
    """Start `chats` sessions and write `messages` messages into each (2 of every 3 from
    the client, 1 from the responder), the chats concurrently. Returns seconds taken."""
    import httpx

    from responder_sim import start_session
    from responder_wire import API_PREFIX

    started = time.perf_counter()
    sessions = [await start_session(base_url, f"Client {i}", "bench", length_minutes=60)
                for i in range(chats)]

    async def fill(index: int) -> None:
        session = sessions[index]
        url = f"{base_url}{API_PREFIX}/conversations/{session.conversation_id}/messages"
        async with httpx.AsyncClient(
            timeout=httpx.Timeout(30),
            headers={"Authorization": f"Bearer {responder_token}"},
        ) as responder:
            for n in range(messages):
                http = responder if n % 3 == 2 else session.http
                body = f"{BODIES[(n + index) % len(BODIES)]} ({n})"
                message_id = uuid.uuid4()
                for attempt in range(5):
                    try:
                        response = await http.put(f"{url}/{message_id}", json={"body": body})
                        break
                    except httpx.TransportError:  # e.g. the server closed an idle keep-alive
                        if attempt == 4:
                            raise
                        await asyncio.sleep(0.2)  # the PUT is idempotent: same id again
                response.raise_for_status()

    try:
        await asyncio.gather(*(fill(i) for i in range(chats)))
    finally:
        for session in sessions:
            await session.http.aclose()
    return time.perf_counter() - started


# ---- breakdown: imports and start-up components -----------------------------------------

IMPORT_CHILD = r"""
import importlib.abc, json, sys
from bench.app_memory import rss_mb, _settle, _qt_app, CHILD_TAG
own: dict[str, float] = {}  # module -> MB its own loading added (its imports not counted)
stack: list[float] = []

class Measured(importlib.abc.Loader):
    def __init__(self, inner): self.inner = inner
    def _timed(self, name, call, *args):
        start = rss_mb(); stack.append(0.0)
        try:
            return call(*args)
        finally:
            grown, nested = rss_mb() - start, stack.pop()
            own[name] = own.get(name, 0.0) + grown - nested
            if stack:
                stack[-1] += grown
    def create_module(self, spec):  # extension modules (Qt's) load their libraries here
        return self._timed(spec.name, self.inner.create_module, spec)
    def exec_module(self, module):
        self._timed(module.__name__, self.inner.exec_module, module)

class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if hasattr(spec.loader, "exec_module"):
                    spec.loader = Measured(spec.loader)
                return spec
        return None

from PySide6.QtWidgets import QMainWindow
app = _qt_app()
w = QMainWindow(); w.resize(1100, 750); w.show()
_settle(app, 0.5)
before = rss_mb()
sys.meta_path.insert(0, Finder())
import responder_app.app_controller
sys.meta_path.pop(0)
_settle(app, 0.5)
print(CHILD_TAG + json.dumps({"own": own, "total": rss_mb() - before}), flush=True)
import os; os._exit(0)
"""

# Built on top of everything the app imports, so each figure is only what making it costs.
COMPONENTS: dict[str, str] = {
    "QSoundEffect + setSource (AlertSound)": """
from PySide6.QtCore import QUrl
from PySide6 import QtMultimedia
e = QtMultimedia.QSoundEffect(app); e.setSource(QUrl("qrc:/sounds/new_client.wav"))
""",
    "one QChart + QChartView, shown": """
from PySide6.QtCharts import QChart, QChartView
c = QChart(); v = QChartView(c); v.show()
""",
    "MainWindow (not shown)": """
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
import tempfile
from responder_app.ui.main_window import MainWindow
m = MainWindow(ServerClock(), AppSettings.in_file(tempfile.mkdtemp() + "/s.ini"))
""",
    "keyring.get_keyring() (Secret Service)": "import keyring; keyring.get_keyring()",
    "httpx.AsyncClient() (TLS context)": "import httpx; h = httpx.AsyncClient()",
    "AppController() shown, not signed in": """
import httpx, tempfile
from keyring.backends import fail
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
c = AppController(http=httpx.AsyncClient(), settings=AppSettings.in_file(
    tempfile.mkdtemp() + "/s.ini"), credentials=CredentialStore(fail.Keyring()))
c.window.show()
""",
}

COMPONENT_CHILD = r"""
import json, sys, time
from bench.app_memory import rss_mb, _settle, _qt_app, CHILD_TAG
from PySide6.QtWidgets import QMainWindow
app = _qt_app()
w = QMainWindow(); w.resize(1100, 750); w.show()
from responder_app.app_controller import AppController
import responder_app.ui.rc_resources
_settle(app, 0.5)
before = rss_mb()
t0 = time.perf_counter()
exec(sys.argv[1])
took = time.perf_counter() - t0
_settle(app, 1.0)
print(CHILD_TAG + json.dumps({"delta": rss_mb() - before, "ms": took * 1000}), flush=True)
import os; os._exit(0)
"""


def _group(module: str) -> str:
    """What a module's cost is reported under: Qt modules and our own modules one by one,
    third-party packages as a whole."""
    parts = module.split(".")
    if parts[0] in ("PySide6", "shiboken6"):
        return ".".join(parts[:2])
    if parts[0] in ("responder_app", "responder_wire") and len(parts) > 1:
        return ".".join(parts[:3] if parts[1] in ("ui", "services", "features", "shell")
                        else parts[:2])
    return parts[0]


def breakdown() -> None:
    got = run_child(["-c", IMPORT_CHILD])
    groups: dict[str, float] = {}
    for module, mb in got["own"].items():
        groups[_group(module)] = groups.get(_group(module), 0.0) + mb
    print("\nimporting responder_app.app_controller on top of a shown bare window: "
          f"+{got['total']:.1f} MB")
    print("  (each module's own loading; what it imports is counted under that module)")
    shown = 0.0
    for name, mb in sorted(groups.items(), key=lambda kv: -kv[1]):
        if mb >= 0.3:
            shown += mb
            print(f"  {name:48s} {mb:6.1f} MB")
    print(f"  {'(everything else)':48s} {got['total'] - shown:6.1f} MB")

    print("\nmaking things, on top of the imports above (fresh process each):")
    for name, code in COMPONENTS.items():
        got = run_child(["-c", COMPONENT_CHILD, code])
        print(f"  {name:48s} {got['delta']:6.1f} MB {got['ms']:7.0f} ms")


# ---- parent -----------------------------------------------------------------------------


def run_child(argv: list[str], timeout: float = 900) -> dict[str, Any]:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, *argv], env=env, capture_output=True, text=True,
                            timeout=timeout, cwd=Path(__file__).resolve().parent.parent)
    for line in result.stdout.splitlines():
        if line.startswith(CHILD_TAG):
            figures: dict[str, Any] = json.loads(line[len(CHILD_TAG):])
            return figures
    raise RuntimeError(f"child {argv} printed no figures:\n{result.stderr[-3000:]}")


def app_child(args: argparse.Namespace, url: str, email: str, password: str, chats: int,
              scroll: bool) -> dict[str, Any]:
    argv = ["-m", "bench.app_memory", "--child", "app", "--url", url, "--email", email,
            "--password", password, "--chats", str(chats), "--messages", str(args.messages)]
    return run_child(argv + (["--scroll"] if scroll else []))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=20)
    parser.add_argument("--messages", type=int, default=2000, help="per chat")
    parser.add_argument("--breakdown", action="store_true")
    parser.add_argument("--seed-cache", default="~/.cache/responder-bench",
                        help="where the seeded database is kept for the next run")
    parser.add_argument("--fresh-seed", action="store_true",
                        help="write the messages again instead of reusing the cache")
    parser.add_argument("--child", choices=["bare", "app"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--email", help=argparse.SUPPRESS)
    parser.add_argument("--password", help=argparse.SUPPRESS)
    parser.add_argument("--scroll", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bare":
        child_bare()
        return
    if args.child == "app":
        child_app(args)
        return

    from tests.support.backend import start_backend

    platform = f"xcb on {os.environ['DISPLAY']}" if os.environ.get("DISPLAY") else "offscreen"
    cache = Path(args.seed_cache).expanduser() / f"app_memory-{args.chats}x{args.messages}.db"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seeded = cache.exists() and cache.with_suffix(".json").exists() and not args.fresh_seed
        if seeded:  # a copy: every run starts from the same pristine chats
            shutil.copyfile(cache, work / "responder.db")
        # No reassignment or presence sweep while the seeded chats wait for the app.
        backend = start_backend(work, "--reassign-after", "100000000",
                                "--presence-timeout", "100000000")
        try:
            bare = run_child(["-m", "bench.app_memory", "--child", "bare"])["rss"]
            lone_email, lone_password = backend.create_responder(
                email=f"lone-{uuid.uuid4().hex[:8]}@example.test")
            signed_in = app_child(args, backend.base_url, lone_email, lone_password, 0, False)

            if seeded:
                account = json.loads(cache.with_suffix(".json").read_text())
                print(f"seeded chats reused from {cache} (--fresh-seed writes them again)")
            else:
                tokens = backend.new_responder(max_concurrent=args.chats)
                account = {"email": tokens["responder"]["email"],
                           "password": tokens["password"]}
                seconds = asyncio.run(seed(backend.base_url, tokens["access_token"],
                                           args.chats, args.messages))
                total = args.chats * args.messages
                print(f"seeded {total:,} messages in {seconds:.1f} s ({total / seconds:,.0f}/s)"
                      f" through the client API, {args.chats} chats concurrently")
                backend.stop()  # a consistent file to keep, then the same server again
                with contextlib.closing(sqlite3.connect(work / "responder.db")) as db:
                    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all of it in the one file
                cache.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(work / "responder.db", cache)
                cache.with_suffix(".json").write_text(json.dumps(account))
                backend = start_backend(work, "--reassign-after", "100000000",
                                        "--presence-timeout", "100000000")
            loaded = app_child(args, backend.base_url, account["email"], account["password"],
                               args.chats, True)
        finally:
            backend.stop()

    def line(label: str, rss: float) -> None:
        print(f"  {label:34s} {rss:7.1f} MB   {rss / bare:4.2f}x   {rss - bare:+7.1f} MB")

    rows, rows_scrolled = loaded["rows"], loaded["rows_scrolled"]
    print(f"\napp memory (VmRSS of fresh processes, {platform}, Python {sys.version.split()[0]}):")
    print(f"  {'':34s} {'RSS':>10s}   {'vs bare':>5s}   {'minus bare':>10s}")
    line("(a) bare PySide6 window", bare)
    line("(b) signed in, no chats", signed_in["rss"])
    line(f"(c) {loaded['chats']} chats open ({rows:,} rows)", loaded["rss"])
    line(f"(d) scrolled back ({rows_scrolled:,} rows)", loaded["rss_scrolled"])
    per_message = (loaded["rss_scrolled"] - loaded["rss"]) * 1024 / max(1, rows_scrolled - rows)
    print(f"  per loaded message (d - c)        {per_message:7.2f} KB")
    print(f"  scrolling back took {loaded['scroll_s']:.1f} s")
    print("  targets: (b) <= bare + 50 MB, (d) <= bare + 90 MB")
    if args.breakdown:
        breakdown()


if __name__ == "__main__":
    main()
