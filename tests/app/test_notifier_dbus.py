"""Desktop notifications over the real session bus to a real notification service
(python-dbusmock's notification-daemon template), sent by the notifier on the app's own
qasync loop: the first one goes through on the first try, a client's words are never
rendered as markup, a click on a notification opens that client's chat, and hundreds of
notifications next to HTTP traffic on the same loop leave Qt's socket notifiers alone.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from responder_app.services.notifier import (
    DBusNotifications,
    Notice,
    NoticeKind,
    Notifier,
    Route,
    desktop_backend,
)
from tests.support.notification_daemon import NotificationDaemon, NotifyCall
from tests.support.qt_async import run_in_qt_loop, wait_until


@pytest.fixture(scope="module")
def notifications(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NotificationDaemon]:
    daemon = NotificationDaemon(tmp_path_factory.mktemp("notify") / "calls.log")
    yield daemon
    daemon.stop()


@pytest.fixture
def daemon(notifications: NotificationDaemon) -> NotificationDaemon:
    notifications.clear()
    return notifications


@pytest.fixture
def icon(tmp_path: Path) -> str:
    path = tmp_path / "app.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    return str(path)


@pytest.fixture
def qt_messages() -> Iterator[list[str]]:
    """Every message Qt logs meanwhile (qWarning etc.), from any thread."""
    seen: list[str] = []

    def handler(_kind: QtMsgType, _context: Any, message: str) -> None:
        seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


def _tray_recorder() -> tuple[list[Notice], Callable[[Notice], bool]]:
    shown: list[Notice] = []

    def tray(notice: Notice) -> bool:
        shown.append(notice)
        return True

    return shown, tray


async def _calls(daemon: NotificationDaemon, count: int) -> list[NotifyCall]:
    def enough() -> list[NotifyCall] | None:
        calls = daemon.calls()
        return calls if len(calls) >= count else None

    found = await wait_until(enough, what=f"{count} Notify call(s)")
    assert found is not None
    return found


@pytest.mark.parametrize("clickable", [False, True], ids=["no-actions", "open-chat-action"])
def test_the_first_notification_reaches_the_desktop_on_the_first_try(
    daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop, icon: str,
    caplog: pytest.LogCaptureFixture, clickable: bool,
) -> None:
    tray_shown, tray = _tray_recorder()
    unavailable: list[str] = []
    backend = desktop_backend("Responder", icon, open_label="Open the chat")
    assert isinstance(backend, DBusNotifications), "Linux talks D-Bus on the app's loop"
    notifier = Notifier(backend, tray, on_unavailable=lambda: unavailable.append("said"),
                        on_activated=(lambda _c: None) if clickable else None)

    async def scenario() -> None:
        with caplog.at_level(logging.INFO, logger="responder_app.services.notifier"):
            route = await notifier.show(
                Notice(NoticeKind.NEW_CLIENT, "c-1", "小美", "工作压力 work stress"))
        assert route == Route.DESKTOP
        (call,) = await _calls(daemon, 1)
        assert (call.app_name, call.summary, call.body) == (
            "Responder", "小美", "工作压力 work stress")
        assert call.app_icon == icon
        if clickable:
            assert call.actions == ("default", "Open the chat")
        else:
            assert call.actions == ()

    try:
        run_in_qt_loop(qloop, scenario())
    finally:
        notifier.close()
    assert tray_shown == [], "never fell back to the tray"
    assert unavailable == []
    assert notifier.desktop_works
    assert "using the tray" not in caplog.text
    assert [route for route, _ in notifier.sent] == [Route.DESKTOP]


def test_a_crisis_is_critical_and_stays_until_dismissed(
    daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop, icon: str,
) -> None:
    notifier = Notifier(desktop_backend("Responder", icon))

    async def scenario() -> None:
        await notifier.show(Notice(NoticeKind.MESSAGE, "c-1", "小美", "你好"))
        await notifier.show(Notice(NoticeKind.CRISIS, "c-2", "小雨", "小雨 may be in crisis"))
        ordinary, crisis = await _calls(daemon, 2)
        assert ordinary.hints is not None and ordinary.hints["urgency"] == 1
        assert ordinary.expire_timeout > 0
        assert crisis.hints is not None and crisis.hints["urgency"] == 2  # critical
        assert crisis.expire_timeout == 0  # never expires: stays until seen

    try:
        run_in_qt_loop(qloop, scenario())
    finally:
        notifier.close()


def test_a_clients_words_are_shown_as_text_never_as_markup(
    daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop, icon: str,
) -> None:
    notifier = Notifier(desktop_backend("Responder", icon))
    words = "<b>help</b> me & <a href='http://x'>you</a> <img src=x>"

    async def scenario() -> None:
        assert await notifier.show(Notice(NoticeKind.MESSAGE, "c-1", "Lan", words)) \
            == Route.DESKTOP
        (call,) = await _calls(daemon, 1)
        # The service renders a subset of HTML: every tag arrives escaped, nothing lost.
        assert "<" not in call.body and ">" not in call.body
        assert call.body == ("&lt;b&gt;help&lt;/b&gt; me &amp; &lt;a href='http://x'&gt;you"
                             "&lt;/a&gt; &lt;img src=x&gt;")

    try:
        run_in_qt_loop(qloop, scenario())
    finally:
        notifier.close()


def test_clicking_a_notification_opens_that_clients_chat(
    daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop, icon: str,
) -> None:
    opened: list[str] = []
    backend = desktop_backend("Responder", icon)
    assert isinstance(backend, DBusNotifications)
    notifier = Notifier(backend, on_activated=opened.append)

    async def scenario() -> None:
        for conversation_id, alias in [("c-mei", "Mei"), ("c-hoa", "Hoa"), ("c-lan", "Lan")]:
            await notifier.show(Notice(NoticeKind.NEW_CLIENT, conversation_id, alias, "hi"))
        mei, hoa, lan = await _calls(daemon, 3)

        daemon.click(hoa.id)  # the responder clicks Hoa's notification
        await wait_until(lambda: opened, what="the click reached the app")
        assert opened == ["c-hoa"]

        daemon.click(lan.id, "some-other-action")  # not the "open" action: nothing opens
        daemon.close_notification(mei.id)  # Mei's went away unclicked
        daemon.click(mei.id)  # a stale click on a closed one does nothing
        daemon.click(lan.id)
        await wait_until(lambda: len(opened) == 2, what="the second click")
        assert opened == ["c-hoa", "c-lan"]
        # Closed notifications are forgotten (the app runs all day).
        daemon.close_notification(hoa.id)
        daemon.close_notification(lan.id)
        await wait_until(lambda: backend.tracked == 0, what="closed notifications forgotten")

    try:
        run_in_qt_loop(qloop, scenario())
    finally:
        notifier.close()


async def _http_server() -> tuple[asyncio.Server, str]:
    """A tiny HTTP server on the same loop: every request is a new connection."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}/"


