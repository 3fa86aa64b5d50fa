#!/usr/bin/env bash
# Prepares a fresh Debian machine: system packages (when any are missing, or in CI) and a
# virtual environment in .venv holding exactly what uv.lock pins for EXTRAS (and the
# project itself, editable). When .venv already matches the lock, nothing is downloaded
# or reinstalled. Usage: scripts/setup.sh EXTRAS (comma-separated: test | app,server)
#
# The lock: `uv lock` after changing pyproject.toml's dependencies; `uv lock --upgrade`
# (or `--upgrade-package NAME`) to move to newer releases. Commit uv.lock with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
extras=${1:-test}
# The uv that reads and writes uv.lock, in a small environment of its own (.tools), so
# syncing .venv to the lock never removes it.
UV_VERSION=0.13.8
missing=0
for tool in Xvfb dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || missing=1
done
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing=1
# The web page's browser tests need Debian's chromium.
if [ "$extras" = test ]; then command -v chromium >/dev/null 2>&1 || missing=1; fi
# The server suite runs on PostgreSQL too (Debian's binaries; the tests start a cluster).
if [ "$extras" = test ]; then
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing=1
fi
if [ "$missing" = 1 ] || [ "${CI:-}" = "true" ]; then
  echo "==> installing system packages (Qt libraries, Xvfb, D-Bus, keyring, fonts)"
  scripts/install_system_packages.sh
fi
if [ "$(.tools/bin/uv --version 2>/dev/null | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  echo "==> installing uv $UV_VERSION into .tools"
  python3 -m venv .tools
  .tools/bin/python -m pip install --quiet "uv==$UV_VERSION"
fi
uv=.tools/bin/uv
export UV_PYTHON_DOWNLOADS=never  # the machine's python3, never one uv downloads
# The lock must say what pyproject.toml asks for: a dependency changed without `uv lock`
# stops here (CI included) instead of installing something nobody reviewed.
if ! "$uv" lock --check --offline >/dev/null 2>&1 && ! "$uv" lock --check >/dev/null; then
  echo "uv.lock does not match pyproject.toml: run '$uv lock' and commit uv.lock" >&2
  exit 1
fi
extra_args=()
IFS=',' read -ra wanted <<<"$extras"
for extra in "${wanted[@]}"; do extra_args+=(--extra "$extra"); done
# The tests get exactly the lock (anything else is removed); the demo only adds what it
# lacks, so running it does not strip the test tools out of a developer's .venv.
if [ "$extras" != test ]; then extra_args+=(--inexact); fi
# Already in step with the lock: no registry asked, nothing installed.
if "$uv" sync --frozen --offline --check "${extra_args[@]}" --python python3 >/dev/null 2>&1; then
  exit 0
fi
echo "==> installing Python packages from uv.lock: .[$extras]"
"$uv" sync --frozen --quiet "${extra_args[@]}" --python python3
