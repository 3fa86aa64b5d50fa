#!/usr/bin/env bash
# Installs what the app and backend need, then runs the app in demo mode: a local backend
# on loopback with a throwaway database, simulated clients, and the app signed in.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app,server
exec .venv/bin/responder-app --demo "$@"
