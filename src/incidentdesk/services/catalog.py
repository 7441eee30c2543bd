"""Parties, external services, their uses, party roles and data locations."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from ..domain import validation as v
from ..domain.errors import LedgerError
from ..domain.vocab import (CONTRACT_TYPES, DATA_CATEGORIES, LOCATION_KINDS, PARTY_KINDS,
                            SERVICE_ROLES)
from ..storage.database import Database
from ..storage.models import DataLocation, ExternalService, Party, ServiceParty, Use
from . import changes

_UNSET = object()


def _unique_name(session: Session, model, name: str, entity: str, *, exclude_id: int | None = None,
                 **scope) -> None:
    stmt = select(model.id).where(model.name == name)
    for key, value in scope.items():
        stmt = stmt.where(getattr(model, key) == value)
    found = session.exec(stmt).first()
    if found is not None and found != exclude_id:
        raise LedgerError("duplicate", entity=entity, name=name)


# -- parties -----------------------------------------------------------------

def _party_fields(session: Session, name, kind, country, parent_id, notes) -> dict:
    fields = {
        "name": v.text(name, "name", required=True),
        "kind": v.choice(kind, "kind", PARTY_KINDS),
        "country": v.country(country),
        "notes": v.long_text(notes, "notes"),
        "parent_id": None,
    }
    if parent_id is not None:
        fields["parent_id"] = changes.get(session, Party, parent_id).id
    return fields


def add_party(db: Database, *, name: str, kind: str = "other", country: str = "JP",
              parent_id: int | None = None, notes: str = "") -> Party:
    with db.write() as s:
        fields = _party_fields(s, name, kind, country, parent_id, notes)
        _unique_name(s, Party, fields["name"], "party")
        return changes.create(s, db, Party(**fields))


def edit_party(db: Database, party_id: int, *, name: str, kind: str, country: str,
               parent_id: int | None = None, notes: str = "") -> Party:
    with db.write() as s:
        row = changes.get(s, Party, party_id)
        fields = _party_fields(s, name, kind, country, parent_id, notes)
        _unique_name(s, Party, fields["name"], "party", exclude_id=party_id)
        return changes.update(s, db, row, fields)


def delete_party(db: Database, party_id: int) -> None:
    with db.write() as s:
        row = changes.get(s, Party, party_id)
        changes.delete(s, db, row, label=row.name)


# -- external services -------------------------------------------------------

def _service_fields(name, platform, department, contract_type, followers, followers_as_of,
                    started_on, url, notes) -> dict:
    return {
        "name": v.text(name, "name", required=True),
        "platform": v.text(platform, "platform", max_len=100),
        "department": v.text(department, "department", max_len=100),
        "contract_type": v.choice(contract_type, "contract_type", CONTRACT_TYPES),
        "followers": v.count(followers, "followers"),
        "followers_as_of": v.day(followers_as_of, "followers_as_of"),
        "started_on": v.day(started_on, "started_on"),
        "url": v.text(url, "url", max_len=500),
        "notes": v.long_text(notes, "notes"),
    }


def add_service(db: Database, *, name: str, platform: str = "", department: str = "",
                contract_type: str = "terms", followers: int | None = None,
                followers_as_of: date | str | None = None, started_on: date | str | None = None,
                url: str = "", notes: str = "") -> ExternalService:
    fields = _service_fields(name, platform, department, contract_type, followers, followers_as_of,
                             started_on, url, notes)
    with db.write() as s:
        _unique_name(s, ExternalService, fields["name"], "service")
        return changes.create(s, db, ExternalService(**fields))


def edit_service(db: Database, service_id: int, *, name: str, platform: str = "", department: str = "",
                 contract_type: str = "terms", followers: int | None = None,
                 followers_as_of: date | str | None = None, started_on: date | str | None = None,
                 url: str = "", notes: str = "") -> ExternalService:
    fields = _service_fields(name, platform, department, contract_type, followers, followers_as_of,
                             started_on, url, notes)
    with db.write() as s:
        row = changes.get(s, ExternalService, service_id)
        _unique_name(s, ExternalService, fields["name"], "service", exclude_id=service_id)
        return changes.update(s, db, row, fields)


def delete_service(db: Database, service_id: int) -> None:
    with db.write() as s:
        row = changes.get(s, ExternalService, service_id)
        changes.delete(s, db, row, label=row.name)


def assign_party(db: Database, *, service_id: int, party_id: int, role: str, notes: str = "") -> ServiceParty:
    """Record that a party plays `role` (platform, contractor, subcontractor, host, ...) for a service."""
    with db.write() as s:
        changes.get(s, ExternalService, service_id)
        party = changes.get(s, Party, party_id)
        role = v.choice(role, "role", SERVICE_ROLES)
        exists = s.exec(select(ServiceParty).where(ServiceParty.service_id == service_id,
                                                   ServiceParty.party_id == party_id,
                                                   ServiceParty.role == role)).first()
        if exists:
            raise LedgerError("duplicate", entity="party", name=f"{party.name} ({role})")
        return changes.create(s, db, ServiceParty(service_id=service_id, party_id=party_id, role=role,
                                                  notes=v.long_text(notes, "notes")))


def unassign_party(db: Database, service_party_id: int) -> None:
    with db.write() as s:
        changes.delete(s, db, changes.get(s, ServiceParty, service_party_id))


# -- uses (業務) ---------------------------------------------------------------

def _use_fields(name, purpose, audience, department, handles_personal_data, personal_data,
                confidentiality, started_on, notes) -> dict:
    return {
        "name": v.text(name, "name", required=True),
        "purpose": v.long_text(purpose, "purpose"),
        "audience": v.text(audience, "audience"),
        "department": v.text(department, "department", max_len=100),
        "handles_personal_data": bool(handles_personal_data),
        "personal_data": v.long_text(personal_data, "personal_data"),
        "confidentiality": v.confidentiality(confidentiality),
        "started_on": v.day(started_on, "started_on"),
        "notes": v.long_text(notes, "notes"),
    }


def add_use(db: Database, *, service_id: int, name: str, purpose: str = "", audience: str = "",
            department: str = "", handles_personal_data: bool = False, personal_data: str = "",
            confidentiality: int = 1, started_on: date | str | None = None, notes: str = "") -> Use:
    fields = _use_fields(name, purpose, audience, department, handles_personal_data, personal_data,
                         confidentiality, started_on, notes)
    with db.write() as s:
        changes.get(s, ExternalService, service_id)
        _unique_name(s, Use, fields["name"], "use", service_id=service_id)
        return changes.create(s, db, Use(service_id=service_id, **fields))


def edit_use(db: Database, use_id: int, *, name: str, purpose: str = "", audience: str = "",
             department: str = "", handles_personal_data: bool = False, personal_data: str = "",
             confidentiality: int = 1, started_on: date | str | None = None, notes: str = "") -> Use:
    fields = _use_fields(name, purpose, audience, department, handles_personal_data, personal_data,
                         confidentiality, started_on, notes)
    with db.write() as s:
        row = changes.get(s, Use, use_id)
        _unique_name(s, Use, fields["name"], "use", exclude_id=use_id, service_id=row.service_id)
        return changes.update(s, db, row, fields)


def delete_use(db: Database, use_id: int) -> None:
    with db.write() as s:
        row = changes.get(s, Use, use_id)
        changes.delete(s, db, row, label=row.name)


# -- data locations ------------------------------------------------------------

def add_location(db: Database, *, service_id: int, category: str, kind: str, country: str,
                 use_id: int | None = None, party_id: int | None = None, notes: str = "") -> DataLocation:
    """Where one data category is stored (kind='storage') or accessed/operated from, and by whom."""
    with db.write() as s:
        changes.get(s, ExternalService, service_id)
        if use_id is not None and changes.get(s, Use, use_id).service_id != service_id:
            raise LedgerError("invalid", reason=f"use {use_id} is not under service {service_id}")
        if party_id is not None:
            changes.get(s, Party, party_id)
        row = DataLocation(service_id=service_id, use_id=use_id, party_id=party_id,
                           category=v.choice(category, "category", DATA_CATEGORIES),
                           kind=v.choice(kind, "kind", LOCATION_KINDS),
                           country=v.country(country), notes=v.long_text(notes, "notes"))
        return changes.create(s, db, row)


def delete_location(db: Database, location_id: int) -> None:
    with db.write() as s:
        changes.delete(s, db, changes.get(s, DataLocation, location_id))
