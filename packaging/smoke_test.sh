#!/usr/bin/env bash
# Smoke test of the frozen bundle in dist/incidentdesk/ (not of the source tree): a fresh ledger,
# the sample, search, a memo PDF with every font embedded, export/import, verify, the inventory and
# survey spreadsheets, the window
# opened and closed offscreen, the PostgreSQL driver present, and no network system call.
#
# Where the machine allows it (root on Linux with unshare and strace) it also hides the system's
# fonts while writing the memo, so the PDF can only use the fonts inside the bundle, and traces
# every step for IPv4/IPv6 sockets.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
started=$(date +%s)

# On a fresh Debian machine (CI) as root, fetch the two checking tools from the distribution.
if [[ "$(uname -s)" == Linux && $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  need=()
  command -v pdffonts >/dev/null || need+=(poppler-utils)
  command -v strace >/dev/null || need+=(strace)
  if [[ ${#need[@]} -gt 0 ]]; then
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

BUNDLE=dist/incidentdesk
EXE="$BUNDLE/incidentdesk"
[[ -x "$EXE.exe" ]] && EXE="$EXE.exe"
if [[ ! -x "$EXE" ]]; then
  echo "no bundle at $BUNDLE: run 'make bundle' first" >&2
  exit 1
fi
EXE="$PWD/$EXE"

echo "-- bundle contents"
INTERNAL="$BUNDLE/_internal"
for need in incidentdesk/storage/migrations/env.py resources/fonts/BIZUDGothic-Regular.ttf \
            resources/fonts/BIZUDGothic-Bold.ttf resources/fonts/BIZUDMincho-Regular.ttf; do
  [[ -f "$INTERNAL/$need" ]] || { echo "FAILED: $need is missing from the bundle" >&2; exit 1; }
done
ls "$INTERNAL"/resources/fonts/OFL* >/dev/null 2>&1 || { echo "FAILED: no font licence text" >&2; exit 1; }
migrations=$(ls "$INTERNAL"/incidentdesk/storage/migrations/versions/0*.py | wc -l)
expected=$(ls src/incidentdesk/storage/migrations/versions/0*.py 2>/dev/null | wc -l)
[[ $migrations -gt 0 && ( $expected -eq 0 || $migrations -eq $expected ) ]] \
  || { echo "FAILED: $migrations migrations in the bundle, $expected in the source" >&2; exit 1; }
ls "$INTERNAL"/resources/translations/*_ja.qm >/dev/null || { echo "FAILED: no translations" >&2; exit 1; }
ls "$INTERNAL"/pypdfium2_raw/*pdfium* >/dev/null || { echo "FAILED: PDFium is missing" >&2; exit 1; }
echo "   migrations: $migrations, translations: $(ls "$INTERNAL"/resources/translations/*.qm | wc -l), fonts and licence, PDFium"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/incidentdesk-smoke.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# Git Bash on Windows: hand the Windows programs C:/... paths, not /tmp/..., and stop MSYS from
# rewriting arguments that merely look like paths (the PostgreSQL URL below).
if command -v cygpath >/dev/null; then
  TMP=$(cygpath -m "$TMP")
  export MSYS2_ARG_CONV_EXCL='*' MSYS_NO_PATHCONV=1
fi
# Run from an empty folder with a private data folder and no Python path: nothing from the
# checkout or the user's profile can leak in.
cd "$TMP"
unset PYTHONPATH PYTHONHOME INCIDENTDESK_DB VIRTUAL_ENV
export INCIDENTDESK_DATA_DIR="$TMP/data" XDG_CONFIG_HOME="$TMP/config" QT_QPA_PLATFORM=offscreen
export INCIDENTDESK_LANG=ja
DB="$TMP/x.db"

TRACE=()
if [[ "$(uname -s)" == Linux ]] && command -v strace >/dev/null; then
  mkdir -p "$TMP/trace"
  TRACE=(strace -f -qq -e trace=socket,connect -o "$TMP/trace/step")
fi
HIDE_FONTS=()
if [[ "$(uname -s)" == Linux && $(id -u) == 0 && -d /usr/share/fonts ]] \
   && unshare -m sh -c 'mount -t tmpfs none /usr/share/fonts' 2>/dev/null; then
  HIDE_FONTS=(unshare -m sh -c 'mount -t tmpfs none /usr/share/fonts && exec "$@"' hide-fonts)
fi

n=0
step() {  # step NAME COMMAND...: run it, print its output, fail the smoke test on a non-zero exit
  local name=$1; shift
  n=$((n + 1))
  local t0; t0=$(date +%s%N)
  echo "-- $name"
  local trace=()
  [[ ${#TRACE[@]} -gt 0 ]] && trace=("${TRACE[@]/%step/$n-$name}")
  if ! "${trace[@]}" "$@" >"$TMP/out.$n" 2>&1; then
    cat "$TMP/out.$n" >&2
    echo "FAILED: $name" >&2
    exit 1
  fi
  sed -n '1,8s/^/   /p' "$TMP/out.$n"  # not `| head`: a long output would end sed with SIGPIPE under pipefail
  echo "   ($(( ($(date +%s%N) - t0) / 1000000 )) ms)"
}

step init "$EXE" --db "$DB" init
step sample "$EXE" --db "$DB" sample
step search "$EXE" --db "$DB" search 住民票
grep -q "住民票" "$TMP/out.$n" || { echo "FAILED: search found nothing" >&2; exit 1; }

step memo "${HIDE_FONTS[@]}" "$EXE" --db "$DB" memo 1 --out "$TMP/memo.pdf"
if command -v pdffonts >/dev/null; then
  pdffonts "$TMP/memo.pdf" | tee "$TMP/fonts.txt" | sed 's/^/   /'
  # Columns: name type encoding emb sub uni object ID; every font must be embedded.
  if awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit !bad }' "$TMP/fonts.txt"; then
    echo "FAILED: a font in the memo is not embedded" >&2; exit 1
  fi
  grep -q "BIZUD" "$TMP/fonts.txt" || { echo "FAILED: the memo does not use the bundled BIZ UD fonts" >&2; exit 1; }
else
  echo "   (pdffonts not installed: font embedding not checked)"
fi
[[ ${#HIDE_FONTS[@]} -gt 0 ]] && echo "   (system fonts hidden while writing the memo: the bundle's own fonts were used)"

step export "$EXE" --db "$DB" export --out "$TMP/ledger.json"
step import "$EXE" --db "$TMP/copy.db" import "$TMP/ledger.json"
step verify "$EXE" --db "$DB" verify
step verify-copy "$EXE" --db "$TMP/copy.db" verify
step backup "$EXE" --db "$DB" backup --out "$TMP/backup.db"
# Spreadsheets through the bundled openpyxl: the inventory out and back in, the survey answer as .xlsx and CP932 CSV.
step inventory-export "$EXE" --db "$DB" inventory export --out "$TMP/inventory.xlsx"
step inventory-import "$EXE" --db "$TMP/inventory.db" inventory import "$TMP/inventory.xlsx"
step inventory-reimport "$EXE" --db "$DB" inventory import "$TMP/inventory.xlsx" --dry-run
step survey "$EXE" --db "$DB" survey export --incident 1 --out "$TMP/survey.xlsx" --as-of 2021-03-25
step survey-csv "$EXE" --db "$DB" survey export --incident 1 --out "$TMP/survey.csv" --encoding cp932
step restore "$EXE" --db "$TMP/restored.db" restore "$TMP/backup.db"
step verify-restored "$EXE" --db "$TMP/restored.db" verify

# The screenshot (dist/smoke-window.png) is for a person to look at; CI can keep it as an artifact.
# The memo is rendered with the preview's PDFium code inside the frozen process, too.
INCIDENTDESK_SMOKE_QUIT_MS=1500 INCIDENTDESK_SMOKE_SCREENSHOT="$ROOT/dist/smoke-window.png" \
  INCIDENTDESK_SMOKE_RENDER="$TMP/memo.pdf" step window timeout 120 "$EXE" --lang ja --db "$DB"
grep -q "smoke: window shown" "$TMP/out.$n" || { echo "FAILED: the window did not show" >&2; exit 1; }
# A Japanese title means the bundled .qm translations were found and loaded.
grep "smoke: window shown" "$TMP/out.$n" | LC_ALL=C grep -q $'[\x80-\xff]' \
  || { echo "FAILED: the window title is not Japanese: translations missing from the bundle" >&2; exit 1; }
grep -Eq "smoke: rendered [1-9]" "$TMP/out.$n" || { echo "FAILED: PDFium did not render the memo" >&2; exit 1; }

# The PostgreSQL driver must be inside the bundle: a refused connection to a closed local port
# (not "no module named psycopg") proves it loaded.
echo "-- postgres driver"
if "$EXE" --db "postgresql+psycopg://smoke@127.0.0.1:9/none" init >"$TMP/pg.out" 2>&1; then
  echo "FAILED: connecting to a closed port succeeded?" >&2; exit 1
fi
if ! grep -q "127.0.0.1" "$TMP/pg.out" || grep -qi "module\|Traceback" "$TMP/pg.out"; then
  cat "$TMP/pg.out" >&2; echo "FAILED: the PostgreSQL driver is not in the bundle" >&2; exit 1
fi
echo "   connection refused as expected: driver present"

# A real server when this machine has PostgreSQL's binaries (CI does): the helper only starts it,
# the frozen executable does the work.
VPY="$ROOT/.venv/bin/python"
[[ -x "$VPY" ]] || VPY="$ROOT/.venv/Scripts/python.exe"
if [[ -x "$VPY" ]]; then
  echo "-- postgres server"
  set +e
  "$VPY" "$ROOT/packaging/smoke_pg.py" "$EXE"
  rc=$?
  set -e
  if [[ $rc -ne 0 && $rc -ne 77 ]]; then echo "FAILED: the bundle against PostgreSQL" >&2; exit 1; fi
fi

if [[ ${#TRACE[@]} -gt 0 ]]; then
  echo "-- network system calls (strace)"
  if grep -hE 'socket\((AF_INET6?|AF_PACKET)\b|connect\([0-9]+, \{sa_family=AF_INET6?\b' "$TMP"/trace/*; then
    echo "FAILED: the bundle opened a network socket (above)" >&2; exit 1
  fi
  echo "   none in $(ls "$TMP"/trace | wc -l) traced processes"
fi

echo "smoke test passed: $n steps in $(( $(date +%s) - started )) s; bundle $(du -sh "$ROOT/$BUNDLE" | cut -f1)"
