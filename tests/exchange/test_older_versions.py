"""Exports of an older format version import: brought up through the migrations, then checked as any file."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from ledger_reads import read
from incidentdesk.domain.errors import LedgerError
from incidentdesk.exchange import ledger_json
from incidentdesk.services import ledger
from incidentdesk.services.reads import catalog as catalog_reads, search as search_reads
from incidentdesk.storage import audit_chain

V1 = Path(__file__).parent / "data" / "ledger-v1-line2021.json.gz"  # the LINE sample and one issued memo,
# exported by the version before migration 0003 (commit 125660d)


def _v1() -> dict:
    return json.loads(gzip.decompress(V1.read_bytes()))


def test_a_version_1_export_imports_and_verifies(db):
    """The old file imports into an empty ledger on both databases: its rows, its audit trail through the
    upgrade (the migrate event), its issued memo's exact PDF, and a search index."""
    document = _v1()
    assert document["version"] == 1
    counts = ledger_json.import_stream(db, io.BytesIO(gzip.decompress(V1.read_bytes())))
    assert counts["external_service"] == len(document["tables"]["external_service"])
    assert counts["memo"] == 1 and counts["audit_event"] > len(document["tables"]["audit_event"])
    assert ledger.verify(db).ok
    names = {s.name for s in read(db, catalog_reads.services, text="")}
    assert names == {s["name"] for s in document["tables"]["external_service"]}
    assert read(db, search_reads.search, "LINE")
    exported = ledger_json.export_ledger(db)
    assert exported["version"] == ledger_json.VERSION
    old_events = len(document["tables"]["audit_event"])
    assert exported["tables"]["audit_event"][:old_events] == document["tables"]["audit_event"]
    upgrade = exported["tables"]["audit_event"][old_events:]  # the upgrade's own events, by its own actor
    assert {e["actor"] for e in upgrade} == {audit_chain.MIGRATION_ACTOR}
    assert "migrate" in {e["action"] for e in upgrade}
    assert exported["tables"]["memo"][0]["sha256"] == document["tables"]["memo"][0]["sha256"]
    # An old statement's single date reads as a day-precise date of the case model.
    old, new = document["tables"]["statement"][0], exported["tables"]["statement"][0]
    assert new["made_on"] == old["made_on"] and new["made_precision"] == "day"


def test_a_tampered_version_1_export_is_refused(db):
    """The old file's audit trail is replayed through the upgrade: a decision's state changed is refused."""
    document = _v1()
    decision = document["tables"]["decision"][0]
    decision["state"] = "terminate" if decision["state"] != "terminate" else "continue"
    with pytest.raises(LedgerError) as caught:
        ledger_json.import_ledger(db, document)
    assert caught.value.code in ("import_fails_check", "import_bad_audit")
    assert ledger_json.export_ledger(db)["tables"]["audit_event"] == []


@pytest.mark.parametrize("damage", ["unknown table", "missing field", "bad date"])
def test_a_damaged_version_1_export_is_refused_cleanly(db, damage):
    document = _v1()
    if damage == "unknown table":
        document["tables"]["claim_check"] = []
    elif damage == "missing field":
        del document["tables"]["party"][0]["country"]
    else:
        document["tables"]["incident"][0]["occurred_on"] = "2021-02-30"
    with pytest.raises(LedgerError) as caught:
        ledger_json.import_ledger(db, document)
    assert caught.value.code == "import_bad_file" and caught.value.message("ja")


def test_an_unknown_version_names_those_supported(db):
    """A version this program does not know is refused, naming the versions it reads."""
    with pytest.raises(LedgerError) as caught:
        ledger_json.import_ledger(db, {"format": "incidentdesk-ledger", "version": 4, "tables": {}})
    assert "1, 2, 3" in caught.value.message("en")


V2 = Path(__file__).parent / "data" / "ledger-v2-line2021.json.gz"  # the LINE sample with a withdrawn decision,
# a late entry and an attachment, exported by the version before migration 0005 (commit f11ec7c)


def test_a_version_2_export_imports_and_verifies(db):
    """A file from before statements could be retired imports on both databases: every row as it was (its
    statements in use), withdrawals and late entries intact, its trail through the upgrade's one migrate event."""
    from incidentdesk.services.reads import decisions as decision_reads

    document = json.loads(gzip.decompress(V2.read_bytes()))
    assert document["version"] == 2 and "retired_on" not in document["tables"]["statement"][0]
    counts = ledger_json.import_stream(db, io.BytesIO(gzip.decompress(V2.read_bytes())))
    assert counts["decision_withdrawal"] == 1 and counts["attachment"] == 1
    assert ledger.verify(db).ok
    exported = ledger_json.export_ledger(db)
    assert exported["version"] == ledger_json.VERSION == 3
    for name, rows in document["tables"].items():
        if name in ("audit_event", "ledger_meta", "statement"):
            continue
        assert exported["tables"][name] == rows, name
    assert exported["tables"]["statement"] == [{**st, "retired_on": None} for st in document["tables"]["statement"]]
    old_events = len(document["tables"]["audit_event"])
    assert exported["tables"]["audit_event"][:old_events] == document["tables"]["audit_event"]
    [upgrade] = exported["tables"]["audit_event"][old_events:]
    assert (upgrade["action"], upgrade["entity"], upgrade["actor"]) == (
        "migrate",
        "statement",
        audit_chain.MIGRATION_ACTOR,
    )
    history = read(db, decision_reads.history)
    assert sum(d.withdrawal is not None for d in history) == 1 and any(d.late for d in history)


def test_a_tampered_version_2_export_is_refused(db):
    """The version 2 file's trail is replayed through the upgrade too: a withdrawal's reason changed is refused."""
    document = json.loads(gzip.decompress(V2.read_bytes()))
    document["tables"]["decision_withdrawal"][0]["reason"] = "書き換えた理由"
    with pytest.raises(LedgerError) as caught:
        ledger_json.import_ledger(db, document)
    assert caught.value.code in ("import_fails_check", "import_bad_audit")
    assert ledger_json.export_ledger(db)["tables"]["audit_event"] == []
