"""Incidents: the list, one incident with its sources and timeline, and their edits.

Part of gui/calls: see its docstring for the rule (each function imports its service in its body).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ._common import LedgerLike

if TYPE_CHECKING:
    from ...domain.inputs import IncidentIn, LinkIn, SourceIn, TimelineIn
    from ...services import views


def list_incidents(ledger: LedgerLike) -> list[views.IncidentRow]:
    from ...services.reads import incidents

    with ledger.reader() as r:
        return incidents.incidents(r)


def incidents_page(
    ledger: LedgerLike, wanted: int | None
) -> tuple[list[views.IncidentRow], views.IncidentOverview | None]:
    """The incident list and, in the same snapshot, the overview of `wanted` (or of the first incident):
    one trip to the worker fills the whole incident page."""
    from ...services.reads import incidents

    with ledger.reader() as r:
        rows = incidents.incidents(r)
        shown = wanted if any(row.id == wanted for row in rows) else (rows[0].id if rows else None)
        return rows, incidents.overview(r, shown, today=date.today()) if shown is not None else None


def incident_choices(ledger: LedgerLike) -> list[views.Choice]:
    from ...services.reads import incidents

    with ledger.reader() as r:
        return incidents.incident_choices(r)


def incident_overview(ledger: LedgerLike, incident_id: int) -> views.IncidentOverview:
    from ...services.reads import incidents

    with ledger.reader() as r:
        return incidents.overview(r, incident_id, today=date.today())


def get_incident(ledger: LedgerLike, incident_id: int) -> views.IncidentRecord:
    from ...services.reads import incidents

    with ledger.reader() as r:
        return incidents.incident(r, incident_id)


def incident_with_sources(
    ledger: LedgerLike, incident_id: int
) -> tuple[views.IncidentRecord, list[views.SourceRecord]]:
    from ...services.reads import incidents

    with ledger.reader() as r:
        return incidents.incident(r, incident_id), incidents.sources(r, incident_id)


def timeline_form(
    ledger: LedgerLike, incident_id: int | None, entry_id: int | None
) -> tuple[views.IncidentRecord, list[views.SourceRecord], views.TimelineRecord | None]:
    """The incident a timeline entry belongs to, its sources, and the entry when editing one."""
    from ...services.reads import incidents

    with ledger.reader() as r:
        entry = incidents.timeline_entry(r, entry_id) if entry_id is not None else None
        owner = entry.incident_id if entry is not None else incident_id
        return incidents.incident(r, owner), incidents.sources(r, owner), entry  # type: ignore[arg-type]


def get_statement(ledger: LedgerLike, statement_id: int) -> views.StatementView:
    from ...services.reads import incidents

    with ledger.reader() as r:
        return incidents.statement(r, statement_id)


def get_claim(ledger: LedgerLike, claim_id: int) -> views.ClaimDetail:
    from ...services.reads import incidents

    with ledger.reader() as r:
        return incidents.claim(r, claim_id)


def link_choices(
    ledger: LedgerLike, incident_id: int
) -> tuple[views.IncidentRecord, set[int], list[views.Choice], list[views.Choice], dict[int, list[int]]]:
    """The incident, the uses it already affects, every service and use to pick from, and each service's uses."""
    from ...services.reads import catalog, incidents

    with ledger.reader() as r:
        by_service: dict[int, list[int]] = {}
        for use in catalog.uses(r):
            if use.retired_on is None:
                by_service.setdefault(use.service_id, []).append(use.id)
        return (
            incidents.incident(r, incident_id),
            incidents.linked_use_ids(r, incident_id),
            catalog.service_choices(r),
            catalog.use_choices(r),
            by_service,
        )


def open_incident(ledger: LedgerLike, data: IncidentIn) -> views.IncidentRecord:
    from ...services import incidents

    return incidents.open_incident(ledger.database(), data)


def edit_incident(
    ledger: LedgerLike, incident_id: int, data: IncidentIn, *, version: int | None = None
) -> views.IncidentRecord:
    from ...services import incidents

    return incidents.edit_incident(ledger.database(), incident_id, data, version=version)


def link_uses(ledger: LedgerLike, data: LinkIn) -> list[views.LinkRecord]:
    from ...services import incidents

    return incidents.link_uses(ledger.database(), data)


def add_source(ledger: LedgerLike, data: SourceIn) -> views.SourceRecord:
    from ...services import incidents

    return incidents.add_source(ledger.database(), data)


def source_form(ledger: LedgerLike, source_id: int | None) -> views.SourceRecord | None:
    from ...services.reads import incidents

    with ledger.reader() as r:
        return incidents.source(r, source_id) if source_id is not None else None


def edit_source(
    ledger: LedgerLike, source_id: int, data: SourceIn, *, version: int | None = None
) -> views.SourceRecord:
    from ...services import incidents

    return incidents.edit_source(ledger.database(), source_id, data, version=version)


def delete_source(ledger: LedgerLike, source_id: int, *, version: int | None = None) -> None:
    from ...services import incidents

    incidents.delete_source(ledger.database(), source_id, version=version)


def unlink_use(ledger: LedgerLike, incident_id: int, use_id: int) -> None:
    from ...services import incidents

    incidents.unlink_use(ledger.database(), incident_id=incident_id, use_id=use_id)


def delete_timeline_entry(ledger: LedgerLike, entry_id: int, *, version: int | None = None) -> None:
    from ...services import incidents

    incidents.delete_timeline_entry(ledger.database(), entry_id, version=version)


def add_timeline_entry(ledger: LedgerLike, data: TimelineIn) -> views.TimelineRecord:
    from ...services import incidents

    return incidents.add_timeline_entry(ledger.database(), data)


def edit_timeline_entry(
    ledger: LedgerLike, entry_id: int, data: TimelineIn, *, version: int | None = None
) -> views.TimelineRecord:
    from ...services import incidents

    return incidents.edit_timeline_entry(ledger.database(), entry_id, data, version=version)
