#!/usr/bin/env bash
# Builds Responder-<version>-windows-x86_64-setup.exe from a Windows one-dir bundle with
# NSIS (Debian's makensis works on Linux; on Windows use NSIS 3's makensis.exe the same way).
#   packaging/windows/build_setup.sh BUNDLE_DIR ICON OUT_DIR
# Signing: with SIGN_PFX (a .pfx code-signing certificate) and SIGN_PASSWORD_FILE set,
# the app's .exe is signed before packing and the setup.exe after, with osslsigncode
# (Debian's package) and a timestamp from SIGN_TIMESTAMP_URL. Without them the build is
# unsigned (what SmartScreen shows then: README.md, "Windows").
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
bundle=$1 icon=$2 out=$3
version=$(python3 -c "import tomllib; print(tomllib.load(open('$REPO/pyproject.toml','rb'))['project']['version'])")
setup="$out/Responder-$version-windows-x86_64-setup.exe"
mkdir -p "$out"

sign() {  # sign FILE: only when a certificate is given
  [ -n "${SIGN_PFX:-}" ] || return 0
  command -v osslsigncode >/dev/null || { echo "osslsigncode is needed to sign: apt-get install osslsigncode" >&2; exit 1; }
  osslsigncode sign -pkcs12 "$SIGN_PFX" -readpass "${SIGN_PASSWORD_FILE:?set SIGN_PASSWORD_FILE}" \
    -n Responder -h sha256 -t "${SIGN_TIMESTAMP_URL:-http://timestamp.digicert.com}" \
    -in "$1" -out "$1.signed"
  mv "$1.signed" "$1"
}

sign "$bundle/Responder.exe"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DBUNDLE="$bundle" -DICON="$icon" \
  -DOUTFILE="$setup" "$HERE/responder.nsi"
sign "$setup"
( cd "$out" && sha256sum "${setup##*/}" >"${setup##*/}.sha256" )
echo "$setup"
