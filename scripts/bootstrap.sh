#!/usr/bin/env bash
# Installs the Debian packages Incident Desk and its tests need (as root), or says which ones are missing.
set -euo pipefail

# What the app itself needs to run (`bash scripts/bootstrap.sh app`, used by `make run`).
APP_PACKAGES=(
  python3-venv                                      # the .venv the make targets create
  fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho  # Japanese fonts for the window and the memo PDF
  # what Qt's offscreen and xcb platform plugins load
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0
)
# What the whole test suite needs on top (the default).
TEST_PACKAGES=(
  strace                                            # the system-call half of the no-network test
  postgresql                                        # the throw-away server of the PostgreSQL tests
  poppler-utils                                     # pdftoppm/pdffonts in the memo tests
  xvfb xauth                                        # a display for anything that cannot run offscreen
)
PACKAGES=("${APP_PACKAGES[@]}")
if [ "${1:-test}" != "app" ]; then
  PACKAGES+=("${TEST_PACKAGES[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "bootstrap: not a Debian-like system; install PostgreSQL, BIZ UD fonts, poppler and Qt's X11 libraries yourself." >&2
  exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: all Debian packages present."
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "bootstrap: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "bootstrap: missing Debian packages: ${missing[*]}" >&2
  echo "bootstrap: install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  echo "bootstrap: (tests that need them will be skipped or fail)" >&2
fi
