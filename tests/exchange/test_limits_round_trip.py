"""Every setting and record at its longest allowed length saves, exports and imports back exactly, on both databases."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date

import pytest

from incidentdesk.domain.errors import LedgerError
from incidentdesk.domain.inputs import (
    AnswerIn,
    CheckIn,
    DecisionIn,
    IncidentIn,
    LinkIn,
    LocationIn,
    PartyIn,
    RequestIn,
    RoleIn,
    ServiceIn,
    SettingsIn,
    SourceIn,
    StatementIn,
    TimelineIn,
    UseIn,
)
from incidentdesk.domain.input_rules import RecordInput, rule_of
from incidentdesk.exchange import ledger_json
from incidentdesk.services import catalog, decisions, incidents, ledger, requests, statements
from incidentdesk.storage.database import open_database
from incidentdesk.storage.models import limits

# A character outside ASCII: a limit counts characters, not bytes, on both databases.
FILL = "漢"


def _texts(record: type[RecordInput]) -> list[str]:
    """The free-text columns of an input type."""
    return [f.name for f in fields(record) if (rule := rule_of(f)) is not None and rule.kind == "text" and rule.column]


def longest(record: type[RecordInput], **given: object) -> RecordInput:
    """`record` with every free-text column at its table's limit; `given` fills the rest."""
    sizes = limits(record.TABLE)
    values: dict[str, object] = {}
    for f in fields(record):
        rule = rule_of(f)
        if rule is not None and rule.kind == "text" and rule.column and f.name in sizes and f.name not in given:
            values[f.name] = FILL * sizes[f.name]
    return record.from_values({**values, **given})


def fill_ledger(db) -> None:
    ledger.save_settings(db, longest(SettingsIn, date_style="era_western"))
    parent = catalog.add_party(db, longest(PartyIn, kind="affiliate", country="KR"))
    party = catalog.add_party(db, longest(PartyIn, name="子" * 200, parent_id=parent.id))
    service = catalog.add_service(
        db,
        longest(
            ServiceIn,
            followers=2**31 - 1,
            followers_as_of=date(2021, 3, 1),
            started_on=date(1989, 1, 1),
            contract_type="individual",
        ),
    )
    use = catalog.add_use(db, longest(UseIn, service_id=service.id, handles_personal_data=True, confidentiality=3))
    catalog.assign_party(db, longest(RoleIn, service_id=service.id, party_id=party.id, role="subcontractor"))
    catalog.add_location(
        db,
        longest(
            LocationIn,
            service_id=service.id,
            use_id=use.id,
            party_id=party.id,
            category="payment",
            kind="operation",
            country="CN",
        ),
    )
    incident = incidents.open_incident(db, longest(IncidentIn, occurred_on=date(2021, 3, 17)))
    incidents.link_uses(db, longest(LinkIn, incident_id=incident.id, use_ids=(use.id,)))
    source = incidents.add_source(db, longest(SourceIn, incident_id=incident.id, published_on=date(2021, 3, 17)))
    incidents.add_timeline_entry(
        db, longest(TimelineIn, incident_id=incident.id, occurred_on=date(2021, 3, 17), source_ids=(source.id,))
    )
    statement = statements.log_statement(
        db,
        longest(
            StatementIn,
            incident_id=incident.id,
            party_id=party.id,
            made=date(2021, 3, 18),
            source_ids=(source.id,),
            claims=(FILL * 20_000, "短い説明"),
        ),
    )
    with db.reader() as r:
        claim_id = r.scalar("SELECT min(id) FROM claim WHERE statement_id = ?", (statement.id,))
    statements.check_claim(
        db, longest(CheckIn, claim_id=claim_id, verification="disputed", checked_on=date(2021, 3, 19))
    )
    request = requests.add_request(
        db,
        longest(
            RequestIn,
            incident_id=incident.id,
            issued_on=date(2021, 3, 18),
            due_on=date(2021, 3, 26),
            answered_on=None,
            answer="",
        ),
    )
    requests.mark_answered(db, request.id, longest(AnswerIn, answered_on=date(2021, 3, 25)))
    decisions.record_decision(
        db,
        longest(
            DecisionIn,
            incident_id=incident.id,
            use_id=use.id,
            state="conditional",
            decided_on=date(2021, 3, 19),
            next_review_on=date(2100, 12, 31),
            statement_ids=(statement.id,),
        ),
    )


def test_longest_values_round_trip_exactly(db, new_target, tmp_path):
    """A ledger with every text at its limit exports, imports into a new ledger, and exports byte-identically."""
    fill_ledger(db)
    first = ledger_json.write_export(db, tmp_path / "first.json")
    tables = json.loads(first.read_text(encoding="utf-8"))["tables"]
    assert tables["org_settings"][0]["municipality"] == FILL * limits("org_settings")["municipality"]
    assert max(len(c["text"]) for c in tables["claim"]) == 20_000
    target = open_database(new_target(at_head=True), actor="tester")
    try:
        ledger_json.import_file(target, first)
        again = ledger_json.write_export(target, tmp_path / "again.json")
        assert again.read_bytes() == first.read_bytes()
        assert ledger.verify(target).ok
    finally:
        target.close()


@pytest.mark.parametrize(
    "kind, extra",
    [
        (SettingsIn, {}),
        (PartyIn, {}),
        (ServiceIn, {}),
        (IncidentIn, {}),
    ],
)
def test_one_character_over_the_limit_is_refused_by_the_service(db, ledger_state, kind, extra):
    """Every text column one character too long is refused with too_long naming the field; nothing is written."""
    save = {
        SettingsIn: ledger.save_settings,
        PartyIn: catalog.add_party,
        ServiceIn: catalog.add_service,
        IncidentIn: incidents.open_incident,
    }[kind]
    base = longest(kind, **extra)
    sizes = limits(kind.TABLE)
    for name in _texts(kind):
        size = sizes[name]
        before = ledger_state(db)
        with pytest.raises(LedgerError) as caught:
            save(db, replace(base, **{name: FILL * (size + 1)}))
        assert caught.value.code == "too_long" and caught.value.params["field"] == name
        assert ledger_state(db) == before


def test_a_count_beyond_the_integer_column_is_refused_clearly(db, ledger_state):
    """2^31 followers is refused as a bad number by the service, not by the database with a raw error."""
    before = ledger_state(db)
    with pytest.raises(LedgerError) as caught:
        catalog.add_service(db, ServiceIn(name="大きな数", followers=str(2**31)))
    assert (caught.value.code, caught.value.params["field"]) == ("bad_number", "followers")
    assert ledger_state(db) == before
