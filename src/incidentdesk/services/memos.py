"""The mayor's status memo: assemble its data, render, issue (stored and audited), list, reprint."""

from __future__ import annotations

import hashlib
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, UTC
from typing import TYPE_CHECKING

from .. import reports
from ..domain import validation as v
from ..domain.era_dates import MONTHS_EN, fiscal_year, format_date
from ..domain.errors import LedgerError
from ..domain.typed_dates import format_fact_date
from ..domain.vocab import DATA_CATEGORIES, DECISION_STATES, LOCATION_KINDS, UNDECIDED, country_label, decision_label
from ..reports import data as rd
from ..reports import texts
from ..storage.reader import Readable
from . import memo_changes
from .memo_changes import said
from .reads import incidents as incident_reads
from .reads import ledger as ledger_reads
from .views import AffectedUse, DecisionRow, IncidentOverview, PartyRole, Place, RequestRecord, SourceRef

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


def _place_head(p: Place, lang: str) -> str:
    """日本・本庁舎サーバー室 / Japan, main building server room: the country with the place's own description."""
    country = country_label(p.country, lang)
    if not p.place:
        return country
    return f"{country}・{p.place}" if lang == "ja" else f"{country}, {p.place}"


def _places(places: tuple[Place, ...], lang: str, with_party: bool) -> str:
    """'日本・本庁舎サーバー室: 住民記録(住民票)、税' one line per place (and kind and party, for access)."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for p in places:
        key = (_place_head(p, lang), p.kind if with_party else "", p.party if with_party else "")
        cats = groups.setdefault(key, [])
        label = DATA_CATEGORIES.label(p.category, lang)
        if p.detail and p.detail != label:
            label += f"({p.detail})" if lang == "ja" else f" ({p.detail})"
        if label not in cats:
            cats.append(label)
    sep, colon = ("、", ": ") if lang == "ja" else (", ", ": ")
    lines = []
    for (head, kind, party), cats in groups.items():
        if kind == "operation":
            head += (
                f"({LOCATION_KINDS.label(kind, lang)})" if lang == "ja" else f" ({LOCATION_KINDS.label(kind, lang)})"
            )
        line = head + colon + sep.join(cats)
        if party:
            line += f"({party})" if lang == "ja" else f" ({party})"
        lines.append(line)
    return "\n".join(lines)


def chain_text(chain: tuple[PartyRole, ...], lang: str) -> str:
    """受託事業者A → 再委託先B(承認なし) → 再々委託先C; two subcontractors of one contractor are listed with 、."""
    below: dict[int | None, list[PartyRole]] = defaultdict(list)
    ids = {link.id for link in chain}
    for link in chain:
        below[link.upstream_id if link.upstream_id in ids else None].append(link)

    def name(link: PartyRole) -> str:
        if link.upstream_id is None or link.approval not in ("not_approved", "unknown"):
            return link.party
        mark = texts.approval_mark(link.approval, lang)
        return f"{link.party}({mark})" if lang == "ja" else f"{link.party} ({mark})"

    def walk(link: PartyRole, seen: frozenset[int]) -> str:
        kids = [k for k in below.get(link.id, []) if k.id not in seen]
        if not kids:
            return name(link)
        sep = "、" if lang == "ja" else ", "
        inner = sep.join(walk(k, seen | {k.id}) for k in kids)
        return f"{name(link)} → {inner}"

    return "\n".join(walk(top, frozenset({top.id})) for top in below.get(None, []))


def _decider(d: DecisionRow) -> str:
    """市長 / 北浜 一郎 on two lines; 大臣 総務大臣 printed once as 総務大臣 (the name already says the role)."""
    role, name = d.decided_by_role.strip(), d.decided_by_name.strip()
    if role and name and role in name:
        return name
    return "\n".join(x for x in (role, name) if x)


def _steps(a: AffectedUse, day: date) -> tuple[rd.Step, ...]:
    """The states before the current one, oldest first: each valid decision, and a state that followed an
    end date (条件付き継続 until the contract ended, then 廃止)."""
    valid = [d for d in a.history if d.withdrawal is None or d.withdrawal.withdrawn_on > day]
    steps: list[rd.Step] = []
    for i, d in enumerate(valid):
        steps.append(rd.Step(state=d.state, day=d.decided_on))
        nxt = valid[i + 1].decided_on if i + 1 < len(valid) else None
        if d.effective_until and d.then_state:
            begins = d.effective_until + timedelta(days=1)
            if begins <= day and (nxt is None or begins < nxt):
                steps.append(rd.Step(state=d.then_state, day=begins))
    return tuple(steps[:-1])


def _use_line(a: AffectedUse, lang: str, day: date) -> rd.UseLine:
    d = a.decision
    return rd.UseLine(
        department=a.department,
        service=a.service_name,
        platform=a.platform,
        use=a.use_name,
        personal_data=a.personal_data,
        handles_personal_data=a.handles_personal_data,
        confidentiality=a.confidentiality,
        stored_in=_places(a.stored_in, lang, False),
        accessed_from=_places(a.accessed_from, lang, True),
        contractors=chain_text(a.chain, lang),
        state=a.state,
        decided_on=a.since,  # the day after an end date for the state that followed it
        decided_by=_decider(d) if d else "",
        history=_steps(a, day),
    )


# (state, rationale, conditions, next review, end date, state after it, (state, end date) it followed from)
_GroupKey = tuple[str, str, str, date | None, date | None, str, tuple[str, date] | None]


def _groups(ov: IncidentOverview, day: date) -> tuple[rd.DecisionGroup, ...]:
    grouped: dict[_GroupKey, list[tuple[str, str]]] = defaultdict(list)
    for a in ov.affected:
        d = a.decision
        key: _GroupKey
        if d is None:
            key = (a.state, "", "", None, None, "", None)
        elif (
            d.effective_until and d.then_state and day > d.effective_until
        ):  # the state that followed the end date: said to follow from it, with the first reasons
            key = (a.state, d.rationale, "", None, None, "", (d.state, d.effective_until))
        else:
            key = (a.state, d.rationale, d.conditions, d.next_review_on, d.effective_until, d.then_state, None)
        grouped[key].append((a.service_name, a.use_name))
    keys = sorted(grouped, key=lambda k: (STATE_ORDER.index(k[0]), k[3] or date.max, k[1], k[2]))
    return tuple(
        rd.DecisionGroup(
            state=k[0],
            uses=tuple(grouped[k]),
            rationale=k[1],
            conditions=k[2],
            next_review_on=k[3],
            effective_until=k[4],
            then_state=k[5],
            ended=k[6],
        )
        for k in keys
    )


def _schedule(ov: IncidentOverview, lang: str) -> tuple[rd.ScheduleLine, ...]:
    """Deadlines in date order; reviews and ends on the same day for the same service become one line."""
    by_decision = {a.decision.id: a for a in ov.affected if a.decision}
    requests = {r.id: r for r in ov.requests}
    claims = {c.id: (st.party, c.text) for st in ov.statements for c in st.claims}
    grouped: dict[tuple[date, str, str], list[str]] = {}
    out: list[rd.ScheduleLine] = []
    for d in ov.deadlines:
        a = by_decision.get(d.ref_id) if d.kind in ("review", "until") else None
        if a is None:
            text = d.text
            if d.kind == "statutory" and d.ref_id in requests:
                text = requests[d.ref_id].subject  # the kind already names the Commission
            elif d.kind in ("request", "report") and d.ref_id in requests:
                text = said(requests[d.ref_id].issuer, requests[d.ref_id].subject, lang)
            elif d.kind == "promise" and d.ref_id in claims:
                text = said(*claims[d.ref_id], lang)
            out.append(rd.ScheduleLine(due_on=d.due_on, kind=d.kind, text=text, overdue=d.overdue))
            continue
        key = (d.due_on, d.kind, a.service_name)
        if key not in grouped:
            grouped[key] = []
            out.append(rd.ScheduleLine(due_on=d.due_on, kind=d.kind, text="", overdue=d.overdue))
        text = a.use_name
        if d.kind == "until" and a.decision and a.decision.then_state:
            then = decision_label(a.decision.then_state, lang)
            text += f"→{then}" if lang == "ja" else f" → {then}"
        grouped[key].append(text)
    sep = "、" if lang == "ja" else "; "
    lines, keys = [], iter(grouped.items())
    for line in out:
        if line.kind in ("review", "until") and not line.text:
            (_, _, service), names = next(keys)
            what = (
                sep.join(names) if len(names) <= 4 else (f"{len(names)}業務" if lang == "ja" else f"{len(names)} uses")
            )
            line = replace(line, text=f"{service}({what})" if lang == "ja" else f"{service} ({what})")
        lines.append(line)
    return tuple(lines)


def cite(ref: SourceRef, lang: str) -> str:
    """A source in short form, as 経緯 cites it: 新聞A 6/23 (the publisher, else the title, and the day)."""
    who = ref.publisher or (ref.title if len(ref.title) <= 16 else ref.title[:15] + "…")
    when = ref.published
    if when is None:
        return who
    if lang == "ja":
        day = (
            f"{when.start.month}/{when.start.day}"
            if when.precision == "day"
            else format_fact_date(when, lang).split("年", 1)[-1]
        )
    else:
        day = (
            f"{when.start.day} {MONTHS_EN[when.start.month - 1][:3]}"
            if when.precision == "day"
            else format_fact_date(when, lang)
        )
    return f"{who} {day}" if lang == "ja" else f"{who}, {day}"


def _request_line(q: RequestRecord) -> rd.RequestLine:
    return rd.RequestLine(
        issuer=q.issuer,
        doc_number=q.doc_number,
        issued_on=q.issued_on,
        due_on=q.next_due() if q.every_months else q.due_on,
        subject=q.subject,
        answered_on=q.answered_on,
        answer=q.answer,
        to_city=q.to_city,
        addressee=q.addressee,
        asks=q.asks,
        every_months=q.every_months,
        reported=tuple(sorted(x.reported_on for x in q.reports)),
    )


def assemble(
    db: Readable,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str,
    overview: str | None = None,
    policy: str | None = None,
    draft: bool = True,
    anchor: str = "",
) -> rd.MemoData:
    """Everything the memo shows, as the ledger stood on `memo_date` by the facts' own dates; None texts
    are generated from the ledger."""
    previous: rd.PreviousMemo | None = None
    changed: tuple[rd.ChangeLine, ...] = ()
    with db.reader() as r:  # one snapshot: the overview and the changes since the last memo agree
        ov = incident_reads.overview(r, incident_id, today=memo_date, as_of=memo_date)
        cfg = ledger_reads.settings(r)
        found = memo_changes.previous(r, incident_id, number, memo_date)
        if found:
            previous = rd.PreviousMemo(number=found.number, issued_on=found.issued_on)
            changed = memo_changes.since(r, ov, found, memo_date, lang)
    statements = tuple(
        rd.StatementLine(
            party=st.party,
            made=st.made,
            channel=st.channel,
            speaker=st.speaker,
            title=st.title,
            cites=tuple(cite(x, lang) for x in st.sources),
            claims=tuple(
                rd.ClaimLine(
                    text=c.text,
                    verification=(k.verification if k else "unverified"),
                    checked_how=k.checked_how if k else "",
                    checked_on=k.checked_on if k else None,
                    promised_by=c.promised_by,
                )
                for c in st.claims
                for k in (c.check_as_of(memo_date),)
            ),
        )
        for st in ov.statements
    )
    data = rd.MemoData(
        lang=lang,
        date_style=cfg.date_style or "era",
        memo_date=memo_date,
        number=number,
        marking=cfg.marking,
        municipality=cfg.municipality,
        department=cfg.department,
        section=cfg.section,
        contact_name=cfg.contact_name,
        contact_phone=cfg.contact_phone,
        addressee=cfg.addressee,
        approval_roles=cfg.roles(),
        font_path=cfg.font_path,
        title=ov.incident.title,
        overview="",
        policy="",
        counts=tuple((code, ov.counts.get(code, 0)) for code in STATE_ORDER),
        timeline=tuple(
            rd.TimelineLine(when=t.entry.occurred, text=t.entry.text, cites=tuple(cite(x, lang) for x in t.sources))
            for t in ov.timeline
        ),
        uses=tuple(_use_line(a, lang, memo_date) for a in ov.affected),
        statements=statements,
        requests=tuple(_request_line(q) for q in ov.requests),
        schedule=_schedule(ov, lang),
        sources=tuple(
            rd.SourceLine(title=x.title, publisher=x.publisher, published=x.published, url=x.url) for x in ov.sources
        ),
        previous=previous,
        changes=changed,
        draft=draft,
        anchor=anchor,
    )
    if overview is None:
        overview = texts.overview_text(data, ov.incident.summary)
    if policy is None:
        policy = texts.policy_text(_groups(ov, memo_date), lang, data.date_style)
    return replace(data, overview=overview, policy=policy)


# -- the API the window and the command line use ------------------------------------------


def default_texts(
    db: Readable, incident_id: int, *, lang: str, memo_date: date | None = None, number: str = ""
) -> tuple[str, str]:
    """The generated 概要 (overview) and 対応方針 (policy) for the memo `number` dated `memo_date`, to edit."""
    data = assemble(db, incident_id, lang=lang, memo_date=memo_date or date.today(), number=number)
    return data.overview, data.policy


def _render_data(
    db: Readable,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str,
    overview: str | None,
    policy: str | None,
    draft: bool | None,
) -> rd.MemoData:
    anchor = ""
    if draft is None or not draft:
        with db.reader() as r:
            found = r.one("SELECT anchor FROM memo WHERE number = ?", (number,)) if number else None
        if draft is None:
            draft = found is None
        anchor = found.anchor if found is not None else ""
    return assemble(
        db,
        incident_id,
        lang=lang,
        memo_date=memo_date,
        number=number,
        overview=overview,
        policy=policy,
        draft=draft,
        anchor=anchor,
    )


def render(
    db: Readable,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str,
    overview: str | None = None,
    policy: str | None = None,
    draft: bool | None = None,
) -> bytes:
    """The memo PDF, marked 案 / DRAFT on every page unless it is not a draft; the same ledger, settings, date
    and texts give the same bytes. `draft` None: a draft unless `number` was issued, in which case it is
    rendered as issued (with the audit head stored with it), so an unchanged ledger gives the issued file."""
    return reports.build(
        _render_data(
            db,
            incident_id,
            lang=lang,
            memo_date=memo_date,
            number=number,
            overview=overview,
            policy=policy,
            draft=draft,
        )
    )


def render_checked(
    db: Readable,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str,
    overview: str | None = None,
    policy: str | None = None,
    draft: bool | None = None,
) -> tuple[bytes, list[tuple[str, str]]]:
    """render() and missing_characters() from one reading of the ledger."""
    from ..domain import messages
    from ..reports.document import missing_characters as missing

    data = _render_data(
        db, incident_id, lang=lang, memo_date=memo_date, number=number, overview=overview, policy=policy, draft=draft
    )
    return reports.build(data), [(messages.text(key, lang), chars) for key, chars in missing(data)]


def missing_characters(
    db: Readable,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str,
    overview: str | None = None,
    policy: str | None = None,
) -> list[tuple[str, str]]:
    """What the fonts cannot print (it would show as 〓), with where: [(where, characters)], `where` in the
    memo's language (概要, 2 経緯, 団体名 ...). Asked before issuing so the user can fix it or accept it."""
    from ..domain import messages
    from ..reports.document import missing_characters as missing

    data = assemble(db, incident_id, lang=lang, memo_date=memo_date, number=number, overview=overview, policy=policy)
    return [(messages.text(key, lang), chars) for key, chars in missing(data)]


