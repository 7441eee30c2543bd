"""What is due: unanswered requests, vendors' promised dates, decisions' next reviews. One list, one rule."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ...domain.rules import incident_live, promise_open
from ...storage.reader import Reader
from ..views import ClaimRecord, Deadline, DecisionRow, RequestRecord
from . import decisions as decision_reads
from . import requests as request_reads


def build(requests: Iterable[RequestRecord], promises: Iterable[tuple[ClaimRecord, str, int | None]],
          reviews: Iterable[tuple[DecisionRow, int | None]], today: date) -> list[Deadline]:
    """Deadlines from requests, (claim, party name, incident) promises and (current decision, incident) reviews."""
    out = []
    for q in requests:
        if q.due_on and not q.answered_on:
            out.append(Deadline(due_on=q.due_on, kind="request", text=f"{q.issuer}: {q.subject}",
                                incident_id=q.incident_id, ref_id=q.id, overdue=q.due_on < today))
    for claim, party, incident_id in promises:
        if claim.promised_by and promise_open(claim.verification):
            out.append(Deadline(due_on=claim.promised_by, kind="promise", text=f"{party}: {claim.text}",
                                incident_id=incident_id, ref_id=claim.id, overdue=claim.promised_by < today))
    for d, incident_id in reviews:
        if d.next_review_on:
            out.append(Deadline(due_on=d.next_review_on, kind="review", text=f"{d.service_name} / {d.use_name}",
                                incident_id=incident_id, ref_id=d.id, overdue=d.next_review_on < today))
    out.sort(key=lambda d: (d.due_on, d.kind, d.ref_id))
    return out


def upcoming(r: Reader, *, today: date | None = None) -> list[Deadline]:
    """Every open deadline: unanswered requests, and promises and reviews of incidents that are not closed."""
    live = {i for i, status in r.rows("SELECT id, status FROM incident") if incident_live(status)}
    requests = request_reads.requests(r, open_only=True)
    promises = []
    for x in r.rows("SELECT c.id, st.incident_id, p.name AS party FROM claim c "
                    "JOIN statement st ON st.id = c.statement_id JOIN party p ON p.id = st.party_id "
                    "WHERE c.promised_by IS NOT NULL"):
        if x.incident_id in live:
            promises.append((x.id, x.party, x.incident_id))
    claims = {c.id: c for c in request_reads.claims_by_id(r, [p[0] for p in promises])}
    reviews = [(d, d.incident_id) for d in decision_reads.decisions(r, "next_review_on IS NOT NULL", current_only=True)
               if d.incident_id in live]
    return build(requests, [(claims[cid], party, inc) for cid, party, inc in promises], reviews,
                 today or date.today())
