"""The append-only audit trail: each event's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Iterable

from sqlalchemy import insert
from sqlmodel import Session, SQLModel, select

from .models import (Attachment, AuditEvent, Claim, ClaimCheck, DataLocation, Decision, DecisionBasis,
                     DecisionWithdrawal, ExternalService, Incident, IncidentUse, LedgerMeta, Memo, OrgSettings, Party,
                     Request, RequestReport, ServiceParty, Source, Statement, StatementSource, TimelineEntry,
                     TimelineSource, Use)

# entity name in the trail -> table; every change to these tables goes through the trail.
ENTITIES: dict[str, type[SQLModel]] = {
    "party": Party, "service": ExternalService, "service_party": ServiceParty, "use": Use,
    "location": DataLocation, "incident": Incident, "incident_use": IncidentUse, "source": Source,
    "timeline": TimelineEntry, "statement": Statement, "claim": Claim, "request": Request,
    "decision": Decision, "decision_basis": DecisionBasis, "attachment": Attachment, "memo": Memo,
    "settings": OrgSettings, "timeline_source": TimelineSource, "statement_source": StatementSource,
    "claim_check": ClaimCheck, "request_report": RequestReport, "decision_withdrawal": DecisionWithdrawal,
}
_ENTITY_OF = {model: name for name, model in ENTITIES.items()}


def entity_name(row: SQLModel | type[SQLModel]) -> str:
    return _ENTITY_OF[row if isinstance(row, type) else type(row)]


GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    raise TypeError(f"cannot serialise {type(value).__name__}")


def snapshot(row: SQLModel | None) -> dict[str, Any] | None:
    """The row's values as stored, bytes replaced by their hash (the bytes are hashed elsewhere)."""
    if row is None:
        return None
    out: dict[str, Any] = {}
    for key in type(row).model_fields:
        out[key] = getattr(row, key)
    return json.loads(canonical(out))


def event_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, entity: str,
               entity_id: int | None, old: str, new: str) -> str:
    payload = canonical([prev_hash, seq, at, actor, action, entity, entity_id, old, new])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _head(session: Session) -> tuple[int, str]:
    meta = session.get(LedgerMeta, HEAD_KEY)
    if meta is None or not meta.value:
        return 0, GENESIS
    seq, digest = meta.value.split(":", 1)
    return int(seq), digest


MIGRATION_ACTOR = "incidentdesk (schema upgrade)"


def append(session: Session, *, actor: str, action: str, entity: str, entity_id: int | None,
           old: dict | None, new: dict | None, at: datetime | None = None) -> AuditEvent:
    """Add one event in the caller's transaction and move the chain head."""
    seq, prev = _head(session)
    seq += 1
    stamp = (at or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="microseconds")
    old_text = canonical(old) if old is not None else ""
    new_text = canonical(new) if new is not None else ""
    digest = event_hash(prev, seq, stamp, actor, action, entity, entity_id, old_text, new_text)
    event = AuditEvent(seq=seq, at=stamp, actor=actor, action=action, entity=entity, entity_id=entity_id,
                       old=old_text, new=new_text, prev_hash=prev, hash=digest)
    session.add(event)
    set_head(session, seq, digest)
    return event


Event = tuple[str, str, "int | None", "dict | None", "dict | None"]  # action, entity, entity id, old, new


def append_many(session: Session, *, actor: str, events: Iterable[Event], at: datetime | None = None) -> int:
    """Add many events (action, entity, entity id, old, new) in the caller's transaction, chained exactly as
    append() chains them, inserted in one statement; returns how many. For imports of thousands of records."""
    session.flush()  # events append() queued must get their ids first: the trail is checked in id order
    seq, prev = _head(session)
    stamp = (at or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="microseconds")
    batch = []
    for action, entity, entity_id, old, new in events:
        seq += 1
        old_text = canonical(old) if old is not None else ""
        new_text = canonical(new) if new is not None else ""
        digest = event_hash(prev, seq, stamp, actor, action, entity, entity_id, old_text, new_text)
        batch.append({"seq": seq, "at": stamp, "actor": actor, "action": action, "entity": entity,
                      "entity_id": entity_id, "old": old_text, "new": new_text, "prev_hash": prev, "hash": digest})
        prev = digest
    if batch:
        session.execute(insert(AuditEvent), batch)
        set_head(session, seq, prev)
    return len(batch)


def set_head(session: Session, seq: int, digest: str) -> None:
    meta = session.get(LedgerMeta, HEAD_KEY)
    if meta is None:
        session.add(LedgerMeta(key=HEAD_KEY, value=f"{seq}:{digest}"))
    else:
        meta.value = f"{seq}:{digest}"
        session.add(meta)


@dataclass(frozen=True)
class Break:
    """The first place the trail or a stored file does not check out."""

    kind: str  # edited | missing | reordered | head | data | attachment | memo
    record_id: int | None
    seq: int | None
    detail: str
    detail_ja: str = ""

    def describe(self, lang: str) -> str:
        """The detail in the reader's language (verify's output and the audit page show it)."""
        return self.detail_ja if lang == "ja" and self.detail_ja else self.detail


