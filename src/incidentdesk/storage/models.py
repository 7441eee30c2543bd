"""SQLModel tables of the ledger (described in docs/exchange-format.md); codes come from domain.vocab."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Column, Index, Integer, LargeBinary, Table, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from ..domain.inputs import DEFAULT_SETTINGS as DEFAULTS
from ..domain.input_rules import RecordInput
from ..domain.validation import LONG


# sqlmodel.Field returns Any, so that `name: str = Field(...)` type-checks as a str; these do the same.
def _text(**kw: Any) -> Any:  # long free text
    return Field(default="", sa_column=Column(Text, nullable=False, server_default=""), **kw)


def _version() -> Any:
    """The row's version, raised by one with every change: a save from a form loaded at an older version
    is refused instead of silently undoing what someone else saved (services/changes.update)."""
    return Field(default=1, sa_column=Column(Integer, nullable=False, server_default="1"))


class Party(SQLModel, table=True):
    __tablename__ = "party"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=200)
    kind: str = Field(default="other", max_length=30)
    country: str = Field(default="JP", max_length=2)
    parent_id: int | None = Field(default=None, foreign_key="party.id")
    notes: str = _text()
    retired_on: date | None = None  # no longer used; kept, hidden by default, because records refer to it
    version: int = _version()


class ExternalService(SQLModel, table=True):
    __tablename__ = "external_service"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=200)
    platform: str = Field(default="", max_length=100)
    department: str = Field(default="", max_length=100, index=True)
    contract_type: str = Field(default="terms", max_length=20)
    followers: int | None = None
    followers_as_of: date | None = None
    started_on: date | None = None
    url: str = Field(default="", max_length=500)
    notes: str = _text()
    retired_on: date | None = None
    version: int = _version()


class ServiceParty(SQLModel, table=True):
    """A party's role in one service (platform, contractor, subcontractor, host, ...), for a time.

    A chain of contractors is a chain of these: `upstream_id` is the link of the party that passed the
    work on (None: the city itself), with whether the city approved that subcontracting.
    """

    __tablename__ = "service_party"
    __table_args__ = (UniqueConstraint("service_id", "party_id", "role"),)
    id: int | None = Field(default=None, primary_key=True)
    service_id: int = Field(foreign_key="external_service.id", index=True)
    party_id: int = Field(foreign_key="party.id", index=True)
    role: str = Field(max_length=30)
    notes: str = _text()
    upstream_id: int | None = Field(default=None, foreign_key="service_party.id")
    approval: str = Field(default="", max_length=20)  # approved | not_approved | unknown; '' for the city's own
    valid_from: date | None = None
    valid_until: date | None = None
    version: int = _version()


class Use(SQLModel, table=True):
    """One task (業務) done on a service: the unit of decisions and survey answers."""

    __tablename__ = "service_use"
    __table_args__ = (UniqueConstraint("service_id", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    service_id: int = Field(foreign_key="external_service.id", index=True)
    name: str = Field(max_length=200)
    purpose: str = _text()
    audience: str = Field(default="", max_length=200)
    department: str = Field(default="", max_length=100)  # empty: the service's department
    handles_personal_data: bool = False
    personal_data: str = _text()
    confidentiality: int = 1
    started_on: date | None = None
    notes: str = _text()
    retired_on: date | None = None
    version: int = _version()


class DataLocation(SQLModel, table=True):
    """Where one category of data is stored, or accessed / operated from, and by whom."""

    __tablename__ = "data_location"
    id: int | None = Field(default=None, primary_key=True)
    service_id: int = Field(foreign_key="external_service.id", index=True)
    use_id: int | None = Field(default=None, foreign_key="service_use.id", index=True)  # None: whole service
    category: str = Field(max_length=30)
    kind: str = Field(default="storage", max_length=20)  # storage | access | operation
    country: str = Field(max_length=2)
    party_id: int | None = Field(default=None, foreign_key="party.id")
    notes: str = _text()
    detail: str = Field(default="", max_length=200)  # what the data is, in words: 登録情報(ID・電話番号)
    place: str = Field(default="", max_length=200)  # where in the country: 本庁舎サーバー室, 委託先コールセンター(○○市)
    valid_from: date | None = None
    valid_until: date | None = None
    version: int = _version()


class Incident(SQLModel, table=True):
    __tablename__ = "incident"
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    summary: str = _text()
    status: str = Field(default="open", max_length=20)
    occurred_on: date | None = None
    known_on: date | None = None
    closed_on: date | None = None
    personal_data_leak: bool = False  # residents' personal data leaked: statutory reports to the PPC apply
    unlawful_purpose: bool = False  # the leak may be for an unlawful purpose (final report within 60 days)
    version: int = _version()


class IncidentUse(SQLModel, table=True):
    """A use affected by an incident; decisions may only be recorded for these."""

    __tablename__ = "incident_use"
    __table_args__ = (UniqueConstraint("incident_id", "use_id"),)
    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    use_id: int = Field(foreign_key="service_use.id", index=True)
    notes: str = _text()
    version: int = _version()


class Source(SQLModel, table=True):
    """A cited source (press release, notice, article) for an incident."""

    __tablename__ = "source"
    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    title: str = Field(max_length=300)
    publisher: str = Field(default="", max_length=200)
    published_on: date | None = None
    published_until: date | None = None  # with _precision: a date known to the month or a range
    published_precision: str = Field(default="day", max_length=10)
    url: str = Field(default="", max_length=500)
    version: int = _version()


class TimelineEntry(SQLModel, table=True):
    __tablename__ = "timeline_entry"
    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    occurred_on: date = Field(index=True)  # the earliest day it can have been (domain/typed_dates.FactDate)
    occurred_until: date | None = None
    occurred_precision: str = Field(default="day", max_length=10)
    text: str = _text()
    version: int = _version()


class TimelineSource(SQLModel, table=True):
    """A source a timeline entry cites (an entry may cite several)."""

    __tablename__ = "timeline_source"
    __table_args__ = (UniqueConstraint("timeline_id", "source_id"),)
    id: int | None = Field(default=None, primary_key=True)
    timeline_id: int = Field(foreign_key="timeline_entry.id", index=True)
    source_id: int = Field(foreign_key="source.id", index=True)


class Statement(SQLModel, table=True):
    """A vendor statement (事業者説明): who said it, when and how; its claims hang below."""

    __tablename__ = "statement"
    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    party_id: int = Field(foreign_key="party.id", index=True)
    made_on: date
    made_until: date | None = None
    made_precision: str = Field(default="day", max_length=10)
    channel: str = Field(max_length=20)
    speaker: str = Field(default="", max_length=200)
    title: str = Field(default="", max_length=300)
    taken_by: str = Field(default="", max_length=200)  # who at the city took the call or attended
    notes: str = _text()
    version: int = _version()
    retired_on: date | None = None  # logged by mistake but checked or relied on: kept, hidden by default


class StatementSource(SQLModel, table=True):
    """A source a statement is documented in (a press release, the briefing's slides)."""

    __tablename__ = "statement_source"
    __table_args__ = (UniqueConstraint("statement_id", "source_id"),)
    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = Field(foreign_key="statement.id", index=True)
    source_id: int = Field(foreign_key="source.id", index=True)


class Claim(SQLModel, table=True):
    __tablename__ = "claim"
    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = Field(foreign_key="statement.id", index=True)
    position: int = 0
    text: str = _text()
    promised_by: date | None = None  # a promised date becomes a deadline
    version: int = _version()


class ClaimCheck(SQLModel, table=True):
    """One verification of a claim, appended: the latest by date (then by record) is the claim's state."""

    __tablename__ = "claim_check"
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    verification: str = Field(max_length=20)
    checked_on: date
    checked_how: str = _text()
    evidence: str = _text()
    checked_by: str = Field(default="", max_length=200)
    recorded_at: datetime


class Request(SQLModel, table=True):
    """A request (照会) from an authority with a due date, and the answer sent."""

    __tablename__ = "request"
    id: int | None = Field(default=None, primary_key=True)
    incident_id: int | None = Field(default=None, foreign_key="incident.id", index=True)
    issuer: str = Field(max_length=200)
    doc_number: str = Field(default="", max_length=100)
    issued_on: date
    due_on: date | None = Field(default=None, index=True)
    subject: str = Field(max_length=300)
    asks: str = _text()
    answer: str = _text()
    answered_on: date | None = None
    # to_city: the city must answer by due_on; for_information: addressed to the vendor or all bodies
    direction: str = Field(default="to_city", max_length=20)
    addressee: str = Field(default="", max_length=200)  # whom it binds, when not the city
    every_months: int | None = None  # a recurring report: due every N months from due_on
    version: int = _version()


class RequestReport(SQLModel, table=True):
    """One report sent under a recurring request (quarterly reports to a ministry)."""

    __tablename__ = "request_report"
    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="request.id", index=True)
    due_on: date  # the period's due date it answers
    reported_on: date
    text: str = _text()
    recorded_at: datetime


