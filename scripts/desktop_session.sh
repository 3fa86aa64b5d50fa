#!/usr/bin/env bash
# Runs a command inside a desktop session made for tests on a machine with no screen:
# a virtual X display (Xvfb), a private D-Bus session bus, and an unlocked GNOME keyring
# (the Secret Service that `keyring` talks to). Everything stops when the command ends.
#
#   scripts/desktop_session.sh COMMAND [ARGS...]
set -euo pipefail

if [ "${RESPONDER_IN_DESKTOP_SESSION:-}" != "1" ]; then
  runtime_dir=$(mktemp -d /tmp/responder-session.XXXXXX)
  chmod 700 "$runtime_dir"
  # Xvfb picks a free display number itself (-displayfd), so sessions started at the same
  # moment (parallel test workers) never pick the same one; it writes it once it is ready.
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$runtime_dir/display" \
    >"$runtime_dir/xvfb.log" 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$runtime_dir"' EXIT
  for _ in $(seq 1 200); do
    [ -s "$runtime_dir/display" ] && break
    sleep 0.05
  done
  display=$(head -n 1 "$runtime_dir/display")
  if [ -z "$display" ]; then
    echo "Xvfb did not start: $(cat "$runtime_dir/xvfb.log")" >&2
    exit 1
  fi
  export DISPLAY=":$display" XDG_RUNTIME_DIR="$runtime_dir" RESPONDER_IN_DESKTOP_SESSION=1
  # A keyring of its own so tests never touch the user's real one.
  export XDG_DATA_HOME="$runtime_dir/data"
  mkdir -p "$XDG_DATA_HOME"
  set +e
  dbus-run-session -- "$0" "$@"
  status=$?
  set -e
  exit $status
fi

# Inside the D-Bus session: unlock a fresh keyring (the password only guards this
# throwaway test keyring), then run the command.
printf '%s' "responder-test-keyring" | gnome-keyring-daemon --unlock --components=secrets \
  >/dev/null 2>&1 || echo "warning: gnome-keyring-daemon did not start" >&2
# A sound server with a silent sink, so the app's sounds really play (and can be checked).
if command -v pulseaudio >/dev/null 2>&1; then
  pulseaudio --daemonize=no --exit-idle-time=-1 --disallow-exit -n \
    --load="module-null-sink sink_name=responder_test" --load=module-native-protocol-unix \
    >"$XDG_RUNTIME_DIR/pulseaudio.log" 2>&1 &
  pulse_pid=$!
  for _ in $(seq 1 100); do
    [ -S "$XDG_RUNTIME_DIR/pulse/native" ] && break
    sleep 0.05
  done
  if [ -S "$XDG_RUNTIME_DIR/pulse/native" ]; then
    export RESPONDER_TEST_SOUND_SERVER=1
  fi
  set +e
  "$@"
  status=$?
  kill "$pulse_pid" 2>/dev/null
  wait "$pulse_pid" 2>/dev/null
  exit $status
fi
exec "$@"
