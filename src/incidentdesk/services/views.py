"""Read models the window, the memo and the command line show: frozen, detached, built by keyword.

Importable without the ORM: every read is plain SQL through storage.reader (services/reads/).
A record type is its input type (domain/inputs.py) plus its id, so a field added to the input is
read, shown in its form and exported without another list to update.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.inputs import (ClaimIn, DecisionIn, IncidentIn, LinkIn, LocationIn, PartyIn, RecordInput, RequestIn,
                             RoleIn, ServiceIn, SourceIn, StatementIn, TimelineIn, UseIn, read_only)
from ..domain.vocab import HOME_COUNTRY, UNDECIDED


def select_list(record: type[RecordInput], alias: str = "") -> str:
    """'id, name, ...': the SELECT list of a record type (its id and its input type's columns)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + name for name in ("id", *record.columns()))


@dataclass(frozen=True, kw_only=True)
class PartyRecord(PartyIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
class ServiceRecord(ServiceIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
class UseRecord(UseIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
class IncidentRecord(IncidentIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
class SourceRecord(SourceIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
class TimelineRecord(TimelineIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
class ClaimRecord(ClaimIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
class StatementRecord(StatementIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
class DecisionRecord(DecisionIn):
    id: int = read_only()
    supersedes_id: int | None = read_only(default=None)


@dataclass(frozen=True, kw_only=True)
class RoleRecord(RoleIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
class LocationRecord(LocationIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
class LinkRecord(LinkIn):
    id: int = read_only()


@dataclass(frozen=True, kw_only=True)
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


@dataclass(frozen=True, kw_only=True)
class Place:
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


@dataclass(frozen=True, kw_only=True)
class ServiceRow:
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


@dataclass(frozen=True, kw_only=True)
class PartyRole:
    id: int  # service_party id
    service_id: int
    party_id: int
    party: str
    kind: str
    country: str
    role: str
    parent: str
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class DecisionRow:
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


@dataclass(frozen=True, kw_only=True)
class ServiceDetail:
    service: ServiceRecord
    uses: tuple[UseRecord, ...]
    locations: tuple[Place, ...]
    parties: tuple[PartyRole, ...]
    history: tuple[DecisionRow, ...]  # every decision on its uses, newest first


@dataclass(frozen=True, kw_only=True)
class AffectedUse:
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


@dataclass(frozen=True, kw_only=True)
class StatementView:
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


@dataclass(frozen=True, kw_only=True)
class ClaimDetail:
    """One claim with the statement it belongs to (what the verification form shows)."""

    statement: StatementView
    claim: ClaimRecord


@dataclass(frozen=True, kw_only=True)
class Deadline:
    """Something due: an unanswered request, a vendor's promised date, a decision's next review."""

    due_on: date
    kind: str  # request | promise | review
    text: str
    incident_id: int | None
    ref_id: int
    overdue: bool


@dataclass(frozen=True, kw_only=True)
class IncidentRow:
    id: int
    title: str
    status: str
    occurred_on: date | None
    known_on: date | None
    affected: int
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class IncidentOverview:
    incident: IncidentRecord
    counts: dict[str, int]  # decision state (or 'undecided') -> number of affected uses
    affected: tuple[AffectedUse, ...]
    timeline: tuple[TimelineRecord, ...]
    statements: tuple[StatementView, ...]
    requests: tuple[RequestRecord, ...]
    sources: tuple[SourceRecord, ...]
    deadlines: tuple[Deadline, ...]


@dataclass(frozen=True, kw_only=True)
class AuditRow:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None
    old: str
    new: str


@dataclass(frozen=True, kw_only=True)
class Target:
    """Where a record is shown: page is incident | service | party | requests; id is that page's record."""

    page: str
    id: int | None


@dataclass(frozen=True, kw_only=True)
class Choice:
    """An id and the label a picker shows for it."""

    id: int
    label: str
