"""The catalogue: services, their uses and locations, parties and their roles.

Part of gui/calls: see its docstring for the rule (each function imports its service in its body).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ._common import LedgerLike

if TYPE_CHECKING:
    from ...domain.inputs import LocationIn, PartyIn, RoleIn, ServiceIn, UseIn
    from ...services import views


def list_services(ledger: LedgerLike) -> list[views.ServiceRow]:
    from ...services.reads import catalog

    with ledger.reader() as r:
        return catalog.services(r)


def service_detail(ledger: LedgerLike, service_id: int) -> views.ServiceDetail:
    from ...services.reads import catalog

    with ledger.reader() as r:
        return catalog.service_detail(r, service_id)


def get_service(ledger: LedgerLike, service_id: int) -> views.ServiceRecord:
    from ...services.reads import catalog

    with ledger.reader() as r:
        return catalog.service(r, service_id)


def use_form(
    ledger: LedgerLike, service_id: int | None, use_id: int | None
) -> tuple[views.ServiceRecord, views.UseRecord | None]:
    """The service a use belongs to, and the use when editing one."""
    from ...services.reads import catalog

    with ledger.reader() as r:
        use = catalog.use(r, use_id) if use_id is not None else None
        return catalog.service(r, use.service_id if use else service_id), use  # type: ignore[arg-type]


def service_and_parties(ledger: LedgerLike, service_id: int) -> tuple[views.ServiceDetail, list[views.Choice]]:
    from ...services.reads import catalog

    with ledger.reader() as r:
        return catalog.service_detail(r, service_id), catalog.party_choices(r)


def list_parties(ledger: LedgerLike) -> list[views.PartyRecord]:
    from ...services.reads import catalog

    with ledger.reader() as r:
        return catalog.parties(r)


def party_form(ledger: LedgerLike, party_id: int | None) -> tuple[list[views.Choice], views.PartyRecord | None]:
    """Every party (for the parent company) and the party when editing one."""
    from ...services.reads import catalog

    with ledger.reader() as r:
        return catalog.party_choices(r), catalog.party(r, party_id) if party_id is not None else None


def add_party(ledger: LedgerLike, data: PartyIn) -> views.PartyRecord:
    from ...services import catalog

    return catalog.add_party(ledger.database(), data)


def edit_party(ledger: LedgerLike, party_id: int, data: PartyIn, *, version: int | None = None) -> views.PartyRecord:
    from ...services import catalog

    return catalog.edit_party(ledger.database(), party_id, data, version=version)


def add_service(ledger: LedgerLike, data: ServiceIn) -> views.ServiceRecord:
    from ...services import catalog

    return catalog.add_service(ledger.database(), data)


def edit_service(
    ledger: LedgerLike, service_id: int, data: ServiceIn, *, version: int | None = None
) -> views.ServiceRecord:
    from ...services import catalog

    return catalog.edit_service(ledger.database(), service_id, data, version=version)


def add_use(ledger: LedgerLike, data: UseIn) -> views.UseRecord:
    from ...services import catalog

    return catalog.add_use(ledger.database(), data)


def edit_use(ledger: LedgerLike, use_id: int, data: UseIn, *, version: int | None = None) -> views.UseRecord:
    from ...services import catalog

    return catalog.edit_use(ledger.database(), use_id, data, version=version)


def add_location(ledger: LedgerLike, data: LocationIn) -> views.LocationRecord:
    from ...services import catalog

    return catalog.add_location(ledger.database(), data)


def assign_party(ledger: LedgerLike, data: RoleIn) -> views.RoleRecord:
    from ...services import catalog

    return catalog.assign_party(ledger.database(), data)


def unassign_party(ledger: LedgerLike, role_id: int, *, version: int | None = None) -> None:
    from ...services import catalog

    catalog.unassign_party(ledger.database(), role_id, version=version)


def edit_role(ledger: LedgerLike, role_id: int, data: RoleIn, *, version: int | None = None) -> views.RoleRecord:
    from ...services import catalog

    return catalog.edit_role(ledger.database(), role_id, data, version=version)


def edit_location(
    ledger: LedgerLike, location_id: int, data: LocationIn, *, version: int | None = None
) -> views.LocationRecord:
    from ...services import catalog

    return catalog.edit_location(ledger.database(), location_id, data, version=version)


def delete_location(ledger: LedgerLike, location_id: int, *, version: int | None = None) -> None:
    from ...services import catalog

    catalog.delete_location(ledger.database(), location_id, version=version)


def delete_party(ledger: LedgerLike, party_id: int, *, version: int | None = None) -> None:
    from ...services import catalog

    catalog.delete_party(ledger.database(), party_id, version=version)


def retire_party(
    ledger: LedgerLike, party_id: int, on: date | None, *, version: int | None = None
) -> views.PartyRecord:
    from ...services import catalog

    return catalog.retire_party(ledger.database(), party_id, on, version=version)


def delete_service(ledger: LedgerLike, service_id: int, *, version: int | None = None) -> None:
    from ...services import catalog

    catalog.delete_service(ledger.database(), service_id, version=version)


def retire_service(
    ledger: LedgerLike, service_id: int, on: date | None, *, version: int | None = None
) -> views.ServiceRecord:
    from ...services import catalog

    return catalog.retire_service(ledger.database(), service_id, on, version=version)


def delete_use(ledger: LedgerLike, use_id: int, *, version: int | None = None) -> None:
    from ...services import catalog

    catalog.delete_use(ledger.database(), use_id, version=version)


def retire_use(ledger: LedgerLike, use_id: int, on: date | None, *, version: int | None = None) -> views.UseRecord:
    from ...services import catalog

    return catalog.retire_use(ledger.database(), use_id, on, version=version)


def location_form(
    ledger: LedgerLike, service_id: int, location_id: int | None
) -> tuple[views.ServiceDetail, list[views.Choice], views.LocationRecord | None]:
    """The service, every party, and the data location when editing one."""
    from ...services.reads import catalog

    with ledger.reader() as r:
        detail = catalog.service_detail(r, service_id)
        record = catalog.location(r, location_id) if location_id is not None else None
        return detail, catalog.party_choices(r), record


def role_form(
    ledger: LedgerLike, service_id: int, role_id: int | None
) -> tuple[views.ServiceDetail, list[views.Choice], views.RoleRecord | None]:
    from ...services.reads import catalog

    with ledger.reader() as r:
        detail = catalog.service_detail(r, service_id)
        record = catalog.role(r, role_id) if role_id is not None else None
        return detail, catalog.party_choices(r), record
