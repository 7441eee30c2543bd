"""Ledgers for reliability tests: a small one that has every kind of record, and ways to change one behind the
program's back (as someone with the sqlite3 shell or psql would), including rewriting the hash chain."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, datetime, UTC
from pathlib import Path

from incidentdesk.domain.inputs import (
    DecisionIn,
    IncidentIn,
    LinkIn,
    LocationIn,
    PartyIn,
    RequestIn,
    RoleIn,
    ServiceIn,
    StatementIn,
    UseIn,
)
from incidentdesk.services import catalog, decisions, incidents, requests, statements
from incidentdesk.services.changes import create
from incidentdesk.storage.audit_chain import GENESIS, event_hash
from incidentdesk.storage.database import Database, open_database
from incidentdesk.storage.models import Attachment, Memo

PDF = b"%PDF-1.4\n" + "市長への報告メモ".encode() * 40


def small_ledger(db: Database) -> dict[str, int]:
    """Every kind of record once or twice: a party whose parent was entered after it, a superseded decision,
    an attachment and an issued memo. Returns ids by name."""
    child = catalog.add_party(db, PartyIn(name="LINE Fukuoka株式会社", kind="affiliate", country="JP"))
    parent = catalog.add_party(db, PartyIn(name="LINE株式会社", kind="platform", country="JP"))
    catalog.edit_party(
        db, child.id, PartyIn(name="LINE Fukuoka株式会社", kind="affiliate", country="JP", parent_id=parent.id)
    )  # the parent has the higher id
    vendor = catalog.add_party(db, PartyIn(name="株式会社Bot Express", kind="contractor", country="JP"))
    service = catalog.add_service(
        db,
        ServiceIn(
            name="渋谷区LINE公式アカウント",
            platform="LINE",
            department="広報課",
            followers=29000,
            followers_as_of="2021-03-01",
        ),
    )
    catalog.assign_party(db, RoleIn(service_id=service.id, party_id=vendor.id, role="contractor"))
    use = catalog.add_use(
        db,
        UseIn(
            service_id=service.id,
            name="住民票の写しの交付申請",
            handles_personal_data=True,
            personal_data="氏名・住所",
            confidentiality=3,
        ),
    )
    catalog.add_location(
        db,
        LocationIn(
            service_id=service.id,
            use_id=use.id,
            category="application",
            kind="storage",
            country="JP",
            party_id=vendor.id,
        ),
    )
    incident = incidents.open_incident(db, IncidentIn(title="LINE社の個人情報管理問題", occurred_on="2021-03-17"))
    incidents.link_uses(db, LinkIn(incident_id=incident.id, use_ids=[use.id]))
    statement = statements.log_statement(
        db,
        StatementIn(
            incident_id=incident.id,
            party_id=parent.id,
            made="2021-03-17",
            channel="press_release",
            title="一部報道について",
            claims=["トーク本文は日本国内に保存している", "外部からの不正アクセスはない"],
        ),
    )
    requests.add_request(
        db,
        RequestIn(
            incident_id=incident.id,
            issuer="総務省",
            issued_on="2021-03-18",
            due_on="2021-03-26",
            subject="LINEの利用状況に関する照会",
        ),
    )
    first = decisions.record_decision(
        db,
        DecisionIn(
            incident_id=incident.id,
            use_id=use.id,
            state="suspend",
            decided_on="2021-03-19",
            rationale="国外からのアクセス",
        ),
    )
    second = decisions.record_decision(
        db,
        DecisionIn(
            incident_id=incident.id,
            use_id=use.id,
            state="resume",
            decided_on="2021-04-15",
            rationale="国内サーバーへ移行済み",
        ),
    )
    with db.write() as s:
        doc = "総務省照会文書".encode()
        att = create(
            s,
            db,
            Attachment(
                owner_kind="incident",
                owner_id=incident.id,
                filename="照会.pdf",
                data=doc,
                sha256=hashlib.sha256(doc).hexdigest(),
                added_at=datetime(2021, 3, 18, 9, 0, tzinfo=UTC),
            ),
        )
        memo = create(
            s,
            db,
            Memo(
                incident_id=incident.id,
                number="情政第1号",
                issued_on=date(2021, 3, 24),
                pdf=PDF,
                sha256=hashlib.sha256(PDF).hexdigest(),
                issued_at=datetime(2021, 3, 24, 1, 0, tzinfo=UTC),
            ),
        )
    return {
        "child": child.id,
        "parent": parent.id,
        "service": service.id,
        "use": use.id,
        "incident": incident.id,
        "statement": statement.id,
        "first_decision": first.id,
        "decision": second.id,
        "attachment": att.id,
        "memo": memo.id,
    }


def target_of(db: Database) -> str:
    """What open_database takes to open the same ledger again."""
    return str(db.sqlite_path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)


def run_sql(db: Database, *statements: str) -> Database:
    """Change rows behind the program's back; return the ledger reopened (SQLite) or as it was (server)."""
    if db.is_sqlite:
        path, actor = db.sqlite_path, db.actor
        db.close()
        conn = sqlite3.connect(path)
        try:
            for sql in statements:
                conn.execute(sql)
            conn.commit()
        finally:
            conn.close()
        return open_database(str(path), actor=actor)
    with db.engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)
    return db


def rechain(db: Database, from_seq: int = 1) -> Database:
    """Recompute every hash from `from_seq` on and move the head, as a forger who knows the format would after
    editing events: the chain is valid again, so only an anchor kept outside the ledger can tell."""
    with db.read() as s:
        rows = (
            s.connection()
            .exec_driver_sql(
                "SELECT id, seq, at, actor, action, entity, entity_id, old, new, prev_hash, hash FROM audit_event "
                "ORDER BY seq"
            )
            .all()
        )
    prev, updates = GENESIS, []
    for row in rows:
        (rid, seq, at, actor, action, entity, entity_id, old, new, prev_hash, digest) = row
        if seq >= from_seq:
            digest = event_hash(prev, seq, at, actor, action, entity, entity_id, old, new)
            updates.append(f"UPDATE audit_event SET prev_hash = '{prev}', hash = '{digest}' WHERE id = {rid}")
        prev = digest
    last = rows[-1][1] if rows else 0
    head = f"UPDATE ledger_meta SET value = '{last}:{prev}' WHERE key = 'audit_head'"
    return run_sql(db, *updates, head)


def edit_event_new(db: Database, seq: int, changes: dict) -> str:
    """SQL that rewrites the recorded new values of event `seq` (to go with a matching row edit)."""
    with db.read() as s:
        new = s.connection().exec_driver_sql(f"SELECT new FROM audit_event WHERE seq = {seq}").scalar_one()
    values = json.loads(new)
    values.update(changes)
    text = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace("'", "''")
    return f"UPDATE audit_event SET new = '{text}' WHERE seq = {seq}"


def seq_of(db: Database, entity: str, entity_id: int, action: str = "create") -> int:
    with db.read() as s:
        return (
            s.connection()
            .exec_driver_sql(
                f"SELECT seq FROM audit_event WHERE entity = '{entity}' AND entity_id = {entity_id} "
                f"AND action = '{action}' ORDER BY seq DESC"
            )
            .first()[0]
        )


def file_state(path: Path) -> tuple[str | None, set[str]]:
    """The file's SHA-256 (None if absent) and the names beside it: equal before and after means untouched."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    return digest, {p.name for p in path.parent.iterdir()} if path.parent.is_dir() else set()
