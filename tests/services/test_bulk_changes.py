"""create_many and update_many: the same rows, search text and chained audit events as one change at a time."""

from __future__ import annotations

from sqlmodel import select

from incidentdesk.services import changes, ledger
from incidentdesk.storage.models import AuditEvent, ExternalService, SearchDoc, Use


def test_bulk_writes_chain_like_single_ones(db):
    """Rows written one by one and in bulk, mixed in one transaction, leave a trail that verifies in order."""
    with db.write() as s:
        single = changes.create(s, db, ExternalService(name="架空LINE", department="広報課"))
        uses = changes.create_many(s, db, [Use(service_id=single.id, name=f"業務{i}") for i in range(3)])
        changes.create(s, db, Use(service_id=single.id, name="単独の業務"))
        unchanged = changes.update_many(s, db, [(uses[0], {"name": "業務0"}), (uses[1], {"purpose": "配信"})])
    assert [u.name for u in unchanged] == ["業務1"]  # a change to the same value writes no event
    with db.read() as s:
        events = s.exec(select(AuditEvent).order_by(AuditEvent.id)).all()
        docs = {d.ref_id: d.body for d in s.exec(select(SearchDoc).where(SearchDoc.kind == "use"))}
    assert [(e.action, e.entity) for e in events] == [("create", "service")] + [("create", "use")] * 4 + [
        ("update", "use")
    ]
    assert [e.seq for e in events] == list(range(1, 7))
    assert docs[uses[1].id] == "配信"
    assert ledger.verify(db).ok
