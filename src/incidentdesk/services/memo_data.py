"""The memo's data: an incident's overview as it stood on the memo's date, turned into the plain structures of
reports/data.py (its tables, lines and texts' inputs) that reports/ lays out and words. Reads only."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from ..domain.era_dates import MONTHS_EN
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

STATE_ORDER = DECISION_STATES.codes() + [UNDECIDED]


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
