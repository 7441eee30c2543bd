"""Importing an inventory sheet: the preview against the ledger, and the commit in one audited transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Protocol, TypeVar

from sqlmodel import Session, SQLModel, col, select

from ..domain.errors import LedgerError
from ..storage.database import Database, reader_of
from ..storage.models import DataLocation, ExternalService, Party, ServiceParty, Use
from ..storage.reader import Reader
from . import changes
from .inventory_plan import Op, Plan, SheetRow, plan
from .reads.inventory import catalogue

PLACE_CATEGORY = "other"  # a sheet names countries, not which of the service's data is kept there
Updated = TypeVar("Updated", ExternalService, Use)  # the records an import updates


class Readable(Protocol):
    def reader(self) -> AbstractContextManager[Reader]: ...


def preview(ledger: Readable, rows: Sequence[SheetRow]) -> Plan:
    """What importing the rows would do, row by row; nothing is written."""
    with ledger.reader() as r:
        return plan(catalogue(r), rows)


def apply(db: Database, rows: Sequence[SheetRow], *, expected: str | None = None, valid_only: bool = False) -> Plan:
    """Import the rows in one transaction, one audit event per record written, and return the plan carried out.

    The plan is made again inside the transaction; when `expected` (the fingerprint of the plan the user saw)
    differs, the ledger or the sheet changed since the preview and nothing is written. A refused row stops
    the whole import unless `valid_only`.
    """
    with db.write() as session:
        done = plan(catalogue(reader_of(session)), rows)
        if expected is not None and done.fingerprint != expected:
            raise LedgerError("sheet_ledger_changed")
        refused = done.refused
        if refused and not valid_only:
            raise LedgerError("sheet_rows_refused", count=len(refused), first=refused[0].number)
        _write(session, db, done.ops)
    return done


def _write(session: Session, db: Database, ops: Sequence[Op]) -> None:
    """Write the plan's operations kind by kind (what a record refers to first), each kind in bulk."""
    made: dict[str, int] = {}

    def ref(value: str | int) -> int:
        return value if isinstance(value, int) else made[value]

    def ref_or_none(value: str | int | None) -> int | None:
        return None if value is None else ref(value)

    def create(kind: str, build: Callable[[Op], SQLModel]) -> None:
        batch = [op for op in ops if op.kind == kind]
        rows = changes.create_many(session, db, [build(op) for op in batch])
        made.update({str(op.ref): changes.id_of(row) for op, row in zip(batch, rows, strict=True)})

    def update(kind: str, model: type[Updated]) -> None:
        batch = [op for op in ops if op.kind == kind]  # an update's ref is the id of an existing record
        listed = select(model).where(col(model.id).in_([ref(op.ref) for op in batch]))
        found = {changes.id_of(row): row for row in session.exec(listed)}
        changes.update_many(session, db, [(found[ref(op.ref)], op.data) for op in batch])

    create("service+", lambda op: ExternalService(**op.data.values()))
    update("service~", ExternalService)
    create("party+", lambda op: Party(**op.data.values()))
    create("role+", lambda op: ServiceParty(service_id=ref(op.data[0]), party_id=ref(op.data[1]), role=op.data[2]))
    create("use+", lambda op: Use(**{**op.data[1].values(), "service_id": ref(op.data[0])}))
    update("use~", Use)
    create(
        "place+",
        lambda op: DataLocation(
            service_id=ref(op.data[0]),
            use_id=ref_or_none(op.data[1]),
            category=PLACE_CATEGORY,
            kind=op.data[2],
            country=op.data[3],
        ),
    )
