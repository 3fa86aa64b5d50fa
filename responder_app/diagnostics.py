"""What this installation of the app can use on this computer, as JSON.

    responder --diagnose              # in an installed bundle
    python -m responder_app.diagnostics

For support staff helping a responder ("remember me doesn't stick", "no notifications") and
for the installer tests: it reports the keyring backend the app would use, whether the
desktop-notification module loads, which image formats Qt can read (the icons are SVG),
whether TLS certificates are there, and which translations ship with the app. It prints no
secrets and changes nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import ssl
import sys
import warnings
from pathlib import Path
from typing import Any

from responder_app import __version__
from responder_app.translations import translations_dir

__all__ = ["collect", "main"]


def _class_path(obj: object) -> str:
    return f"{type(obj).__module__}.{type(obj).__qualname__}"


def _keyring() -> dict[str, Any]:
    from responder_app.services.credentials import CredentialStore

    store = CredentialStore()
    backend = store.backend
    chained = [_class_path(b) for b in getattr(backend, "backends", [])] if backend else []
    return {
        "backend": _class_path(backend) if backend is not None else None,
        "chained": chained,
        "usable": store.available,
    }


def _notifications() -> dict[str, Any]:
    result: dict[str, Any] = {"plyer_platform": None, "plyer_module": None,
                              "implementation": None, "error": None,
                              "app_notifier_module": None}
    try:
        from plyer.utils import platform

        result["plyer_platform"] = str(platform)
        name = f"plyer.platforms.{platform!s}.notification"
        module = importlib.import_module(name)
        result["plyer_module"] = name
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # plyer warns when no optional helper is found
            result["implementation"] = _class_path(module.instance())
    except Exception as exc:  # a missing module is exactly what this reports
        result["error"] = f"{type(exc).__name__}: {exc}"
    # The app's own notifier service, when this version has one.
    name = "responder_app.services.notifier"
    try:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)
            result["app_notifier_module"] = name
    except Exception as exc:
        result["error"] = result["error"] or f"{type(exc).__name__}: {exc}"
    return result


def _qt() -> dict[str, Any]:
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtGui import QGuiApplication, QIcon, QImageReader

    from responder_app.ui import rc_resources  # noqa: F401  (registers :/ resources)

    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a report, not a window
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    formats = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    icon = QIcon(":/icons/app.svg").pixmap(64, 64)
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin_types = sorted(p.name for p in plugins.iterdir()) if plugins.is_dir() else []
    return {
        "version": qVersion(),
        "platform": app.platformName() if isinstance(app, QGuiApplication) else None,
        "image_formats": formats,
        "svg_icon_renders": not icon.isNull(),
        "plugin_types": plugin_types,
    }


def _sound() -> dict[str, Any]:
    """Qt Multimedia plays the notification sound; it needs a media backend plugin."""
    result: dict[str, Any] = {"qt_multimedia": False, "decodable_formats": [],
                              "audio_outputs": 0, "error": None}
    try:
        # imported by name, so the installer carries Qt Multimedia only when the app uses it
        multimedia = importlib.import_module("PySide6.QtMultimedia")
    except ImportError:
        return result
    try:
        result["qt_multimedia"] = True
        media_format = multimedia.QMediaFormat()
        decode = multimedia.QMediaFormat.ConversionMode.Decode
        result["decodable_formats"] = sorted(
            f.name for f in media_format.supportedFileFormats(decode))
        result["audio_outputs"] = len(multimedia.QMediaDevices.audioOutputs())
    except Exception as exc:
        result["error"] = f"{type(exc).__name__}: {exc}"
    return result


def _tls() -> dict[str, Any]:
    result: dict[str, Any] = {"openssl": ssl.OPENSSL_VERSION, "ca_file": None,
                              "ca_certificates": 0}
    try:
        import certifi

        ca_file = certifi.where()
        context = ssl.create_default_context(cafile=ca_file)
        result["ca_file"] = ca_file
        result["ca_certificates"] = len(context.get_ca_certs())
    except Exception as exc:
        result["error"] = f"{type(exc).__name__}: {exc}"
    return result


def collect() -> dict[str, Any]:
    directory = translations_dir()
    return {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
        "keyring": _keyring(),
        "notifications": _notifications(),
        "qt": _qt(),
        "sound": _sound(),
        "tls": _tls(),
        "translations": sorted(p.name for p in directory.glob("*.qm")) if directory else [],
    }


def main() -> int:
    report = collect()
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if sys.stdout is not None:
        print(text, flush=True)
    out = os.environ.get("RESPONDER_DIAGNOSE_OUT")
    if out:  # windowed builds on Windows have no stdout
        Path(out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
