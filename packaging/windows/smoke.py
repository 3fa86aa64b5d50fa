"""The installed Windows app, started under wine, against the Linux backend on loopback.

    .venv/bin/python packaging/windows/smoke.py --exe C:\\...\\Responder.exe --out DIR

Run by check.sh inside a virtual display with the wine prefix set up. It starts the
backend (as the e2e suite does), creates a responder, starts the app, waits for the
sign-in window by its title, takes a screenshot, signs in by typing as a person would,
waits for the main window, has a simulated client (responder_sim) start a chat and write,
answers it from the app's composer until the client receives the answer (which proves the
chat opened in the app), takes a second screenshot, starts the app a second time (which
must end at once, the first one still running) and quits with Ctrl+Q. Exit status 0
only when every step happened; each failure says which step and why.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, os.fspath(ROOT))

from responder_sim import start_session  # noqa: E402

EMAIL, PASSWORD, NAME = "wincheck@example.com", "WineCheck2026pass", "Win Check"
SIGN_IN_TITLES = ("登录 — Responder", "Sign in — Responder", "Đăng nhập — Responder")
REPLY = "Hello from the Windows app"


def step(text: str) -> None:
    print(f"--> {text}", flush=True)


def fail(text: str) -> None:
    raise SystemExit(f"windows check FAILED: {text}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def until(what: str, probe, timeout: float):  # type: ignore[no-untyped-def]
    """Poll `probe` until it returns something true; fail naming `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.25)
    fail(f"no {what} within {timeout:.0f} s")


def windows_named(pattern: str) -> list[str]:
    done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", pattern],
                          capture_output=True, text=True)
    return done.stdout.split()


def window_name(window: str) -> str:
    return subprocess.run(["xdotool", "getwindowname", window], capture_output=True,
                          text=True).stdout.strip()


def screenshot(path: Path) -> None:
    subprocess.run(["import", "-window", "root", os.fspath(path)], check=True)
    print(f"    screenshot {path}", flush=True)


def type_text(text: str) -> None:
    subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)


def key(name: str) -> None:
    subprocess.run(["xdotool", "key", name], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--exe", required=True, help="the installed Responder.exe (Windows path)")
    parser.add_argument("--out", type=Path, required=True, help="screenshots and logs")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    db = f"sqlite:///{out / 'responder.db'}"
    (out / "responder.db").unlink(missing_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"

    step(f"backend on {base}")
    server_log = (out / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "responder_server", "serve", "--host", "127.0.0.1", "--port",
         str(port), "--database-url", db, "--no-limits", "--log-level", "warning"],
        stdout=server_log, stderr=subprocess.STDOUT, cwd=ROOT)
    app: subprocess.Popen[bytes] | None = None
    try:
        until("backend answering /health",
              lambda: _healthy(base) if server.poll() is None else fail("backend exited"), 30)
        subprocess.run([sys.executable, "-m", "responder_server", "create-responder",
                        "--email", EMAIL, "--password", PASSWORD, "--display-name", NAME,
                        "--database-url", db], check=True, cwd=ROOT, capture_output=True)

        step("start the installed app")
        started = time.monotonic()
        app_log = (out / "app.log").open("wb")
        # Piped, as everything Python under wine (a file as stdout fails with WinError 6).
        app = subprocess.Popen(["wine", args.exe, "--server", base], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
        _drain(app, app_log)
        window = until("sign-in window", lambda: next(
            (w for w in windows_named("Responder") if window_name(w) in SIGN_IN_TITLES), None),
            90)
        print(f"    '{window_name(window)}' after {time.monotonic() - started:.1f} s", flush=True)
        screenshot(out / "sign-in.png")

        step("sign in by typing")
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False)
        # A fresh install focuses the empty email field (check.sh starts with no data).
        key("ctrl+a")
        type_text(EMAIL)
        key("Tab")
        key("ctrl+a")
        type_text(PASSWORD)
        key("Return")
        main_title = f"Responder — {NAME}"
        until(f"main window '{main_title}'", lambda: windows_named(main_title), 60)

        step("a simulated client starts a chat and writes")
        asyncio.run(_chat(base))
        screenshot(out / "chat.png")

        step("a second start only brings the first one up")
        try:
            second = subprocess.run(["wine", args.exe, "--server", base], timeout=90,
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        except subprocess.TimeoutExpired:
            fail("a second start of the app did not end (two apps at once)")
        if second.returncode != 0 or app.poll() is not None:
            fail(f"the second start ended with {second.returncode}; the first is "
                 f"{'gone' if app.poll() is not None else 'running'}")
        if not windows_named(main_title):
            fail("the first app's window is gone after a second start")
        print("    the second start ended at once; the first one is still there", flush=True)

        step("quit (Ctrl+Q)")
        key("ctrl+q")
        try:
            app.wait(60)
        except subprocess.TimeoutExpired:
            fail("the app did not quit on Ctrl+Q")
        print(f"    quit with status {app.returncode}", flush=True)
        app = None
    except BaseException:
        if app is not None:  # what the screen showed when it went wrong
            screenshot(out / "failure.png")
        raise
    finally:
        if app is not None and app.poll() is None:
            app.kill()
        server.terminate()
        server.wait(10)
    return 0


def _healthy(base: str) -> bool:
    try:
        return httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def _drain(process: subprocess.Popen[bytes], log) -> None:  # type: ignore[no-untyped-def]
    import threading

    def copy() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            log.write(line)
            log.flush()

    threading.Thread(target=copy, daemon=True).start()


async def _start_client(base: str):  # type: ignore[no-untyped-def]
    """A client's chat, once the app has gone online (until then nobody can take it: 409)."""
    for _attempt in range(60):
        try:
            return await start_session(base, "小美", "工作压力")
        except httpx.HTTPStatusError as exc:
            if exc.response.status_code != 409:
                raise
            await asyncio.sleep(0.5)
    fail("the responder never came online for a client (the app did not go online)")


async def _chat(base: str) -> None:
    client = await _start_client(base)
    try:
        await client.listen()
        await client.say("你好，在吗？")
        # Answer from the app: the first chat's composer takes the keyboard when its tab
        # opens, so the answer reaching the client proves the chat opened there. Until the
        # tab is there the keys go nowhere; try again until the answer arrives. A tab that
        # opens halfway through the typing gets only the end of it (CI once sent
        # "ello from…"): that proves the chat open, and the next answer must then arrive
        # whole.
        opened = False
        for _attempt in range(12):
            await asyncio.to_thread(type_text, REPLY)
            await asyncio.to_thread(key, "Return")
            reply = await client.wait_for_reply(5)
            if reply is None:
                if opened:
                    fail("the chat is open but the second answer never reached the client")
                continue
            if reply.body == REPLY:
                print("    the client received the answer typed in the app", flush=True)
                return
            if opened or not REPLY.endswith(reply.body):
                fail(f"the client received {reply.body!r}, not the answer typed")
            print(f"    the tab opened while typing ({reply.body!r}); typing again", flush=True)
            opened = True
        fail("the chat never opened in the app (the client got no answer)")
    finally:
        await client.close()


if __name__ == "__main__":
    raise SystemExit(main())
