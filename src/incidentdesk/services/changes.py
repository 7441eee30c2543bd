"""The one way rows change: flush, index for search, and append the audit event, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from ..domain.errors import LedgerError
from ..domain.input_rules import RecordInput
from ..storage import audit_chain, search_index
from ..storage.database import Database

T = TypeVar("T", bound=SQLModel)
Rec = TypeVar("Rec", bound=RecordInput)


def entity_name(row: SQLModel | type[SQLModel]) -> str:
    return audit_chain.entity_name(row)


def _index(session: Session, row: SQLModel) -> None:
    if isinstance(row, search_index.SEARCHABLE):
        search_index.put(session, row)


def create(session: Session, db: Database, row: T) -> T:
    session.add(row)
    session.flush()
    _index(session, row)
    audit_chain.append(
        session,
        actor=db.actor,
        action="create",
        entity=entity_name(row),
        entity_id=getattr(row, "id", None),
        old=None,
        new=audit_chain.snapshot(row),
    )
    return row


def create_many(session: Session, db: Database, rows: Sequence[T]) -> list[T]:
    """create() for many new rows at once (an import): one flush, search rows and audit events in bulk,
    one event per row exactly as create() writes it."""
    rows = list(rows)
    if not rows:
        return rows
    session.add_all(rows)
    session.flush()
    search_index.put_many(session, [r for r in rows if isinstance(r, search_index.SEARCHABLE)], new=True)
    audit_chain.append_many(
        session,
        actor=db.actor,
        events=[("create", entity_name(r), getattr(r, "id", None), None, audit_chain.snapshot(r)) for r in rows],
    )
    return rows


def update_many(session: Session, db: Database, updates: Sequence[tuple[T, Mapping[str, object]]]) -> list[T]:
    """update() for many rows at once: one flush, search rows and audit events in bulk; rows the changes
    leave as they were get no event, as with update()."""
    events, changed = [], []
    for row, values in updates:
        old = audit_chain.snapshot(row)
        for key, value in values.items():
            setattr(row, key, value)
        new = audit_chain.snapshot(row)
        if new == old:
            continue
        if hasattr(row, "version"):  # a changed row moves on a version, as update() does
            row.version = (row.version or 0) + 1
            new = audit_chain.snapshot(row)
        session.add(row)
        changed.append(row)
        events.append(
            (
                "update",
                entity_name(row),
                getattr(row, "id", None),
                {k: v for k, v in old.items() if new.get(k) != v},
                {k: v for k, v in new.items() if old.get(k) != v},
            )
        )
    if changed:
        session.flush()
        search_index.put_many(session, [r for r in changed if isinstance(r, search_index.SEARCHABLE)])
        audit_chain.append_many(session, actor=db.actor, events=events)
    return changed


def check_version(row: SQLModel, version: int | None) -> None:
    """Refuse a save made from a form loaded at an older version: someone else saved the record meanwhile.

    Writers are serialised (SQLite BEGIN IMMEDIATE, a PostgreSQL advisory lock), so comparing inside the
    write transaction is enough. None: the caller did not load the record first (a script, the sample).
    """
    if version is not None and getattr(row, "version", version) != version:
        who, at = _last_change(row)
        raise LedgerError(
            "stale",
            entity=entity_name(row),
            id=getattr(row, "id", None),
            yours=version,
            theirs=getattr(row, "version", 0),
            who=who,
            at=at,
        )


def _last_change(row: SQLModel) -> tuple[str, str]:
    """Who last changed the row and when (local time, to the minute), from its newest audit event."""
    from datetime import datetime

    from sqlmodel import col, select

    from ..storage.models import AuditEvent

    session = Session.object_session(row)  # SQLAlchemy's type; the ledger's sessions are all SQLModel's
    event = (
        None
        if not isinstance(session, Session)
        else session.exec(
            select(AuditEvent)
            .where(AuditEvent.entity == entity_name(row), AuditEvent.entity_id == getattr(row, "id", None))
            .order_by(col(AuditEvent.seq).desc())
            .limit(1)
        ).first()
    )
    if event is None:
        return "?", "?"
    try:
        at = datetime.fromisoformat(event.at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        at = event.at
    return event.actor, at


def update(session: Session, db: Database, row: T, changes: Mapping[str, object], *, version: int | None = None) -> T:
    """Apply `changes` (from a form loaded at `version`); no event when nothing actually changed."""
    check_version(row, version)
    old = audit_chain.snapshot(row)
    for key, value in changes.items():
        setattr(row, key, value)
    new = audit_chain.snapshot(row)
    if new == old:
        return row
    if hasattr(row, "version"):
        row.version = (row.version or 0) + 1
        new = audit_chain.snapshot(row)
    session.add(row)
    session.flush()
    _index(session, row)
    audit_chain.append(
        session,
        actor=db.actor,
        action="update",
        entity=entity_name(row),
        entity_id=getattr(row, "id", None),
        old={k: v for k, v in old.items() if new.get(k) != v},
        new={k: v for k, v in new.items() if old.get(k) != v},
    )
    return row


def delete(session: Session, db: Database, row: SQLModel, *, label: str = "", version: int | None = None) -> None:
    from sqlalchemy.exc import IntegrityError

    check_version(row, version)
    old = audit_chain.snapshot(row)
    kind = entity_name(row)
    row_id = id_of(row)
    try:
        with session.begin_nested():
            session.delete(row)
            session.flush()
    except IntegrityError as exc:
        raise LedgerError(
            "in_use",
            entity=kind if kind in ("party", "service", "use") else "name",
            name=label or getattr(row, "name", row_id),
        ) from exc
    if isinstance(row, search_index.SEARCHABLE):
        search_index.drop(session, search_index.document(row)[0], row_id)
    audit_chain.append(session, actor=db.actor, action="delete", entity=kind, entity_id=row_id, old=old, new=None)


def id_of(row: SQLModel) -> int:
    """The id of a row read from the ledger or flushed by create() (every table has an integer id)."""
    row_id = getattr(row, "id", None)
    if not isinstance(row_id, int):
        raise ValueError(f"{type(row).__name__} has no id yet: flush it first")
    return row_id


def record(kind: type[Rec], row: SQLModel, **extra: Any) -> Rec:
    """The read model of a row just written: what services return instead of the ORM object."""
    return kind.from_row({**row.model_dump(), **extra})


def get(session: Session, model: type[T], row_id: int | None) -> T:
    row = session.get(model, row_id) if row_id is not None else None
    if row is None:
        raise LedgerError("not_found", entity=entity_name(model), id=row_id)
    return row