def sender_missing(db: Readable) -> list[str]:
    """The memo settings a first memo needs and the ledger lacks (department, section, contact name)."""
    with db.reader() as r:
        cfg = ledger_reads.settings(r)
    return [name for name in ("department", "section", "contact_name") if not (getattr(cfg, name) or "").strip()]


def check_date(db: Readable, incident_id: int, memo_date: date, *, today: date | None = None) -> None:
    """Refuse to issue a memo dated after today, or before the incident's latest issued memo: the record of
    what the mayor was told runs forward."""
    today = today or date.today()
    if memo_date > today:
        raise LedgerError(
            "memo_date_future",
            date=memo_date.isoformat(),
            today=today.isoformat(),
            date_ja=format_date(memo_date),
            today_ja=format_date(today),
        )
    with db.reader() as r:
        latest = r.one(
            "SELECT number, issued_on FROM memo WHERE incident_id = ? ORDER BY issued_on DESC, id DESC", (incident_id,)
        )
    if latest is not None and memo_date < latest.issued_on:
        raise LedgerError(
            "memo_date_before_previous",
            date=memo_date.isoformat(),
            number=latest.number,
            previous=latest.issued_on.isoformat(),
            date_ja=format_date(memo_date),
            previous_ja=format_date(latest.issued_on),
        )


