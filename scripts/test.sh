#!/usr/bin/env bash
# The README's test command (`make test`): set up a fresh machine, install the package, run the whole suite.
# Extra arguments go to pytest (e.g. `bash scripts/test.sh tests/storage -x`).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test,postgres]'

export QT_QPA_PLATFORM=offscreen
if [ "${CI:-}" = "true" ]; then
  export INCIDENTDESK_REQUIRE_PG=1  # in CI the PostgreSQL half of the suite must run, never skip
fi

if [ $# -eq 0 ]; then
  set -- tests
fi
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests; that is a failure." >&2
fi
exit "$status"
