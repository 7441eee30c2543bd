"""The fixtures of other shapes (tests/cases), with every field the case-model issue added, export, import
into an empty ledger (SQLite and PostgreSQL) and export again byte-identically (issue 13, "Done when")."""

from __future__ import annotations

import json

import pytest

from cases import lost_medium, malfunction, ransomware
from incidentdesk.exchange import ledger_json
from incidentdesk.services import memos
from incidentdesk.storage.database import open_database


def _all_cases(db) -> None:
    """The three fixtures in one ledger, late entries too, a memo issued on each (a withdrawal and sources
    come with them); the last fixture's settings win, as an office's would."""
    for module in (malfunction, ransomware, lost_medium):
        case = module.enter(db)
        module.enter_late(db, case)
        memos.issue(db, case.incident_id, lang="ja", memo_date=module.DATES[2])


def _used(tables: dict, table: str, field: str, value=None) -> bool:
    return any(
        (row[field] == value) if value is not None else row[field] not in (None, "", 0, False) for row in tables[table]
    )


def test_every_new_field_round_trips_exactly(db, new_target, tmp_path):
    _all_cases(db)
    first = ledger_json.write_export(db, tmp_path / "cases.json")
    tables = json.loads(first.read_text(encoding="utf-8"))["tables"]
    # The export really carries each new field with a value that is not its default.
    for table, field, value in (
        ("timeline_entry", "occurred_precision", "month"),
        ("timeline_entry", "occurred_precision", "late"),
        ("timeline_entry", "occurred_until", None),  # a range: 3月〜4月, 10月17日・18日
        ("service_party", "approval", "not_approved"),
        ("service_party", "approval", "unknown"),
        ("service_party", "upstream_id", None),
        ("service_party", "valid_until", None),
        ("data_location", "place", None),
        ("data_location", "detail", None),
        ("data_location", "valid_until", None),
        ("decision", "effective_until", None),
        ("decision", "then_state", "terminate"),
        ("decision", "conditions", None),
        ("request", "direction", "for_information"),
        ("request", "addressee", None),
        ("request", "every_months", 1),
        ("request_report", "reported_on", None),
        ("incident", "personal_data_leak", True),
        ("statement", "channel", "press_conference"),
        ("external_service", "platform", None),
        ("data_location", "category", "resident_records"),
        ("data_location", "category", "bank_account"),
    ):
        assert _used(tables, table, field, value), (table, field, value)
    assert len(tables["claim_check"]) > len(tables["claim"])  # a claim checked twice keeps both checks
    assert len(tables["timeline_source"]) > len({r["timeline_id"] for r in tables["timeline_source"]})
    assert len(tables["memo"]) == 3

    empty = open_database(new_target(at_head=True), actor="importer")
    try:
        ledger_json.import_file(empty, first)
        again = ledger_json.write_export(empty, tmp_path / "again.json")
        assert again.read_bytes() == first.read_bytes()
    finally:
        empty.close()


@pytest.mark.parametrize("module", [malfunction, ransomware, lost_medium], ids=lambda m: m.NAME)
def test_an_imported_fixture_prints_the_same_memo(module, db, new_target, tmp_path):
    """What the memo reads from the imported ledger is what it read from the original: the same PDF text."""
    case = module.enter(db)
    module.enter_late(db, case)
    path = ledger_json.write_export(db, tmp_path / "one.json")
    empty = open_database(new_target(at_head=True), actor="importer")
    try:
        ledger_json.import_file(empty, path)
        for lang in ("ja", "en"):
            a = memos.assemble(db, case.incident_id, lang=lang, memo_date=module.DATES[2], number="x")
            b = memos.assemble(empty, case.incident_id, lang=lang, memo_date=module.DATES[2], number="x")
            assert a == b
    finally:
        empty.close()
