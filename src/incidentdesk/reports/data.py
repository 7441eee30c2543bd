"""The plain data a memo is built from: services assemble it, reports only lay it out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.typed_dates import FactDate


@dataclass(frozen=True, kw_only=True)
class Step:
    """One decision in a use's history as the memo prints it (停止 R3.3.19)."""

    state: str
    day: date


@dataclass(frozen=True, kw_only=True)
class UseLine:
    """One row of the 現状 table; places, the contractor chain and the deciders are already display text."""

    department: str
    service: str
    platform: str = ""
    use: str
    personal_data: str  # empty: no residents' personal data
    handles_personal_data: bool
    confidentiality: int
    stored_in: str
    accessed_from: str
    contractors: str  # the chain: 受託事業者A → 再委託先B(承認なし) → 再々委託先C
    state: str  # decision code or 'undecided', on the memo's date
    decided_on: date | None
    decided_by: str = ""  # who decided the current state (role and name)
    history: tuple[Step, ...] = ()  # the states before the current one, oldest first


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
    made: FactDate
    channel: str  # code
    speaker: str
    title: str
    claims: tuple[ClaimLine, ...]
    cites: tuple[str, ...] = ()  # its sources in short form: 新聞A 6/23

    @property
    def made_on(self) -> date:
        return self.made.start


@dataclass(frozen=True, kw_only=True)
class RequestLine:
    issuer: str
    doc_number: str
    issued_on: date
    due_on: date | None  # the next due date (a recurring one's first period without a report)
    subject: str
    answered_on: date | None
    answer: str
    to_city: bool = True
    addressee: str = ""  # whom it binds, when not the city
    asks: str = ""
    every_months: int | None = None
    reported: tuple[date, ...] = ()  # reports sent under a recurring request, by date sent


@dataclass(frozen=True, kw_only=True)
class TimelineLine:
    when: FactDate
    text: str
    cites: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ScheduleLine:
    due_on: date
    kind: str  # request | report | promise | review | until
    text: str
    overdue: bool


@dataclass(frozen=True, kw_only=True)
class SourceLine:
    title: str
    publisher: str
    published: FactDate | None
    url: str

    @property
    def published_on(self) -> date | None:
        return self.published.start if self.published else None


@dataclass(frozen=True, kw_only=True)
class ChangeLine:
    """One change since the previous memo, dated by the fact itself.

    kind: event (a timeline entry), decision (old/new are decision codes; also a decision whose end date
    passed), withdrawal (old: the withdrawn state, new: the state it falls back to), statement (new: the
    channel, count: its claims), claim (old/new verification codes; old '' for a claim of a new statement),
    promise (new: the promised date, ISO), request_added (to the city; new: due date, ISO), request_info
    (addressed to someone else; addressee), request_answered (new: the date answered, ISO), report_sent
    (new: the date sent, ISO), statement_retired (a statement the previous memo reported, retired since; new:
    its channel). `late`: dated on or before the previous memo but entered after it (事後登録).
    """

    kind: str
    when: FactDate | None
    subject: str
    old: str = ""
    new: str = ""
    late: bool = False
    who: str = ""  # the party, the issuer
    what: str = ""  # the use, the subject, the claim, the event's text
    addressee: str = ""
    count: int = 0

    @property
    def day(self) -> date | None:
        return self.when.start if self.when else None


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
    timeline: tuple[TimelineLine, ...]
    uses: tuple[UseLine, ...]
    statements: tuple[StatementLine, ...]
    requests: tuple[RequestLine, ...]
    schedule: tuple[ScheduleLine, ...]
    sources: tuple[SourceLine, ...]
    previous: PreviousMemo | None = None
    changes: tuple[ChangeLine, ...] = ()
    draft: bool = True  # every page carries 案 / DRAFT; an issued memo never does
    anchor: str = ""  # the audit head (SEQ:HASH12) just before issuing, printed small on an issued memo's last page


@dataclass(frozen=True, kw_only=True)
class DecisionGroup:
    """Uses sharing one current decision (state, reason, conditions, review, end): one item of 対応方針."""

    state: str
    uses: tuple[tuple[str, str], ...]  # (service, use)
    rationale: str
    conditions: str
    next_review_on: date | None
    effective_until: date | None = None
    then_state: str = ""
    ended: tuple[str, date] | None = None  # (state, end date) of the decision whose end brought this state
