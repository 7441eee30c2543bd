"""What people enter for each record: one input type per table, its fields and rules said once.

A form takes its keys from the type, a service takes the type (`add_x(db, data)`, `edit_x(db, id,
data)`), and the importer cleans every row of the table through it, so the three cannot disagree.
Length limits are not written here: `clean(limits)` gets them from the table's own columns
(storage.models.limits), which keeps this module free of SQL and cheap to import in the window.
The field helpers and RecordInput are in domain/input_rules.py.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from .errors import LedgerError
from .frozen import frozen
from .input_rules import (
    RecordInput,
    choice,
    count,
    country,
    day,
    fact,
    flag,
    level,
    lines,
    ref,
    refs,
    text,
)
from .typed_dates import FactDate
from .vocab import (
    APPROVALS,
    CHANNELS,
    CONTRACT_TYPES,
    DATA_CATEGORIES,
    DATE_STYLES,
    DECISION_STATES,
    INCIDENT_STATUSES,
    LOCATION_KINDS,
    PARTY_KINDS,
    REQUEST_DIRECTIONS,
    SERVICE_ROLES,
    VERIFICATION,
)

# -- the catalogue -------------------------------------------------------------------------


@frozen
class PartyIn(RecordInput):
    TABLE: ClassVar[str] = "party"
    name: str = text(required=True)
    kind: str = choice(PARTY_KINDS, "other")
    country: str = country()
    parent_id: int | None = ref()  # the parent company
    notes: str = text()
    retired_on: date | None = day(past=True)  # no longer used; hidden by default, kept because records refer to it


@frozen
class ServiceIn(RecordInput):
    TABLE: ClassVar[str] = "external_service"
    name: str = text(required=True)
    platform: str = text()
    department: str = text()
    contract_type: str = choice(CONTRACT_TYPES, "terms")
    followers: int | None = count()
    followers_as_of: date | None = day(past=True)
    started_on: date | None = day()
    url: str = text()
    notes: str = text()
    retired_on: date | None = day(past=True)


@frozen
class UseIn(RecordInput):
    TABLE: ClassVar[str] = "service_use"
    service_id: int = ref(required=True)
    name: str = text(required=True)
    purpose: str = text()
    audience: str = text()
    department: str = text()  # empty: the service's department
    handles_personal_data: bool = flag()
    personal_data: str = text()
    confidentiality: int = level()
    started_on: date | None = day()
    notes: str = text()
    retired_on: date | None = day(past=True)


@frozen
class RoleIn(RecordInput):
    """A party's role in one service, for a time; `upstream_id` is the link of whoever passed the work on to it
    (None: the city), and `approval` whether the city approved that subcontracting."""

    TABLE: ClassVar[str] = "service_party"
    service_id: int = ref(required=True)
    party_id: int = ref(required=True)
    role: str = choice(SERVICE_ROLES, "contractor")
    notes: str = text()
    upstream_id: int | None = ref()
    approval: str = choice(APPROVALS, "", optional=True)
    valid_from: date | None = day()
    valid_until: date | None = day()

    def check(self) -> None:
        _period(self.valid_from, self.valid_until)


@frozen
class LocationIn(RecordInput):
    """Where one category of a service's data is stored, or accessed / operated from, by whom, and when."""

    TABLE: ClassVar[str] = "data_location"
    service_id: int = ref(required=True)
    use_id: int | None = ref()  # None: the whole service
    category: str = choice(DATA_CATEGORIES, "other")
    detail: str = text()  # the data in words: 登録情報(ID・電話番号・メールアドレス)
    kind: str = choice(LOCATION_KINDS, "storage")
    country: str = country()
    place: str = text()  # where in that country: 本庁舎サーバー室, 委託先コールセンター(○○市)
    party_id: int | None = ref()
    notes: str = text()
    valid_from: date | None = day()
    valid_until: date | None = day()

    def check(self) -> None:
        _period(self.valid_from, self.valid_until)


