"""A small ledger for service tests: one platform, one service with two uses, an incident affecting one of them."""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

import pytest
from sqlmodel import select

from incidentdesk.domain.inputs import IncidentIn, LinkIn, PartyIn, ServiceIn, StatementIn, UseIn
from incidentdesk.services import catalog, incidents, statements
from incidentdesk.storage.database import Database
from incidentdesk.storage.models import AuditEvent, Claim


@dataclass
class World:
    db: Database
    party_id: int
    service_id: int
    affected_use_id: int
    other_use_id: int
    incident_id: int
    statement_id: int
    claim_ids: list[int]


@pytest.fixture
def world(db) -> World:
    line = catalog.add_party(db, PartyIn(name="LINE株式会社", kind="platform", country="JP"))
    service = catalog.add_service(
        db,
        ServiceIn(
            name="渋谷区LINE公式アカウント",
            platform="LINE",
            department="広報課",
            followers=250000,
            followers_as_of="2021-03-01",
            started_on="2017-11-01",
        ),
    )
    affected = catalog.add_use(
        db,
        UseIn(
            service_id=service.id,
            name="住民票の写しの交付申請",
            purpose="オンライン申請の受付",
            handles_personal_data=True,
            personal_data="氏名・住所・生年月日",
            confidentiality=3,
        ),
    )
    other = catalog.add_use(db, UseIn(service_id=service.id, name="区政情報の配信", purpose="お知らせの一斉配信"))
    incident = incidents.open_incident(db, IncidentIn(title="LINE社の個人情報管理問題", occurred_on="2021-03-17"))
    incidents.link_uses(db, LinkIn(incident_id=incident.id, use_ids=[affected.id]))
    statement = statements.log_statement(
        db,
        StatementIn(
            incident_id=incident.id,
            party_id=line.id,
            made="2021-03-17",
            channel="press_release",
            title="一部報道について",
            claims=["外部からの不正アクセスは発生していない", "トーク本文は日本国内のデータセンターに保存している"],
        ),
    )
    with db.read() as s:
        claim_ids = list(s.exec(select(Claim.id).where(Claim.statement_id == statement.id).order_by(Claim.position)))
    return World(db, line.id, service.id, affected.id, other.id, incident.id, statement.id, claim_ids)


def _events_after(db: Database, after_seq: int) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.seq > after_seq).order_by(AuditEvent.seq)).all())


def _last_seq(db: Database) -> int:
    with db.read() as s:
        rows = s.exec(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)).all()
        return rows[0] if rows else 0


@pytest.fixture
def events_of(db):
    """Run an action and return (its result, the audit events it appended, oldest first)."""

    def run(action: Callable[[], object]) -> tuple[object, list[AuditEvent]]:
        before = _last_seq(db)
        result = action()
        return result, _events_after(db, before)

    return run
