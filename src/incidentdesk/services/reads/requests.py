"""Reads of requests from authorities (照会), and of claims by id."""

from __future__ import annotations

from collections.abc import Iterable

from ...domain.errors import LedgerError
from ...storage.reader import Reader
from ..views import ClaimRecord, RequestRecord, select_list


def _records(r: Reader, rows: list) -> list[RequestRecord]:
    titles = dict(r.rows_in("SELECT id, title FROM incident WHERE id IN ({in})",
                            {q.incident_id for q in rows if q.incident_id is not None}))
    return [RequestRecord(**q._asdict(), incident_title=titles.get(q.incident_id, "")) for q in rows]


def request(r: Reader, request_id: int) -> RequestRecord:
    row = r.one(f"SELECT {select_list(RequestRecord)} FROM request WHERE id = ?", (request_id,))
    if row is None:
        raise LedgerError("not_found", entity="request", id=request_id)
    return _records(r, [row])[0]


def requests(r: Reader, *, incident_id: int | None = None, open_only: bool = False) -> list[RequestRecord]:
    """Requests by due date; those without a deadline last on both backends."""
    where, params = [], []
    if incident_id is not None:
        where.append("incident_id = ?")
        params.append(incident_id)
    if open_only:
        where.append("answered_on IS NULL")
    sql = f"SELECT {select_list(RequestRecord)} FROM request" + (" WHERE " + " AND ".join(where) if where else "")
    rows = r.rows(sql + " ORDER BY CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on, id", params)
    return _records(r, rows)


def claims_by_id(r: Reader, ids: Iterable[int]) -> list[ClaimRecord]:
    return [ClaimRecord(**x._asdict()) for x in
            r.rows_in(f"SELECT {select_list(ClaimRecord)} FROM claim WHERE id IN ({{in}})", list(ids))]
