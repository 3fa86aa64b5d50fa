# Sourced: where the Windows check keeps its things (all under build/windows, which is
# ignored by git and removed by `check.sh --clean`) and how wine is run.
WIN_ROOT="$REPO/build/windows"
export WINEPREFIX="$WIN_ROOT/prefix"
export WINEARCH=win64
export WINEDEBUG=-all
# No Gecko/Mono download prompts (nothing here needs an HTML engine or .NET), and no
# winemenubuilder: it would copy the installer's shortcuts into the Linux desktop's menus
# and icons (~/.local/share, ~/.config/menus), outside build/windows.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
# Caches (Mesa's shaders for wine's OpenGL, and the like) stay in build/windows too.
export XDG_CACHE_HOME="$WIN_ROOT/cache"
WIN_PY_DIR="$WINEPREFIX/drive_c/python311"
WIN_DOWNLOADS="$WIN_ROOT/downloads"
# Python under wine must write to a pipe: a regular file as stdout fails with WinError 6.
wpy() { wine "$WIN_PY_DIR/python.exe" "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }
# A Unix path as Windows sees it, worked out here rather than by `winepath -w`: that asks a
# wineserver, and once (CI, just after another wine process exited) it printed nothing, so
# python.exe was handed "" and ran the current directory. The prefix's drive_c is C:, and
# every other path is under Z:, which wine maps to / in every prefix.
winpath() {
  local path prefix
  path=$(realpath -m -- "$1"); prefix=$(realpath -m -- "$WINEPREFIX")
  case "$path" in
    "$prefix/drive_c") path="C:/" ;;
    "$prefix"/drive_c/*) path="C:/${path#"$prefix"/drive_c/}" ;;
    *) path="Z:$path" ;;
  esac
  printf '%s\n' "${path//\//\\}"
}
