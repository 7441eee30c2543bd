"""The survey answer (照会への回答): one row per use an incident affects, with the decision as it stood on a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...domain.rules import state_on, state_since
from ...domain.vocab import UNDECIDED
from ...storage.reader import Reader
from . import decisions as decision_reads
from . import incidents
from . import ledger as ledger_reads


@dataclass(frozen=True, kw_only=True)
class SurveyRow:
    use_id: int
    department: str
    service: str
    platform: str
    use: str
    purpose: str
    handles_personal_data: bool
    personal_data: str
    confidentiality: int
    stored_in: tuple[str, ...]  # country codes, in the order recorded
    accessed_from: tuple[str, ...]  # access and operation
    contractors: tuple[str, ...]
    state: str  # a decision state, or 'undecided'
    decided_on: date | None
    conditions: str  # of the decision (to continue, or to resume)
    rationale: str
    notes: str  # the use's own notes


@dataclass(frozen=True, kw_only=True)
class SurveyData:
    municipality: str
    section: str  # the answering department and section, from the organisation's settings
    contact_name: str
    contact_phone: str
    incident_id: int
    incident_title: str
    as_of: date
    rows: tuple[SurveyRow, ...]


def survey(r: Reader, incident_id: int, as_of: date) -> SurveyData:
    """Every affected use with the decision current on `as_of`: the latest among those decided on or before it
    and not withdrawn by then, in the state it had on that day (a decision's end date may have passed)."""
    overview = incidents.overview(r, incident_id, today=as_of)
    current = {
        d.use_id: d
        for d in decision_reads.decisions(
            r, "incident_id = ?", [incident_id], current_only=True, as_of=as_of, whole=True
        )
    }
    notes = dict(
        r.rows_in("SELECT id, notes FROM service_use WHERE id IN ({in})", [a.use_id for a in overview.affected])
    )
    rows = []
    for a in overview.affected:
        d = current.get(a.use_id)
        rows.append(
            SurveyRow(
                use_id=a.use_id,
                department=a.department,
                service=a.service_name,
                platform=a.platform,
                use=a.use_name,
                purpose=a.purpose,
                handles_personal_data=a.handles_personal_data,
                personal_data=a.personal_data,
                confidentiality=a.confidentiality,
                stored_in=tuple(dict.fromkeys(p.country for p in a.stored_in)),
                accessed_from=tuple(dict.fromkeys(p.country for p in a.accessed_from)),
                contractors=a.contractors,
                state=state_on(d, as_of) if d else UNDECIDED,
                # Once its end date has passed, the state that followed, since the day after (as the memo says it),
                # and no longer the ended decision's conditions.
                decided_on=state_since(d, as_of, d.decided_on) if d else None,
                conditions=d.conditions if d and state_on(d, as_of) == d.state else "",
                rationale=d.rationale if d else "",
                notes=notes.get(a.use_id, ""),
            )
        )
    org = ledger_reads.settings(r)
    return SurveyData(
        municipality=org.municipality,
        section=" ".join(x for x in (org.department, org.section) if x),
        contact_name=org.contact_name,
        contact_phone=org.contact_phone,
        incident_id=incident_id,
        incident_title=overview.incident.title,
        as_of=as_of,
        rows=tuple(rows),
    )
