"""Entry point: `responder-app [--demo] [--server URL]` or `python -m responder_app`.

Start-up shows the sign-in window before anything else is loaded: only Qt, the settings,
the theme and the dialog's own form are imported first. The session, the main window and
the features (httpx, the wire models, the features' forms) are imported and built while
the dialog is on screen (`run`), so the window is up in about half the time.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import logging
import signal
import socket
import sys
import tempfile
from pathlib import Path

# isort: off
# PySide6 must be imported before qasync, or qasync may pick another Qt binding.
import PySide6  # noqa: F401
from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
import qasync

# isort: on
from typing import TYPE_CHECKING

from responder_app import __version__, forget_module_sources
from responder_app.platform.identity import claim_app_user_model_id
from responder_app.platform.single_instance import SingleInstance
from responder_app.services.app_log import setup_logging
from responder_app.settings import AppSettings
from responder_app.shell.collector import MainThreadCollector
from responder_app.ui.language import install_language
from responder_app.ui.qt_log import install_qt_message_handler
from responder_app.ui.theme import apply_theme

if TYPE_CHECKING:
    from responder_app.ui.sign_in_dialog import SignInDialog

log = logging.getLogger("responder_app")
_wakeup: list[object] = []  # the signal wake-up sockets and their notifier


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="responder-app", description="Responder desktop app")
    parser.add_argument("--demo", action="store_true",
                        help="run a local backend with simulated clients and sign in to it")
    parser.add_argument("--demo-clients", type=int, default=5, metavar="N",
                        help="simulated clients in demo mode (default 5)")
    parser.add_argument("--demo-seed", type=int, default=None, metavar="SEED")
    parser.add_argument("--server", metavar="URL", help="server address to sign in to")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Windows laptops run at 125 % or 150 %: scale by exactly that, never rounded to
        # 100 % or 200 % (Qt 6's default, said here so no one changes it unknowingly).
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv)
    app.setApplicationName("Responder")
    app.setOrganizationName("Responder")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("responder")
    app.setQuitOnLastWindowClosed(False)  # the controller decides when to quit
    # The responder's language (or the system's) before any window is built; run() applies
    # the demo's own settings file when that is the one in use.
    install_language(app, AppSettings().language)
    apply_theme(app)
    return app


def bring_to_front(app: QApplication) -> None:
    """Another start of the app asked for this one: show its windows (the sign-in window,
    or the main window even when it was closed to the tray)."""
    from PySide6.QtWidgets import QMainWindow

    windows = [w for w in app.topLevelWidgets()
               if w.isVisible() or (isinstance(w, QMainWindow) and w.property("signedIn"))]
    for window in windows:
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()


async def run(app: QApplication, args: argparse.Namespace,
              collector: MainThreadCollector | None = None) -> int:
    quit_event = asyncio.Event()
    if args.demo:
        # Keep demo runs from overwriting the user's real settings.
        settings = AppSettings.in_file(
            str(Path(tempfile.gettempdir()) / "responder-demo-settings.ini"))
    else:
        settings = AppSettings()
        if args.server:
            settings.server_url = args.server
    if args.demo and settings.contains("app/language"):
        install_language(app, settings.language)
    # Nothing to sign in with silently: the sign-in window first, the rest behind it.
    early = None if args.demo or _may_sign_in_silently(settings) else _early_dialog(
        app, settings)

    import httpx  # after the sign-in window is up

    from responder_app.app_controller import AppController, wait_for_signal
    from responder_app.demo import DemoBackend, DemoError
    from responder_app.services.api_client import ApiError

    timeout = httpx.Timeout(15.0, connect=10.0)
    async with httpx.AsyncClient(
        timeout=timeout, headers={"User-Agent": f"Responder-Desktop/{__version__}"}
    ) as http:
        demo: DemoBackend | None = None
        controller = AppController(http=http, settings=settings)
        if collector is not None:
            collector.ride(controller.ticker.sig_ticked)  # one wake-up a second for both
        controller.sig_quit_requested.connect(quit_event.set)
        _handle_signals(quit_event)
        try:
            if args.demo:
                demo = DemoBackend(clients=args.demo_clients, seed=args.demo_seed)
                atexit.register(demo.stop_now)
                controller.window.set_placeholder(
                    app.translate("main", "Starting the demo…"),
                    app.translate("main", "Launching a local server and a few simulated clients."))
                controller.window.show()
                try:
                    account = await demo.start(http)
                    await controller.sign_in(account.server_url, account.email,
                                             account.password, remember=False)
                except (DemoError, ApiError) as exc:
                    box = QMessageBox(QMessageBox.Icon.Critical, "Responder",
                                      app.translate("main", "The demo couldn't start."),
                                      QMessageBox.StandardButton.Close, controller.window)
                    box.setDetailedText(str(exc))
                    box.open()
                    await wait_for_signal(box.finished)
                    return 1
            elif early is not None:
                if not await controller.sign_in_interactively(dialog=early):
                    return 0
            elif not await controller.start():
                return 0
            await quit_event.wait()
        finally:
            await controller.shutdown()
            controller.window.close_handler = None
            controller.window.close()
            if demo is not None:
                await demo.stop()
    return 0


def _may_sign_in_silently(settings: AppSettings) -> bool:
    """Whether `Session.try_silent_sign_in` has anything to try (a remembered account)."""
    return bool(settings.remember_me and settings.last_email and settings.server_url)


def _early_dialog(app: QApplication, settings: AppSettings) -> SignInDialog:
    """The sign-in window, shown (and painted) before the rest of the app is imported."""
    from responder_app.ui.sign_in_dialog import SignInDialog

    dialog = SignInDialog(server_url=settings.server_url, email=settings.last_email,
                          remember=settings.remember_me)
    dialog.open()
    app.processEvents()  # on screen before the imports below hold the loop
    return dialog


def _handle_signals(quit_event: asyncio.Event) -> None:
    """Ctrl+C / SIGTERM quit cleanly (so demo children are stopped too)."""
    loop = asyncio.get_event_loop()

    def _request_quit(*_args: object) -> None:
        loop.call_soon_threadsafe(quit_event.set)

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError, OSError):
            signal.signal(sig, _request_quit)
    # Python only runs signal handlers when Python code runs: a signal writes a byte to a
    # socket Qt watches, which wakes the loop then (no timer polling while the app waits).
    app = QApplication.instance()
    try:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
    except (OSError, ValueError):
        return
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def _drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(_drain)
    _wakeup.extend((reader, writer, notifier))  # kept for the life of the process


def main(argv: list[str] | None = None) -> int:
    forget_module_sources()  # before the session, httpx and the features are imported
    argv = sys.argv if argv is None else [sys.argv[0], *argv]
    # A rotating, bounded log where a repeated line is collapsed: no bug can fill a disk.
    setup_logging()
    install_qt_message_handler()  # Qt's own warnings go through the same collapse
    logging.getLogger("httpx").setLevel(logging.WARNING)  # no per-request lines (URLs only)
    args = parse_args(argv[1:])
    claim_app_user_model_id()  # Windows: taskbar and toasts under the app's own ID
    app = create_application(argv)
    instance = None if args.demo else SingleInstance(parent=app)
    if instance is not None and not instance.claim():
        log.info("Responder is already running: asked it to come to the front")
        return 0
    if instance is not None:
        instance.sig_activated.connect(lambda: bring_to_front(app))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    collector = MainThreadCollector(app)  # no collection on a worker thread (collector.py)
    collector.start()
    try:
        with loop:
            return loop.run_until_complete(run(app, args, collector))
    finally:
        collector.stop()


if __name__ == "__main__":
    raise SystemExit(main())
