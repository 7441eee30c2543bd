"""Read models the window, the memo and the command line show: frozen, detached, built by keyword.

Importable without the ORM: every read is plain SQL through storage.reader (services/reads/).
A record type is its input type (domain/inputs.py) plus its id, so a field added to the input is
read, shown in its form and exported without another list to update.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date

from ..domain.inputs import (Shown, frozen, ClaimIn, DecisionIn, IncidentIn, LinkIn, LocationIn, PartyIn, RecordInput, RequestIn,
                             RoleIn, ServiceIn, SourceIn, StatementIn, TimelineIn, UseIn, read_only)
from ..domain.vocab import HOME_COUNTRY, UNDECIDED


def select_list(record: type[RecordInput], alias: str = "") -> str:
    """'id, name, ...': the SELECT list of a record type (its id and its input type's columns)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + name for name in ("id", *record.columns()))


@frozen
class PartyRecord(PartyIn):
    id: int = read_only()


@frozen
class ServiceRecord(ServiceIn):
    id: int = read_only()


@frozen
class UseRecord(UseIn):
    id: int = read_only()


@frozen
class IncidentRecord(IncidentIn):
    id: int = read_only()


@frozen
class SourceRecord(SourceIn):
    id: int = read_only()


@frozen
class TimelineRecord(TimelineIn):
    id: int = read_only()


@frozen
class ClaimRecord(ClaimIn):
    id: int = read_only()


@frozen
class StatementRecord(StatementIn):
    id: int = read_only()


@frozen
class DecisionRecord(DecisionIn):
    id: int = read_only()
    supersedes_id: int | None = read_only(default=None)


@frozen
class RoleRecord(RoleIn):
    id: int = read_only()


@frozen
class LocationRecord(LocationIn):
    id: int = read_only()


@frozen
class LinkRecord(LinkIn):
    id: int = read_only()


@frozen
class RequestRecord(RequestIn):
    id: int = read_only()
    incident_title: str = read_only(default="")

    def status(self, today: date) -> str:
        """answered | overdue | open"""
        if self.answered_on:
            return "answered"
        if self.due_on and self.due_on < today:
            return "overdue"
        return "open"


@frozen
class Place(Shown):
    """One data location, flattened: category, kind (storage/access/operation), country, party."""

    id: int
    service_id: int
    category: str
    kind: str
    country: str
    party: str
    use_id: int | None
    notes: str = ""

    @property
    def abroad(self) -> bool:
        return self.country != HOME_COUNTRY


@frozen
class ServiceRow(Shown):
    """One line of the services list."""

    id: int
    name: str
    platform: str
    department: str
    contract_type: str
    followers: int | None
    followers_as_of: date | None
    started_on: date | None
    use_count: int
    contractors: tuple[str, ...]
    abroad: bool  # some data stored or accessed outside Japan


@frozen
class PartyRole(Shown):
    id: int  # service_party id
    service_id: int
    party_id: int
    party: str
    kind: str
    country: str
    role: str
    parent: str
    notes: str = ""


@frozen
class DecisionRow(Shown):
    id: int
    incident_id: int
    incident_title: str
    use_id: int
    use_name: str
    service_name: str
    state: str
    decided_on: date
    decided_by_role: str
    decided_by_name: str
    rationale: str
    resume_conditions: str
    next_review_on: date | None
    supersedes_id: int | None
    statement_ids: tuple[int, ...] = ()
    current: bool = False


@frozen
class ServiceDetail(Shown):
    service: ServiceRecord
    uses: tuple[UseRecord, ...]
    locations: tuple[Place, ...]
    parties: tuple[PartyRole, ...]
    history: tuple[DecisionRow, ...]  # every decision on its uses, newest first


@frozen
class AffectedUse(Shown):
    """One row of the incident matrix and of the memo's 現状 table."""

    use_id: int
    use_name: str
    service_id: int
    service_name: str
    platform: str
    department: str
    purpose: str
    handles_personal_data: bool
    personal_data: str
    confidentiality: int
    stored_in: tuple[Place, ...]
    accessed_from: tuple[Place, ...]  # access and operation
    contractors: tuple[str, ...]
    state: str = UNDECIDED
    decision: DecisionRow | None = None

    @property
    def abroad(self) -> bool:
        return any(p.abroad for p in self.stored_in + self.accessed_from)


@frozen
class StatementView(Shown):
    """A vendor statement with its party's and source's names and its claims in order."""

    id: int
    incident_id: int
    party_id: int
    party: str
    made_on: date
    channel: str
    speaker: str
    title: str
    source_id: int | None
    source_title: str
    claims: tuple[ClaimRecord, ...]


@frozen
class ClaimDetail(Shown):
    """One claim with the statement it belongs to (what the verification form shows)."""

    statement: StatementView
    claim: ClaimRecord


@frozen
class Deadline(Shown):
    """Something due: an unanswered request, a vendor's promised date, a decision's next review."""

    due_on: date
    kind: str  # request | promise | review
    text: str
    incident_id: int | None
    ref_id: int
    overdue: bool


@frozen
class IncidentRow(Shown):
    id: int
    title: str
    status: str
    occurred_on: date | None
    known_on: date | None
    affected: int
    counts: dict[str, int] = field(default_factory=dict)


@frozen
class IncidentOverview(Shown):
    incident: IncidentRecord
    counts: dict[str, int]  # decision state (or 'undecided') -> number of affected uses
    affected: tuple[AffectedUse, ...]
    timeline: tuple[TimelineRecord, ...]
    statements: tuple[StatementView, ...]
    requests: tuple[RequestRecord, ...]
    sources: tuple[SourceRecord, ...]
    deadlines: tuple[Deadline, ...]


@frozen
class AuditRow(Shown):
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None
    old: str
    new: str


@frozen
class Target(Shown):
    """Where a record is shown: page is incident | service | party | requests; id is that page's record."""

    page: str
    id: int | None


@frozen
class Choice(Shown):
    """An id and the label a picker shows for it."""

    id: int
    label: str
