#!/usr/bin/env bash
# Build the one-folder bundle dist/incidentdesk/ on this machine (Linux, or Windows under Git Bash).
#
# Environment:
#   PY                         Python to create .venv with (default: python3, else python)
#   VENV                       virtual environment to use or create (default: .venv)
#   INCIDENTDESK_FONT_SOURCE   folder holding BIZUDGothic-Regular.ttf, BIZUDGothic-Bold.ttf,
#                              BIZUDMincho-Regular.ttf and OFL*.txt (default: the Debian packages
#                              fonts-morisawa-bizud-gothic / -mincho under /usr/share)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

# On a fresh Debian machine (CI), install what the build needs from the distribution: PyInstaller
# reads shared-library dependencies with objdump, and the fonts come from Debian's packages.
if [[ "$(uname -s)" == Linux ]]; then
  need=()
  command -v objdump >/dev/null || need+=(binutils)
  if [[ -z "${INCIDENTDESK_FONT_SOURCE:-}" ]]; then
    [[ -f /usr/share/fonts/truetype/bizud-gothic/BIZUDGothic-Regular.ttf ]] || need+=(fonts-morisawa-bizud-gothic)
    [[ -f /usr/share/fonts/truetype/bizud-mincho/BIZUDMincho-Regular.ttf ]] || need+=(fonts-morisawa-bizud-mincho)
  fi
  if [[ ${#need[@]} -gt 0 ]]; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
      apt-get update -q && apt-get install -y -q --no-install-recommends "${need[@]}"
    else
      echo "build.sh needs: apt-get install ${need[*]}" >&2
      exit 1
    fi
  fi
fi

VENV=${VENV:-.venv}
PY=${PY:-$(command -v python3 || command -v python)}
if [[ -x "$VENV/bin/python" ]]; then VPY="$VENV/bin/python"; BIN="$VENV/bin"
elif [[ -x "$VENV/Scripts/python.exe" ]]; then VPY="$VENV/Scripts/python.exe"; BIN="$VENV/Scripts"
else
  "$PY" -m venv "$VENV"
  if [[ -x "$VENV/bin/python" ]]; then VPY="$VENV/bin/python"; BIN="$VENV/bin"
  else VPY="$VENV/Scripts/python.exe"; BIN="$VENV/Scripts"; fi
fi
echo "== installing the project and PyInstaller into $VENV"
mkdir -p build
"$VPY" -m pip install -q --upgrade pip
"$VPY" -m pip install -q -e '.[postgres]' 'pyinstaller>=6.10' 'pyinstaller-hooks-contrib>=2024.8' \
  > build/pip.log 2>&1 || { cat build/pip.log >&2; exit 1; }

STAGE=build/bundle-resources
rm -rf "$STAGE"
mkdir -p "$STAGE/fonts" "$STAGE/translations"

echo "== staging resources (icons, compiled translations)"
# Everything under resources/ except translation sources; every .ts is compiled afresh so a
# stale .qm in the tree cannot ship.
(cd resources && find . -type f ! -name '*.ts' -print0) | while IFS= read -r -d '' f; do
  mkdir -p "$STAGE/$(dirname "$f")"
  cp "resources/$f" "$STAGE/$f"
done
LRELEASE="$BIN/pyside6-lrelease"
for ts in resources/translations/*.ts; do
  [[ -e "$ts" ]] || continue
  "$LRELEASE" -silent "$ts" -qm "$STAGE/translations/$(basename "${ts%.ts}").qm"
done

echo "== staging the Japanese fonts (SIL Open Font License)"
FONTS=(BIZUDGothic-Regular.ttf BIZUDGothic-Bold.ttf BIZUDMincho-Regular.ttf)
if [[ -n "${INCIDENTDESK_FONT_SOURCE:-}" ]]; then
  for f in "${FONTS[@]}"; do cp "$INCIDENTDESK_FONT_SOURCE/$f" "$STAGE/fonts/"; done
  ls "$INCIDENTDESK_FONT_SOURCE"/OFL*.txt >/dev/null || { echo "no OFL*.txt licence in $INCIDENTDESK_FONT_SOURCE" >&2; exit 1; }
  cp "$INCIDENTDESK_FONT_SOURCE"/OFL*.txt "$STAGE/fonts/"
else
  DEB=/usr/share/fonts/truetype
  for f in "${FONTS[@]}"; do
    src=$(ls "$DEB"/bizud-*/"$f" 2>/dev/null | head -n1 || true)
    if [[ -z "$src" ]]; then
      echo "missing $f: apt-get install fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho," >&2
      echo "or set INCIDENTDESK_FONT_SOURCE to a folder with the .ttf files and OFL.txt" >&2
      exit 1
    fi
    cp "$src" "$STAGE/fonts/"
  done
  # Debian's copyright files carry the copyright notice and the full OFL 1.1 text.
  cp /usr/share/doc/fonts-morisawa-bizud-gothic/copyright "$STAGE/fonts/OFL-BIZUDGothic.txt"
  cp /usr/share/doc/fonts-morisawa-bizud-mincho/copyright "$STAGE/fonts/OFL-BIZUDMincho.txt"
fi

echo "== PyInstaller"
rm -rf dist/incidentdesk
STAGED="$PWD/$STAGE"
command -v cygpath >/dev/null && STAGED=$(cygpath -m "$STAGED")  # Git Bash: Python wants C:/...
INCIDENTDESK_STAGED_RESOURCES="$STAGED" "$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/incidentdesk.spec

echo "== bundle"
echo "size:  $(du -sh dist/incidentdesk | cut -f1)  (dist/incidentdesk)"
echo "files: $(find dist/incidentdesk -type f | wc -l)"
echo "took:  $(( $(date +%s) - started )) s"
