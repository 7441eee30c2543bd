"""The mayor's status memo: assemble its data, render, issue (stored and audited), list, reprint."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from .. import reports
from ..domain import validation as v
from ..domain.era_dates import fiscal_year
from ..domain.errors import LedgerError
from ..domain.vocab import DATA_CATEGORIES, DECISION_STATES, LOCATION_KINDS, UNDECIDED, country_label
from ..reports import data as rd
from ..reports import texts
from ..storage.reader import Readable, Reader
from .reads import incidents as incident_reads
from .reads import ledger as ledger_reads
from .views import AffectedUse, IncidentOverview, Place

if TYPE_CHECKING:
    from ..storage.database import Database

# Drafting, listing and reprinting read through plain SQL (services/overview.py), so the memo command
# runs without importing the ORM; only `issue` writes, and imports it there.

STATE_ORDER = DECISION_STATES.codes() + [UNDECIDED]


@dataclass(frozen=True, kw_only=True)
class MemoRow:
    """An issued memo without its bytes."""

    id: int
    incident_id: int
    number: str
    issued_on: date
    lang: str
    sha256: str
    title: str
    size: int


# -- assembling the plain data ------------------------------------------------------------

def _places(places: tuple[Place, ...], lang: str, with_party: bool) -> str:
    """'日本: トーク本文、登録情報' one line per country (and kind, for access vs operation)."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for p in places:
        key = (p.country, p.kind if with_party else "", p.party if with_party else "")
        cats = groups.setdefault(key, [])
        label = DATA_CATEGORIES.label(p.category, lang)
        if label not in cats:
            cats.append(label)
    sep, colon = ("、", ": ") if lang == "ja" else (", ", ": ")
    lines = []
    for (country, kind, party), cats in groups.items():
        head = country_label(country, lang)
        if kind == "operation":
            head += f"({LOCATION_KINDS.label(kind, lang)})" if lang == "ja" else f" ({LOCATION_KINDS.label(kind, lang)})"
        line = head + colon + sep.join(cats)
        if party:
            line += f"({party})" if lang == "ja" else f" ({party})"
        lines.append(line)
    return "\n".join(lines)


def _use_line(a: AffectedUse, lang: str) -> rd.UseLine:
    return rd.UseLine(department=a.department, service=a.service_name, use=a.use_name,
                      personal_data=a.personal_data, handles_personal_data=a.handles_personal_data,
                      confidentiality=a.confidentiality, stored_in=_places(a.stored_in, lang, False),
                      accessed_from=_places(a.accessed_from, lang, True),
                      contractors=("、" if lang == "ja" else ", ").join(a.contractors), state=a.state,
                      decided_on=a.decision.decided_on if a.decision else None)


def _groups(ov: IncidentOverview) -> tuple[rd.DecisionGroup, ...]:
    grouped: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for a in ov.affected:
        d = a.decision
        key = (a.state, d.rationale if d else "", d.conditions if d else "", d.next_review_on if d else None)
        grouped[key].append((a.service_name, a.use_name))
    keys = sorted(grouped, key=lambda k: (STATE_ORDER.index(k[0]), k[3] or date.max, k[1], k[2]))
    return tuple(rd.DecisionGroup(state=k[0], uses=tuple(grouped[k]), rationale=k[1], resume_conditions=k[2],
                                  next_review_on=k[3]) for k in keys)


def _said(who: str, what: str, lang: str) -> str:
    """県 情報政策課「再点検」 / 県 情報政策課: 再点検 — who said or asked what, in the memo's language."""
    return f"{who}「{what}」" if lang == "ja" else f"{who}: {what}"


def _use_and_service(a: AffectedUse, lang: str) -> str:
    return f"{a.use_name}({a.service_name})" if lang == "ja" else f"{a.use_name} ({a.service_name})"


