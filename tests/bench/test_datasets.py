"""The benchmark dataset generator: deterministic for a fixed seed and producing a ledger that verifies."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench import datasets
from ledger_reads import read
from incidentdesk.services.reads import search as search_reads
from incidentdesk.services import ledger
from incidentdesk.storage.database import open_database

TINY = datasets.Scale(
    "tiny", services=12, uses=30, incidents=2, affected=8, timeline=20, main_timeline=5, audit_events=None
)
TINY_TASK = "の申請"  # in several task names, so some use of the tiny set matches
TABLES = (
    "external_service",
    "service_use",
    "incident_use",
    "timeline_entry",
    "claim",
    "decision",
    "audit_event",
    "search_doc",
    "ledger_meta",
)


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        conn.close()


def test_same_seed_gives_identical_ledgers(tmp_path):
    """Two runs with the same seed write the same rows, audit hashes included; another seed differs."""
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    datasets.generate(TINY, a, seed=7)
    datasets.generate(TINY, b, seed=7)
    datasets.generate(TINY, c, seed=8)
    assert _dump(a) == _dump(b)
    assert _dump(a)["service_use"] != _dump(c)["service_use"]


def test_generated_ledger_verifies_and_is_searchable(tmp_path):
    """The bulk-written audit trail is a valid chain and the search index covers the rows."""
    path = tmp_path / "t.db"
    counts = datasets.generate(TINY, path, seed=7)
    assert counts["external_service"] == 12 and counts["service_use"] == 30 and counts["incident_use"] == 8 + 5
    assert counts["timeline_entry"] == 20
    db = open_database(str(path))
    try:
        result = ledger.verify(db)
        assert result.ok, result.problem
        assert result.events == sum(v for k, v in counts.items() if k not in ("audit_event", "search_doc"))
        assert any(h.kind == "use" for h in read(db, search_reads.search, TINY_TASK))
    finally:
        db.close()


def test_cache_key_depends_on_scale_and_seed():
    """A different scale or seed never reuses another dataset's cached file."""
    assert datasets.cache_key(TINY, 7) == datasets.cache_key(TINY, 7)
    assert datasets.cache_key(TINY, 7) != datasets.cache_key(TINY, 8)
    assert datasets.cache_key(TINY, 7) != datasets.cache_key(datasets.CITY, 7)


def test_attachments_are_audited_and_verify(tmp_path):
    """A set with attachments writes them with their SHA-256 and audit events, so verify passes over them too."""
    scale = datasets.Scale(
        "tiny-files",
        services=4,
        uses=8,
        incidents=1,
        affected=2,
        timeline=3,
        main_timeline=3,
        audit_events=None,
        attachments=(1000, 250_000),
    )
    path = tmp_path / "f.db"
    counts = datasets.generate(scale, path, seed=7)
    assert counts["attachment"] == 2
    db = open_database(str(path))
    try:
        assert ledger.verify(db).ok
    finally:
        db.close()
