#!/usr/bin/env bash
# Builds the two DLL stand-ins with Debian's mingw-w64 into the folder given (the wine
# prefix's system32). Usage: stubs/build.sh DEST
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
dest=$1
cc=x86_64-w64-mingw32-gcc
"$cc" -O2 -shared -s -o "$dest/icuuc.dll" "$HERE/icuuc.c"
"$cc" -O2 -shared -s -o "$dest/bcryptprimitives.dll" "$HERE/bcryptprimitives.c" -lbcrypt
echo "built icuuc.dll and bcryptprimitives.dll into $dest"
