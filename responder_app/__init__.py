"""Responder desktop app (PySide6 + qasync)."""

import linecache
import sys
from types import ModuleType

__version__ = "0.1.0"

# httpx loads its command-line client (rich, click, pygments: ~7 MB held all day and
# ~0.2 s of start-up) whenever those happen to be installed; the app never runs it, so
# `import httpx` gets its stand-in instead (httpx's own fallback when they are missing).
if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


def forget_module_sources() -> None:
    """Stop PySide6 keeping the source of every module imported after it.

    PySide6 (shibokensupport.feature) asks of each newly imported module whether it uses
    PySide6 (so that `from __feature__ import ...` can apply to it) by reading its source with
    `inspect.getsource`, and linecache keeps every file read that way: the text of all ~400
    modules the signed-in app imports, ~15 MB held all day for nothing. The same question is
    still asked and answered; only the files it read are dropped from linecache again (a
    traceback reads them back when it needs them). Idempotent; does nothing before PySide6 is
    imported or if PySide6 no longer works this way.
    """
    feature = sys.modules.get("shibokensupport.feature")
    ask = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or ask is None or getattr(ask, "_forgets_sources", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        known = set(linecache.cache)
        try:
            return bool(ask(module))
        finally:
            for filename in set(linecache.cache) - known:
                linecache.cache.pop(filename, None)

    uses_pyside._forgets_sources = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 (a private attribute)


forget_module_sources()  # when PySide6 came first (responder_app.main calls it again after)
