"""Two people writing the same ledger at once: the audit chain stays one line and verifies."""

from __future__ import annotations

import threading

from incidentdesk.domain.inputs import PartyIn
from incidentdesk.services import catalog, ledger
from incidentdesk.storage.database import open_database


def test_two_writers_keep_one_chain(db):
    """Two connections adding parties in parallel give 2×N events numbered 1..2N, and the trail verifies."""
    target = db.engine.url.render_as_string(hide_password=False) if not db.is_sqlite else str(db.sqlite_path)
    per_writer, errors = 12, []

    def writer(name: str) -> None:
        other = open_database(target, actor=name)
        try:
            for i in range(per_writer):
                catalog.add_party(other, PartyIn(name=f"{name}-{i}", kind="other"))
        except Exception as exc:  # noqa: BLE001 - reported below with the thread's name
            errors.append((name, exc))
        finally:
            other.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("alice", "bob")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    result = ledger.verify(db)
    assert result.ok, result.problem
    assert result.events == 2 * per_writer
