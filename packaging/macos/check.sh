#!/usr/bin/env bash
# NOT RUN HERE (this CI has no macOS runner): the shape of the Windows check
# (packaging/windows/check.sh) for a macOS runner, written so that a macOS CI job can take
# it as it is. Same steps, macOS tools:
#  1. Python 3.11 from the runner (python.org or Homebrew) and the app's dependencies as
#     uv.lock pins them for darwin, installed with hashes into build/macos/venv;
#  2. build_installer.py (unchanged): Responder.app (PyInstaller's BUNDLE step) and
#     Responder-<version>-macos-<arch>.dmg (hdiutil); signed and notarised only when
#     MACOS_SIGN_IDENTITY / MACOS_NOTARY_PROFILE are given;
#  3. the .dmg attached, Responder.app copied to a throwaway Applications folder;
#  4. the app started against the Linux-free backend on loopback (the same smoke steps:
#     the sign-in window found by title through System Events, a screenshot with
#     screencapture, signing in by keystrokes, a simulated client's chat answered);
#  5. Cmd+Q, the .dmg detached, the app and its data (~/Library/Application Support/
#     Responder, the Keychain item "Responder") removed.
# Notifications (plyer's macosx module), idle time (IOKit HIDIdleTime,
# responder_app/platform/idle.py), the Keychain (keyring) and start at sign-in (a
# LaunchAgent, responder_app/platform/autostart.py) sit behind the same interfaces as on
# Windows and Linux; only their unit tests run here.
set -euo pipefail
[ "$(uname -s)" = Darwin ] || { echo "packaging/macos/check.sh runs on macOS only" >&2; exit 2; }
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
ROOT="$REPO/build/macos"
cd "$REPO"
started=$(date +%s)
mkdir -p "$ROOT"

echo "==> Python and the locked dependencies for darwin"
python3.11 -m venv "$ROOT/venv"
"${UV:-uv}" export --quiet --frozen --no-dev --no-emit-project --extra app --extra installer \
  --extra server --format requirements-txt -o "$ROOT/requirements-darwin.txt"
"$ROOT/venv/bin/python" -m pip install --quiet --require-hashes --only-binary :all: \
  -r "$ROOT/requirements-darwin.txt"
"$ROOT/venv/bin/python" -m pip install --quiet --no-deps -e .

echo "==> Responder.app and the .dmg"
"$ROOT/venv/bin/python" build_installer.py --output "$ROOT/dist" --work "$ROOT/work"
dmg=$(ls "$ROOT"/dist/Responder-*-macos-*.dmg)
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "${MACOS_NOTARY_PROFILE:?}" --wait
  xcrun stapler staple "$dmg"
fi

echo "==> install from the .dmg"
mount=$(hdiutil attach -nobrowse -readonly "$dmg" | awk -F'\t' '/\/Volumes\//{print $NF}')
apps="$ROOT/Applications"
rm -rf "$apps" && mkdir -p "$apps"
ditto "$mount/Responder.app" "$apps/Responder.app"
hdiutil detach "$mount" -quiet

echo "==> the installed app against a backend on loopback"
# smoke.py's steps with macOS tools: it is written for xdotool; a macOS job runs it with
# RESPONDER_SMOKE_DRIVER=macos (System Events keystrokes, screencapture), to be added
# together with the runner.
"$ROOT/venv/bin/python" packaging/windows/smoke.py \
  --exe "$apps/Responder.app/Contents/MacOS/Responder" --out "$ROOT/smoke"

echo "==> remove everything"
rm -rf "$apps" "$HOME/Library/Application Support/Responder" \
  "$HOME/Library/Preferences/com.responder.Responder.plist"
security delete-generic-password -s Responder >/dev/null 2>&1 || true
echo "macos check passed in $(( $(date +%s) - started )) s"
