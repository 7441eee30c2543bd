"""Import = verify before write: every malformed input of the issue, and every file whose rows contradict its own
audit trail, is refused with a clear message and leaves the target untouched; a valid ledger always imports."""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json

import pytest

from incidentdesk.domain.errors import LedgerError
from incidentdesk.exchange import ledger_json
from incidentdesk.services import ledger
from incidentdesk.storage.database import open_database

from ledger_builders import small_ledger
from test_import_fuzz import assert_clear


@pytest.fixture
def document(new_target) -> dict:
    """The export of the small ledger (on the test's backend)."""
    db = open_database(new_target(at_head=True), actor="clerk")
    try:
        small_ledger(db)
        return ledger_json.export_ledger(db)
    finally:
        db.close()


@pytest.fixture
def empty(new_target):
    database = open_database(new_target(at_head=True), actor="importer")
    yield database
    database.close()


DEEP = "__nested 5000 deep__"


def _file(document) -> bytes:
    """The document as a file would hold it; the DEEP marker becomes 5,000 nested brackets."""
    text = json.dumps(document, ensure_ascii=True)
    return text.replace(json.dumps(DEEP), "[" * 5000 + "]" * 5000).encode("ascii")


def _refused(db, ledger_state, document) -> LedgerError:
    before = ledger_state(db)
    with pytest.raises(LedgerError) as caught:
        ledger_json.import_stream(db, io.BytesIO(_file(document)))
    assert ledger_state(db) == before
    assert_clear(caught.value)
    return caught.value


def _set(table: str, index: int, field: str, value):
    def change(doc):
        doc["tables"][table][index][field] = value

    return change


MALFORMED = {
    "id that is a list": (_set("party", 0, "id", [1]), "integer"),
    "integer >= 2^63": (_set("party", 0, "id", 2**63), "out of range"),
    "integer beyond 32 bits": (_set("external_service", 0, "followers", 2**40), "out of range"),
    "JSON nested 5,000 deep": (_set("party", 0, "notes", DEEP), "nested"),
    "head without a colon": (_set("ledger_meta", 0, "value", "abc"), "head"),
    "lone surrogate": (_set("party", 0, "notes", "a\ud800b"), "cannot be stored"),
    "date-time without zone": (_set("decision", 0, "recorded_at", "2021-03-19T10:00:00"), "time zone"),
    "NUL character": (_set("party", 0, "name", "LINE\x00"), "cannot be stored"),
    "country J1 (party)": (_set("party", 0, "country", "J1"), "country code"),
    "country J1 (data location)": (_set("data_location", 0, "country", "J1"), "country code"),
    "followers -5": (_set("external_service", 0, "followers", -5), "0 or more"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_input_is_refused_clearly(document, empty, ledger_state, case):
    """Each malformed value the issue lists gets a LedgerError in Japanese and English, never a traceback."""
    change, words = MALFORMED[case]
    doc = copy.deepcopy(document)
    change(doc)
    error = _refused(empty, ledger_state, doc)
    assert words in error.message("en"), error.message("en")


def test_whole_document_nested_5000_deep_is_refused(empty, ledger_state):
    """A file that is only brackets, 5,000 deep, is refused as not an export (no RecursionError)."""
    data = b"[" * 5000 + b"]" * 5000
    before = ledger_state(empty)
    with pytest.raises(LedgerError) as caught:
        ledger_json.import_stream(empty, io.BytesIO(data))
    assert caught.value.code == "import_bad_file" and ledger_state(empty) == before


def _decision_state(doc):
    doc["tables"]["decision"][-1]["state"] = "continue"


def _decision_removed(doc):
    doc["tables"]["decision_basis"] = [
        b for b in doc["tables"]["decision_basis"] if b["decision_id"] != doc["tables"]["decision"][-1]["id"]
    ]
    doc["tables"]["decision"].pop()


def _decision_added(doc):
    extra = dict(doc["tables"]["decision"][-1], id=99, supersedes_id=None)
    doc["tables"]["decision"].append(extra)


def _memo_swapped(doc):
    pdf = b"%PDF-1.4 another memo"
    doc["tables"]["memo"][0].update(pdf=base64.b64encode(pdf).decode(), sha256=hashlib.sha256(pdf).hexdigest())


def _no_events(doc):
    doc["tables"]["audit_event"] = []


def _no_head(doc):
    doc["tables"]["ledger_meta"] = []


CONTRADICTIONS = {
    "a decision's state changed": (_decision_state, "import_fails_check"),
    "a decision removed": (_decision_removed, "import_fails_check"),
    "a decision added": (_decision_added, "import_fails_check"),
    "a memo PDF swapped with a matching SHA-256": (_memo_swapped, "import_fails_check"),
    "all audit events removed": (_no_events, "import_bad_audit"),
    "no ledger_meta (no head)": (_no_head, "import_bad_file"),
}


@pytest.mark.parametrize("case", sorted(CONTRADICTIONS))
def test_rows_that_contradict_their_own_trail_are_refused(document, empty, ledger_state, case):
    """What verify would refuse after the import is refused before it: the file's trail is replayed first."""
    change, code = CONTRADICTIONS[case]
    doc = copy.deepcopy(document)
    change(doc)
    assert _refused(empty, ledger_state, doc).code == code


def test_a_party_whose_parent_came_later_imports_on_both_databases(document, empty):
    """A valid ledger where a party's parent has a higher id imports and verifies (no foreign-key error)."""
    parties = {p["id"]: p for p in document["tables"]["party"]}
    assert any(p["parent_id"] and p["parent_id"] > p["id"] for p in parties.values())
    ledger_json.import_ledger(empty, document)
    assert ledger.verify(empty).ok
    assert ledger_json.export_ledger(empty) == document


def test_a_cycle_of_parents_imports(new_target, empty):
    """Two parties that name each other as parent (the forms allow it) import: such references are set last."""
    from incidentdesk.domain.inputs import PartyIn
    from incidentdesk.services import catalog

    source = open_database(new_target(at_head=True), actor="clerk")
    try:
        first = catalog.add_party(source, PartyIn(name="甲社"))
        second = catalog.add_party(source, PartyIn(name="乙社", parent_id=first.id))
        catalog.edit_party(source, first.id, PartyIn(name="甲社", parent_id=second.id))
        cyclic = ledger_json.export_ledger(source)
    finally:
        source.close()
    ledger_json.import_ledger(empty, cyclic)
    assert ledger.verify(empty).ok
    assert ledger_json.export_ledger(empty) == cyclic


def test_keys_in_any_order_and_any_layout_import(document, empty):
    """A file whose keys are not sorted ("tables" before "format") and which is minified imports the same."""
    reordered = {
        "tables": document["tables"],
        "version": document["version"],
        "schema_revision": document["schema_revision"],
        "format": "incidentdesk-ledger",
    }
    data = json.dumps(reordered, ensure_ascii=False, separators=(",", ":")).encode()
    ledger_json.import_stream(empty, io.BytesIO(data))
    assert ledger.verify(empty).ok
    assert ledger_json.export_ledger(empty) == document


def test_streamed_export_is_laid_out_as_json_dumps_would(document, empty, tmp_path):
    """The record-at-a-time writer gives exactly json.dumps(indent=1, sort_keys=True) of the whole document."""
    ledger_json.import_ledger(empty, document)
    path = ledger_json.write_export(empty, tmp_path / "x.json")
    text = path.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
