"""What is due: requests the city must answer (once, or every N months), vendors' promised dates, decisions'
reviews and end dates. One list, one rule, for the incident page, the requests page, the memo and the CLI."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ...domain.rules import incident_live, promise_open
from ...domain.statutory import is_statutory
from ...storage.reader import Reader
from ..views import ClaimRecord, Deadline, DecisionRow, RequestRecord
from . import decisions as decision_reads
from . import requests as request_reads


def build(
    requests: Iterable[RequestRecord],
    promises: Iterable[tuple[ClaimRecord, str, int | None]],
    decisions: Iterable[tuple[DecisionRow, int | None]],
    today: date,
) -> list[Deadline]:
    """Deadlines from requests, (claim, party name, incident) promises and (current decision, incident) pairs.

    A request addressed to someone else (the vendor, all bodies) is the city's news, never its deadline.
    """
    out = []
    for q in requests:
        due = q.next_due(today) if q.to_city else None
        if due is not None:
            kind = "report" if q.every_months else "statutory" if is_statutory(q.issuer) else "request"
            out.append(
                Deadline(
                    due_on=due,
                    kind=kind,
                    text=f"{q.issuer}: {q.subject}",
                    incident_id=q.incident_id,
                    ref_id=q.id,
                    overdue=due < today,
                )
            )
    for claim, party, incident_id in promises:
        if claim.promised_by and promise_open(claim.verification):
            out.append(
                Deadline(
                    due_on=claim.promised_by,
                    kind="promise",
                    text=f"{party}: {claim.text}",
                    incident_id=incident_id,
                    ref_id=claim.id,
                    overdue=claim.promised_by < today,
                )
            )
    for d, incident_id in decisions:
        where = f"{d.service_name} / {d.use_name}"
        if d.next_review_on:
            out.append(
                Deadline(
                    due_on=d.next_review_on,
                    kind="review",
                    text=where,
                    incident_id=incident_id,
                    ref_id=d.id,
                    overdue=d.next_review_on < today,
                )
            )
        if d.effective_until and d.effective_until >= today:  # an end still ahead: the decision changes then
            out.append(
                Deadline(
                    due_on=d.effective_until,
                    kind="until",
                    text=where,
                    incident_id=incident_id,
                    ref_id=d.id,
                    overdue=False,
                )
            )
    out.sort(key=lambda x: (x.due_on, x.kind, x.ref_id))
    return out


def upcoming(r: Reader, *, today: date | None = None) -> list[Deadline]:
    """Every open deadline: requests to answer, and promises and reviews of incidents that are not closed."""
    today = today or date.today()
    live = {i for i, status in r.tuples("SELECT id, status FROM incident") if incident_live(status)}
    requests = request_reads.requests(r, open_only=True)
    promises = []
    for x in r.rows(
        "SELECT c.id, st.incident_id, p.name AS party FROM claim c "
        "JOIN statement st ON st.id = c.statement_id JOIN party p ON p.id = st.party_id "
        "WHERE c.promised_by IS NOT NULL"
    ):
        if x.incident_id in live:
            promises.append((x.id, x.party, x.incident_id))
    claims = {c.id: c for c in request_reads.claims_by_id(r, [p[0] for p in promises])}
    current = decision_reads.decisions(
        r, "next_review_on IS NOT NULL OR effective_until IS NOT NULL", current_only=True
    )
    return build(
        requests,
        [(claims[cid], party, inc) for cid, party, inc in promises],
        [(d, d.incident_id) for d in current if d.incident_id in live],
        today,
    )