class Decision(SQLModel, table=True):
    """A decision for one use under one incident. Never updated: a newer one supersedes it."""

    __tablename__ = "decision"
    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    use_id: int = Field(foreign_key="service_use.id", index=True)
    state: str = Field(max_length=20)
    decided_on: date
    decided_by_role: str = Field(default="", max_length=100)
    decided_by_name: str = Field(default="", max_length=100)
    rationale: str = _text()
    conditions: str = _text()  # the conditions of this decision: to continue, or to resume
    next_review_on: date | None = None
    effective_until: date | None = None  # e.g. continue with conditions until the contract ends ...
    then_state: str = Field(default="", max_length=20)  # ... then this state takes effect
    supersedes_id: int | None = Field(default=None, foreign_key="decision.id")
    recorded_at: datetime


class DecisionWithdrawal(SQLModel, table=True):
    """A decision recorded by mistake, withdrawn (取消) with a reason; the decision itself stays readable."""

    __tablename__ = "decision_withdrawal"
    id: int | None = Field(default=None, primary_key=True)
    decision_id: int = Field(foreign_key="decision.id", unique=True)
    withdrawn_on: date
    reason: str = _text()
    withdrawn_by_role: str = Field(default="", max_length=100)
    withdrawn_by_name: str = Field(default="", max_length=100)
    recorded_at: datetime