def _schedule(ov: IncidentOverview, lang: str) -> tuple[rd.ScheduleLine, ...]:
    """Deadlines in date order; reviews on the same day for the same service become one line."""
    by_decision = {a.decision.id: a for a in ov.affected if a.decision}
    requests = {r.id: r for r in ov.requests}
    claims = {c.id: (st.party, c.text) for st in ov.statements for c in st.claims}
    reviews: dict[tuple[date, str], list[str]] = {}
    out: list[rd.ScheduleLine] = []
    for d in ov.deadlines:
        a = by_decision.get(d.ref_id) if d.kind == "review" else None
        if a is None:
            text = d.text
            if d.kind == "request" and d.ref_id in requests:
                text = _said(requests[d.ref_id].issuer, requests[d.ref_id].subject, lang)
            elif d.kind == "promise" and d.ref_id in claims:
                text = _said(*claims[d.ref_id], lang)
            out.append(rd.ScheduleLine(due_on=d.due_on, kind=d.kind, text=text, overdue=d.overdue))
            continue
        key = (d.due_on, a.service_name)
        if key not in reviews:
            reviews[key] = []
            out.append(rd.ScheduleLine(due_on=d.due_on, kind="review", text="", overdue=d.overdue))
        reviews[key].append(a.use_name)
    sep = "、" if lang == "ja" else "; "
    lines, keys = [], iter(reviews.items())
    for line in out:
        if line.kind == "review" and not line.text:
            (_, service), names = next(keys)
            what = sep.join(names) if len(names) <= 4 else (f"{len(names)}業務" if lang == "ja" else f"{len(names)} uses")
            line = replace(line, text=f"{service}({what})" if lang == "ja" else f"{service} ({what})")
        lines.append(line)
    return tuple(lines)


def _previous(r: Reader, incident_id: int, number: str) -> tuple[rd.PreviousMemo, int] | None:
    """The incident's latest issued memo before this one, and the audit sequence number of its creation.

    Rendering an already issued number looks only at memos issued before it, so it compares
    against the same predecessor as when it was issued.
    """
    # The incident's memos first (indexed): joined the other way round, SQLite walks the whole audit
    # trail in seq order (0.2-0.4 s for 200,000 events) even when no memo was ever issued.
    memos = {mid: (num, day) for mid, num, day in
             r.rows("SELECT id, number, issued_on FROM memo WHERE incident_id = ?", (incident_id,))}
    if not memos:
        return None
    created = r.rows_in("SELECT entity_id, seq FROM audit_event WHERE entity = 'memo' AND action = 'create' "
                        "AND entity_id IN ({in})", list(memos))
    rows = sorted(((*memos[mid], seq) for mid, seq in created), key=lambda r: r[2], reverse=True)
    own = next((seq for num, _, seq in rows if num == number), None)
    return next(((rd.PreviousMemo(number=num, issued_on=day), seq) for num, day, seq in rows if own is None or seq < own), None)


def _since(r: Reader, ov: IncidentOverview, since_seq: int, lang: str) -> tuple[rd.ChangeLine, ...]:
    """What the audit trail records after the previous memo: decisions, claims, requests, promised dates."""
    uses = {a.use_id: a for a in ov.affected}
    claims = {c.id: (st, c) for st in ov.statements for c in st.claims}
    requests = {req.id: req for req in ov.requests}
    events = r.rows("SELECT entity, entity_id, action, old, new FROM audit_event WHERE seq > ? "
                    "AND entity IN ('decision', 'claim', 'claim_check', 'request') ORDER BY seq", (since_seq,))
    out: list[rd.ChangeLine] = []
    verification: dict[int, list[str]] = {}  # claim id -> [state before, state now]
    for e in events:
        old, new = json.loads(e.old or "null") or {}, json.loads(e.new or "null") or {}
        if e.entity == "decision" and e.action == "create" and new.get("incident_id") == ov.incident.id:
            a = uses.get(new.get("use_id"))
            if a is None:
                continue
            prior = _state_of(r, new.get("supersedes_id"))
            out.append(rd.ChangeLine(kind="decision", day=date.fromisoformat(new["decided_on"]),
                                     subject=_use_and_service(a, lang), old=prior or "", new=new["state"]))
        elif e.entity == "claim_check" and e.action == "create" and new.get("claim_id") in claims:
            _st, c = claims[new["claim_id"]]
            earlier = [x for x in c.checks if x.id != e.entity_id and (x.checked_on, x.id) < (
                date.fromisoformat(new["checked_on"]), e.entity_id)]
            was = max(earlier, key=lambda x: (x.checked_on, x.id)).verification if earlier else "unverified"
            verification.setdefault(new["claim_id"], [was, new["verification"]])[1] = new["verification"]
        elif e.entity == "claim" and e.entity_id in claims:
            if new.get("promised_by"):  # set on creation, or changed (an update's `new` holds only changes)
                st, c = claims[e.entity_id]
                out.append(rd.ChangeLine(kind="promise", day=None, subject=_said(st.party, c.text, lang),
                                         new=new["promised_by"]))
        elif e.entity == "request" and e.entity_id in requests:
            req = requests[e.entity_id]
            if e.action == "create":
                out.append(rd.ChangeLine(kind="request_added", day=req.issued_on,
                                         subject=_said(req.issuer, req.subject, lang),
                                         new=req.due_on.isoformat() if req.due_on else ""))
            elif new.get("answered_on"):
                out.append(rd.ChangeLine(kind="request_answered", day=date.fromisoformat(new["answered_on"]),
                                         subject=_said(req.issuer, req.subject, lang), new=new["answered_on"]))
    for claim_id, (was, now) in verification.items():
        if was != now:
            st, c = claims[claim_id]
            out.append(rd.ChangeLine(kind="claim", day=c.checked_on, subject=_said(st.party, c.text, lang),
                                     old=was, new=now))
    order = {"decision": 0, "claim": 1, "promise": 2, "request_added": 3, "request_answered": 4}
    return tuple(sorted(out, key=lambda c: (order[c.kind], c.day or date.min, c.subject)))


