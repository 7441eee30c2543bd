"""Reads of requests (照会): to the city or to others, with the reports sent under a recurring one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ...domain.errors import LedgerError
from ...storage.reader import Reader, Row
from ..views import ClaimRecord, ReportRecord, RequestRecord, select_list
from . import entered


def _records(r: Reader, rows: list[Row]) -> list[RequestRecord]:
    titles = dict(
        r.rows_in(
            "SELECT id, title FROM incident WHERE id IN ({in})",
            {q.incident_id for q in rows if q.incident_id is not None},
        )
    )
    reports: dict[int, list[ReportRecord]] = defaultdict(list)
    for x in r.rows_in(
        f"SELECT {select_list(ReportRecord, version=False)}, recorded_at FROM request_report "
        "WHERE request_id IN ({in}) ORDER BY due_on, id",
        [q.id for q in rows],
    ):
        reports[x.request_id].append(ReportRecord.from_row(x._asdict()))
    seqs = entered.sequences(r, "request", [q.id for q in rows])
    return [
        RequestRecord.from_row(
            {
                **q._asdict(),
                "incident_title": titles.get(q.incident_id, ""),
                "reports": tuple(reports.get(q.id, [])),
                "entered_at": seqs[q.id],
            }
        )
        for q in rows
    ]


def request(r: Reader, request_id: int) -> RequestRecord:
    row = r.one(f"SELECT {select_list(RequestRecord)} FROM request WHERE id = ?", (request_id,))
    if row is None:
        raise LedgerError("not_found", entity="request", id=request_id)
    return _records(r, [row])[0]


def requests(r: Reader, *, incident_id: int | None = None, open_only: bool = False) -> list[RequestRecord]:
    """Requests by due date; those without a deadline last on both backends. `open_only`: still to answer."""
    where, params = [], []
    if incident_id is not None:
        where.append("incident_id = ?")
        params.append(incident_id)
    sql = f"SELECT {select_list(RequestRecord)} FROM request" + (" WHERE " + " AND ".join(where) if where else "")
    rows = _records(r, r.rows(sql + " ORDER BY CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on, id", params))
    return [q for q in rows if q.to_city and q.next_due() is not None] if open_only else rows


def claims_by_id(r: Reader, ids: Iterable[int]) -> list[ClaimRecord]:
    from .incidents import claims_with_checks

    return claims_with_checks(r, "id IN ({in})", list(ids))
