"""Responder desktop app (PySide6 + qasync)."""

import sys

__version__ = "0.1.0"

# httpx loads its command-line client (rich, click, pygments: ~7 MB held all day and
# ~0.2 s of start-up) whenever those happen to be installed; the app never runs it, so
# `import httpx` gets its stand-in instead (httpx's own fallback when they are missing).
if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
