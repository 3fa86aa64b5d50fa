"""Windows behaviour with the Windows API faked: idle time from GetLastInputInfo, the
AppUserModelID, start at sign-in through the Run key, toasts whose click opens the chat,
and the fonts the platform has. (The Windows check under wine runs the real thing where
wine can: packaging/windows/check.sh.)"""

from __future__ import annotations

import asyncio
import ctypes
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from responder_app.platform import autostart as autostart_module
from responder_app.platform.autostart import LaunchAgent, WindowsRunKey, XdgAutostart
from responder_app.platform.identity import APP_USER_MODEL_ID, claim_app_user_model_id
from responder_app.platform.idle import macos_idle_seconds, windows_idle_seconds
from responder_app.services.notifier import Notice, NoticeKind, Notifier, Route
from responder_app.services.toasts import WindowsToasts
from responder_app.ui.theme import ui_families

# ---- idle ----------------------------------------------------------------------------------


class FakeUser32:
    def __init__(self, last_input_ms: int, ok: bool = True) -> None:
        self.last_input_ms, self.ok = last_input_ms, ok

    def GetLastInputInfo(self, ref: Any) -> int:
        info = ref._obj
        assert info.cbSize == 8  # the caller filled cbSize, as Windows requires
        info.dwTime = self.last_input_ms
        return 1 if self.ok else 0


class FakeKernel32:
    def __init__(self, now_ms: int) -> None:
        self.now_ms = now_ms

    def GetTickCount(self) -> int:
        return self.now_ms


def test_idle_time_is_the_time_since_the_last_input_on_the_whole_computer() -> None:
    assert windows_idle_seconds(FakeUser32(1_000_000), FakeKernel32(1_420_500)) == 420.5


def test_idle_time_survives_the_tick_counter_wrapping_after_49_days() -> None:
    assert windows_idle_seconds(FakeUser32(0xFFFFFF00), FakeKernel32(0x00000100)) == 0.512


def test_idle_time_is_unknown_when_windows_cannot_say() -> None:
    assert windows_idle_seconds(FakeUser32(0, ok=False), FakeKernel32(5)) is None


def test_macos_idle_time_comes_from_iokit() -> None:
    class Done:
        stdout = '  |   "HIDIdleTime" = 12500000000\n'

    assert macos_idle_seconds(run=lambda *a, **k: Done()) == 12.5


# ---- identity ------------------------------------------------------------------------------


def test_the_process_takes_the_app_user_model_id_the_installer_registers() -> None:
    calls: list[str] = []

    class Shell32:
        def SetCurrentProcessExplicitAppUserModelID(self, app_id: str) -> int:
            calls.append(app_id)
            return 0

    assert claim_app_user_model_id(Shell32())
    assert calls == [APP_USER_MODEL_ID]
    nsi = (Path(__file__).resolve().parents[2] / "packaging" / "windows" / "responder.nsi")
    assert f'!define AUMID "{APP_USER_MODEL_ID}"' in nsi.read_text(encoding="utf-8")


# ---- start at sign-in ------------------------------------------------------------------------


class FakeWinreg:
    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    class _Key:
        def __init__(self, path: str) -> None:
            self.path = path

        def __enter__(self) -> FakeWinreg._Key:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    def OpenKey(self, root: str, path: str) -> FakeWinreg._Key:
        return self._Key(path)

    def CreateKeyEx(self, root: str, path: str, reserved: int, access: int) -> Any:
        return self._Key(path)

    def QueryValueEx(self, key: Any, name: str) -> tuple[str, int]:
        try:
            return self.values[(key.path, name)], self.REG_SZ
        except KeyError:
            raise FileNotFoundError(2, "not found") from None

    def SetValueEx(self, key: Any, name: str, reserved: int, kind: int, value: str) -> None:
        self.values[(key.path, name)] = value

    def DeleteValue(self, key: Any, name: str) -> None:
        if self.values.pop((key.path, name), None) is None:
            raise FileNotFoundError(2, "not found")


def test_start_at_sign_in_on_windows_is_a_run_value_with_the_quoted_program() -> None:
    reg = FakeWinreg()
    run = WindowsRunKey([r"C:\Users\Mei Li\AppData\Local\Programs\Responder\Responder.exe"],
                        winreg=reg)
    assert not run.enabled()
    run.set_enabled(True)
    assert run.enabled()
    assert reg.values[(autostart_module.RUN_KEY, "Responder")] == (
        r'"C:\Users\Mei Li\AppData\Local\Programs\Responder\Responder.exe"')
    run.set_enabled(False)
    run.set_enabled(False)  # already off: still fine
    assert not run.enabled() and reg.values == {}


def test_start_at_sign_in_on_linux_is_an_xdg_autostart_entry(tmp_path: Path) -> None:
    entry = XdgAutostart(["/opt/responder/responder"], config_home=tmp_path)
    entry.set_enabled(True)
    text = (tmp_path / "autostart" / "responder.desktop").read_text(encoding="utf-8")
    assert "Exec=/opt/responder/responder\n" in text and entry.enabled()
    entry.set_enabled(False)
    assert not entry.enabled()


