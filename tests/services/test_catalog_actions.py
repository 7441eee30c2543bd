"""Parties, services, uses and data locations: each action stores what it was given and audits exactly itself."""

from __future__ import annotations

import json
from datetime import date

from ledger_reads import read
from incidentdesk.services.reads import catalog as catalog_reads
from incidentdesk.domain.inputs import LocationIn, PartyIn, RoleIn, ServiceIn, UseIn
from incidentdesk.services import catalog
from incidentdesk.storage.models import ExternalService, Party


def test_add_party_stores_it_and_appends_one_create_event(db, events_of):
    """A new party is stored trimmed and upper-cased where it should be, with one 'create party' event by the actor."""
    party, events = events_of(
        lambda: catalog.add_party(
            db, PartyIn(name="  NAVER Corporation ", kind="affiliate", country="kr", notes="LINE社の親会社")
        )
    )
    assert (party.name, party.country, party.kind) == ("NAVER Corporation", "KR", "affiliate")
    assert [(e.action, e.entity, e.entity_id, e.actor) for e in events] == [("create", "party", party.id, "tester")]
    assert json.loads(events[0].new)["name"] == "NAVER Corporation"
    assert events[0].old == ""


def test_edit_party_audits_only_the_changed_fields(db, events_of):
    """Editing records old and new values of the changed fields only, and an edit that changes nothing is silent."""
    party = catalog.add_party(db, PartyIn(name="LINE株式会社", kind="platform", country="JP"))
    _, events = events_of(
        lambda: catalog.edit_party(
            db, party.id, PartyIn(name="LINE株式会社", kind="platform", country="JP", notes="2021年3月の報道")
        )
    )
    assert [(e.action, e.entity) for e in events] == [("update", "party")]
    assert json.loads(events[0].old) == {"notes": "", "version": 1}
    assert json.loads(events[0].new) == {"notes": "2021年3月の報道", "version": 2}
    _, events = events_of(
        lambda: catalog.edit_party(
            db, party.id, PartyIn(name="LINE株式会社", kind="platform", country="JP", notes="2021年3月の報道")
        )
    )
    assert events == []


def test_party_hierarchy_and_delete(db, events_of):
    """A subsidiary points at its parent; deleting an unreferenced party removes it with a 'delete' event."""
    parent = catalog.add_party(db, PartyIn(name="NAVER Corporation", kind="affiliate", country="KR"))
    child = catalog.add_party(
        db, PartyIn(name="LINE Digital Technology (Shanghai)", kind="affiliate", country="CN", parent_id=parent.id)
    )
    assert child.parent_id == parent.id
    _, events = events_of(lambda: catalog.delete_party(db, child.id))
    assert [(e.action, e.entity, e.entity_id) for e in events] == [("delete", "party", child.id)]
    assert json.loads(events[0].old)["country"] == "CN"
    with db.read() as s:
        assert s.get(Party, child.id) is None


def test_service_with_uses_roles_and_locations(db, events_of):
    """A service, its uses, a party role and data locations are stored and come back in the service detail."""
    line = catalog.add_party(db, PartyIn(name="LINE株式会社", kind="platform", country="JP"))
    service, events = events_of(
        lambda: catalog.add_service(
            db,
            ServiceIn(
                name="福岡市LINE公式アカウント",
                platform="LINE",
                department="広報戦略室",
                contract_type="terms",
                followers="1,700,000",
                followers_as_of="2021/03/01",
                started_on="2016年9月1日",
            ),
        )
    )
    assert [(e.action, e.entity) for e in events] == [("create", "service")]
    assert (service.followers, service.followers_as_of, service.started_on) == (
        1_700_000,
        date(2021, 3, 1),
        date(2016, 9, 1),
    )
    use = catalog.add_use(
        db,
        UseIn(
            service_id=service.id,
            name="粗大ごみ収集の申込",
            purpose="収集の申込受付",
            handles_personal_data=True,
            personal_data="氏名・住所・電話番号",
            confidentiality=2,
        ),
    )
    _, events = events_of(
        lambda: catalog.assign_party(db, RoleIn(service_id=service.id, party_id=line.id, role="platform"))
    )
    assert [(e.action, e.entity) for e in events] == [("create", "service_party")]
    catalog.add_location(
        db, LocationIn(service_id=service.id, category="inquiry", kind="storage", country="JP", party_id=line.id)
    )
    catalog.add_location(
        db,
        LocationIn(
            service_id=service.id, use_id=use.id, category="media", kind="storage", country="KR", party_id=line.id
        ),
    )
    detail = read(db, catalog_reads.service_detail, service.id)
    assert [u.name for u in detail.uses] == ["粗大ごみ収集の申込"]
    assert [(r.party, r.role) for r in detail.parties] == [("LINE株式会社", "platform")]
    assert sorted((p.category, p.country, p.use_id) for p in detail.locations) == [
        ("inquiry", "JP", None),
        ("media", "KR", use.id),
    ]
    [row] = read(db, catalog_reads.services)
    assert (row.name, row.use_count, row.abroad) == ("福岡市LINE公式アカウント", 1, True)


def test_edit_service_and_use(db, events_of):
    """Editing a service and a use changes the stored rows and audits each as an update."""
    service = catalog.add_service(db, ServiceIn(name="和光市LINE公式アカウント", department="秘書広報課"))
    use = catalog.add_use(db, UseIn(service_id=service.id, name="市政情報の配信"))
    _, events = events_of(
        lambda: catalog.edit_service(
            db, service.id, ServiceIn(name="和光市LINE公式アカウント", department="秘書広報課", followers=12000)
        )
    )
    assert [(e.action, e.entity) for e in events] == [("update", "service")]
    _, events = events_of(
        lambda: catalog.edit_use(db, use.id, UseIn(name="市政情報の配信", confidentiality=2, purpose="イベント情報"))
    )
    assert [(e.action, e.entity) for e in events] == [("update", "use")]
    with db.read() as s:
        assert s.get(ExternalService, service.id).followers == 12000
    assert read(db, catalog_reads.uses, service_id=service.id)[0].confidentiality == 2


def test_delete_unused_service_use_and_location(db, events_of):
    """Deleting a location, a use and then its service removes them, each with one delete event."""
    service = catalog.add_service(db, ServiceIn(name="試行サービス"))
    use = catalog.add_use(db, UseIn(service_id=service.id, name="試行業務"))
    location = catalog.add_location(
        db, LocationIn(service_id=service.id, category="logs", kind="operation", country="JP")
    )
    _, events = events_of(
        lambda: (
            catalog.delete_location(db, location.id),
            catalog.delete_use(db, use.id),
            catalog.delete_service(db, service.id),
        )
    )
    assert [(e.action, e.entity) for e in events] == [("delete", "location"), ("delete", "use"), ("delete", "service")]
    assert read(db, catalog_reads.services) == []