class DecisionBasis(SQLModel, table=True):
    """A statement a decision relied on."""

    __tablename__ = "decision_basis"
    __table_args__ = (UniqueConstraint("decision_id", "statement_id"),)
    id: int | None = Field(default=None, primary_key=True)
    decision_id: int = Field(foreign_key="decision.id", index=True)
    statement_id: int = Field(foreign_key="statement.id", index=True)


class Attachment(SQLModel, table=True):
    __tablename__ = "attachment"
    id: int | None = Field(default=None, primary_key=True)
    owner_kind: str = Field(max_length=30)  # incident | statement | claim | request | source
    owner_id: int = Field(index=True)
    filename: str = Field(max_length=255)
    mime: str = Field(default="application/octet-stream", max_length=100)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    sha256: str = Field(max_length=64)
    added_at: datetime


class Memo(SQLModel, table=True):
    """An issued status memo: the exact PDF given to the mayor, and its hash."""

    __tablename__ = "memo"
    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    number: str = Field(max_length=100, unique=True)
    issued_on: date
    lang: str = Field(default="ja", max_length=2)
    title: str = Field(default="", max_length=300)
    overview: str = _text()
    policy: str = _text()
    pdf: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    sha256: str = Field(max_length=64)
    issued_at: datetime
    anchor: str = Field(default="", max_length=100)  # the audit head printed on it (verify --head)


