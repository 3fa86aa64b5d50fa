#!/usr/bin/env bash
# The Windows build, checked end to end on Linux (CI runs it after the test suite):
#  1. Debian's wine, NSIS and mingw-w64 (apt, when missing);
#  2. a wine prefix with a Windows CPython 3.11.9 and the app's dependencies as uv.lock
#     pins them for win32 (wine/python.sh; every download pinned by version and hash);
#  3. the one-dir bundle: build_installer.py --bundle-only, unchanged, run by that Python;
#  4. the installer: NSIS (build_setup.sh) -> Responder-<version>-windows-x86_64-setup.exe;
#  5. a silent per-user install (/S), checked: program, Start-menu shortcut, Apps & features
#     entry, the AppUserModelID for toasts;
#  6. the installed app on a virtual display, in Chinese: its sign-in window found by
#     title, a screenshot, signing in by typing against a backend on loopback, a chat from
#     a simulated client answered from the app, a second screenshot, Ctrl+Q (smoke.py);
#  7. an upgrade in place (the same installer again): settings kept;
#  8. a silent uninstall: program, shortcuts and registry entries gone, the responder's
#     data kept; then install again and uninstall with /PURGE: nothing left.
# Everything it makes stays in build/windows/ (screenshots in build/windows/smoke/).
#   packaging/windows/check.sh            # the whole check
#   packaging/windows/check.sh --clean    # remove build/windows first
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$REPO/packaging/windows"
cd "$REPO"
started=$(date +%s)
elapsed() { echo "$(( $(date +%s) - started )) s"; }
if [ "${1:-}" = "--clean" ]; then rm -rf "$REPO/build/windows"; fi

need=()
for tool in wine:wine /usr/lib/wine/wine64:wine64 makensis:nsis x86_64-w64-mingw32-gcc:mingw-w64 \
            Xvfb:xvfb xdotool:xdotool import:imagemagick unzip:unzip curl:curl; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || need+=("${tool#*:}")
done
if [ "${#need[@]}" -gt 0 ]; then
  echo "==> apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${need[@]}" >/dev/null
fi

. "$HERE/wine/env.sh"
"$HERE/wine/python.sh"
echo "    ready after $(elapsed)"
echo "==> the app's Windows code paths against wine's Windows API"
wpy "$(winpath "$HERE/wine/platform_probe.py")"

echo "==> the bundle (build_installer.py --bundle-only under wine; log: build/windows/bundle.log)"
rm -rf "$WIN_ROOT/dist"
if ! wpy "$(winpath "$REPO/build_installer.py")" --bundle-only \
     --output "$(winpath "$WIN_ROOT/dist")" --work "$(winpath "$WIN_ROOT/work")" \
     >"$WIN_ROOT/bundle.log"; then
  tail -n 40 "$WIN_ROOT/bundle.log"; echo "windows check FAILED: the bundle did not build" >&2
  exit 1
fi
grep -E "^(built|  bundle)" "$WIN_ROOT/bundle.log"
bundle=$(find "$WIN_ROOT/dist" -maxdepth 1 -name 'Responder-*-bundle' -type d)
for shim in icuuc.dll bcryptprimitives.dll; do  # the wine-only stand-ins stay out
  if [ -e "$bundle/$shim" ] || [ -e "$bundle/_internal/$shim" ]; then
    echo "windows check FAILED: $shim got into the bundle" >&2; exit 1
  fi
done
echo "    after $(elapsed)"

echo "==> the installer (NSIS)"
setup=$("$HERE/build_setup.sh" "$bundle" "$WIN_ROOT/work/icons/responder.ico" "$WIN_ROOT/out" | tail -n1)
echo "    $setup ($(du -m "$setup" | cut -f1) MB) after $(elapsed)"

# What the installer puts where, for this prefix's user.
user_dir=$(winepath -u "$(wine cmd /c 'echo %USERPROFILE%' 2>/dev/null | tr -d '\r')")
[ -d "$user_dir" ] || { echo "windows check FAILED: no user profile ($user_dir)" >&2; exit 1; }
local_dir="$user_dir/AppData/Local"
program="$local_dir/Programs/Responder"
menu_link="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Responder.lnk"
data="$local_dir/Responder"
reg_has() { wine reg query "$1" >/dev/null 2>&1; }
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Responder'
aumid_key='HKCU\Software\Classes\AppUserModelId\Responder.Desktop'
settings_key='HKCU\Software\Responder\Responder'
failed() { echo "windows check FAILED: $*" >&2; exit 1; }
install() { wine "$setup" /S 2>&1 | cat; wineserver -w; }
uninstall() { wine "$program/uninstall.exe" /S "$@" 2>&1 | cat; wineserver -w; }

echo "==> a silent install, from nothing"
[ -x "$program/uninstall.exe" ] && uninstall /PURGE
wine reg delete 'HKCU\Software\Responder' /f >/dev/null 2>&1 || true
rm -rf "$data"
install
[ -f "$program/Responder.exe" ] || failed "no $program/Responder.exe after installing"
[ -f "$menu_link" ] || failed "no Start-menu shortcut"
reg_has "$uninstall_key" || failed "no Apps & features entry (HKCU)"
reg_has "$aumid_key" || failed "the AppUserModelID is not registered"
echo "    installed: program, Start-menu shortcut, Apps & features entry, AppUserModelID"

echo "==> the installed app, in Chinese, signed in against a backend on loopback"
wine reg add "$settings_key\\app" /v language /d zh_CN /f >/dev/null 2>&1
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WIN_ROOT/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; wineserver -k 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do [ -s "$WIN_ROOT/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$WIN_ROOT/display")"
"$REPO/.venv/bin/python" "$HERE/smoke.py" --exe "$(winpath "$program/Responder.exe")" \
  --out "$WIN_ROOT/smoke"
wineserver -w

echo "==> upgrade in place (the installer again)"
install
[ -f "$program/Responder.exe" ] || failed "the upgrade left no program"
reg_has "$settings_key\\account" || failed "the upgrade lost the settings"
echo "    program replaced, settings kept"

echo "==> silent uninstall: the program goes, the responder's data stays"
uninstall
[ ! -e "$program" ] || failed "the program folder is still there: $(ls "$program")"
[ ! -e "$menu_link" ] || failed "the Start-menu shortcut is still there"
! reg_has "$uninstall_key" || failed "the Apps & features entry is still there"
! reg_has "$aumid_key" || failed "the AppUserModelID is still registered"
reg_has "$settings_key\\account" || failed "a silent uninstall deleted the settings"
[ -d "$data" ] || failed "a silent uninstall deleted $data"

echo "==> install again, uninstall with /PURGE: nothing left"
install
uninstall /PURGE
[ ! -e "$program" ] || failed "the program folder is still there"
[ ! -e "$data" ] || failed "/PURGE left $data"
! reg_has 'HKCU\Software\Responder' || failed "/PURGE left the settings"
# Nothing outside the prefix either: no Linux menu entry or icon made from its shortcuts.
leaked=$(find "$HOME/.local/share/applications" "$HOME/.local/share/icons" \
  "$HOME/.config/menus" -iname '*Responder*' 2>/dev/null | head -n 3 || true)
[ -z "$leaked" ] || failed "wine left Responder files outside the prefix: $leaked"
echo "windows check passed in $(elapsed): installer $(du -m "$setup" | cut -f1) MB, screenshots in build/windows/smoke/"
