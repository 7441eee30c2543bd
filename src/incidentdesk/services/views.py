"""Read models the window, the memo and the command line show: frozen, detached, assembled in bulk.

Importable without the ORM: the memo command builds them from plain SQL (services/overview.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING

from ..domain.vocab import HOME_COUNTRY, UNDECIDED

if TYPE_CHECKING:
    from ..storage.models import ExternalService, Use


def columns(view: type, alias: str = "") -> str:
    """'id, title, ...': a SELECT list in the view's field order, for views whose fields are one table's columns."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + f.name for f in fields(view))


@dataclass(frozen=True)
class Place:
    """One data location, flattened: category, kind (storage/access/operation), country, party."""

    id: int
    category: str
    kind: str
    country: str
    party: str
    use_id: int | None
    notes: str = ""

    @property
    def abroad(self) -> bool:
        return self.country != HOME_COUNTRY


@dataclass(frozen=True)
class ServiceRow:
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


@dataclass(frozen=True)
class PartyRole:
    id: int  # service_party id
    party_id: int
    party: str
    kind: str
    country: str
    role: str
    parent: str


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class ServiceDetail:
    service: ExternalService
    uses: tuple[Use, ...]
    locations: tuple[Place, ...]
    parties: tuple[PartyRole, ...]
    history: tuple[DecisionRow, ...]  # every decision on its uses, newest first


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class ClaimRow:
    id: int
    position: int
    text: str
    verification: str
    checked_how: str
    evidence: str
    checked_on: date | None
    promised_by: date | None


@dataclass(frozen=True)
class StatementView:
    id: int
    party_id: int
    party: str
    made_on: date
    channel: str
    speaker: str
    title: str
    source_title: str
    claims: tuple[ClaimRow, ...]


@dataclass(frozen=True)
class RequestRow:
    id: int
    incident_id: int | None
    incident_title: str
    issuer: str
    doc_number: str
    issued_on: date
    due_on: date | None
    subject: str
    asks: str
    answer: str
    answered_on: date | None

    def status(self, today: date) -> str:
        """answered | overdue | open"""
        if self.answered_on:
            return "answered"
        if self.due_on and self.due_on < today:
            return "overdue"
        return "open"


@dataclass(frozen=True)
class Deadline:
    """Something due: an unanswered request, a vendor's promised date, a decision's next review."""

    due_on: date
    kind: str  # request | promise | review
    text: str
    incident_id: int | None
    ref_id: int
    overdue: bool


@dataclass(frozen=True)
class IncidentRow:
    id: int
    title: str
    status: str
    occurred_on: date | None
    known_on: date | None
    affected: int
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class IncidentInfo:
    """The incident row itself (the columns of storage.models.Incident)."""

    id: int
    title: str
    summary: str
    status: str
    occurred_on: date | None
    known_on: date | None
    closed_on: date | None


@dataclass(frozen=True)
class TimelineRow:
    id: int
    incident_id: int
    occurred_on: date
    text: str
    source_id: int | None


@dataclass(frozen=True)
class SourceRow:
    id: int
    incident_id: int
    title: str
    publisher: str
    published_on: date | None
    url: str


@dataclass(frozen=True)
class IncidentOverview:
    incident: IncidentInfo
    counts: dict[str, int]  # decision state (or 'undecided') -> number of affected uses
    affected: tuple[AffectedUse, ...]
    timeline: tuple[TimelineRow, ...]
    statements: tuple[StatementView, ...]
    requests: tuple[RequestRow, ...]
    sources: tuple[SourceRow, ...]
    deadlines: tuple[Deadline, ...]


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None
    old: str
    new: str
