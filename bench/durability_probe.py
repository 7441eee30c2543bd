"""One write transaction at a time (add a party), with synchronous=FULL as the ledger runs and with NORMAL as
before: milliseconds per write for each, on the same file. Prints one JSON line."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import event

from incidentdesk.domain.inputs import PartyIn
from incidentdesk.services import catalog
from incidentdesk.storage.database import open_database

WRITES = 150


def timed(db, label: str) -> list[float]:
    out = []
    for i in range(WRITES):
        started = time.perf_counter()
        catalog.add_party(db, PartyIn(name=f"{label}-{i}"))
        out.append((time.perf_counter() - started) * 1000)
    return out


def main(path: str) -> int:
    Path(path).unlink(missing_ok=True)
    db = open_database(path, actor="bench")
    timed(db, "warm")[:0]
    full = timed(db, "full")

    @event.listens_for(db.engine, "connect")
    def _normal(dbapi_conn, _record):  # runs after the ledger's own pragmas
        dbapi_conn.execute("PRAGMA synchronous = NORMAL")

    db.engine.dispose()  # new connections, with NORMAL
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1
    normal = timed(db, "normal")
    db.close()
    print(
        json.dumps(
            {
                "full_ms": statistics.median(full),
                "normal_ms": statistics.median(normal),
                "full_p95_ms": sorted(full)[int(0.95 * len(full))],
                "writes": WRITES,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
