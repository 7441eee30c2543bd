"""What changed since the previous issued memo, by the facts' own dates.

A memo dated D that follows a memo issued on P lists the facts dated after P and on or before D, and the
facts entered after that memo was issued but dated on or before P (事後登録: the previous memo could not
show them). Facts are: timeline events, statements and their claims' checks, decisions (and a decision's
end date passing, and a withdrawal), requests received or for information, answers and recurring reports;
and a statement the previous memo reported that has since been retired (a correction).
The window is [P, D] by the date each fact carries, so entering facts late never hides them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.rules import current_check, state_on
from ..domain.typed_dates import FactDate
from ..domain.vocab import UNDECIDED
from ..reports import data as rd
from ..storage.reader import Reader
from .reads import entered
from .views import AffectedUse, DecisionRow, IncidentOverview, RequestRecord

ORDER = {
    "event": 0,
    "statement": 1,
    "claim": 2,
    "promise": 3,
    "decision": 4,
    "withdrawal": 5,
    "request_added": 6,
    "request_info": 7,
    "request_answered": 8,
    "report_sent": 9,
    "statement_retired": 10,
}


@dataclass(frozen=True)
class Previous:
    """The previous issued memo: its number and date, and the audit sequence of its issue."""

    number: str
    issued_on: date
    seq: int


def previous(r: Reader, incident_id: int, number: str, memo_date: date) -> Previous | None:
    """The incident's latest memo issued on or before `memo_date`, never the memo `number` itself; for a
    number already issued, only memos issued before it (so a re-render compares as when it was issued)."""
    memos = {
        mid: (num, day)
        for mid, num, day in r.rows("SELECT id, number, issued_on FROM memo WHERE incident_id = ?", (incident_id,))
    }
    if not memos:
        return None
    # The incident's memos first (indexed): joined the other way round, SQLite walks the whole audit trail.
    created = dict(
        r.rows_in(
            "SELECT entity_id, seq FROM audit_event WHERE entity = 'memo' AND action = 'create' "
            "AND entity_id IN ({in})",
            list(memos),
        )
    )
    rows = [(num, day, created.get(mid, 0)) for mid, (num, day) in memos.items()]
    own = next((seq for num, _, seq in rows if num == number), None)
    found = [x for x in rows if x[0] != number and x[1] <= memo_date and (own is None or x[2] < own)]
    if not found:
        return None
    num, day, seq = max(found, key=lambda x: (x[1], x[2]))
    return Previous(num, day, seq)


class _Window:
    def __init__(self, prev: Previous, memo_date: date):
        self.prev, self.day = prev, memo_date

    def status(self, day: date | None, entered_at: int) -> bool | None:
        """None: not a change; False: a change in the period; True: a late entry (事後登録)."""
        if day is None or day > self.day:
            return None
        if day > self.prev.issued_on:
            return False
        return True if entered_at > self.prev.seq else None


def _use_and_service(a: AffectedUse, lang: str) -> str:
    return f"{a.use_name}({a.service_name})" if lang == "ja" else f"{a.use_name} ({a.service_name})"


def said(who: str, what: str, lang: str) -> str:
    """県 情報政策課「再点検」 / 県 情報政策課: 再点検 — who said or asked what, in the memo's language."""
    return f"{who}「{what}」" if lang == "ja" else f"{who}: {what}"


def _valid(history: tuple[DecisionRow, ...], day: date) -> list[DecisionRow]:
    return [d for d in history if d.withdrawal is None or d.withdrawal.withdrawn_on > day]