def _state_of(r: Reader, decision_id: int | None) -> str | None:
    return r.scalar("SELECT state FROM decision WHERE id = ?", (decision_id,)) if decision_id else None


def assemble(db: Readable, incident_id: int, *, lang: str, memo_date: date, number: str,
             overview: str | None = None, policy: str | None = None) -> rd.MemoData:
    """Everything the memo shows, as plain data; None texts are generated from the ledger."""
    previous, changed = None, ()
    with db.reader() as r:  # one snapshot: the overview and the changes since the last memo agree
        ov = incident_reads.overview(r, incident_id, today=memo_date)
        cfg = ledger_reads.settings(r)
        found = _previous(r, incident_id, number)
        if found:
            previous, changed = found[0], _since(r, ov, found[1], lang)
    statements = tuple(rd.StatementLine(
        party=st.party, made_on=st.made_on, channel=st.channel, speaker=st.speaker, title=st.title,
        claims=tuple(rd.ClaimLine(text=c.text, verification=c.verification, checked_how=c.checked_how,
                                  checked_on=c.checked_on, promised_by=c.promised_by) for c in st.claims))
        for st in ov.statements)
    data = rd.MemoData(
        lang=lang, date_style=cfg.date_style or "era", memo_date=memo_date, number=number, marking=cfg.marking,
        municipality=cfg.municipality, department=cfg.department, section=cfg.section,
        contact_name=cfg.contact_name, contact_phone=cfg.contact_phone, addressee=cfg.addressee,
        approval_roles=cfg.roles(),
        font_path=cfg.font_path, title=ov.incident.title, overview="", policy="",
        counts=tuple((code, ov.counts.get(code, 0)) for code in STATE_ORDER),
        timeline=tuple((t.entry.occurred.start, t.entry.text) for t in ov.timeline),
        uses=tuple(_use_line(a, lang) for a in ov.affected), statements=statements,
        requests=tuple(rd.RequestLine(issuer=q.issuer, doc_number=q.doc_number, issued_on=q.issued_on,
                                      due_on=q.due_on, subject=q.subject, answered_on=q.answered_on, answer=q.answer)
                       for q in ov.requests),
        schedule=_schedule(ov, lang),
        sources=tuple(rd.SourceLine(title=x.title, publisher=x.publisher,
                                    published_on=x.published.start if x.published else None, url=x.url)
                      for x in ov.sources),
        previous=previous, changes=changed)
    if overview is None:
        overview = texts.overview_text(data, ov.incident.summary)
    if policy is None:
        policy = texts.policy_text(_groups(ov), lang, data.date_style)
    return replace(data, overview=overview, policy=policy)


# -- the API the window and the command line use ------------------------------------------

