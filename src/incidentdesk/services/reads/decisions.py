"""Reads of decisions: a use's history under an incident, withdrawals and late entries marked, the current one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from ...domain.rules import current_decisions
from ...storage.reader import Reader, Row
from ..views import DecisionRow, WithdrawalRecord, select_list
from . import entered

COLUMNS = (
    "id, incident_id, use_id, state, decided_on, decided_by_role, decided_by_name, rationale, conditions, "
    "next_review_on, effective_until, then_state, supersedes_id, recorded_at"
)

# What a DecisionRow adds to the decision's columns, in the order decisions() gives them.
NAMED = ("incident_title", "use_name", "service_name", "statement_ids", "current", "withdrawal", "entered_at", "late")


def _withdrawals(r: Reader, decision_ids: Sequence[int]) -> dict[int, WithdrawalRecord]:
    rows = r.rows_in(
        f"SELECT {select_list(WithdrawalRecord, version=False)}, recorded_at FROM decision_withdrawal "
        "WHERE decision_id IN ({in})",
        decision_ids,
    )
    seqs = entered.sequences(r, "decision_withdrawal", [x.id for x in rows])
    return {x.decision_id: WithdrawalRecord.from_row({**x._asdict(), "entered_at": seqs[x.id]}) for x in rows}


def decisions(
    r: Reader,
    where: str = "",
    params: Sequence[object] = (),
    *,
    current_only: bool = False,
    as_of: date | None = None,
    whole: bool = False,
    names: Mapping[int, tuple[str, str]] | None = None,
) -> list[DecisionRow]:
    """Decisions matching `where` (on the decision table), oldest first, each with its names, basis, withdrawal
    and whether it was entered late. `current` is judged among all decisions of the same use and incident
    that are not withdrawn (as of `as_of`, by the facts' own dates, when given).

    `whole`: `where` picks every decision of each use and incident it picks one of (an incident's, a use's,
    a service's), so no other decision can change which is current. `names`: use id -> (use name, service
    name) the caller has read already; any other use's names are read here."""
    rows = r.rows(f"SELECT {COLUMNS} FROM decision" + (f" WHERE {where}" if where else ""), params)
    if not rows:
        return []
    pairs = {(d.incident_id, d.use_id) for d in rows}
    # The other decisions of the same use under the same incident decide which one is current and which were
    # entered late: unless `where` took them all, their ids are read to find any it left out.
    known = {d.id for d in rows}
    missing = (
        []
        if whole
        else [
            x.id
            for x in r.rows_in(
                "SELECT id, incident_id, use_id FROM decision WHERE use_id IN ({in})", {d.use_id for d in rows}
            )
            if (x.incident_id, x.use_id) in pairs and x.id not in known
        ]
    )
    siblings = rows + r.rows_in(f"SELECT {COLUMNS} FROM decision WHERE id IN ({{in}})", missing) if missing else rows
    withdrawals = _withdrawals(r, [d.id for d in siblings])
    withdrawn = {i for i, w in withdrawals.items() if as_of is None or w.withdrawn_on <= as_of}
    current_ids = {
        d.id for key, d in current_decisions(siblings, withdrawn=withdrawn, as_of=as_of).items() if key in pairs
    }
    seqs = entered.sequences(r, "decision", [d.id for d in siblings])
    late = _late(siblings, seqs)
    names = dict(names or {})
    unnamed = {d.use_id for d in rows} - names.keys()
    names.update(
        (x.id, (x.name, x.service_name))
        for x in r.rows_in(
            "SELECT u.id, u.name, s.name AS service_name FROM service_use u "
            "JOIN external_service s ON s.id = u.service_id WHERE u.id IN ({in})",
            unnamed,
        )
    )
    titles = dict(r.tuples_in("SELECT id, title FROM incident WHERE id IN ({in})", {d.incident_id for d in rows}))
    basis: dict[int, list[int]] = defaultdict(list)
    for decision_id, statement_id in r.tuples_in(
        "SELECT decision_id, statement_id FROM decision_basis WHERE decision_id IN ({in})", [d.id for d in rows]
    ):
        basis[decision_id].append(statement_id)
    out = list(
        DecisionRow.from_columns(
            (*rows[0]._fields, *NAMED),
            (
                (
                    *d,
                    titles.get(d.incident_id, ""),
                    *names[d.use_id],
                    tuple(sorted(basis.get(d.id, []))),
                    d.id in current_ids,
                    withdrawals.get(d.id),
                    seqs.get(d.id, 0),
                    d.id in late,
                )
                for d in rows
            ),
        )
    )
    out.sort(key=lambda d: (d.decided_on, d.id))
    return [d for d in out if d.current] if current_only else out


def _late(decisions: Sequence[Row], seqs: dict[int, int]) -> set[int]:
    """Decisions entered after another decision of the same use that is dated later (事後登録)."""
    by_use: dict[tuple[int, int], list[Row]] = defaultdict(list)
    for d in decisions:
        by_use[(d.incident_id, d.use_id)].append(d)
    late = set()
    for group in by_use.values():
        for d in group:
            if any(o.decided_on > d.decided_on and seqs.get(o.id, 0) < seqs.get(d.id, 0) for o in group):
                late.add(d.id)
    return late


def history(
    r: Reader, *, incident_id: int | None = None, use_id: int | None = None, current_only: bool = False
) -> list[DecisionRow]:
    """Decision history, oldest first; `current_only` keeps each use's current decision under each incident."""
    where, params = [], []
    if incident_id is not None:
        where.append("incident_id = ?")
        params.append(incident_id)
    if use_id is not None:
        where.append("use_id = ?")
        params.append(use_id)
    return decisions(r, " AND ".join(where), params, current_only=current_only, whole=True)