def test_many_notifications_next_to_http_traffic_leave_the_loop_healthy(
    daemon: NotificationDaemon, qloop: asyncio.AbstractEventLoop, icon: str,
    qt_messages: list[str],
) -> None:
    notices = 300
    opened: list[str] = []
    tray_shown, tray = _tray_recorder()
    notifier = Notifier(desktop_backend("Responder", icon), tray, on_activated=opened.append)
    answers: list[int] = []

    async def traffic(url: str, stop: asyncio.Event) -> None:
        # New connections all the time: sockets (and their fds) come and go under the
        # loop's socket notifiers while the D-Bus connection stays.
        limits = httpx.Limits(max_keepalive_connections=0)
        async with httpx.AsyncClient(limits=limits) as http:
            while not stop.is_set():
                batch = await asyncio.gather(*(http.get(url) for _ in range(4)))
                answers.extend(r.status_code for r in batch)

    async def scenario() -> None:
        server, url = await _http_server()
        stop = asyncio.Event()
        http_task = asyncio.create_task(traffic(url, stop))
        try:
            routes = []
            for i in range(notices):
                routes.append(await notifier.show(
                    Notice(NoticeKind.MESSAGE, f"c-{i}", f"Client {i}", f"message {i}")))
                await asyncio.sleep(0)
            assert routes == [Route.DESKTOP] * notices
            while len(answers) < notices:  # HTTP kept flowing alongside
                await asyncio.sleep(0.01)
        finally:
            stop.set()
            await http_task
            server.close()
            await server.wait_closed()
        calls = await _calls(daemon, notices)
        assert [c.summary for c in calls] == [f"Client {i}" for i in range(notices)]
        daemon.click(calls[-1].id)  # the loop still hears the bus
        await wait_until(lambda: opened, what="a click after the run")
        assert opened == [f"c-{notices - 1}"]

    try:
        run_in_qt_loop(qloop, scenario(), timeout=120)
    finally:
        notifier.close()
    assert set(answers) == {200}
    assert tray_shown == []
    socket_warnings = [m for m in qt_messages if "QSocketNotifier" in m]
    assert socket_warnings == [], socket_warnings[:3]
