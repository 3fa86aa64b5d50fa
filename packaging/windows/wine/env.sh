# Sourced: where the Windows check keeps its things (all under build/windows, which is
# ignored by git and removed by `check.sh --clean`) and how wine is run.
WIN_ROOT="$REPO/build/windows"
export WINEPREFIX="$WIN_ROOT/prefix"
export WINEARCH=win64
export WINEDEBUG=-all
# No Gecko/Mono download prompts (nothing here needs an HTML engine or .NET).
export WINEDLLOVERRIDES="mscoree,mshtml="
WIN_PY_DIR="$WINEPREFIX/drive_c/python311"
WIN_DOWNLOADS="$WIN_ROOT/downloads"
# Python under wine must write to a pipe: a regular file as stdout fails with WinError 6.
wpy() { wine "$WIN_PY_DIR/python.exe" "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }
winpath() { winepath -w "$1" 2>/dev/null; }
