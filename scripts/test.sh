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
# In parallel (pytest-xdist): each worker is a Python in a desktop session of its own
# (tests/support/desktop_python), with its own database cluster, ports and temp folders;
# a test module stays on one worker (--dist loadscope), so its module fixtures (a
# notification service, a browser) are made once. RESPONDER_TEST_WORKERS=0 runs them
# one after another in a single desktop session.
workers=${RESPONDER_TEST_WORKERS:-$(($(nproc) * 2))}
if [ "$workers" -gt 0 ]; then
  parallel=(--tx "$workers*popen//python=tests/support/desktop_python" --dist loadscope)
  runner=()
else
  parallel=()
  runner=(scripts/desktop_session.sh)
fi
echo "==> pytest ($workers workers)"
started=$(date +%s)
set +e
"${runner[@]}" .venv/bin/python -m pytest -p no:cacheprovider --durations=10 \
  "${parallel[@]}" "$@"
status=$?
set -e
echo "==> pytest took $(($(date +%s) - started)) s"
if [ "$status" = 5 ]; then
  echo "pytest collected no tests" >&2
  exit 1
fi
exit "$status"
