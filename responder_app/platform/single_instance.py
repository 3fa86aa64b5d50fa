"""One app per user: the first start listens on a local socket (a named pipe on Windows,
a Unix socket elsewhere: QLocalServer); a second start connects, asks the first to come
to the front, and ends."""

from __future__ import annotations

import functools
import getpass
import hashlib
import os
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

__all__ = ["SingleInstance", "server_name"]

WAKE = b"show\n"
CONNECT_MS = 500


def server_name(user: str | None = None, runtime_dir: str | None = None) -> str:
    """Per user (two people on one PC each have their own app). On Linux, in the desktop
    session's runtime folder ($XDG_RUNTIME_DIR) when there is one, so each session of the
    same user (a second login, the test suite's virtual desktops) has its own app."""
    who = user if user is not None else getpass.getuser()
    name = "responder-" + hashlib.sha256(who.encode("utf-8")).hexdigest()[:16]
    runtime = runtime_dir if runtime_dir is not None else os.environ.get("XDG_RUNTIME_DIR")
    if sys.platform != "win32" and runtime and os.path.isdir(runtime):
        return os.path.join(runtime, name)
    return name


class SingleInstance(QObject):
    sig_activated = Signal()  # another start asked this one to come to the front

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this is the only app (it now listens). False: another one runs and was
        asked to show itself."""
        if self._ask_running_one():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket left by an app that crashed (Unix): nobody answered, so reuse it.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return True  # no lock to be had: run anyway rather than not at all
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _ask_running_one(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(WAKE)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(functools.partial(self._on_ready, socket))
            if socket.bytesAvailable():
                self._on_ready(socket)

    def _on_ready(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return  # the rest of the line is still on its way
        woken = bytes(socket.readLine().data()) == WAKE
        socket.readyRead.disconnect()
        socket.abort()
        socket.deleteLater()
        if woken:
            self.sig_activated.emit()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
