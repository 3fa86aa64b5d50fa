#!/usr/bin/env bash
# Prepares a fresh Debian machine: system packages (when any are missing, or in CI) and a
# virtual environment in .venv with the project installed. Usage: scripts/setup.sh EXTRAS
set -euo pipefail
cd "$(dirname "$0")/.."
extras=${1:-test}
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
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  python3 -m venv .venv
fi
echo "==> installing Python packages: .[$extras]"
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --editable ".[$extras]"
