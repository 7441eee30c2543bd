"""The append-only audit trail: each event's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, UTC
from typing import Any, overload
from collections.abc import Iterable

from sqlalchemy import insert
from sqlmodel import Session, SQLModel

from ..domain.errors import LedgerError
from .models import (
    Attachment,
    AuditEvent,
    Claim,
    ClaimCheck,
    DataLocation,
    Decision,
    DecisionBasis,
    DecisionWithdrawal,
    ExternalService,
    Incident,
    IncidentUse,
    LedgerMeta,
    Memo,
    OrgSettings,
    Party,
    Request,
    RequestReport,
    ServiceParty,
    Source,
    Statement,
    StatementSource,
    TimelineEntry,
    TimelineSource,
    Use,
)

# entity name in the trail -> table; every change to these tables goes through the trail.
ENTITIES: dict[str, type[SQLModel]] = {
    "party": Party,
    "service": ExternalService,
    "service_party": ServiceParty,
    "use": Use,
    "location": DataLocation,
    "incident": Incident,
    "incident_use": IncidentUse,
    "source": Source,
    "timeline": TimelineEntry,
    "statement": Statement,
    "claim": Claim,
    "request": Request,
    "decision": Decision,
    "decision_basis": DecisionBasis,
    "attachment": Attachment,
    "memo": Memo,
    "settings": OrgSettings,
    "timeline_source": TimelineSource,
    "statement_source": StatementSource,
    "claim_check": ClaimCheck,
    "request_report": RequestReport,
    "decision_withdrawal": DecisionWithdrawal,
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


# Columns that are bookkeeping rather than content (a row version for edit conflicts, say): left out of the
# trail's snapshots and of verify's comparison of rows with the trail (storage/ledger_check.py).
UNAUDITED: frozenset[str] = frozenset()


def audited_fields(model: type[SQLModel]) -> list[str]:
    """The fields of `model` the trail records and verify compares."""
    return [name for name in model.model_fields if name not in UNAUDITED]


@overload
def snapshot(row: SQLModel) -> dict[str, Any]: ...


@overload
def snapshot(row: None) -> None: ...


def snapshot(row: SQLModel | None) -> dict[str, Any] | None:
    """The row's values as stored, bytes replaced by their hash (the bytes are hashed elsewhere)."""
    if row is None:
        return None
    out: dict[str, Any] = {}
    for key in audited_fields(type(row)):
        out[key] = getattr(row, key)
    values: dict[str, Any] = json.loads(canonical(out))  # as the trail stores them: dates as text, bytes hashed
    return values


def event_hash(
    prev_hash: str, seq: int, at: str, actor: str, action: str, entity: str, entity_id: int | None, old: str, new: str
) -> str:
    payload = canonical([prev_hash, seq, at, actor, action, entity, entity_id, old, new])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _head(session: Session) -> tuple[int, str]:
    meta = session.get(LedgerMeta, HEAD_KEY)
    if meta is None or not meta.value:
        return 0, GENESIS
    from .ledger_check import parse_head

    head = parse_head(meta.value)
    if head is None:  # a damaged head: appending would fork the chain where verify cannot follow
        raise LedgerError("bad_head")
    return head


MIGRATION_ACTOR = "incidentdesk (schema upgrade)"


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
    at: datetime | None = None,
) -> AuditEvent:
    """Add one event in the caller's transaction and move the chain head."""
    seq, prev = _head(session)
    seq += 1
    stamp = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    old_text = canonical(old) if old is not None else ""
    new_text = canonical(new) if new is not None else ""
    digest = event_hash(prev, seq, stamp, actor, action, entity, entity_id, old_text, new_text)
    event = AuditEvent(
        seq=seq,
        at=stamp,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        old=old_text,
        new=new_text,
        prev_hash=prev,
        hash=digest,
    )
    session.add(event)
    set_head(session, seq, digest)
    return event


# action, entity, entity id, old, new
Event = tuple[str, str, "int | None", "dict[str, Any] | None", "dict[str, Any] | None"]


def append_many(session: Session, *, actor: str, events: Iterable[Event], at: datetime | None = None) -> int:
    """Add many events (action, entity, entity id, old, new) in the caller's transaction, chained exactly as
    append() chains them, inserted in one statement; returns how many. For imports of thousands of records."""
    session.flush()  # events append() queued must get their ids first: the trail is checked in id order
    seq, prev = _head(session)
    stamp = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    batch = []
    for action, entity, entity_id, old, new in events:
        seq += 1
        old_text = canonical(old) if old is not None else ""
        new_text = canonical(new) if new is not None else ""
        digest = event_hash(prev, seq, stamp, actor, action, entity, entity_id, old_text, new_text)
        batch.append(
            {
                "seq": seq,
                "at": stamp,
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "old": old_text,
                "new": new_text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
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

    kind: str  # integrity | edited | missing | reordered | head | anchor | data | attachment | memo | search
    record_id: int | None
    seq: int | None
    detail: str
    detail_ja: str = ""

    def describe(self, lang: str) -> str:
        """The detail in the reader's language (verify's output and the audit page show it)."""
        return self.detail_ja if lang == "ja" and self.detail_ja else self.detail


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