def _decisions(a: AffectedUse, w: _Window, lang: str) -> list[rd.ChangeLine]:
    out: list[rd.ChangeLine] = []
    subject = _use_and_service(a, lang)
    valid = _valid(a.history, w.day)
    for i, d in enumerate(valid):
        before = valid[i - 1] if i else None
        late = w.status(d.decided_on, d.entered_at)
        if late is not None:
            old = state_on(before, d.decided_on - timedelta(days=1)) if before else ""
            out.append(
                rd.ChangeLine(
                    kind="decision",
                    when=FactDate.of_day(d.decided_on),
                    subject=subject,
                    old=old,
                    new=d.state,
                    late=late,
                    what=a.use_name,
                    who=a.service_name,
                )
            )
        after = valid[i + 1].decided_on if i + 1 < len(valid) else None
        if d.effective_until and d.then_state:  # the state that follows takes effect the day after the end
            begins = d.effective_until + timedelta(days=1)
            ended = w.status(begins, d.entered_at)
            if ended is not None and (after is None or begins < after):
                out.append(
                    rd.ChangeLine(
                        kind="decision",
                        when=FactDate.of_day(begins),
                        subject=subject,
                        old=d.state,
                        new=d.then_state,
                        late=ended,
                        what=a.use_name,
                        who=a.service_name,
                    )
                )
    for d in a.history:
        wd = d.withdrawal
        if wd is None or wd.withdrawn_on > w.day:
            continue
        late = w.status(wd.withdrawn_on, wd.entered_at)
        shown_before = d.decided_on <= w.prev.issued_on and d.entered_at <= w.prev.seq
        if late is not None and shown_before:  # a decision the mayor was told of, taken back
            now = a.state if a.decision else UNDECIDED
            out.append(
                rd.ChangeLine(
                    kind="withdrawal",
                    when=FactDate.of_day(wd.withdrawn_on),
                    subject=subject,
                    old=d.state,
                    new=now,
                    late=late,
                    what=a.use_name,
                    who=a.service_name,
                )
            )
    return out


def _statements(ov: IncidentOverview, w: _Window, lang: str, promised_later: set[int]) -> list[rd.ChangeLine]:
    out: list[rd.ChangeLine] = []
    for st in ov.statements:
        new_statement = w.status(st.made.start, st.entered_at)
        if new_statement is not None:
            out.append(
                rd.ChangeLine(
                    kind="statement",
                    when=st.made,
                    subject=said(st.party, st.title, lang) if st.title else st.party,
                    new=st.channel,
                    late=new_statement,
                    who=st.party,
                    what=st.title,
                    count=len(st.claims),
                )
            )
        for c in st.claims:
            subject = said(st.party, c.text, lang)
            if new_statement is not None:
                now = current_check(c.checks, w.day)
                if now is not None and now.verification != "unverified":
                    out.append(
                        rd.ChangeLine(
                            kind="claim",
                            when=FactDate.of_day(now.checked_on),
                            subject=subject,
                            new=now.verification,
                            late=new_statement,
                            who=st.party,
                            what=c.text,
                        )
                    )
                if c.promised_by:
                    out.append(
                        rd.ChangeLine(
                            kind="promise",
                            when=st.made,
                            subject=subject,
                            new=c.promised_by.isoformat(),
                            late=new_statement,
                            who=st.party,
                            what=c.text,
                        )
                    )
                continue
            relevant = [x for x in c.checks if w.status(x.checked_on, x.entered_at) is not None]
            if relevant:
                known = [x for x in c.checks if x.checked_on <= w.prev.issued_on and x.entered_at <= w.prev.seq]
                was, now = current_check(known), current_check(c.checks, w.day)
                was_v = was.verification if was else "unverified"
                if now is not None and now.verification != was_v:
                    latest = max(relevant, key=lambda x: (x.checked_on, x.id))
                    out.append(
                        rd.ChangeLine(
                            kind="claim",
                            when=FactDate.of_day(latest.checked_on),
                            subject=subject,
                            old=was_v,
                            new=now.verification,
                            who=st.party,
                            what=c.text,
                            late=all(x.checked_on <= w.prev.issued_on for x in relevant),
                        )
                    )
            if c.promised_by and c.id in promised_later:
                out.append(
                    rd.ChangeLine(
                        kind="promise",
                        when=None,
                        subject=subject,
                        new=c.promised_by.isoformat(),
                        who=st.party,
                        what=c.text,
                    )
                )
    return out


def _retired(ov: IncidentOverview, w: _Window, lang: str, retired_later: set[int]) -> list[rd.ChangeLine]:
    """Statements the previous memo reported that have since been retired (廃止済み): said as a correction."""
    out: list[rd.ChangeLine] = []
    for st in ov.retired_statements:
        shown_before = st.made.start <= w.prev.issued_on and st.entered_at <= w.prev.seq
        if st.retired_on is None or not shown_before or st.id not in retired_later:
            continue
        out.append(
            rd.ChangeLine(
                kind="statement_retired",
                when=FactDate.of_day(st.retired_on),
                subject=said(st.party, st.title, lang) if st.title else st.party,
                new=st.channel,
                late=st.retired_on <= w.prev.issued_on,
                who=st.party,
                what=st.title,
                count=len(st.claims),
            )
        )
    return out