_SEQ = re.compile(r"第?(\d+)号")  # what follows the prefix in 情政第12号


def next_number(db: Readable, memo_date: date) -> str:
    """The prefix from the settings and the next sequence number of the fiscal year: 情政第3号."""
    fy = fiscal_year(memo_date)
    with db.reader() as r:
        prefix = ledger_reads.settings(r).memo_number_prefix
        rows = r.rows("SELECT number, issued_on FROM memo")
    taken = {n for n, _ in rows}
    used = [
        int(m.group(1))
        for n, day in rows
        if fiscal_year(day) == fy and n.startswith(prefix) and (m := _SEQ.fullmatch(n[len(prefix) :].strip()))
    ]
    seq = max(used, default=0) + 1
    # A prefix that already ends in 第 (情政第) gets only the number; otherwise 第 is added.
    lead = prefix if prefix.endswith("第") else prefix + "第"
    while f"{lead}{seq}号" in taken:  # the same number in an earlier fiscal year
        seq += 1
    return f"{lead}{seq}号"


def issue(
    db: Database,
    incident_id: int,
    *,
    lang: str,
    memo_date: date,
    number: str | None = None,
    overview: str | None = None,
    policy: str | None = None,
) -> MemoRow:
    """Render and store the memo (bytes, SHA-256, number, date) through the audited change path."""
    from sqlalchemy.exc import IntegrityError

    from ..storage.models import Memo
    from . import changes

    check_date(db, incident_id, memo_date)
    number = v.text(number, "number", max_len=100) if number else next_number(db, memo_date)
    with db.reader() as r:
        if r.scalar("SELECT id FROM memo WHERE number = ?", (number,)) is not None:
            raise LedgerError("memo_number_taken", number=number)
    from .ledger import current_head

    anchor = current_head(db) or ""  # the head before the memo's own audit event; printed, and kept with it
    data = assemble(
        db,
        incident_id,
        lang=lang,
        memo_date=memo_date,
        number=number,
        overview=overview,
        policy=policy,
        draft=False,
        anchor=anchor,
    )
    pdf = reports.build(data)
    row = Memo(
        incident_id=incident_id,
        number=number,
        issued_on=memo_date,
        lang=lang,
        anchor=anchor,
        title=reports.memo_title(data)[:300],
        overview=data.overview,
        policy=data.policy,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        issued_at=datetime.now(UTC),
    )
    try:
        with db.write() as s:
            changes.create(s, db, row)
    except IntegrityError as exc:  # another user issued the same number in the meantime
        raise LedgerError("memo_number_taken", number=number) from exc
    logging.getLogger(__name__).info("issued memo %s for incident %s (sha256 %s)", number, incident_id, row.sha256)
    return MemoRow(
        id=changes.id_of(row),
        incident_id=row.incident_id,
        number=row.number,
        issued_on=row.issued_on,
        lang=row.lang,
        sha256=row.sha256,
        title=row.title,
        size=len(pdf),
    )


def list_issued(db: Readable, incident_id: int | None = None) -> list[MemoRow]:
    """Issued memos, newest first, without their bytes."""
    sql = "SELECT id, incident_id, number, issued_on, lang, sha256, title, length(pdf) AS size FROM memo"
    params: tuple[int, ...] = ()
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
