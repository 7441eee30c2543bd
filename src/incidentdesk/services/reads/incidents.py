"""Reads of incidents: the list, one incident at a glance (now, or as it stood on a day), and its records by id.

"As of a day" goes by the facts' own dates, not by when they were entered: a decision taken on the phone
and logged a week later counts from the day it was taken. That is what a memo dated that day reports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ...domain.errors import LedgerError
from ...domain.rules import current_decisions, state_on
from ...domain.typed_dates import FactDate
from ...domain.vocab import UNDECIDED
from ...storage.reader import Reader
from ..views import (
    AffectedUse,
    CheckRecord,
    Choice,
    ClaimDetail,
    ClaimRecord,
    DecisionRow,
    IncidentOverview,
    IncidentRecord,
    IncidentRow,
    RequestRecord,
    SourceRecord,
    SourceRef,
    StatementView,
    TimelineRecord,
    TimelineView,
    select_list,
)
from . import catalog, deadlines, entered
from . import decisions as decision_reads
from . import requests as request_reads

# The services a use linked to the incident runs on.
INCIDENT_SERVICES = (
    "SELECT u.service_id FROM service_use u JOIN incident_use iu ON iu.use_id = u.id WHERE iu.incident_id = ?"
)
NEWEST_FIRST = "ORDER BY CASE WHEN occurred_on IS NULL THEN 1 ELSE 0 END, occurred_on DESC, id DESC"


def incident(r: Reader, incident_id: int) -> IncidentRecord:
    row = r.one(f"SELECT {select_list(IncidentRecord)} FROM incident WHERE id = ?", (incident_id,))
    if row is None:
        raise LedgerError("not_found", entity="incident", id=incident_id)
    return IncidentRecord.from_row(row._asdict())


def incidents(r: Reader) -> list[IncidentRow]:
    """Every incident, newest first, with how many uses it affects and their current decisions by state."""
    rows = r.rows(f"SELECT id, title, status, occurred_on, known_on FROM incident {NEWEST_FIRST}")
    affected = dict(r.tuples("SELECT incident_id, count(*) FROM incident_use GROUP BY incident_id"))
    withdrawn = {i for (i,) in r.tuples("SELECT decision_id FROM decision_withdrawal")}
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    today = date.today()
    for (incident_id, _use), d in current_decisions(
        r.rows("SELECT id, incident_id, use_id, decided_on, state, effective_until, then_state FROM decision"),
        withdrawn=withdrawn,
    ).items():
        counts[incident_id][state_on(d, today)] += 1
    out = []
    for x in rows:
        c = dict(counts.get(x.id, {}))
        undecided = affected.get(x.id, 0) - sum(c.values())
        if undecided:
            c[UNDECIDED] = undecided
        out.append(
            IncidentRow(
                id=x.id,
                title=x.title,
                status=x.status,
                occurred_on=x.occurred_on,
                known_on=x.known_on,
                affected=affected.get(x.id, 0),
                counts=c,
            )
        )
    return out


def incident_choices(r: Reader) -> list[Choice]:
    """(id, title) of every incident, newest first, for pickers."""
    return [Choice(id=x.id, label=x.title) for x in r.rows(f"SELECT id, title FROM incident {NEWEST_FIRST}")]


def linked_use_ids(r: Reader, incident_id: int) -> set[int]:
    """The uses already marked as affected by the incident."""
    return {use_id for (use_id,) in r.rows("SELECT use_id FROM incident_use WHERE incident_id = ?", (incident_id,))}


# -- sources and timeline ----------------------------------------------------------------------


def source(r: Reader, source_id: int) -> SourceRecord:
    row = r.one(f"SELECT {select_list(SourceRecord)} FROM source WHERE id = ?", (source_id,))
    if row is None:
        raise LedgerError("not_found", entity="source", id=source_id)
    return SourceRecord.from_row(row._asdict())


def sources(r: Reader, incident_id: int) -> list[SourceRecord]:
    return [
        SourceRecord.from_row(x._asdict())
        for x in r.rows(
            f"SELECT {select_list(SourceRecord)} FROM source WHERE incident_id = ? "
            "ORDER BY CASE WHEN published_on IS NULL THEN 0 ELSE 1 END, published_on, id",
            (incident_id,),
        )
    ]


def _refs(r: Reader, link_table: str, owner: str, ids: Sequence[int]) -> dict[int, tuple[SourceRef, ...]]:
    """owner id -> the sources it cites, in the order they were linked."""
    rows = r.rows_in(
        f"SELECT l.{owner} AS owner, s.id, s.title, s.publisher, s.published_on, s.published_until, "
        f"s.published_precision FROM {link_table} l JOIN source s ON s.id = l.source_id "
        f"WHERE l.{owner} IN ({{in}}) ORDER BY l.id",
        list(ids),
    )
    out: dict[int, list[SourceRef]] = defaultdict(list)
    for x in rows:
        published = SourceRecord.from_row(x._asdict()).published if x.published_on else None
        out[x.owner].append(SourceRef(id=x.id, title=x.title, publisher=x.publisher, published=published))
    return {k: tuple(v) for k, v in out.items()}


def _timeline(r: Reader, where: str, params: Sequence[object]) -> list[TimelineView]:
    rows = r.rows(
        f"SELECT {select_list(TimelineRecord)} FROM timeline_entry WHERE {where} "
        "ORDER BY occurred_on, occurred_until, id",
        params,
    )
    ids = [x.id for x in rows]
    refs, seqs = _refs(r, "timeline_source", "timeline_id", ids), entered.sequences(r, "timeline", ids)
    return [
        TimelineView(
            entry=TimelineRecord.from_row(
                {**x._asdict(), "source_ids": tuple(s.id for s in refs.get(x.id, ())), "entered_at": seqs[x.id]}
            ),
            sources=refs.get(x.id, ()),
        )
        for x in rows
    ]


def timeline_entry(r: Reader, entry_id: int) -> TimelineRecord:
    found = _timeline(r, "id = ?", (entry_id,))
    if not found:
        raise LedgerError("not_found", entity="timeline", id=entry_id)
    return found[0].entry


# -- statements and claims -----------------------------------------------------------------------


def claims_with_checks(r: Reader, where: str, values: Sequence[int]) -> list[ClaimRecord]:
    """Claims whose `where` (holding `{in}`) matches, each with its checks oldest first."""
    rows = r.rows_in(f"SELECT {select_list(ClaimRecord)} FROM claim WHERE {where}", values)
    checks: dict[int, list[CheckRecord]] = defaultdict(list)
    found = r.rows_in(
        f"SELECT {select_list(CheckRecord, version=False)}, recorded_at FROM claim_check WHERE claim_id IN ({{in}})",
        [x.id for x in rows],
    )
    seqs = entered.sequences(r, "claim_check", [c.id for c in found])
    for c in found:
        checks[c.claim_id].append(CheckRecord.from_row({**c._asdict(), "entered_at": seqs[c.id]}))
    out = [
        ClaimRecord.from_row(
            {**x._asdict(), "checks": tuple(sorted(checks.get(x.id, []), key=lambda c: (c.checked_on, c.id)))}
        )
        for x in rows
    ]
    return sorted(out, key=lambda c: (c.statement_id, c.position, c.id))


def _statements(r: Reader, where: str, params: Sequence[object]) -> list[StatementView]:
    rows = r.rows(
        "SELECT st.id, st.incident_id, st.party_id, p.name AS party, st.made_on, st.made_until, st.made_precision, "
        "st.channel, st.speaker, st.title, st.taken_by, st.notes, st.version, st.retired_on FROM statement st "
        f"LEFT JOIN party p ON p.id = st.party_id WHERE {where} ORDER BY st.made_on, st.id",
        params,
    )
    if not rows:
        return []
    ids = [x.id for x in rows]
    claims: dict[int, list[ClaimRecord]] = defaultdict(list)
    for c in claims_with_checks(r, "statement_id IN ({in})", ids):
        claims[c.statement_id].append(c)
    refs, seqs = _refs(r, "statement_source", "statement_id", ids), entered.sequences(r, "statement", ids)
    out = []
    for x in rows:
        made = FactDate.stored(x.made_on, x.made_until, x.made_precision)
        out.append(
            StatementView(
                id=x.id,
                incident_id=x.incident_id,
                party_id=x.party_id,
                party=x.party or "",
                made=made,
                channel=x.channel,
                speaker=x.speaker,
                title=x.title,
                taken_by=x.taken_by,
                notes=x.notes,
                sources=refs.get(x.id, ()),
                claims=tuple(claims.get(x.id, [])),
                version=x.version,
                entered_at=seqs[x.id],
                retired_on=x.retired_on,
            )
        )
    return out


def statement(r: Reader, statement_id: int) -> StatementView:
    found = _statements(r, "st.id = ?", (statement_id,))
    if not found:
        raise LedgerError("not_found", entity="statement", id=statement_id)
    return found[0]


def statement_ties(r: Reader, statement_id: int) -> dict[str, int]:
    """What keeps a statement from being deleted (it is retired instead): checks of its claims, files attached
    to it, decisions relying on it. All zero: it may be deleted with its claims."""
    checks = r.scalar(
        "SELECT count(*) FROM claim_check k JOIN claim c ON c.id = k.claim_id WHERE c.statement_id = ?", (statement_id,)
    )
    files = r.scalar("SELECT count(*) FROM attachment WHERE owner_kind = 'statement' AND owner_id = ?", (statement_id,))
    relied = r.scalar("SELECT count(*) FROM decision_basis WHERE statement_id = ?", (statement_id,))
    return {"checks": int(checks or 0), "files": int(files or 0), "decisions": int(relied or 0)}


def claim(r: Reader, claim_id: int) -> ClaimDetail:
    statement_id = r.scalar("SELECT statement_id FROM claim WHERE id = ?", (claim_id,))
    if statement_id is None:
        raise LedgerError("not_found", entity="claim", id=claim_id)
    st = statement(r, statement_id)
    return ClaimDetail(statement=st, claim=next(c for c in st.claims if c.id == claim_id))


# -- the incident at a glance --------------------------------------------------------------------


def _affected(r: Reader, incident_id: int, day: date, as_of: date | None) -> list[AffectedUse]:
    links = [
        use_id
        for (use_id,) in r.tuples("SELECT use_id FROM incident_use WHERE incident_id = ? ORDER BY id", (incident_id,))
    ]
    if not links:
        return []
    uses = {
        u.id: u
        for u in r.rows(
            "SELECT u.id, u.service_id, u.name, u.department, u.purpose, u.handles_personal_data, u.personal_data, "
            "u.confidentiality FROM service_use u "
            "WHERE u.id IN (SELECT use_id FROM incident_use WHERE incident_id = ?)",
            (incident_id,),
        )
    }
    services = {
        sv.id: sv
        for sv in r.rows(
            f"SELECT id, name, platform, department FROM external_service WHERE id IN ({INCIDENT_SERVICES})",
            (incident_id,),
        )
    }
    where_places = catalog.places(r, f"l.service_id IN ({INCIDENT_SERVICES})", (incident_id,))
    chains = catalog.chains_in(r, f"sp.service_id IN ({INCIDENT_SERVICES})", (incident_id,), day)
    history: dict[int, list[DecisionRow]] = defaultdict(list)
    names = {use.id: (use.name, services[use.service_id].name) for use in uses.values()}
    for d in decision_reads.decisions(r, "incident_id = ?", (incident_id,), as_of=as_of, whole=True, names=names):
        if as_of is None or d.decided_on <= as_of:
            history[d.use_id].append(d)
    # A service's places in effect on the day, and its direct contractors: once per service, not per use.
    in_effect = {sid: [p for p in found if p.in_effect(day)] for sid, found in where_places.items()}
    direct = {
        sid: tuple([x.party for x in chain if x.upstream_id is None and x.role == "contractor"])
        for sid, chain in chains.items()
    }
    rows = []
    for use_id in links:
        use = uses[use_id]
        service = services[use.service_id]
        mine = [p for p in in_effect.get(service.id, ()) if p.use_id is None or p.use_id == use_id]
        decided = history.get(use_id, ())
        decision = next((d for d in decided if d.current), None)
        rows.append(
            (
                use_id,
                use.name,
                service.id,
                service.name,
                service.platform,
                use.department or service.department,
                use.purpose,
                use.handles_personal_data,
                use.personal_data,
                use.confidentiality,
                tuple([p for p in mine if p.kind == "storage"]),
                tuple([p for p in mine if p.kind != "storage"]),
                direct.get(service.id, ()),
                decision.state_on(day) if decision else UNDECIDED,
                decision,
                decision.state_since(day) if decision else None,
                tuple(decided),
                chains.get(service.id, ()),
            )
        )
    # Made from rows, their fields named once (1,000 uses at a prefecture; by keyword, each checked its names).
    out = list(AffectedUse.from_columns(AFFECTED_FIELDS, rows))
    out.sort(key=lambda a: (a.department, a.service_name, a.use_id))
    return out


AFFECTED_FIELDS = (  # the order of _affected's rows
    "use_id",
    "use_name",
    "service_id",
    "service_name",
    "platform",
    "department",
    "purpose",
    "handles_personal_data",
    "personal_data",
    "confidentiality",
    "stored_in",
    "accessed_from",
    "contractors",
    "state",
    "decision",
    "since",
    "history",
    "chain",
)


def _as_of_request(q: RequestRecord, day: date) -> RequestRecord:
    """The request as it stood on `day`: an answer or a report sent later is not yet there."""
    reports = tuple(x for x in q.reports if x.reported_on <= day)
    if q.answered_on and q.answered_on > day:
        return replace(q, answered_on=None, answer="", reports=reports)
    return replace(q, reports=reports) if reports != q.reports else q


def overview(r: Reader, incident_id: int, *, today: date | None = None, as_of: date | None = None) -> IncidentOverview:
    """Everything the incident page and the memo show about one incident, from one read transaction.

    With `as_of`, the incident as it stood on that day by the facts' own dates: decisions, checks,
    statements, timeline entries, sources, requests and answers dated after it are left out, and
    contractors and data locations are those in effect on it.
    """
    day = as_of or today or date.today()
    record = incident(r, incident_id)
    affected = _affected(r, incident_id, day, as_of)
    timeline = [
        t for t in _timeline(r, "incident_id = ?", (incident_id,)) if as_of is None or t.entry.occurred.start <= as_of
    ]
    statements = _statements(r, "st.incident_id = ?", (incident_id,))
    # A retired statement (logged by mistake, kept because others refer to it) is set apart: no deadline, no
    # memo line. As of a day, one retired after it still counts, as it did then.
    retired = [st for st in statements if st.retired_on is not None and st.retired_on <= day]
    statements = [st for st in statements if st.retired_on is None or st.retired_on > day]
    requests = sorted(request_reads.requests(r, incident_id=incident_id), key=lambda q: (q.issued_on, q.id))
    source_rows = sources(r, incident_id)
    if as_of is not None:
        statements = [
            replace(
                st,
                claims=tuple(replace(c, checks=tuple(x for x in c.checks if x.checked_on <= as_of)) for c in st.claims),
            )
            for st in statements
            if st.made.start <= as_of
        ]
        requests = [_as_of_request(q, as_of) for q in requests if q.issued_on <= as_of]
        source_rows = [s for s in source_rows if s.published is None or s.published.start <= as_of]
    counts: dict[str, int] = defaultdict(int)
    for a in affected:
        counts[a.state] += 1
    due = deadlines.build(
        requests,
        [(c, st.party, incident_id) for st in statements for c in st.claims],
        [(a.decision, incident_id) for a in affected if a.decision],
        day,
    )
    return IncidentOverview(
        incident=record,
        counts=dict(counts),
        affected=tuple(affected),
        timeline=tuple(timeline),
        statements=tuple(statements),
        requests=tuple(requests),
        sources=tuple(source_rows),
        deadlines=tuple(due),
        as_of=as_of,
        retired_statements=tuple(retired),
    )
