"""Part of smoke_test.sh: the frozen bundle against a throw-away PostgreSQL server (`python smoke_pg.py EXE`).

Only the server comes from the test helpers (tests/pg_server.py); every ledger operation is done
by the frozen executable, so this proves its psycopg/libpq and Alembic's PostgreSQL migrations.
Exit 0 passed, 1 failed, 77 skipped (no PostgreSQL binaries on this machine).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SKIPPED = 77
STEPS = [["init"], ["sample"], ["search", "住民票"], ["verify"]]


def main(exe: str) -> int:
    try:
        from pg_server import PgServer, find_bindir
    except ImportError:  # Windows: the helper needs pwd and runuser
        print("   (no PostgreSQL test server on this platform: skipped)")
        return SKIPPED
    bindir = find_bindir()
    if bindir is None:
        print("   (no PostgreSQL binaries: skipped)")
        return SKIPPED
    server = PgServer(bindir).start()
    try:
        server.admin("CREATE DATABASE smoke")
        url = server.url("smoke")
        for argv in STEPS:
            proc = subprocess.run([exe, "--db", url, *argv], capture_output=True, text=True, timeout=120,
                                  env=os.environ)
            print(f"   {' '.join(argv)}: {(proc.stdout or proc.stderr).strip().splitlines()[-1][:110]}")
            if proc.returncode != 0:
                print(proc.stdout + proc.stderr, file=sys.stderr)
                return 1
        return 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
