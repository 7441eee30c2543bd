"""The reports to the Personal Information Protection Commission an incident marked as a personal-data leak
owes (domain/statutory.py has the rule and its source), offered as requests addressed to the city.

`proposals` computes them (nothing is written: the user edits the due dates before saving);
`add_missing` saves the ones not yet in the ledger, for the window's offer and for the test fixtures.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain import messages
from ..domain import validation as v
from ..domain.inputs import RequestIn
from ..domain.statutory import ppc_reports
from ..storage.reader import Readable
from .reads import incidents as incident_reads
from .views import RequestRecord

if TYPE_CHECKING:
    from ..storage.database import Database


def proposals(db: Readable, incident_id: int, *, lang: str = "ja") -> list[RequestIn]:
    """The prompt (速報) and final (確報) report as requests to the city, due dates counted from the day the
    city learned of the leak; none unless the incident is marked as a leak the city learned of on or after
    2023-04-01, and none already recorded (same issuer and subject)."""
    with db.reader() as r:
        ov = incident_reads.overview(r, incident_id)
    inc = ov.incident
    if not inc.personal_data_leak or inc.known_on is None:
        return []
    issuer = messages.text("statutory.issuer", lang)
    have = {(q.issuer, q.subject) for q in ov.requests}
    out = []
    for report in ppc_reports(inc.known_on, unlawful_purpose=inc.unlawful_purpose):
        subject = messages.text(f"statutory.{report.kind}", lang)
        if (issuer, subject) in have:
            continue
        out.append(
            RequestIn(
                incident_id=incident_id,
                issuer=issuer,
                subject=subject,
                issued_on=inc.known_on,
                due_on=report.due_on,
                direction="to_city",
                asks=messages.text(f"statutory.{report.kind}_asks", lang, days=report.days),
            )
        )
    return out


def add_missing(
    db: Database, incident_id: int, *, lang: str = "ja", due_on: Mapping[str, object] | None = None
) -> list[RequestRecord]:
    """Save every proposal not yet recorded, in one transaction. `due_on` maps a proposal's subject to the
    due date the user set instead of the computed one (a date or a typed text, read like any form's date)."""
    from ..storage.models import Incident, Request, clean
    from . import changes

    edited = [
        clean(replace(p, due_on=v.day(due_on[p.subject], "due_on")) if due_on and p.subject in due_on else p)
        for p in proposals(db, incident_id, lang=lang)
    ]  # every date is read before anything is written
    with db.write() as s:
        changes.get(s, Incident, incident_id)
        return [changes.record(RequestRecord, changes.create(s, db, Request(**p.values()))) for p in edited]
