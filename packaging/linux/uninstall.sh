#!/bin/sh
# Removes what install.sh put in place. Your settings (~/.config/Responder) and the sign-in
# remembered in your keyring are left alone.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
rm -f "$data/applications/responder.desktop" \
      "$data/icons/hicolor/scalable/apps/responder.svg" \
      "$data/icons/hicolor/256x256/apps/responder.png"
rm -rf "$data/responder"
command -v update-desktop-database >/dev/null 2>&1 && \
  update-desktop-database -q "$data/applications" 2>/dev/null || true
echo "Responder is removed."
