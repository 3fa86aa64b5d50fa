"""The layering rules of docs/ARCHITECTURE.md, checked: core packages load no Qt widgets, the
app never imports the backend's internals (demo mode starts the backend as its own process),
features import neither the composition root nor each other, the shell imports no feature,
and features reach other widgets only through host slots, never their forms; on the server,
core/ imports no feature, a feature's service imports only core/ and the features before it
(FEATURE_ORDER), routes and CLI modules are imported only by the entry points, no file uses
another module's private names and no import circle exists."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FEATURES = ROOT / "responder_app" / "features"


@pytest.mark.parametrize(
    "module",
    ["responder_wire", "responder_wire.safety", "responder_wire.safety_match",
     "responder_server.app", "responder_server.cli", "responder_sim.runner",
     "responder_app.services.api_client", "responder_app.services.event_stream",
     "responder_app.services.outbox", "responder_app.services.credentials",
     "responder_app.services.waiting", "responder_app.services.notifier",
     "responder_app.features.alerts.escalation", "responder_app.features.alerts.idle",
     "responder_app.features.reply_speed.clocks", "responder_app.features.reply_speed.api",
     "responder_app.features.notes.api", "responder_app.features.notes.drafts",
     "responder_app.features.notes.sync", "responder_app.features.earnings.api",
     "responder_app.features.earnings.ledger", "responder_app.features.client_feedback.api",
     "responder_app.features.quick_replies.api", "responder_app.features.quick_replies.phrases",
     "responder_app.features.quick_replies.settings", "responder_server.quick_replies.service",
     "responder_app.features.safety.catalog", "responder_app.features.safety.guard",
     "responder_app.features.safety.api", "responder_app.features.safety.settings",
     "responder_app.features.session_time.phases", "responder_wire.session_time",
     "responder_wire.availability", "responder_wire.resume",
     "responder_app.features.responder_page.api", "responder_wire.responder_page",
     "responder_wire.contact_match", "responder_server.responder_page.service"],
)
def test_core_modules_load_no_qt_widgets(module: str) -> None:
    code = (f"import sys, {module}; "
            "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', "
            "'PySide6.QtGui'))); print(','.join(loaded))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout.strip() == ""


def _imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _imported_modules(package: str) -> set[tuple[str, str]]:
    return {(str(path.relative_to(ROOT)), name)
            for path in (ROOT / package).rglob("*.py") for name in _imports_of(path)}


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("responder_app", ("responder_server",)),
        ("responder_sim", ("responder_server", "responder_app", "PySide6")),
        ("responder_server", ("responder_app", "responder_sim", "PySide6")),
        ("responder_wire", ("responder_app", "responder_server", "responder_sim", "PySide6")),
    ],
)
def test_packages_keep_to_their_layer(package: str, forbidden: tuple[str, ...]) -> None:
    offending = sorted(
        f"{path} imports {name}" for path, name in _imported_modules(package)
        if name.split(".")[0] in forbidden
    )
    assert offending == []


def _feature_names() -> list[str]:
    return sorted(p.name for p in FEATURES.iterdir() if (p / "__init__.py").exists())


def test_there_are_feature_packages() -> None:
    assert {"alerts", "client_feedback", "earnings", "notes", "reply_speed", "safety"} <= set(
        _feature_names())


@pytest.mark.parametrize("feature", _feature_names())
def test_a_feature_imports_neither_the_composition_root_nor_another_feature(
        feature: str) -> None:
    offending = []
    for path in (FEATURES / feature).rglob("*.py"):
        for name in _imports_of(path):
            parts = name.split(".")
            root = name in ("responder_app.app_controller", "responder_app.main")
            other = parts[:2] == ["responder_app", "features"] and len(parts) > 2 \
                and parts[2] != feature
            if root or other:
                offending.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offending == []


@pytest.mark.parametrize("package", ["responder_app/shell", "responder_app/services",
                                     "responder_app/ui"])
def test_the_core_imports_no_feature(package: str) -> None:
    offending = sorted(
        f"{path} imports {name}" for path, name in _imported_modules(package)
        if name.startswith(("responder_app.features", "responder_app.app_controller"))
    )
    assert offending == []


def test_features_never_reach_into_another_widgets_form() -> None:
    """`something.ui.x` is another widget's generated form; only `self.ui` is a feature's
    own. Features use the host slots of the window and the chat tab instead."""
    offending = []
    for path in FEATURES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr == "ui"
                    and not (isinstance(node.value, ast.Name) and node.value.id == "self")):
                offending.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offending == []


def test_docs_cite_only_files_in_the_repository() -> None:
    for path in [*(ROOT / "tests").rglob("*.py"), *(ROOT / "responder_app").rglob("*.py"),
                 *(ROOT / "docs").rglob("*.md"), ROOT / "README.md"]:
        if path == Path(__file__):
            continue
        assert "DESIGN.md" not in path.read_text(encoding="utf-8"), path


# --- The backend: one package per feature over core/ (docs/ARCHITECTURE.md, "The server") ---

SERVER = ROOT / "responder_server"
# A feature's modules other than its routes and CLI import only core/ and the features
# before it here (the same list is in docs/ARCHITECTURE.md).
FEATURE_ORDER = [
    "audit", "auth", "search", "quick_replies", "earnings", "payout_accounts", "tax", "clients",
    "notes", "routing", "presence", "refunds", "conversations", "session_time", "availability",
    "safety", "responder_page", "payments", "payouts", "statements", "reply_speed",
    "client_feedback", "resume", "streams", "client_page", "erasure", "console",
]
ENTRY_POINTS = {"responder_server.app", "responder_server.cli", "responder_server.openapi_doc",
                "responder_server.__main__"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _server_modules() -> dict[str, Path]:
    return {_module_name(path): path for path in SERVER.rglob("*.py")
            if "migrations" not in path.relative_to(SERVER).parts}


def _server_imports(path: Path) -> set[str]:
    """The responder_server modules a file imports (type-only ones included): `from p import
    m` counts as `p.m` when that is a module."""
    modules = _server_modules()
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("responder_server"))
        elif isinstance(node, ast.ImportFrom) and node.module \
                and node.module.startswith("responder_server"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
    return found


def _feature_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in FEATURE_ORDER else None


def test_every_server_package_is_core_or_a_feature_in_the_order() -> None:
    packages = {p.name for p in SERVER.iterdir() if (p / "__init__.py").exists()}
    assert packages == {"core", "migrations", *FEATURE_ORDER}


def test_core_imports_no_feature() -> None:
    offending = sorted(
        f"{name} imports {imported}" for name, path in _server_modules().items()
        if name.startswith("responder_server.core")
        for imported in _server_imports(path)
        if not imported.startswith("responder_server.core")
    )
    assert offending == []


def _is_route_or_cli(module: str) -> bool:
    return module.rsplit(".", 1)[-1] in ("routes", "cli")


def test_a_features_service_imports_only_core_and_earlier_features() -> None:
    offending = []
    for name, path in _server_modules().items():
        feature = _feature_of(name)
        if feature is None or _is_route_or_cli(name):
            continue
        allowed = set(FEATURE_ORDER[:FEATURE_ORDER.index(feature) + 1])
        for imported in _server_imports(path):
            other = _feature_of(imported)
            if imported in ENTRY_POINTS or (other is not None and other not in allowed):
                offending.append(f"{name} imports {imported}")
    assert offending == []


def test_routes_and_cli_modules_are_imported_only_by_the_entry_points() -> None:
    offending = sorted(
        f"{name} imports {imported}" for name, path in _server_modules().items()
        if name not in ENTRY_POINTS
        for imported in _server_imports(path)
        if _is_route_or_cli(imported) and imported not in ENTRY_POINTS
    )
    assert offending == []


def test_no_file_uses_another_modules_private_names() -> None:
    """`from m import _x` and `m._x`, where `m` is a responder_server or responder_wire
    module, are private use across modules (make the name public where it is shared)."""
    offending = []
    for path in [*SERVER.rglob("*.py"), *(ROOT / "responder_wire").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        ours: set[str] = set()  # names bound to our modules in this file
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module \
                    and node.module.startswith(("responder_server", "responder_wire")):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        offending.append(f"{path.relative_to(ROOT)} imports {alias.name}")
                    ours.add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                ours.update(a.asname or a.name.split(".")[0] for a in node.names
                            if a.name.startswith(("responder_server", "responder_wire")))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in ours and node.attr.startswith("_")
                    and not node.attr.startswith("__")):
                offending.append(f"{path.relative_to(ROOT)}:{node.lineno} uses "
                                 f"{node.value.id}.{node.attr}")
    assert offending == []


def test_no_import_circle_among_server_modules() -> None:
    """Type-only imports (`if TYPE_CHECKING:`) count too."""
    modules = _server_modules()
    graph = {name: {i for i in _server_imports(path) if i in modules and i != name}
             for name, path in modules.items()}
    # a package's __init__ is imported on the way to any of its modules: not an edge here
    done: set[str] = set()
    circles: list[list[str]] = []

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            circles.append([*trail[trail.index(name):], name])
            return
        if name in done:
            return
        for nxt in sorted(graph[name]):
            visit(nxt, [*trail, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])
    assert circles == []


def test_docs_list_the_feature_order() -> None:
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert " → ".join(FEATURE_ORDER) in " ".join(text.split())
