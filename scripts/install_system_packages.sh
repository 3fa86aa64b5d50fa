#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need: Qt's runtime libraries, a virtual
# screen (Xvfb), a D-Bus session bus, a keyring daemon and CJK fonts for client text.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  python3 python3-venv python3-pip \
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 \
  libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 \
  libxcb-xkb1 libx11-xcb1 libxrender1 libxi6 libsm6 libice6 libnss3 libasound2 \
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools \
  fonts-noto-cjk fonts-noto-core fonts-dejavu-core \
  binutils xdotool desktop-file-utils >/dev/null
# Notifications and presence: pip builds dbus-python (plyer's D-Bus route) against libdbus;
# gdbus checks the test notification service; libXss tells how long the desktop has been
# idle; PulseAudio's client library lets QtMultimedia play the new-client sound.
$SUDO apt-get install -y -qq --no-install-recommends \
  python3-dev build-essential pkg-config libdbus-1-dev libglib2.0-dev libglib2.0-bin \
  libxss1 libpulse0 pulseaudio pulseaudio-utils >/dev/null
# The client's web page is tested in Debian's chromium, driven by Playwright (tests/web).
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
# The server suite also runs on PostgreSQL: the tests start a throwaway cluster of their
# own with Debian's binaries (tests/support/postgres.py), so no system cluster is needed.
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
# The census test puts Debian's nginx in front of two instances, with deploy/'s site file
# (tests/support/nginx.py starts its own; the system service is not used).
$SUDO apt-get install -y -qq --no-install-recommends nginx >/dev/null
# The Windows installer, built and run on Linux (packaging/windows/check.sh): wine runs a
# Windows CPython and the installed app, NSIS makes the installer, mingw-w64 builds two DLL
# stand-ins for the wine prefix, ImageMagick takes the screenshots.
$SUDO apt-get install -y -qq --no-install-recommends \
  wine wine64 nsis mingw-w64 imagemagick unzip curl >/dev/null