def check_events(events: Iterable[AuditEvent], head: tuple[int, str] | None) -> Break | None:
    """Walk events in id order; the first inconsistency wins."""
    events = list(events)
    present = {ev.seq for ev in events}
    prev_hash, expected_seq = GENESIS, 1
    for ev in events:
        if ev.seq != expected_seq:
            # A later sequence number here is a deletion only if the expected one is nowhere further on.
            kind = "reordered" if ev.seq < expected_seq or expected_seq in present else "missing"
            return Break(kind, ev.id, ev.seq, f"expected sequence {expected_seq}, found {ev.seq}",
                         f"連番 {expected_seq} のはずの位置に連番 {ev.seq} があります")
        if ev.prev_hash != prev_hash:
            return Break("missing", ev.id, ev.seq, "previous-hash link does not match the event before",
                         "直前の記録とのハッシュのつながりが一致しません")
        digest = event_hash(ev.prev_hash, ev.seq, ev.at, ev.actor, ev.action, ev.entity, ev.entity_id, ev.old, ev.new)
        if digest != ev.hash:
            return Break("edited", ev.id, ev.seq, "content does not match its hash", "内容がハッシュ値と一致しません")
        prev_hash, expected_seq = ev.hash, expected_seq + 1
    if head is not None and head != (expected_seq - 1, prev_hash):
        return Break("head", None, head[0], f"the trail ends at sequence {expected_seq - 1}, the ledger recorded {head[0]}",
                     f"操作履歴は連番 {expected_seq - 1} で終わっていますが、台帳の記録は連番 {head[0]} です")
    return None


def apply_migration(rows: Iterable[dict[str, Any]], change: dict[str, Any]) -> None:
    """A schema upgrade as the trail records it (action "migrate", no entity_id): columns added with their
    value for existing rows, renamed, or dropped, for every row of the entity at that point."""
    for row in rows:
        for old, new in change.get("rename", {}).items():
            if old in row:
                row[new] = row.pop(old)
        for name in change.get("drop", []):
            row.pop(name, None)
        for name, value in change.get("add", {}).items():
            row.setdefault(name, value)


def replay(events: Iterable[AuditEvent]) -> dict[tuple[str, int], dict[str, Any]]:
    """What every audited row should hold now, according to the trail alone."""
    state: dict[tuple[str, int], dict[str, Any]] = {}
    for ev in events:
        key = (ev.entity, ev.entity_id)
        if ev.action == "migrate" and ev.entity_id is None:
            apply_migration((row for (entity, _), row in state.items() if entity == ev.entity),
                            json.loads(ev.new) if ev.new else {})
        elif ev.action == "delete":
            state.pop(key, None)
        elif ev.action == "create":
            state[key] = json.loads(ev.new) if ev.new else {}
        elif ev.new:
            state.setdefault(key, {}).update(json.loads(ev.new))
    return state


def check_rows(session: Session, expected: dict[tuple[str, int], dict[str, Any]]) -> Break | None:
    """Compare every audited table with the trail: a row edited, added or deleted behind its back shows."""
    for entity, model in ENTITIES.items():
        pk = getattr(model, "id")
        seen = set()
        for row in session.exec(select(model).order_by(pk)):
            seen.add(row.id)
            want = expected.get((entity, row.id))
            if want is None:
                return Break("data", row.id, None, f"{model.__tablename__} {row.id} has no record in the audit trail",
                             f"{model.__tablename__} の ID {row.id} に対応する操作履歴がありません")
            have = snapshot(row)
            changed = sorted(k for k in set(have) | set(want) if have.get(k) != want.get(k))
            if changed:
                return Break("data", row.id, None,
                             f"{model.__tablename__} {row.id} differs from its audit trail in: {', '.join(changed)}",
                             f"{model.__tablename__} の ID {row.id} が操作履歴と異なります(項目: {', '.join(changed)})")
        for (name, row_id) in expected:
            if name == entity and row_id not in seen:
                return Break("data", row_id, None, f"{model.__tablename__} {row_id} was deleted outside the program",
                             f"{model.__tablename__} の ID {row_id} がプログラムの外で削除されています")
    return None


def verify(session: Session) -> tuple[int, Break | None]:
    """(events checked, first break or None) over the trail, the tables it explains, and stored files."""
    events = session.exec(select(AuditEvent).order_by(AuditEvent.id)).all()
    head = _head(session) if session.get(LedgerMeta, HEAD_KEY) else (0, GENESIS)
    problem = check_events(events, head)
    if problem:
        return len(events), problem
    for att in session.exec(select(Attachment).order_by(Attachment.id)):
        if hashlib.sha256(att.data).hexdigest() != att.sha256:
            return len(events), Break("attachment", att.id, None, f"attachment {att.filename} does not match its SHA-256",
                                      f"添付ファイル {att.filename} の内容が SHA-256 と一致しません")
    for memo in session.exec(select(Memo).order_by(Memo.id)):
        if hashlib.sha256(memo.pdf).hexdigest() != memo.sha256:
            return len(events), Break("memo", memo.id, None, f"memo {memo.number} does not match its SHA-256",
                                      f"報告メモ {memo.number} の PDF が SHA-256 と一致しません")
    # Last, as the most general check: a changed file above is named as such, not as changed data.
    return len(events), check_rows(session, replay(events))
