#!/usr/bin/env bash
# Installs everything the tests need, checks style and types, and runs the whole suite
# inside a virtual display with its own D-Bus session and keyring. Extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
echo "==> ruff"
.venv/bin/ruff check .
echo "==> mypy"
.venv/bin/mypy responder_wire responder_server responder_sim responder_app
echo "==> pytest"
set +e
scripts/desktop_session.sh .venv/bin/python -m pytest -p no:cacheprovider "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
  echo "pytest collected no tests" >&2
  exit 1
fi
exit "$status"