def _requests(r: Reader, ov: IncidentOverview, w: _Window, lang: str, answered_later: set[int]) -> list[rd.ChangeLine]:
    out: list[rd.ChangeLine] = []
    report_seqs = entered.sequences(r, "request_report", [x.id for q in ov.requests for x in q.reports])
    for q in ov.requests:
        subject = said(q.issuer, q.subject, lang)
        late = w.status(q.issued_on, q.entered_at)
        if late is not None:
            if q.to_city:
                due = q.next_due() if q.every_months else q.due_on
                out.append(
                    _request_line(q, subject, "request_added", q.issued_on, late, due.isoformat() if due else "")
                )
            else:
                out.append(_request_line(q, subject, "request_info", q.issued_on, late))
        if q.answered_on and q.to_city:
            answered = w.status(q.answered_on, q.entered_at if q.id not in answered_later else w.prev.seq + 1)
            if answered is not None:
                out.append(
                    _request_line(q, subject, "request_answered", q.answered_on, answered, q.answered_on.isoformat())
                )
        for rep in q.reports:
            sent = w.status(rep.reported_on, report_seqs.get(rep.id, 0))
            if sent is not None:
                out.append(_request_line(q, subject, "report_sent", rep.reported_on, sent, rep.reported_on.isoformat()))
    return out


def _request_line(q: RequestRecord, subject: str, kind: str, day: date, late: bool, new: str = "") -> rd.ChangeLine:
    """A change of request `q`, dated `day`."""
    return rd.ChangeLine(
        kind=kind,
        when=FactDate.of_day(day),
        subject=subject,
        new=new,
        late=late,
        who=q.issuer,
        what=q.subject,
        addressee=q.addressee,
    )


def _updated_after(r: Reader, entity: str, column: str, ids: list[int], seq: int) -> set[int]:
    """Records of `entity` whose `column` was set by an update after audit sequence `seq`."""
    if not ids:
        return set()
    out = set()
    for entity_id, new in r.rows_in(
        f"SELECT entity_id, new FROM audit_event WHERE entity = '{entity}' AND "
        f"action = 'update' AND seq > {int(seq)} AND entity_id IN ({{in}})",
        ids,
    ):
        if (json.loads(new or "null") or {}).get(column):
            out.add(entity_id)
    return out


def since(r: Reader, ov: IncidentOverview, prev: Previous, memo_date: date, lang: str) -> tuple[rd.ChangeLine, ...]:
    """Every change between the previous memo and `memo_date` in date order, late entries marked."""
    w = _Window(prev, memo_date)
    out: list[rd.ChangeLine] = []
    for t in ov.timeline:
        late = w.status(t.entry.occurred.start, t.entry.entered_at)
        if late is not None:
            out.append(
                rd.ChangeLine(kind="event", when=t.entry.occurred, subject=t.entry.text, what=t.entry.text, late=late)
            )
    claim_ids = [c.id for st in ov.statements for c in st.claims]
    out += _statements(ov, w, lang, _updated_after(r, "claim", "promised_by", claim_ids, prev.seq))
    out += _retired(
        ov, w, lang, _updated_after(r, "statement", "retired_on", [st.id for st in ov.retired_statements], prev.seq)
    )
    for a in ov.affected:
        out += _decisions(a, w, lang)
    out += _requests(r, ov, w, lang, _updated_after(r, "request", "answered_on", [q.id for q in ov.requests], prev.seq))
    return tuple(sorted(out, key=lambda c: (c.day or date.max, ORDER[c.kind], c.subject)))


def counted(changes: tuple[rd.ChangeLine, ...]) -> dict[str, int]:
    """How many changes of each kind; claims of new statements are counted as new claims, apart."""
    n: dict[str, int] = defaultdict(int)
    for c in changes:
        n["new_claim" if c.kind == "claim" and not c.old else c.kind] += 1
        if c.kind == "statement":
            n["claims_logged"] += c.count
    return dict(n)
