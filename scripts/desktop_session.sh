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
  # Pick a free display number.
  display=90
  while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
    display=$((display + 1))
  done
  Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >"$runtime_dir/xvfb.log" 2>&1 &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$runtime_dir"' EXIT
  for _ in $(seq 1 100); do
    [ -e "/tmp/.X11-unix/X$display" ] && break
    sleep 0.05
  done
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
