#!/usr/bin/env bash
# The README's test command (`make test`): set up a fresh machine, install the package, lint and type-check,
# run the whole suite.
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
  # The whole run (make test, CI) lints and type-checks first; a run of chosen tests skips both.
  # Scopes and rules are in pyproject.toml ([tool.ruff], [tool.mypy]); docs/style.md has what they cannot check.
  echo "test.sh: ruff check" >&2
  .venv/bin/ruff check src tests bench scripts
  echo "test.sh: ruff format --check" >&2
  .venv/bin/ruff format --check src tests bench scripts
  echo "test.sh: mypy" >&2
  .venv/bin/mypy
  # Two workers, each taking whole files (their module fixtures and their order stay together); each worker
  # starts its own PostgreSQL server. INCIDENTDESK_TEST_WORKERS=0 runs in one process.
  set -- -n "${INCIDENTDESK_TEST_WORKERS:-2}" --dist loadfile --durations=15 tests
fi
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "test.sh: pytest collected no tests; that is a failure." >&2
fi
exit "$status"
