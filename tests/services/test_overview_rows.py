"""Each row of the incident matrix holds its own use's, service's, places' and decisions' values.

reads/incidents._affected builds the 1,000 rows of a prefecture's matrix from tuples (AffectedUse.from_columns,
the fields named once in AFFECTED_FIELDS): a value put in the wrong place of the tuple would move a column.
Here every field of every row of the LINE sample is checked against the ledger read another way.
"""

from __future__ import annotations

from datetime import date

from incidentdesk.domain.inputs import LinkIn, UseIn
from incidentdesk.domain.rules import state_on, state_since
from incidentdesk.services import catalog as catalog_actions
from incidentdesk.services import incidents, sample_case
from incidentdesk.services.reads import catalog, decisions
from incidentdesk.services.reads import incidents as incident_reads


def test_every_field_of_a_matrix_row_is_its_own_use_s(db):
    incident_id = sample_case.load(db)
    day = date(2021, 4, 20)
    with db.reader() as r:
        service_id = r.scalar("SELECT min(id) FROM external_service")
    undecided = catalog_actions.add_use(db, UseIn(service_id=service_id, name="新しい業務", department="防災課"))
    incidents.link_uses(db, LinkIn(incident_id=incident_id, use_ids=[undecided.id]))
    with db.reader() as r:
        overview = incident_reads.overview(r, incident_id, today=day)
        uses = {u.id: u for u in catalog.uses(r)}
        services = {s.id: s for s in r.rows("SELECT id, name, platform, department FROM external_service")}
        places = catalog.places(r)
        history = decisions.history(r, incident_id=incident_id)
        roles = {sid: catalog.roles(r, sid) for sid in services}
    assert overview.affected
    kinds = set()
    for row in overview.affected:
        use = uses[row.use_id]
        service = services[use.service_id]
        assert (row.use_name, row.service_id, row.service_name, row.platform) == (
            use.name,
            service.id,
            service.name,
            service.platform,
        )
        assert row.department == (use.department or service.department)
        assert (row.purpose, row.handles_personal_data, row.personal_data, row.confidentiality) == (
            use.purpose,
            use.handles_personal_data,
            use.personal_data,
            use.confidentiality,
        )
        mine = [p for p in places.get(service.id, []) if p.in_effect(day) and p.use_id in (None, use.id)]
        assert row.stored_in == tuple(p for p in mine if p.kind == "storage")
        assert row.accessed_from == tuple(p for p in mine if p.kind != "storage")
        kinds |= {p.kind for p in row.stored_in + row.accessed_from}
        chain = catalog.chain(roles[service.id], day)
        assert row.chain == chain
        assert row.contractors == tuple(x.party for x in chain if x.upstream_id is None and x.role == "contractor")
        own = [d for d in history if d.use_id == use.id]
        assert row.history == tuple(own)
        current = next((d for d in own if d.current), None)
        assert row.decision == current
        if current is None:
            assert (row.state, row.since) == ("undecided", None)
        else:
            assert row.state == state_on(current, day)
            assert row.since == state_since(current, day, current.decided_on)
    # The sample has what would show a swap: places of both kinds, contractors, decided and undecided uses.
    assert "storage" in kinds and kinds - {"storage"}
    assert any(row.contractors for row in overview.affected)
    assert {row.decision is None for row in overview.affected} == {True, False}