def _period(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise LedgerError("period_backwards", start=start.isoformat(), end=end.isoformat())


# -- incidents -----------------------------------------------------------------------------


@frozen
class IncidentIn(RecordInput):
    TABLE: ClassVar[str] = "incident"
    title: str = text(required=True)
    summary: str = text()
    status: str = choice(INCIDENT_STATUSES, "open")
    occurred_on: date | None = day(past=True)
    known_on: date | None = day(past=True)  # when the city learned of it: statutory deadlines count from here
    closed_on: date | None = day(past=True)
    personal_data_leak: bool = flag()  # residents' personal data leaked (reports to the PPC may be due)
    unlawful_purpose: bool = flag()  # the leak may be for an unlawful purpose (final report: 60 days)


@frozen
class LinkIn(RecordInput):
    """Uses affected by an incident: the ticked ones and every use of the given services."""

    TABLE: ClassVar[str] = "incident_use"
    incident_id: int = ref(required=True)
    use_id: int | None = ref()  # the row's use; a form links several through use_ids
    use_ids: tuple[int, ...] = refs()
    service_ids: tuple[int, ...] = refs()
    notes: str = text()


@frozen
class SourceIn(RecordInput):
    TABLE: ClassVar[str] = "source"
    incident_id: int = ref(required=True)
    title: str = text(required=True)
    publisher: str = text()
    published: FactDate | None = fact()
    url: str = text()


@frozen
class TimelineIn(RecordInput):
    """One dated event of an incident; it may cite several sources."""

    TABLE: ClassVar[str] = "timeline_entry"
    incident_id: int = ref(required=True)
    occurred: FactDate = fact(required=True)
    text: str = text(required=True)
    source_ids: tuple[int, ...] = refs()


@frozen
class StatementIn(RecordInput):
    """A vendor statement; `claims` are its claims typed one per line (each becomes a claim row)."""

    TABLE: ClassVar[str] = "statement"
    incident_id: int = ref(required=True)
    party_id: int = ref(required=True)
    made: FactDate = fact(required=True)
    channel: str = choice(CHANNELS, "phone")
    speaker: str = text()
    title: str = text()
    taken_by: str = text()  # who at the city took the call or attended
    notes: str = text()
    retired_on: date | None = day(past=True)  # logged by mistake but referred to: kept, hidden by default
    source_ids: tuple[int, ...] = refs()
    claims: tuple[str, ...] = lines()


@frozen
class ClaimIn(RecordInput):
    TABLE: ClassVar[str] = "claim"
    statement_id: int = ref(required=True)
    position: int = 0
    text: str = text(required=True)
    promised_by: date | None = day()  # a promised date becomes a deadline


@frozen
class CheckIn(RecordInput):
    """One verification of a claim, appended to its history: what was found, when, how and by whom."""

    TABLE: ClassVar[str] = "claim_check"
    claim_id: int = ref(required=True)
    verification: str = choice(VERIFICATION, "")
    checked_on: date = day(required=True, past=True)
    checked_how: str = text()
    evidence: str = text()
    checked_by: str = text()


@frozen
class AnswerIn(RecordInput):
    """The answer sent to a request (the part of a request that answering changes)."""

    TABLE: ClassVar[str] = "request"
    answered_on: date | None = day(past=True)
    answer: str = text()


@frozen
class RequestIn(AnswerIn):
    """A request from an authority: to the city (it must answer by due_on) or to others, for information."""

    TABLE: ClassVar[str] = "request"
    issuer: str = text(required=True)
    doc_number: str = text()
    subject: str = text(required=True)
    issued_on: date = day(required=True, past=True)
    due_on: date | None = day()
    incident_id: int | None = ref()
    asks: str = text()
    direction: str = choice(REQUEST_DIRECTIONS, "to_city")
    addressee: str = text()  # whom it binds, when it is not the city (the vendor, all bodies)
    every_months: int | None = count()  # a recurring report: due every N months from due_on

    def check(self) -> None:
        if self.due_on and self.due_on < self.issued_on:
            raise LedgerError("due_before_request", due=self.due_on.isoformat(), issued=self.issued_on.isoformat())
        if self.answered_on and self.answered_on < self.issued_on:
            raise LedgerError(
                "answered_before_request", answered=self.answered_on.isoformat(), issued=self.issued_on.isoformat()
            )
        if self.every_months is not None and (self.every_months < 1 or self.due_on is None):
            raise LedgerError("recurrence_needs_due", field="every_months")


@frozen
class ReportIn(RecordInput):
    """One report sent under a recurring request, for the period due on `due_on`."""

    TABLE: ClassVar[str] = "request_report"
    request_id: int = ref(required=True)
    due_on: date = day(required=True)
    reported_on: date = day(required=True, past=True)
    text: str = text()


@frozen
class DecisionIn(RecordInput):
    """A decision for one affected use; `statement_ids` are the statements it relied on.

    `conditions` are the conditions of this decision (to continue, or to resume). With `effective_until`,
    the decision holds until that day and `then_state` (if given) takes effect the day after.
    """

    TABLE: ClassVar[str] = "decision"
    incident_id: int = ref(required=True)
    use_id: int = ref(required=True)
    state: str = choice(DECISION_STATES, "")
    decided_on: date = day(required=True, past=True)
    decided_by_role: str = text()
    decided_by_name: str = text()
    rationale: str = text()
    conditions: str = text()
    next_review_on: date | None = day()
    effective_until: date | None = day()
    then_state: str = choice(DECISION_STATES, "", optional=True)
    statement_ids: tuple[int, ...] = refs()

    def check(self) -> None:
        if self.next_review_on and self.next_review_on < self.decided_on:
            raise LedgerError(
                "review_before_decision", review=self.next_review_on.isoformat(), date=self.decided_on.isoformat()
            )
        if self.effective_until and self.effective_until < self.decided_on:
            raise LedgerError("until_before_decision", field="effective_until")
        if self.then_state and not self.effective_until:
            raise LedgerError("then_needs_until", field="effective_until")


@frozen
class WithdrawalIn(RecordInput):
    """A decision entered by mistake, withdrawn (取消): why, when, and who withdrew it."""

    TABLE: ClassVar[str] = "decision_withdrawal"
    decision_id: int = ref(required=True)
    withdrawn_on: date = day(required=True, past=True)
    reason: str = text(required=True)
    withdrawn_by_role: str = text(required=True)
    withdrawn_by_name: str = text()


@frozen
class MemoIn(RecordInput):
    """What identifies an issued memo (its bytes and hash are made by the program, not typed)."""

    TABLE: ClassVar[str] = "memo"
    incident_id: int = ref(required=True)
    number: str = text(required=True)
    issued_on: date = day(required=True, past=True)
    lang: str = text(default="ja")
    title: str = text()
    overview: str = text()
    policy: str = text()


@frozen
class SettingsIn(RecordInput):
    """The organisation's settings for memos and the window: one row, which a new ledger starts without."""

    TABLE: ClassVar[str] = "org_settings"
    municipality: str = text()
    department: str = text()
    section: str = text()
    contact_name: str = text()
    contact_phone: str = text()
    addressee: str = text(default="市長")
    approval_roles: str = text(default="市長,副市長,部長,課長,係長,担当")  # comma-separated, stamp boxes left to right
    marking: str = text(default="取扱注意")
    date_style: str = choice(DATE_STYLES, "era")
    memo_number_prefix: str = text()
    font_path: str = text()

    def roles(self) -> tuple[str, ...]:
        return tuple(r.strip() for r in (self.approval_roles or "").split(",") if r.strip())


DEFAULT_SETTINGS = SettingsIn()


# table name -> the input types that clean its rows (the importer applies every one)
BY_TABLE: dict[str, tuple[type[RecordInput], ...]] = {}
for _type in (
    PartyIn,
    ServiceIn,
    UseIn,
    RoleIn,
    LocationIn,
    IncidentIn,
    LinkIn,
    SourceIn,
    TimelineIn,
    StatementIn,
    ClaimIn,
    CheckIn,
    RequestIn,
    ReportIn,
    DecisionIn,
    WithdrawalIn,
    MemoIn,
    SettingsIn,
):
    BY_TABLE.setdefault(_type.TABLE, ())
    BY_TABLE[_type.TABLE] += (_type,)
