"""Parties, external services, their uses, party roles (contractor chains) and data locations.

Records other records refer to are retired (廃止済み) rather than deleted; a record nothing refers to
may be deleted. Every edit names the version the form loaded, so a save never undoes another's.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

from sqlmodel import Session, select

from ..domain.errors import LedgerError
from ..domain.inputs import LocationIn, PartyIn, RoleIn, ServiceIn, UseIn
from ..storage.database import Database
from ..storage.models import DataLocation, ExternalService, Party, ServiceParty, Use, clean
from . import changes
from .views import LocationRecord, PartyRecord, RoleRecord, ServiceRecord, UseRecord


def name_key(name: str) -> str:
    """How names are compared: after NFKC and case folding, so ＬＩＮＥ and line are the same name."""
    return unicodedata.normalize("NFKC", name).casefold().strip()


def _unique_name(
    session: Session,
    model: type[Party] | type[ExternalService] | type[Use],
    name: str,
    entity: str,
    *,
    exclude_id: int | None = None,
    **scope: object,
) -> None:
    stmt = select(model.id, model.name)
    for key, value in scope.items():
        stmt = stmt.where(getattr(model, key) == value)
    key = name_key(name)
    for found_id, found_name in session.exec(stmt):
        if found_id != exclude_id and name_key(found_name) == key:
            raise LedgerError("duplicate", entity=entity, name=found_name)


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


def edit_party(db: Database, party_id: int, data: PartyIn, *, version: int | None = None) -> PartyRecord:
    data = clean(data)
    with db.write() as s:
        row = changes.get(s, Party, party_id)
        _check_party(s, data, party_id)
        return changes.record(PartyRecord, changes.update(s, db, row, data.values(), version=version))


def delete_party(db: Database, party_id: int, *, version: int | None = None) -> None:
    """Delete a party nothing refers to; one with statements or roles is retired instead (retire_party)."""
    with db.write() as s:
        row = changes.get(s, Party, party_id)
        changes.delete(s, db, row, label=row.name, version=version)


def retire_party(db: Database, party_id: int, on: date | None, *, version: int | None = None) -> PartyRecord:
    """Mark a party as no longer used from `on` (None: in use again); its history stays."""
    with db.write() as s:
        row = changes.get(s, Party, party_id)
        data = clean(replace(PartyIn.from_values(row.model_dump()), retired_on=on))
        return changes.record(PartyRecord, changes.update(s, db, row, data.values(), version=version))


# -- external services -------------------------------------------------------


def add_service(db: Database, data: ServiceIn) -> ServiceRecord:
    data = clean(data)
    with db.write() as s:
        _unique_name(s, ExternalService, data.name, "service")
        return changes.record(ServiceRecord, changes.create(s, db, ExternalService(**data.values())))


def edit_service(db: Database, service_id: int, data: ServiceIn, *, version: int | None = None) -> ServiceRecord:
    data = clean(data)
    with db.write() as s:
        row = changes.get(s, ExternalService, service_id)
        _unique_name(s, ExternalService, data.name, "service", exclude_id=service_id)
        return changes.record(ServiceRecord, changes.update(s, db, row, data.values(), version=version))


def delete_service(db: Database, service_id: int, *, version: int | None = None) -> None:
    with db.write() as s:
        row = changes.get(s, ExternalService, service_id)
        changes.delete(s, db, row, label=row.name, version=version)


def retire_service(db: Database, service_id: int, on: date | None, *, version: int | None = None) -> ServiceRecord:
    with db.write() as s:
        row = changes.get(s, ExternalService, service_id)
        data = clean(replace(ServiceIn.from_values(row.model_dump()), retired_on=on))
        return changes.record(ServiceRecord, changes.update(s, db, row, data.values(), version=version))


# -- party roles and contractor chains ------------------------------------------


def _check_role(session: Session, data: RoleIn, role_id: int | None = None) -> Party:
    changes.get(session, ExternalService, data.service_id)
    party = changes.get(session, Party, data.party_id)
    if data.upstream_id is not None:
        upstream = changes.get(session, ServiceParty, data.upstream_id)
        if upstream.service_id != data.service_id or upstream.id == role_id:
            raise LedgerError("upstream_other_service", field="upstream_id")
        seen = {role_id}  # the chain must not loop back to this link
        link: ServiceParty | None = upstream
        while link is not None and link.upstream_id is not None:
            if link.upstream_id in seen:
                raise LedgerError("upstream_loop", field="upstream_id")
            seen.add(link.id)
            link = session.get(ServiceParty, link.upstream_id)
    exists = session.exec(
        select(ServiceParty.id).where(
            ServiceParty.service_id == data.service_id,
            ServiceParty.party_id == data.party_id,
            ServiceParty.role == data.role,
        )
    ).first()
    if exists is not None and exists != role_id:
        raise LedgerError("duplicate", entity="party", name=f"{party.name} ({data.role})")
    return party


def assign_party(db: Database, data: RoleIn) -> RoleRecord:
    """Record that a party plays a role for a service: the platform, a contractor, a subcontractor of another."""
    data = clean(data)
    if data.upstream_id is not None and not data.approval:
        data = replace(data, approval="unknown")  # a subcontract whose approval nobody has checked yet
    with db.write() as s:
        _check_role(s, data)
        return changes.record(RoleRecord, changes.create(s, db, ServiceParty(**data.values())))


def edit_role(db: Database, role_id: int, data: RoleIn, *, version: int | None = None) -> RoleRecord:
    data = clean(data)
    with db.write() as s:
        row = changes.get(s, ServiceParty, role_id)
        _check_role(s, data, role_id)
        return changes.record(RoleRecord, changes.update(s, db, row, data.values(), version=version))


def unassign_party(db: Database, role_id: int, *, version: int | None = None) -> None:
    """Remove a role recorded by mistake (a role that ended is given an end date instead)."""
    with db.write() as s:
        row = changes.get(s, ServiceParty, role_id)
        if s.exec(select(ServiceParty.id).where(ServiceParty.upstream_id == role_id)).first() is not None:
            raise LedgerError("role_has_subcontractors")
        changes.delete(s, db, row, version=version)


# -- uses (業務) ---------------------------------------------------------------


def add_use(db: Database, data: UseIn) -> UseRecord:
    data = clean(data)
    with db.write() as s:
        changes.get(s, ExternalService, data.service_id)
        _unique_name(s, Use, data.name, "use", service_id=data.service_id)
        return changes.record(UseRecord, changes.create(s, db, Use(**data.values())))


def edit_use(db: Database, use_id: int, data: UseIn, *, version: int | None = None) -> UseRecord:
    """Change a use; without a service_id it stays under its service."""
    with db.write() as s:
        row = changes.get(s, Use, use_id)
        data = clean(data if data.service_id is not None else replace(data, service_id=row.service_id))
        changes.get(s, ExternalService, data.service_id)
        _unique_name(s, Use, data.name, "use", exclude_id=use_id, service_id=data.service_id)
        return changes.record(UseRecord, changes.update(s, db, row, data.values(), version=version))


def delete_use(db: Database, use_id: int, *, version: int | None = None) -> None:
    with db.write() as s:
        row = changes.get(s, Use, use_id)
        changes.delete(s, db, row, label=row.name, version=version)


def retire_use(db: Database, use_id: int, on: date | None, *, version: int | None = None) -> UseRecord:
    with db.write() as s:
        row = changes.get(s, Use, use_id)
        data = clean(replace(UseIn.from_values(row.model_dump()), retired_on=on))
        return changes.record(UseRecord, changes.update(s, db, row, data.values(), version=version))


# -- data locations ------------------------------------------------------------


def _check_location(session: Session, data: LocationIn) -> None:
    changes.get(session, ExternalService, data.service_id)
    if data.use_id is not None and changes.get(session, Use, data.use_id).service_id != data.service_id:
        raise LedgerError("use_other_service", field="use_id")
    if data.party_id is not None:
        changes.get(session, Party, data.party_id)


def add_location(db: Database, data: LocationIn) -> LocationRecord:
    """Where one data category is stored (kind='storage') or accessed/operated from, by whom, and when."""
    data = clean(data)
    with db.write() as s:
        _check_location(s, data)
        return changes.record(LocationRecord, changes.create(s, db, DataLocation(**data.values())))


def edit_location(db: Database, location_id: int, data: LocationIn, *, version: int | None = None) -> LocationRecord:
    data = clean(data)
    with db.write() as s:
        row = changes.get(s, DataLocation, location_id)
        _check_location(s, data)
        return changes.record(LocationRecord, changes.update(s, db, row, data.values(), version=version))


def delete_location(db: Database, location_id: int, *, version: int | None = None) -> None:
    with db.write() as s:
        changes.delete(s, db, changes.get(s, DataLocation, location_id), version=version)
