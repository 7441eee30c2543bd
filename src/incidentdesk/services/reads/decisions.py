"""Reads of decisions: the history of a use, an incident or the whole ledger, with the current one marked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ...domain.rules import current_decisions
from ...storage.reader import Reader
from ..views import DecisionRow

COLUMNS = ("id, incident_id, use_id, state, decided_on, decided_by_role, decided_by_name, rationale, "
           "resume_conditions, next_review_on, supersedes_id")


def decisions(r: Reader, where: str = "", params: Sequence[object] = (), *,
              current_only: bool = False) -> list[DecisionRow]:
    """Decisions matching `where` (on the decision table), oldest first, each with its names and basis.

    `current` is judged among all decisions of the same use and incident, not only those matched.
    """
    sql = f"SELECT {COLUMNS} FROM decision" + (f" WHERE {where}" if where else "")
    rows = r.rows(sql, params)
    if not rows:
        return []
    pairs = {(d.incident_id, d.use_id) for d in rows}
    siblings = r.rows_in(f"SELECT {COLUMNS} FROM decision WHERE use_id IN ({{in}})", {d.use_id for d in rows})
    current_ids = {d.id for key, d in current_decisions(siblings).items() if key in pairs}
    uses = {x.id: x for x in r.rows_in(
        "SELECT u.id, u.name, s.name AS service_name FROM service_use u "
        "JOIN external_service s ON s.id = u.service_id WHERE u.id IN ({in})", {d.use_id for d in rows})}
    titles = dict(r.rows_in("SELECT id, title FROM incident WHERE id IN ({in})", {d.incident_id for d in rows}))
    basis: dict[int, list[int]] = defaultdict(list)
    for decision_id, statement_id in r.rows_in(
            "SELECT decision_id, statement_id FROM decision_basis WHERE decision_id IN ({in})", [d.id for d in rows]):
        basis[decision_id].append(statement_id)
    out = [DecisionRow(id=d.id, incident_id=d.incident_id, incident_title=titles.get(d.incident_id, ""),
                       use_id=d.use_id, use_name=uses[d.use_id].name, service_name=uses[d.use_id].service_name,
                       state=d.state, decided_on=d.decided_on, decided_by_role=d.decided_by_role,
                       decided_by_name=d.decided_by_name, rationale=d.rationale,
                       resume_conditions=d.resume_conditions, next_review_on=d.next_review_on,
                       supersedes_id=d.supersedes_id, statement_ids=tuple(sorted(basis.get(d.id, []))),
                       current=d.id in current_ids) for d in rows]
    out.sort(key=lambda d: (d.decided_on, d.id))
    return [d for d in out if d.current] if current_only else out


def history(r: Reader, *, incident_id: int | None = None, use_id: int | None = None,
            current_only: bool = False) -> list[DecisionRow]:
    """Decision history, oldest first; `current_only` keeps each use's current decision under each incident."""
    where, params = [], []
    if incident_id is not None:
        where.append("incident_id = ?")
        params.append(incident_id)
    if use_id is not None:
        where.append("use_id = ?")
        params.append(use_id)
    return decisions(r, " AND ".join(where), params, current_only=current_only)
