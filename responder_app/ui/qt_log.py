"""Qt's own messages (qDebug/qWarning/qCritical, e.g. "QSocketNotifier: ...") into Python
logging, so they go through the same repeat-collapse and rotating file as the app's
(`responder_app.services.app_log`) instead of straight to stderr, unbounded.

    install_qt_message_handler()       # in main(), after setup_logging()
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

__all__ = ["install_qt_message_handler"]

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

_handler: Any = None  # Qt keeps only a C pointer: hold the Python callable


def install_qt_message_handler(logger_name: str = "qt") -> Any:
    """Route Qt's messages to the logger `logger_name` (`qt.<category>` for categorised
    ones, e.g. `qt.qt.multimedia.ffmpeg`). Returns the handler that was installed before
    (None: Qt's default, which writes to stderr)."""
    global _handler

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        try:  # Qt calls this from any thread; it must never raise into Qt
            category = context.category if context is not None else None
            name = logger_name if not category or category == "default" \
                else f"{logger_name}.{category}"
            # The text is the message itself, not a %-template: no arguments.
            logging.getLogger(name).log(_LEVELS.get(kind, logging.WARNING), message)
            if kind == QtMsgType.QtFatalMsg:  # Qt aborts when this returns
                for h in logging.getLogger().handlers:
                    h.flush()
        except Exception:
            pass

    _handler = handler
    return qInstallMessageHandler(handler)