class OrgSettings(SQLModel, table=True):
    """The organisation's settings for memos and the window; a single row with id 1."""

    __tablename__ = "org_settings"
    id: int | None = Field(default=1, primary_key=True)
    municipality: str = Field(default=DEFAULTS.municipality, max_length=100)
    department: str = Field(default=DEFAULTS.department, max_length=100)
    section: str = Field(default=DEFAULTS.section, max_length=100)
    contact_name: str = Field(default=DEFAULTS.contact_name, max_length=100)
    contact_phone: str = Field(default=DEFAULTS.contact_phone, max_length=50)
    addressee: str = Field(default=DEFAULTS.addressee, max_length=100)
    approval_roles: str = Field(default=DEFAULTS.approval_roles, max_length=300)
    marking: str = Field(default=DEFAULTS.marking, max_length=50)
    date_style: str = Field(default=DEFAULTS.date_style, max_length=20)
    memo_number_prefix: str = Field(default=DEFAULTS.memo_number_prefix, max_length=50)
    font_path: str = Field(default=DEFAULTS.font_path, max_length=500)
    version: int = _version()


class AuditEvent(SQLModel, table=True):
    """One change to the ledger; `hash` chains it to the event before (see storage/audit_chain.py)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)
    id: int | None = Field(default=None, primary_key=True)
    seq: int = Field(index=True, unique=True)
    at: str = Field(max_length=40)  # UTC ISO-8601, as hashed
    actor: str = Field(max_length=200)
    action: str = Field(max_length=30)  # create | update | delete | link | unlink | issue | import
    entity: str = Field(max_length=30)
    entity_id: int | None = None
    old: str = _text()  # canonical JSON
    new: str = _text()
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class LedgerMeta(SQLModel, table=True):
    """Small key/value facts about the ledger (the audit chain's head)."""

    __tablename__ = "ledger_meta"
    key: str = Field(primary_key=True, max_length=50)
    value: str = _text()


class SearchDoc(SQLModel, table=True):
    """One searchable record's text; SQLite indexes it with FTS5 trigrams, PostgreSQL with pg_trgm."""

    __tablename__ = "search_doc"
    __table_args__ = (UniqueConstraint("kind", "ref_id"),)
    id: int | None = Field(default=None, primary_key=True)
    # service | use | party | incident | statement | claim | timeline | decision | request
    kind: str = Field(max_length=20)
    ref_id: int
    incident_id: int | None = None
    title: str = Field(default="", max_length=300)
    body: str = _text()


TABLES_BY_NAME: dict[str, type[SQLModel]] = {
    m.__tablename__: m
    for m in (
        Party,
        ExternalService,
        ServiceParty,
        Use,
        DataLocation,
        Incident,
        IncidentUse,
        Source,
        TimelineEntry,
        TimelineSource,
        Statement,
        StatementSource,
        Claim,
        ClaimCheck,
        Request,
        RequestReport,
        Decision,
        DecisionWithdrawal,
        DecisionBasis,
        Attachment,
        Memo,
        OrgSettings,
        AuditEvent,
        LedgerMeta,
        SearchDoc,
    )
}


def table_name(model: type[SQLModel]) -> str:
    """A table model's table name (SQLModel types __tablename__ as `str | declared_attr`; ours are strings)."""
    name = model.__tablename__
    assert isinstance(name, str), model
    return name


def table_of(model: type[SQLModel]) -> Table:
    """A table model's SQLAlchemy Table, which SQLModel's metaclass sets and does not declare for type checkers."""
    table: Table = model.__table__  # type: ignore[attr-defined]  # exists on every table=True model
    return table


@cache
def limits(table: str) -> dict[str, int]:
    """Column -> the most characters it holds: a String's length, 20,000 for long text (domain.validation.LONG)."""
    out: dict[str, int] = {}
    for column in table_of(TABLES_BY_NAME[table]).columns:
        if isinstance(column.type, Text):
            out[column.name] = LONG
        elif isinstance(length := getattr(column.type, "length", None), int) and length:
            out[column.name] = length
    return out


InputT = TypeVar("InputT", bound=RecordInput)


def clean(data: InputT) -> InputT:
    """The input cleaned by its rules, with the limits of its own table."""
    return data.clean(limits(data.TABLE))
