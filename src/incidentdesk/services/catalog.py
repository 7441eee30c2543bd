"""Parties, external services, their uses, party roles and data locations."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session, select

from ..domain.errors import LedgerError
from ..domain.inputs import LocationIn, PartyIn, RoleIn, ServiceIn, UseIn
from ..storage.database import Database
from ..storage.models import DataLocation, ExternalService, Party, ServiceParty, Use, clean
from . import changes
from .views import LocationRecord, PartyRecord, RoleRecord, ServiceRecord, UseRecord


def _unique_name(session: Session, model, name: str, entity: str, *, exclude_id: int | None = None,
                 **scope: object) -> None:
    stmt = select(model.id).where(model.name == name)
    for key, value in scope.items():
        stmt = stmt.where(getattr(model, key) == value)
    found = session.exec(stmt).first()
    if found is not None and found != exclude_id:
        raise LedgerError("duplicate", entity=entity, name=name)


# -- parties -----------------------------------------------------------------

def _check_party(session: Session, data: PartyIn, party_id: int | None = None) -> None:
    if data.parent_id is not None:
        changes.get(session, Party, data.parent_id)
        if data.parent_id == party_id:
            raise LedgerError("invalid_parent", field="parent_id")
    _unique_name(session, Party, data.name, "party", exclude_id=party_id)


def add_party(db: Database, data: PartyIn) -> PartyRecord:
    data = clean(data)
    with db.write() as s:
        _check_party(s, data)
        return changes.record(PartyRecord, changes.create(s, db, Party(**data.values())))


def edit_party(db: Database, party_id: int, data: PartyIn) -> PartyRecord:
    data = clean(data)
    with db.write() as s:
        row = changes.get(s, Party, party_id)
        _check_party(s, data, party_id)
        return changes.record(PartyRecord, changes.update(s, db, row, data.values()))


def delete_party(db: Database, party_id: int) -> None:
    with db.write() as s:
        row = changes.get(s, Party, party_id)
        changes.delete(s, db, row, label=row.name)


# -- external services -------------------------------------------------------

def add_service(db: Database, data: ServiceIn) -> ServiceRecord:
    data = clean(data)
    with db.write() as s:
        _unique_name(s, ExternalService, data.name, "service")
        return changes.record(ServiceRecord, changes.create(s, db, ExternalService(**data.values())))


def edit_service(db: Database, service_id: int, data: ServiceIn) -> ServiceRecord:
    data = clean(data)
    with db.write() as s:
        row = changes.get(s, ExternalService, service_id)
        _unique_name(s, ExternalService, data.name, "service", exclude_id=service_id)
        return changes.record(ServiceRecord, changes.update(s, db, row, data.values()))


def delete_service(db: Database, service_id: int) -> None:
    with db.write() as s:
        row = changes.get(s, ExternalService, service_id)
        changes.delete(s, db, row, label=row.name)


def assign_party(db: Database, data: RoleIn) -> RoleRecord:
    """Record that a party plays a role (platform, contractor, subcontractor, host, ...) for a service."""
    data = clean(data)
    with db.write() as s:
        changes.get(s, ExternalService, data.service_id)
        party = changes.get(s, Party, data.party_id)
        exists = s.exec(select(ServiceParty).where(ServiceParty.service_id == data.service_id,
                                                   ServiceParty.party_id == data.party_id,
                                                   ServiceParty.role == data.role)).first()
        if exists:
            raise LedgerError("duplicate", entity="party", name=f"{party.name} ({data.role})")
        return changes.record(RoleRecord, changes.create(s, db, ServiceParty(**data.values())))


def unassign_party(db: Database, service_party_id: int) -> None:
    """Remove a party's role from a service (the party itself stays)."""
    with db.write() as s:
        changes.delete(s, db, changes.get(s, ServiceParty, service_party_id))


# -- uses (業務) ---------------------------------------------------------------

def add_use(db: Database, data: UseIn) -> UseRecord:
    data = clean(data)
    with db.write() as s:
        changes.get(s, ExternalService, data.service_id)
        _unique_name(s, Use, data.name, "use", service_id=data.service_id)
        return changes.record(UseRecord, changes.create(s, db, Use(**data.values())))


def edit_use(db: Database, use_id: int, data: UseIn) -> UseRecord:
    """Change a use; without a service_id it stays under its service."""
    with db.write() as s:
        row = changes.get(s, Use, use_id)
        data = clean(data if data.service_id is not None else replace(data, service_id=row.service_id))
        changes.get(s, ExternalService, data.service_id)
        _unique_name(s, Use, data.name, "use", exclude_id=use_id, service_id=data.service_id)
        return changes.record(UseRecord, changes.update(s, db, row, data.values()))


def delete_use(db: Database, use_id: int) -> None:
    with db.write() as s:
        row = changes.get(s, Use, use_id)
        changes.delete(s, db, row, label=row.name)


# -- data locations ------------------------------------------------------------

def add_location(db: Database, data: LocationIn) -> LocationRecord:
    """Where one data category is stored (kind='storage') or accessed/operated from, and by whom."""
    data = clean(data)
    with db.write() as s:
        changes.get(s, ExternalService, data.service_id)
        if data.use_id is not None and changes.get(s, Use, data.use_id).service_id != data.service_id:
            raise LedgerError("use_other_service", field="use_id")
        if data.party_id is not None:
            changes.get(s, Party, data.party_id)
        return changes.record(LocationRecord, changes.create(s, db, DataLocation(**data.values())))


def delete_location(db: Database, location_id: int) -> None:
    with db.write() as s:
        changes.delete(s, db, changes.get(s, DataLocation, location_id))
