"""Whole-ledger JSON export and import: round trips exactly, and a bad file imports nothing and names the record."""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import date, datetime, UTC

import pytest

from ledger_reads import read
from incidentdesk.services.reads import search as search_reads, ledger as ledger_reads
from incidentdesk.services.reads import catalog as catalog_reads, decisions as decision_reads
from incidentdesk.domain.inputs import DecisionIn, PartyIn
from incidentdesk.domain.errors import LedgerError
from incidentdesk.exchange import ledger_json
from incidentdesk.services import catalog, decisions, ledger, sample_case
from incidentdesk.services.changes import create
from incidentdesk.storage import search_index
from incidentdesk.storage.database import open_database
from incidentdesk.storage.models import Attachment, Memo


@pytest.fixture
def full(db):
    """The LINE 2021 sample plus an attachment and an issued memo, so bytes travel too."""
    incident_id = sample_case.load(db)
    pdf, doc = b"%PDF-1.4\n" + "報告メモ".encode() * 50, "総務省照会".encode()
    with db.write() as s:
        create(
            s,
            db,
            Attachment(
                owner_kind="request",
                owner_id=1,
                filename="照会.pdf",
                data=doc,
                sha256=hashlib.sha256(doc).hexdigest(),
                added_at=datetime(2021, 3, 18, 9, 0, tzinfo=UTC),
            ),
        )
        create(
            s,
            db,
            Memo(
                incident_id=incident_id,
                number="情政第12号",
                issued_on=date(2021, 3, 24),
                pdf=pdf,
                sha256=hashlib.sha256(pdf).hexdigest(),
                issued_at=datetime(2021, 3, 24, 1, 0, tzinfo=UTC),
            ),
        )
    return db


@pytest.fixture
def exported(full, tmp_path):
    path = ledger_json.write_export(full, tmp_path / "ledger.json")
    return path, json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def empty(new_target):
    database = open_database(new_target(at_head=True), actor="importer")
    yield database
    database.close()


def test_export_import_export_is_identical(full, exported, empty, tmp_path):
    """Importing an export into an empty ledger and exporting again gives the very same bytes."""
    path, document = exported
    counts = ledger_json.import_file(empty, path)
    assert counts["decision"] == len(document["tables"]["decision"]) > 10
    again = ledger_json.write_export(empty, tmp_path / "again.json")
    assert again.read_bytes() == path.read_bytes()
    assert ledger_json.write_export(full, tmp_path / "twice.json").read_bytes() == path.read_bytes()


def test_imported_ledger_works_like_the_original(full, exported, empty):
    """The imported ledger verifies, searches, shows the same decisions, and accepts new audited changes."""
    path, _ = exported
    ledger_json.import_file(empty, path)
    assert ledger.verify(empty).ok
    assert ledger.verify(empty).events == ledger.verify(full).events
    assert sorted((h.kind, h.ref_id) for h in read(empty, search_reads.search, "住民票")) == sorted(
        (h.kind, h.ref_id) for h in read(full, search_reads.search, "住民票")
    )
    assert [(r.id, r.state, r.current) for r in read(empty, decision_reads.history)] == [
        (r.id, r.state, r.current) for r in read(full, decision_reads.history)
    ]
    # ids continue after the imported ones
    party = catalog.add_party(empty, PartyIn(name="新しい委託先", kind="contractor"))
    assert party.id > max(p.id for p in read(full, catalog_reads.parties))
    [row] = [r for r in read(empty, decision_reads.history, current_only=True) if r.state == "suspend"][:1]
    decisions.record_decision(
        empty, DecisionIn(incident_id=row.incident_id, use_id=row.use_id, state="resume", decided_on="2021-09-01")
    )
    assert ledger.verify(empty).ok


@pytest.mark.postgres
def test_sqlite_export_imports_into_postgres(tmp_path, pg_server, pg_template):
    """A ledger moves from the SQLite file to a PostgreSQL server and exports identically there."""
    source = open_database(str(tmp_path / "x.db"))
    sample_case.load(source)
    path = ledger_json.write_export(source, tmp_path / "ledger.json")
    source.close()
    pg_server.admin(f"CREATE DATABASE moved TEMPLATE {pg_template}")
    target = open_database(pg_server.url("moved"))
    try:
        ledger_json.import_file(target, path)
        assert ledger_json.write_export(target, tmp_path / "pg.json").read_bytes() == path.read_bytes()
        assert ledger.verify(target).ok
    finally:
        target.close()
        pg_server.admin("DROP DATABASE moved WITH (FORCE)")


