#!/bin/sh
# Installs Responder for this user only (no root needed): the app goes to
# ~/.local/share/responder/app, a menu entry to ~/.local/share/applications and the icon to
# ~/.local/share/icons. Run it again to upgrade; uninstall.sh removes it all.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target="$data/responder/app"
applications="$data/applications"
icons="$data/icons/hicolor"

if [ ! -x "$here/app/responder" ]; then
  echo "install.sh: run me from the unpacked Responder folder (app/responder is missing)" >&2
  exit 1
fi
mkdir -p "$data/responder" "$applications" "$icons/scalable/apps" "$icons/256x256/apps"
rm -rf "$target.new"
cp -a "$here/app" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
cp "$here/responder.svg" "$icons/scalable/apps/responder.svg"
cp "$here/responder.png" "$icons/256x256/apps/responder.png"
cp "$here/uninstall.sh" "$data/responder/uninstall.sh"
chmod +x "$data/responder/uninstall.sh"
# The menu entry points at the installed program by its full path.
sed -e "s|^Exec=responder|Exec=\"$target/responder\"|" \
    -e "s|^TryExec=responder|TryExec=$target/responder|" \
    "$here/responder.desktop" > "$applications/responder.desktop"
chmod 644 "$applications/responder.desktop"
command -v update-desktop-database >/dev/null 2>&1 && \
  update-desktop-database -q "$applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && \
  gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
# The bundle carries no fonts: Chinese needs a CJK font on the system, or shows as boxes.
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; then
  echo "Note: no Chinese font is installed, so Chinese text would show as boxes."
  echo "  Install one, e.g. sudo apt install fonts-noto-cjk (Noto Sans CJK SC)."
fi
echo "Responder is installed. Find it in your applications menu, or run:"
echo "  \"$target/responder\""
echo "To remove it: \"$data/responder/uninstall.sh\""