def default_texts(db: Readable, incident_id: int, *, lang: str, memo_date: date | None = None) -> tuple[str, str]:
    """The generated 概要 (overview) and 対応方針 (policy) text, for the user to edit."""
    data = assemble(db, incident_id, lang=lang, memo_date=memo_date or date.today(), number="")
    return data.overview, data.policy


def render(db: Readable, incident_id: int, *, lang: str, memo_date: date, number: str,
           overview: str | None = None, policy: str | None = None) -> bytes:
    """The memo PDF; the same ledger, settings, date and texts give the same bytes."""
    return reports.build(assemble(db, incident_id, lang=lang, memo_date=memo_date, number=number,
                                  overview=overview, policy=policy))


_SEQ = re.compile(r"第?(\d+)号")  # what follows the prefix in 情政第12号


def next_number(db: Readable, memo_date: date) -> str:
    """The prefix from the settings and the next sequence number of the fiscal year: 情政第3号."""
    fy = fiscal_year(memo_date)
    with db.reader() as r:
        prefix = ledger_reads.settings(r).memo_number_prefix
        rows = r.rows("SELECT number, issued_on FROM memo")
    taken = {n for n, _ in rows}
    used = [int(m.group(1)) for n, day in rows if fiscal_year(day) == fy and n.startswith(prefix)
            and (m := _SEQ.fullmatch(n[len(prefix):].strip()))]
    seq = max(used, default=0) + 1
    # A prefix that already ends in 第 (情政第) gets only the number; otherwise 第 is added.
    lead = prefix if prefix.endswith("第") else prefix + "第"
    while f"{lead}{seq}号" in taken:  # the same number in an earlier fiscal year
        seq += 1
    return f"{lead}{seq}号"


def issue(db: Database, incident_id: int, *, lang: str, memo_date: date, number: str | None = None,
          overview: str | None = None, policy: str | None = None) -> MemoRow:
    """Render and store the memo (bytes, SHA-256, number, date) through the audited change path."""
    from sqlalchemy.exc import IntegrityError

    from ..storage.models import Memo
    from . import changes

    number = v.text(number, "number", max_len=100) if number else next_number(db, memo_date)
    with db.reader() as r:
        if r.scalar("SELECT id FROM memo WHERE number = ?", (number,)) is not None:
            raise LedgerError("memo_number_taken", number=number)
    data = assemble(db, incident_id, lang=lang, memo_date=memo_date, number=number,
                    overview=overview, policy=policy)
    pdf = reports.build(data)
    row = Memo(incident_id=incident_id, number=number, issued_on=memo_date, lang=lang,
               title=reports.memo_title(data)[:300], overview=data.overview, policy=data.policy, pdf=pdf,
               sha256=hashlib.sha256(pdf).hexdigest(), issued_at=datetime.now(timezone.utc))
    try:
        with db.write() as s:
            changes.create(s, db, row)
    except IntegrityError as exc:  # another user issued the same number in the meantime
        raise LedgerError("memo_number_taken", number=number) from exc
    logging.getLogger(__name__).info("issued memo %s for incident %s (sha256 %s)", number, incident_id, row.sha256)
    return MemoRow(id=row.id, incident_id=row.incident_id, number=row.number, issued_on=row.issued_on, lang=row.lang,
                   sha256=row.sha256, title=row.title, size=len(pdf))


def list_issued(db: Readable, incident_id: int | None = None) -> list[MemoRow]:
    """Issued memos, newest first, without their bytes."""
    sql = "SELECT id, incident_id, number, issued_on, lang, sha256, title, length(pdf) AS size FROM memo"
    params: tuple = ()
    if incident_id is not None:
        sql, params = sql + " WHERE incident_id = ?", (incident_id,)
    with db.reader() as r:
        return [MemoRow(**x._asdict()) for x in r.rows(sql + " ORDER BY issued_on DESC, id DESC", params)]


def reprint(db: Readable, number: str) -> bytes:
    """Exactly the bytes issued under this number, whatever changed in the ledger since."""
    with db.reader() as r:
        pdf = r.scalar("SELECT pdf FROM memo WHERE number = ?", (number,))
    if pdf is None:
        raise LedgerError("memo_not_found", number=number)
    return bytes(pdf)
