"""Entry point of the installed bundle (packaging/responder_entry.py calls `main`).

The bundle is the responder's app only: it does not carry the backend, so `--demo` (which
starts the backend as its own Python process) explains that in plain words instead of
failing obscurely. `--diagnose` prints what the installation can use (see diagnostics.py).
"""

from __future__ import annotations

import sys

__all__ = ["DEMO_NOT_IN_BUNDLE", "main"]

DEMO_NOT_IN_BUNDLE = (
    "Demo mode is not part of the installed app: it runs a local Responder server, which "
    "this installer does not include. Sign in to the server your operator gave you, or try "
    "the demo from a source checkout with scripts/demo.sh."
)


def _tell(message: str) -> None:
    if sys.stderr is not None:
        print(message, file=sys.stderr, flush=True)
        return
    # Windowed builds on Windows have no console: say it in a window.
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    QMessageBox.information(None, "Responder", message)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--diagnose" in args:
        from responder_app.diagnostics import main as diagnose

        return diagnose()
    if "--demo" in args:
        _tell(DEMO_NOT_IN_BUNDLE)
        return 2
    from responder_app.main import main as app_main

    return app_main(args)
