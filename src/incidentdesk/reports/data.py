"""The plain data a memo is built from: services assemble it, reports only lay it out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, kw_only=True)
class UseLine:
    """One row of the 現状 table; places and contractors are already display text."""

    department: str
    service: str
    use: str
    personal_data: str  # empty: no residents' personal data
    handles_personal_data: bool
    confidentiality: int
    stored_in: str
    accessed_from: str
    contractors: str
    state: str  # decision code or 'undecided'
    decided_on: date | None


@dataclass(frozen=True, kw_only=True)
class ClaimLine:
    text: str
    verification: str  # code
    checked_how: str
    checked_on: date | None
    promised_by: date | None


@dataclass(frozen=True, kw_only=True)
class StatementLine:
    party: str
    made_on: date
    channel: str  # code
    speaker: str
    title: str
    claims: tuple[ClaimLine, ...]


@dataclass(frozen=True, kw_only=True)
class RequestLine:
    issuer: str
    doc_number: str
    issued_on: date
    due_on: date | None
    subject: str
    answered_on: date | None
    answer: str


@dataclass(frozen=True, kw_only=True)
class ScheduleLine:
    due_on: date
    kind: str  # request | promise | review
    text: str
    overdue: bool


@dataclass(frozen=True, kw_only=True)
class SourceLine:
    title: str
    publisher: str
    published_on: date | None
    url: str


@dataclass(frozen=True, kw_only=True)
class ChangeLine:
    """One change since the previous memo.

    kind: decision (old/new are decision codes), claim (old/new verification codes),
    request_added, request_answered (new is the answer), promise (new is the promised date, ISO).
    """

    kind: str
    day: date | None
    subject: str
    old: str = ""
    new: str = ""


@dataclass(frozen=True, kw_only=True)
class PreviousMemo:
    number: str
    issued_on: date


@dataclass(frozen=True, kw_only=True)
class MemoData:
    lang: str
    date_style: str
    memo_date: date
    number: str
    marking: str
    municipality: str
    department: str
    section: str
    contact_name: str
    contact_phone: str
    addressee: str
    approval_roles: tuple[str, ...]
    font_path: str
    title: str
    overview: str
    policy: str
    counts: tuple[tuple[str, int], ...]  # (decision code, uses) in vocabulary order
    timeline: tuple[tuple[date, str], ...]
    uses: tuple[UseLine, ...]
    statements: tuple[StatementLine, ...]
    requests: tuple[RequestLine, ...]
    schedule: tuple[ScheduleLine, ...]
    sources: tuple[SourceLine, ...]
    previous: PreviousMemo | None = None
    changes: tuple[ChangeLine, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DecisionGroup:
    """Uses sharing one current decision (state, reason, conditions, review): one item of 対応方針."""

    state: str
    uses: tuple[tuple[str, str], ...]  # (service, use)
    rationale: str
    resume_conditions: str
    next_review_on: date | None