def _refused(empty, ledger_state, document) -> LedgerError:
    before = ledger_state(empty)
    with pytest.raises(LedgerError) as caught:
        ledger_json.import_ledger(empty, document)
    assert ledger_state(empty) == before, "a refused import must leave the ledger as it was"
    assert read(empty, ledger_reads.is_empty)
    return caught.value


def test_bad_record_is_named_and_nothing_imported(exported, empty, ledger_state):
    """An unknown decision state in the fifth decision is refused as that record, and the ledger stays empty."""
    document = copy.deepcopy(exported[1])
    document["tables"]["decision"][4]["state"] = "pause"
    document["tables"]["decision"][7]["state"] = "stop"
    error = _refused(empty, ledger_state, document)
    assert error.code == "import_bad_record"
    assert (error.params["section"], error.params["index"]) == ("decision", 5)
    assert error.params["id"] == document["tables"]["decision"][4]["id"]
    assert "decision" in error.message("ja") and "5 件目" in error.message("ja")


@pytest.mark.parametrize(
    ("table", "field", "value", "why"),
    [
        ("claim", "statement_id", 99_999, "refers to"),
        ("service_use", "confidentiality", 7, "Confidentiality"),
        ("external_service", "started_on", "2021-02-30", "cannot read"),
        ("party", "name", "x" * 201, "longer than"),
        ("attachment", "data", "Zm9yZ2Vk", "SHA-256"),
        ("party", "name", "   ", "required"),
        ("decision", "decided_on", "1900-01-01", "out of range"),
        ("party", "country", "cn", "stores it"),
        ("party", "country", "J1", "country code"),
        ("request", "due_on", "2020-01-01", "before"),
    ],
)
def test_each_kind_of_bad_value_is_refused(exported, empty, ledger_state, table, field, value, why):
    """Dangling references, out-of-range values, bad dates, overlong text and changed file bytes are all refused."""
    document = copy.deepcopy(exported[1])
    document["tables"][table][0][field] = value
    error = _refused(empty, ledger_state, document)
    assert (error.code, error.params["section"], error.params["index"]) == ("import_bad_record", table, 1)
    assert why in error.params["reason"]


def test_tampered_audit_trail_is_refused(exported, empty, ledger_state):
    """An export whose audit trail was edited is refused with the sequence of the broken event."""
    document = copy.deepcopy(exported[1])
    document["tables"]["audit_event"][20]["actor"] = "mallory"
    error = _refused(empty, ledger_state, document)
    assert (error.code, error.params["seq"]) == ("import_bad_audit", document["tables"]["audit_event"][20]["seq"])


def test_failure_while_writing_rolls_everything_back(exported, empty, ledger_state, monkeypatch):
    """If the last step of an import fails after the rows were inserted, none of them stays."""

    def broken_rebuild(session):
        raise RuntimeError("disk full")

    monkeypatch.setattr(search_index, "rebuild", broken_rebuild)
    before = ledger_state(empty)
    with pytest.raises(RuntimeError):
        ledger_json.import_ledger(empty, exported[1])
    assert ledger_state(empty) == before


def test_refuses_non_empty_ledger_and_bad_files(full, exported, empty, ledger_state, tmp_path):
    """Importing into a ledger with data, an unsupported version or a file that is not an export is refused."""
    assert _refused_into(full, exported[1]).code == "ledger_not_empty"
    future = dict(exported[1], version=99)
    assert _refused(empty, ledger_state, future).code == "import_bad_version"
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{ not json", encoding="utf-8")
    with pytest.raises(LedgerError) as caught:
        ledger_json.import_file(empty, garbage)
    assert caught.value.code == "import_bad_file"
    assert _refused(empty, ledger_state, {"format": "something-else"}).code == "import_bad_file"
    assert read(empty, ledger_reads.is_empty)


def _refused_into(db, document) -> LedgerError:
    with pytest.raises(LedgerError) as caught:
        ledger_json.import_ledger(db, document)
    return caught.value
