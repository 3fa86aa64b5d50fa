"""The Linux installer a responder double-clicks: built once, installed into a throwaway
home, then started for real on the test session's X display (Xvfb) against a real backend.

The program is driven the way a person would: xdotool types the password into the sign-in
window. The keyring is the session's real GNOME Keyring (Secret Service over D-Bus).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import platform
import shutil
import signal
import subprocess
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.installer.conftest import ROOT, Build, Installed
from tests.support.backend import Backend

pytestmark = [pytest.mark.display, pytest.mark.timeout(1500)]

WINDOW_TIMEOUT_S = 60.0


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def _need_display() -> None:
    if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.fail("run inside scripts/desktop_session.sh (needs Xvfb, D-Bus and a keyring)")
    if shutil.which("xdotool") is None:
        pytest.fail("xdotool is missing: run scripts/install_system_packages.sh")


def _find_window(name_regex: str, proc: subprocess.Popen[bytes], log: Path,
                 timeout: float = WINDOW_TIMEOUT_S) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name_regex],
                               capture_output=True, text=True)
        if found.stdout.strip():
            return found.stdout.split()[0]
        if proc.poll() is not None:
            pytest.fail(f"the app exited ({proc.returncode}) before showing "
                        f"{name_regex!r}:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.1)
    pytest.fail(f"no window matching {name_regex!r} within {timeout:.0f} s:\n"
                + log.read_text(errors="replace")[-3000:])


def _window_name(window: str) -> str:
    return subprocess.run(["xdotool", "getwindowname", window], capture_output=True,
                          text=True, check=True).stdout.strip()


def _run_diagnose(executable: Path, tmp_path: Path) -> dict[str, object]:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("QT_QPA_PLATFORM", None)  # the real X display, as on a desktop
    result = subprocess.run([str(executable), "--diagnose"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout)
    return report


class RunningApp:
    def __init__(self, executable: Path, config_home: Path, log: Path,
                 *args: str) -> None:
        self.log = log
        env = {**os.environ, "XDG_CONFIG_HOME": str(config_home)}
        env.pop("QT_QPA_PLATFORM", None)  # the real X display, as on a desktop
        self._log_file = log.open("wb")
        self.proc = subprocess.Popen([str(executable), *args], env=env,
                                     stdout=self._log_file, stderr=subprocess.STDOUT)

    def window(self, name_regex: str) -> str:
        return _find_window(name_regex, self.proc, self.log)

    def quit(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the app quits cleanly on SIGTERM
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log_file.close()
        return self.proc.returncode


@pytest.fixture
def config_home(tmp_path: Path) -> Path:
    path = tmp_path / "config"
    path.mkdir()
    return path


@pytest.fixture
def apps(tmp_path: Path) -> Iterator[list[RunningApp]]:
    started: list[RunningApp] = []
    yield started
    for app in started:
        app.quit()


# ---- what the build produced --------------------------------------------------------------


def test_outputs_are_named_by_version_and_platform_with_checksums(linux_build: Build) -> None:
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    expected = f"Responder-{_version()}-linux-{machine}.tar.gz"
    assert linux_build.tarball.name == expected
    sums = (linux_build.output / "SHA256SUMS").read_text().splitlines()
    digest = hashlib.sha256(linux_build.tarball.read_bytes()).hexdigest()
    assert sums == [f"{digest}  {expected}"]
    # one-dir, not one-file: the program sits beside its libraries, nothing to unpack
    assert (linux_build.bundle / "responder").is_file()
    assert (linux_build.bundle / "_internal").is_dir()


def test_install_puts_the_app_in_the_users_menu(installed: Installed) -> None:
    entry = installed.desktop_file.read_text(encoding="utf-8")
    assert "Name=Responder" in entry and "Icon=responder" in entry
    assert installed.executable.is_file() and os.access(installed.executable, os.X_OK)
    assert installed.executable.is_relative_to(installed.data_home)
    icons = installed.data_home / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "responder.svg").is_file()
    assert (icons / "256x256" / "apps" / "responder.png").is_file()
    validate = shutil.which("desktop-file-validate")
    if validate:
        result = subprocess.run([validate, str(installed.desktop_file)], capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_uninstall_removes_the_menu_entry(linux_build: Build, tmp_path: Path) -> None:
    import tarfile

    with tarfile.open(linux_build.tarball) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (folder,) = list((tmp_path / "unpacked").iterdir())
    data = tmp_path / "data"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    subprocess.run([str(folder / "install.sh")], env=env, check=True, capture_output=True)
    assert (data / "applications" / "responder.desktop").exists()
    subprocess.run([str(data / "responder" / "uninstall.sh")], env=env, check=True,
                   capture_output=True)
    assert not (data / "applications" / "responder.desktop").exists()
    assert not (data / "responder").exists()


# ---- the installed program, started for real -----------------------------------------


def test_installed_app_reaches_sign_in_signs_in_and_remembers_in_the_keyring(
    installed: Installed, backend: Backend, config_home: Path, tmp_path: Path,
    apps: list[RunningApp],
) -> None:
    _need_display()
    email, password = backend.create_responder(display_name="Lan")
    # The responder signed in here before, with "Remember me" ticked (what the app stores).
    settings = config_home / "Responder" / "Responder.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[account]\nserver_url={backend.base_url}\nlast_email={email}\n"
                        "remember_me=true\n", encoding="utf-8")

    first = RunningApp(installed.executable, config_home, tmp_path / "first.log")
    apps.append(first)
    dialog = first.window("^Sign in")
    assert _window_name(dialog) == "Sign in — Responder"
    # Focus is on the password (address and email are filled in); type it and press Enter.
    subprocess.run(["xdotool", "windowfocus", "--sync", dialog], check=True)
    subprocess.run(["xdotool", "type", "--delay", "15", "--window", dialog, password],
                   check=True)
    subprocess.run(["xdotool", "key", "--window", dialog, "Return"], check=True)
    main = first.window("^Responder — ")
    assert "Lan" in _window_name(main)

    # "Remember me" went to the Secret Service (GNOME Keyring), not the fail backend.
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    account = f"{backend.base_url} {email.lower()}"
    assert SecretServiceKeyring().get_password("Responder", account)
    assert first.quit() == 0

    # Started again, it signs in silently with what the keyring remembered.
    second = RunningApp(installed.executable, config_home, tmp_path / "second.log")
    apps.append(second)
    assert "Lan" in _window_name(second.window("^Responder — "))
    assert subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Sign in"],
                          capture_output=True, text=True).stdout.strip() == ""


def test_installed_app_finds_keyring_notifications_icons_and_certificates(
    installed: Installed, tmp_path: Path,
) -> None:
    _need_display()
    report = _run_diagnose(installed.executable, tmp_path)
    assert report["frozen"] is True
    keyring = report["keyring"]
    assert isinstance(keyring, dict)
    assert keyring["backend"] == "keyring.backends.SecretService.Keyring"
    assert keyring["usable"] is True

    notifications = report["notifications"]
    assert isinstance(notifications, dict)
    assert notifications["error"] is None
    assert notifications["plyer_module"] == "plyer.platforms.linux.notification"
    assert str(notifications["implementation"]).startswith("plyer.platforms.linux.")
    if importlib.util.find_spec("dbus") is not None:  # the app extra installs dbus-python
        # ...and the bundle carries it, so plyer talks to the notification service directly
        assert notifications["implementation"] == "plyer.platforms.linux.notification.NotifyDbus"
    if (ROOT / "responder_app" / "services" / "notifier.py").exists():
        assert notifications["app_notifier_module"] == "responder_app.services.notifier"

    qt = report["qt"]
    assert isinstance(qt, dict)
    assert qt["platform"] == "xcb"
    assert qt["svg_icon_renders"] is True
    assert {"svg", "png", "jpeg"} <= set(qt["image_formats"])  # type: ignore[arg-type]
    assert {"platforms", "tls", "imageformats", "iconengines"} <= set(
        qt["plugin_types"])  # type: ignore[arg-type]

    sound = report["sound"]
    assert isinstance(sound, dict)
    uses_multimedia = any("QtMultimedia" in p.read_text(encoding="utf-8")
                          for p in (ROOT / "responder_app").rglob("*.py")
                          if p.name != "diagnostics.py")
    if uses_multimedia:  # the notification sound is a .wav played through Qt Multimedia
        assert sound["qt_multimedia"] is True and sound["error"] is None
        assert "Wave" in sound["decodable_formats"]  # type: ignore[operator]

    tls = report["tls"]
    assert isinstance(tls, dict)
    assert int(tls["ca_certificates"]) > 50  # certifi's CA bundle came along for https

    translations = report["translations"]
    assert isinstance(translations, list)
    expected = sorted(p.stem + ".qm" for p in (ROOT / "resources" / "translations").glob("*.ts"))
    assert translations == expected


def test_demo_flag_says_in_plain_words_that_the_bundle_has_no_demo(
    installed: Installed,
) -> None:
    result = subprocess.run([str(installed.executable), "--demo"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "Demo mode is not part of the installed app" in result.stderr


def _bundled_modules(bundle: Path) -> set[str]:
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(bundle / "responder"))
    return set(archive.open_embedded_archive("PYZ.pyz").toc)


def test_bundle_carries_whole_packages_and_leaves_out_the_backend(linux_build: Build) -> None:
    modules = _bundled_modules(linux_build.bundle)
    # every module of the app, also those only imported lazily
    app_modules = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "responder_app").rglob("*.py")
    }
    assert app_modules - modules == set()
    # keyring finds its backends through package metadata: both must be there
    assert {"keyring.backends.SecretService", "keyring.backends.kwallet",
            "keyring.backends.libsecret"} <= modules
    metadata = list((linux_build.bundle / "_internal").glob("keyring-*.dist-info"))
    assert metadata and (metadata[0] / "entry_points.txt").is_file()
    assert "plyer.platforms.linux.notification" in modules
    # the responder's app never carries the backend (and demo mode with it)
    assert not {m for m in modules if m.split(".")[0] in {
        "responder_server", "responder_sim", "sqlalchemy", "fastapi", "uvicorn", "alembic"}}
