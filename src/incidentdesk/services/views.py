"""Read models the window, the memo and the command line show: frozen, detached, built by keyword.

Importable without the ORM: every read is plain SQL through storage.reader (services/reads/).
A record type is its input type (domain/inputs.py) plus its id and version, so a field added to the
input is read, shown in its form and exported without another list to update.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date, datetime

from ..domain.inputs import (
    CheckIn,
    ClaimIn,
    DecisionIn,
    IncidentIn,
    LinkIn,
    LocationIn,
    PartyIn,
    ReportIn,
    RequestIn,
    RoleIn,
    ServiceIn,
    SourceIn,
    StatementIn,
    TimelineIn,
    UseIn,
    WithdrawalIn,
)
from ..domain.frozen import Frozen, frozen
from ..domain.input_rules import RecordInput, read_only
from ..domain.rules import current_check
from ..domain.rules import state_on as _state_on
from ..domain.rules import state_since as _state_since
from ..domain.typed_dates import FactDate
from ..domain.vocab import HOME_COUNTRY, UNDECIDED


def select_list(record: type[RecordInput], alias: str = "", *, version: bool = True) -> str:
    """'id, name, ..., version': the SELECT list of a record type (its id, its input's columns, its version)."""
    prefix = f"{alias}." if alias else ""
    names = ("id", *record.columns(), *(("version",) if version else ()))
    return ", ".join(prefix + name for name in names)


# -- records: an input type, its id and the version the form must send back -----------------------


@frozen
class PartyRecord(PartyIn):
    id: int = read_only()
    version: int = read_only(default=1)


@frozen
class ServiceRecord(ServiceIn):
    id: int = read_only()
    version: int = read_only(default=1)


@frozen
class UseRecord(UseIn):
    id: int = read_only()
    version: int = read_only(default=1)


@frozen
class IncidentRecord(IncidentIn):
    id: int = read_only()
    version: int = read_only(default=1)


@frozen
class SourceRecord(SourceIn):
    id: int = read_only()
    version: int = read_only(default=1)


@frozen
class TimelineRecord(TimelineIn):
    id: int = read_only()
    version: int = read_only(default=1)
    entered_at: int = read_only(default=0)  # the audit sequence of its creation: late entries show by it


@frozen
class CheckRecord(CheckIn):
    id: int = read_only()
    recorded_at: datetime | None = read_only(default=None)
    entered_at: int = read_only(default=0)


@frozen
class ClaimRecord(ClaimIn):
    """A claim with every check of it, oldest first; the current one is the latest by check date."""

    id: int = read_only()
    version: int = read_only(default=1)
    checks: tuple[CheckRecord, ...] = read_only(default=())

    def check_as_of(self, day: date | None = None) -> CheckRecord | None:
        return current_check(self.checks, day)

    @property
    def verification(self) -> str:
        current = self.check_as_of()
        return current.verification if current else "unverified"

    @property
    def checked_on(self) -> date | None:
        current = self.check_as_of()
        return current.checked_on if current else None

    @property
    def checked_how(self) -> str:
        current = self.check_as_of()
        return current.checked_how if current else ""


@frozen
class StatementRecord(StatementIn):
    id: int = read_only()
    version: int = read_only(default=1)


@frozen
class WithdrawalRecord(WithdrawalIn):
    id: int = read_only()
    recorded_at: datetime | None = read_only(default=None)
    entered_at: int = read_only(default=0)


@frozen
class DecisionRecord(DecisionIn):
    id: int = read_only()
    supersedes_id: int | None = read_only(default=None)


@frozen
class RoleRecord(RoleIn):
    id: int = read_only()
    version: int = read_only(default=1)


@frozen
class LocationRecord(LocationIn):
    id: int = read_only()
    version: int = read_only(default=1)


@frozen
class LinkRecord(LinkIn):
    id: int = read_only()
    version: int = read_only(default=1)


@frozen
class ReportRecord(ReportIn):
    id: int = read_only()
    recorded_at: datetime | None = read_only(default=None)


@frozen
class RequestRecord(RequestIn):
    id: int = read_only()
    version: int = read_only(default=1)
    incident_title: str = read_only(default="")
    reports: tuple[ReportRecord, ...] = read_only(default=())
    entered_at: int = read_only(default=0)

    @property
    def to_city(self) -> bool:
        """The city must answer it; otherwise it binds someone else and is recorded for information."""
        return self.direction == "to_city"

    def next_due(self, today: date | None = None) -> date | None:
        """The next date a report is due: the first unreported period of a recurring request, else due_on."""
        from ..domain.rules import next_due

        return next_due(self.due_on, self.every_months, {r.due_on for r in self.reports}, self.answered_on)

    def status(self, today: date) -> str:
        """answered | overdue | open | information"""
        if not self.to_city:
            return "information"
        due = self.next_due()
        if due is None and (self.answered_on or self.every_months):
            return "answered"
        if self.answered_on and not self.every_months:
            return "answered"
        if due and due < today:
            return "overdue"
        return "open"


# -- views assembled from several tables ---------------------------------------------------------


@frozen
class Place(Frozen):
    """One data location, flattened: category and what it is, kind, country and place, party, period."""

    id: int
    service_id: int
    category: str
    kind: str
    country: str
    party: str
    use_id: int | None
    notes: str = ""
    detail: str = ""
    place: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    version: int = 1

    @property
    def abroad(self) -> bool:
        return self.country != HOME_COUNTRY

    def in_effect(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


@frozen
class ServiceRow(Frozen):
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
    retired_on: date | None = None


@frozen
class PartyRole(Frozen):
    """A party's role on a service; `upstream_id` links it to whoever passed the work on (None: the city)."""

    id: int  # service_party id
    service_id: int
    party_id: int
    party: str
    kind: str
    country: str
    role: str
    parent: str
    notes: str = ""
    upstream_id: int | None = None
    approval: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    version: int = 1

    def in_effect(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


@frozen
class DecisionRow(Frozen):
    """A decision with its use's and incident's names, its basis, and where it stands in the use's history."""

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
    conditions: str
    next_review_on: date | None
    supersedes_id: int | None
    statement_ids: tuple[int, ...] = ()
    current: bool = False
    effective_until: date | None = None
    then_state: str = ""
    recorded_at: datetime | None = None
    entered_at: int = 0  # the audit sequence of its creation
    withdrawal: WithdrawalRecord | None = None
    late: bool = False  # entered after a decision dated later than it (事後登録)

    def state_on(self, day: date) -> str:
        """Its state on `day`: after effective_until the state that follows takes effect."""
        return _state_on(self, day)

    def state_since(self, day: date) -> date:
        """The day its state on `day` took effect: the day after effective_until for the state that follows."""
        return _state_since(self, day, self.decided_on)


@frozen
class ServiceDetail(Frozen):
    service: ServiceRecord
    uses: tuple[UseRecord, ...]
    locations: tuple[Place, ...]
    parties: tuple[PartyRole, ...]
    history: tuple[DecisionRow, ...]  # every decision on its uses, newest first


@frozen
class AffectedUse(Frozen):
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
    since: date | None = None  # the day `state` took effect: the decision's, or the day after its end date
    history: tuple[DecisionRow, ...] = ()  # this use's decisions under the incident, oldest first, withdrawn too
    chain: tuple[PartyRole, ...] = ()  # the service's contractors in chain order, in effect on the day shown

    @property
    def abroad(self) -> bool:
        return any(p.abroad for p in self.stored_in + self.accessed_from)


@frozen
class SourceRef(Frozen):
    """A source as cited beside an entry or a statement."""

    id: int
    title: str
    publisher: str
    published: FactDate | None


@frozen
class StatementView(Frozen):
    """A vendor statement with its party's name, its sources and its claims in order."""

    id: int
    incident_id: int
    party_id: int
    party: str
    made: FactDate
    channel: str
    speaker: str
    title: str
    taken_by: str = ""
    notes: str = ""
    sources: tuple[SourceRef, ...] = ()
    claims: tuple[ClaimRecord, ...] = ()
    version: int = 1
    entered_at: int = 0
    retired_on: date | None = None  # retired (廃止済み): shown only on request, left out of memos

    @property
    def made_on(self) -> date:
        return self.made.start

    @property
    def source_title(self) -> str:
        return "、".join(s.title for s in self.sources)


@frozen
class TimelineView(Frozen):
    """A timeline entry with the sources it cites."""

    entry: TimelineRecord
    sources: tuple[SourceRef, ...] = ()


@frozen
class ClaimDetail(Frozen):
    """One claim with the statement it belongs to (what the verification form shows)."""

    statement: StatementView
    claim: ClaimRecord


@frozen
class Deadline(Frozen):
    """Something due: a request to answer, a vendor's promised date, a decision's review or end."""

    due_on: date
    kind: str  # request | report | statutory | promise | review | until
    text: str
    incident_id: int | None
    ref_id: int
    overdue: bool


@frozen
class IncidentRow(Frozen):
    id: int
    title: str
    status: str
    occurred_on: date | None
    known_on: date | None
    affected: int
    counts: dict[str, int] = field(default_factory=dict)


@frozen
class IncidentOverview(Frozen):
    incident: IncidentRecord
    counts: dict[str, int]  # decision state (or 'undecided') -> number of affected uses
    affected: tuple[AffectedUse, ...]
    timeline: tuple[TimelineView, ...]
    statements: tuple[StatementView, ...]
    requests: tuple[RequestRecord, ...]
    sources: tuple[SourceRecord, ...]
    deadlines: tuple[Deadline, ...]
    as_of: date | None = None  # None: as the ledger stands now
    retired_statements: tuple[StatementView, ...] = ()  # not in `statements`, deadlines or memos


@frozen
class AuditRow(Frozen):
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None
    old: str
    new: str


@frozen
class Target(Frozen):
    """Where a record is shown: page is incident | service | party | requests; id is that page's record.

    `kind` and `ref_id` name the record itself, so the page can select exactly that row.
    """

    page: str
    id: int | None
    kind: str = ""
    ref_id: int | None = None


@frozen
class Choice(Frozen):
    """An id and the label a picker shows for it."""

    id: int
    label: str


@frozen
class AttachmentRow(Frozen):
    """A file attached to a record, without its bytes: what the attachments list shows."""

    id: int
    owner_kind: str
    owner_id: int
    filename: str
    mime: str
    size: int
    sha256: str
    added_at: datetime | None = None