def test_start_at_sign_in_on_macos_is_a_launch_agent(tmp_path: Path) -> None:
    import plistlib

    agent = LaunchAgent(["/Applications/Responder.app/Contents/MacOS/Responder"], home=tmp_path)
    agent.set_enabled(True)
    plist = plistlib.loads(agent.path.read_bytes())
    assert plist["RunAtLoad"] is True
    assert plist["ProgramArguments"] == ["/Applications/Responder.app/Contents/MacOS/Responder"]
    agent.set_enabled(False)
    assert not agent.path.exists()


# ---- toasts --------------------------------------------------------------------------------


class FakeToastModule:
    """windows_toasts as the app uses it; a shown toast is clicked on another thread, as
    WinRT calls back."""

    def __init__(self) -> None:
        self.shown: list[Any] = []
        self.aumid = ""
        module = self

        class Toast:
            def __init__(self, text_fields: list[str]) -> None:
                self.text_fields = text_fields
                self.on_activated: Any = None

        class InteractableWindowsToaster:
            def __init__(self, app_name: str, notifierAUMID: str) -> None:
                module.aumid = notifierAUMID

            def show_toast(self, toast: Any) -> None:
                module.shown.append(toast)

        self.Toast = Toast
        self.InteractableWindowsToaster = InteractableWindowsToaster

    def click(self, index: int) -> None:
        thread = threading.Thread(target=self.shown[index].on_activated, args=(object(),))
        thread.start()
        thread.join()


def test_a_toast_click_opens_that_clients_chat() -> None:
    module = FakeToastModule()
    opened: list[str] = []

    async def scenario() -> None:
        toasts = WindowsToasts("Responder", "icon.png", module=module)
        notifier = Notifier(toasts, None, on_activated=opened.append)
        route = await notifier.show(Notice(NoticeKind.NEW_CLIENT, "c-42", "小美", "你好，在吗？"))
        assert route == Route.DESKTOP
        assert module.shown[0].text_fields == ["小美", "你好，在吗？"]
        module.click(0)  # on a WinRT thread
        for _ in range(100):
            if opened:
                break
            await asyncio.sleep(0.01)

    asyncio.run(scenario())
    assert module.aumid == APP_USER_MODEL_ID
    assert opened == ["c-42"]


def test_where_toasts_fail_the_tray_message_shows_instead() -> None:
    module = FakeToastModule()

    def broken(toast: Any) -> None:
        raise OSError("WinRT: class not registered")

    tray: list[str] = []

    async def scenario() -> Route:
        toasts = WindowsToasts("Responder", "icon.png", module=module)
        toasts._toaster.show_toast = broken
        notifier = Notifier(toasts, lambda n: tray.append(n.conversation_id) or True)
        return await notifier.show(Notice(NoticeKind.MESSAGE, "c-7", "Mei", "hi"))

    assert asyncio.run(scenario()) == Route.TRAY
    assert tray == ["c-7"]


# ---- fonts ---------------------------------------------------------------------------------


def test_windows_uses_its_own_chinese_ui_font_never_noto() -> None:
    families = ui_families("win32")
    assert families[:2] == ["Segoe UI", "Microsoft YaHei UI"]
    assert not [f for f in families if "Noto" in f]


def test_macos_uses_pingfang_and_linux_keeps_noto_cjk() -> None:
    assert "PingFang SC" in ui_families("darwin")
    assert not [f for f in ui_families("darwin") if "Noto" in f or "YaHei" in f]
    assert "Noto Sans CJK SC" in ui_families("linux")


def test_lastinputinfo_is_laid_out_as_windows_expects() -> None:
    from responder_app.platform.idle import LASTINPUTINFO

    assert ctypes.sizeof(LASTINPUTINFO) == 8


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_each_platform_gets_its_autostart(platform: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autostart_module, "WindowsRunKey",
                        lambda command: ("run-key", command))
    made = autostart_module.autostart(platform)
    expected = {"win32": tuple, "darwin": LaunchAgent, "linux": XdgAutostart}[platform]
    assert isinstance(made, expected)


def test_without_the_windows_faces_the_ui_still_gets_a_sans_face(qapp: Any) -> None:
    # Under wine (and this Linux test machine) Segoe UI and Microsoft YaHei are missing:
    # the installed faces of the other lists come before Qt's default, a serif there.
    from PySide6.QtGui import QFontDatabase

    from responder_app.ui.theme import ui_font

    installed = set(QFontDatabase.families())
    assert not installed & {"Segoe UI", "Microsoft YaHei UI", "Microsoft YaHei", "SimSun"}
    families = ui_font(platform="win32").families()
    assert families and all(name in installed for name in families)
    assert "Noto Sans CJK SC" in families


def test_without_toasts_windows_uses_the_tray_and_never_plyers_balloon(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """plyer's balloon fails on its own thread (it wants an .ico), where the Notifier never
    hears of it: a notice would be lost. Without toasts the desktop route is none, so the
    tray icon's message (which the Notifier knows to have worked) is used."""
    from responder_app.services import notifier, toasts

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(toasts, "windows_toasts_backend", lambda *_args: None)
    assert notifier.desktop_backend("Responder", "icon.png") is None
