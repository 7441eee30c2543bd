#!/bin/sh
# Instruction counts of one start-up, which do not depend on the machine's load (wall clock on a shared
# 2-core machine moves by ±0.3x run to run; docs/performance.md, start-up third pass).
#
#   bench/callgrind.sh bare          the bare PySide6 window: instructions to its first paint
#   bench/callgrind.sh LEDGER        the app on a copy of LEDGER: start → painted, painted → incident page filled
#
# Runs the program from this tree's src/ (PYTHONPATH), from bytecode as the bench does. Needs valgrind.
# Takes 1-5 minutes per run.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
python=${PYTHON:-$root/.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset PYTHONDONTWRITEBYTECODE
"$python" -m compileall -q "$root/src" "$here" >/dev/null
export BENCH_CALLGRIND=1 QT_QPA_PLATFORM=offscreen PYTHONPATH="$root/src:$here"
export XDG_CONFIG_HOME="$work/config" INCIDENTDESK_DATA_DIR="$work/data"
if [ "$1" = bare ]; then
    set -- "$here/bare_window.py"
else
    cp "$1" "$work/ledger.db"
    set -- "$here/app_probe.py" "$work/ledger.db"
fi
valgrind --tool=callgrind --dump-before=os_getppid --dump-before=os_getpgrp \
    --callgrind-out-file="$work/cg.%p" "$python" "$@" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
# cg.PID.1 ends at the paint, cg.PID.2 at the filled incident page; cg.PID is what followed (quitting).
for part in 1 2; do
    f=$(ls "$work"/cg.*."$part" 2>/dev/null || true)
    [ -n "$f" ] || continue
    label=$([ "$part" = 1 ] && echo "start -> painted" || echo "painted -> incident page")
    awk -v l="$label" '/^(summary|totals):/ {printf "%-26s %6.0f M instructions\n", l, $2 / 1e6; exit}' "$f"
done
