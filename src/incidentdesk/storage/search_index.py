"""Keeps one search_doc row per searchable record and answers substring queries over them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, TypedDict
from collections.abc import Iterator

from sqlalchemy import delete, insert, or_, text
from sqlalchemy import ColumnElement
from sqlalchemy import select as sa_select
from sqlmodel import Session, SQLModel, col, select

from .models import (
    Claim,
    ClaimCheck,
    DataLocation,
    Decision,
    ExternalService,
    Incident,
    Party,
    Request,
    SearchDoc,
    Statement,
    TimelineEntry,
    Use,
    table_name,
)
from .reader import Reader


def _join(*parts: object) -> str:
    return "\n".join(str(p) for p in parts if p not in (None, ""))


def fold(text: str) -> str:
    """Text as search compares it: NFKC (ＬＩＮＥ = LINE, ｶﾅ = カナ) and case-folded."""
    return unicodedata.normalize("NFKC", text or "").casefold()


def _with_fold(title: str, body: str) -> str:
    """The body, followed by the folded form of title and body where folding changes them, so text stored in
    full-width or half-width forms is found by what people type (the needle is folded the same way)."""
    folded = fold(_join(title, body))
    return _join(body, folded) if folded != _join(title, body).lower() else body


def _country(code: str) -> str:
    """A country as it may be searched for: its code and its Japanese and English names (中国, China, CN)."""
    from ..domain.vocab import COUNTRIES

    names = COUNTRIES.get((code or "").upper())
    return _join(code, *(names or ()))


def _fields(
    kind: str, row: Any, claim_incident: int | None = None, claim_text: str = ""
) -> tuple[str, str, int | None]:
    """(title, body, incident_id) of one record, from anything with its columns as attributes (an ORM row or a
    plain-SQL record); the one place that says what is searchable."""
    title, body, incident_id = _plain_fields(kind, row, claim_incident, claim_text)
    return title, _with_fold(title, body), incident_id


def _plain_fields(kind: str, row: Any, claim_incident: int | None, claim_text: str) -> tuple[str, str, int | None]:
    if kind == "location":  # found by country (code, Japanese or English name), place and what data it is
        return _join(row.place, row.detail)[:300], _join(_country(row.country), row.notes), None
    if kind == "service":
        return row.name, _join(row.platform, row.department, row.url, row.notes), None
    if kind == "use":
        return row.name, _join(row.purpose, row.audience, row.department, row.personal_data, row.notes), None
    if kind == "party":
        return row.name, _join(_country(row.country), row.notes), None
    if kind == "incident":
        return row.title, _join(row.summary), row.id
    if kind == "statement":
        return row.title, _join(row.speaker), row.incident_id
    if kind == "claim":
        return row.text[:300], _join(row.text if len(row.text) > 300 else ""), claim_incident
    if kind == "claim_check":  # found by how it was checked, shown by the claim it checked
        return (claim_text or "")[:300], _join(row.checked_how, row.evidence, row.checked_by), claim_incident
    if kind == "timeline":
        return row.text[:300], _join(row.text if len(row.text) > 300 else ""), row.incident_id
    if kind == "decision":
        body = _join(row.rationale, row.conditions, row.decided_by_role, row.decided_by_name)
        return "", body, row.incident_id
    if kind == "request":
        return row.subject, _join(row.issuer, row.doc_number, row.asks, row.answer), row.incident_id
    raise TypeError(f"{kind} is not searchable")


KINDS: dict[str, type[SQLModel]] = {
    "service": ExternalService,
    "use": Use,
    "party": Party,
    "incident": Incident,
    "statement": Statement,
    "claim": Claim,
    "claim_check": ClaimCheck,
    "timeline": TimelineEntry,
    "decision": Decision,
    "request": Request,
    "location": DataLocation,
}
_KIND_OF = {model: kind for kind, model in KINDS.items()}


def document(row: SQLModel, session: Session | None = None) -> tuple[str, str, str, int | None]:
    """(kind, title, body, incident_id) for a record."""
    kind = _KIND_OF.get(type(row))
    if kind is None:
        raise TypeError(f"{type(row).__name__} is not searchable")
    claim_incident, claim_text = None, ""
    if isinstance(row, (Claim, ClaimCheck)) and session is not None:
        claim = row if isinstance(row, Claim) else session.get(Claim, row.claim_id)
        st = session.get(Statement, claim.statement_id) if claim else None
        claim_incident, claim_text = (st.incident_id if st else None), (claim.text if claim else "")
    return (kind, *_fields(kind, row, claim_incident, claim_text))


def _ref_id(row: SQLModel) -> int:
    """The id of a searchable row, which it has once flushed."""
    ref_id = getattr(row, "id", None)
    if not isinstance(ref_id, int):
        raise ValueError(f"{type(row).__name__} has no id yet: flush before indexing it")
    return ref_id


def _sql(kind: str, where: str = "", limit: str = "") -> str:
    if kind == "claim":
        return (
            "SELECT c.*, s.incident_id AS statement_incident FROM claim c "
            f"LEFT JOIN statement s ON s.id = c.statement_id {where.replace('id >', 'c.id >')} "
            f"ORDER BY c.id {limit}"
        )
    if kind == "claim_check":
        return (
            "SELECT k.*, c.text AS claim_text, s.incident_id AS statement_incident FROM claim_check k "
            "LEFT JOIN claim c ON c.id = k.claim_id LEFT JOIN statement s ON s.id = c.statement_id "
            f"{where.replace('id >', 'k.id >')} ORDER BY k.id {limit}"
        )
    return f"SELECT * FROM {table_name(KINDS[kind])} {where} ORDER BY id {limit}"


def expected(r: Reader, kind: str) -> Iterator[tuple[int, str, str, int | None]]:
    """(ref_id, title, body, incident_id) the index should hold for every record of `kind`, by id, streamed."""
    for row in r.stream(_sql(kind)):
        yield (row.id, *_fields(kind, row, getattr(row, "statement_incident", None), getattr(row, "claim_text", "")))


def _page(r: Reader, kind: str, after: int, size: int) -> list[tuple[int, str, str, int | None]]:
    rows = r.rows(_sql(kind, "WHERE id > ?", "LIMIT ?"), (after, size))
    return [
        (row.id, *_fields(kind, row, getattr(row, "statement_incident", None), getattr(row, "claim_text", "")))
        for row in rows
    ]


def needs_rebuild(session: Session) -> bool:
    """True when the index is empty while records exist: what an upgrade interrupted by an older version
    of the program left behind (that version filled the index in a second transaction)."""
    if session.exec(select(SearchDoc.id).limit(1)).first() is not None:
        return False
    return any(session.exec(select(model).limit(1)).first() is not None for model in KINDS.values())


SEARCHABLE = tuple(KINDS.values())


def put(session: Session, row: SQLModel) -> None:
    """Insert or refresh the search row of `row` (call after flush, so it has an id)."""
    kind, title, body, incident_id = document(row, session)
    ref_id = _ref_id(row)
    doc = session.exec(select(SearchDoc).where(SearchDoc.kind == kind, SearchDoc.ref_id == ref_id)).first()
    if doc is None:
        doc = SearchDoc(kind=kind, ref_id=ref_id)
    doc.title, doc.body, doc.incident_id = title, body, incident_id
    session.add(doc)


class _DocValues(TypedDict):
    kind: str
    ref_id: int
    title: str
    body: str
    incident_id: int | None


def put_many(session: Session, rows: list[SQLModel], *, new: bool = False) -> None:
    """put() for many rows of searchable tables in two statements; `new`: none of them has a search row yet."""
    docs: list[_DocValues] = []
    for row in rows:
        kind, title, body, incident_id = document(row, session)
        docs.append({"kind": kind, "ref_id": _ref_id(row), "title": title, "body": body, "incident_id": incident_id})
    if not docs:
        return
    if not new:
        for kind in {d["kind"] for d in docs}:
            ids = [d["ref_id"] for d in docs if d["kind"] == kind]
            for start in range(0, len(ids), 500):
                session.execute(
                    delete(SearchDoc).where(
                        col(SearchDoc.kind) == kind, col(SearchDoc.ref_id).in_(ids[start : start + 500])
                    )
                )
    session.execute(insert(SearchDoc), docs)


def drop(session: Session, kind: str, ref_id: int) -> None:
    session.execute(delete(SearchDoc).where(col(SearchDoc.kind) == kind, col(SearchDoc.ref_id) == ref_id))


def rebuild(session: Session, *, page: int = 5000) -> int:
    """Recreate every search row from the tables (after a migration or an import), a page of records at a time,
    so memory stays flat for a ledger of any size. Each page is read whole before its rows are inserted:
    no cursor is open on the connection while it writes."""
    from .database import reader_of

    session.execute(delete(SearchDoc))
    r = reader_of(session)
    count = 0
    for kind in KINDS:
        after = 0
        while True:
            docs = _page(r, kind, after, page)
            if not docs:
                break
            session.execute(
                insert(SearchDoc),
                [
                    {"kind": kind, "ref_id": ref_id, "title": title, "body": body, "incident_id": incident_id}
                    for ref_id, title, body, incident_id in docs
                ],
            )
            count += len(docs)
            after = docs[-1][0]
    return count


@dataclass(frozen=True)
class Hit:
    kind: str
    ref_id: int
    incident_id: int | None
    title: str
    snippet: str


def _snippet(doc_title: str, body: str, needle: str, width: int = 60) -> str:
    haystack = body if needle.lower() in body.lower() else doc_title
    pos = haystack.lower().find(needle.lower())
    if pos < 0:
        return body[:width].replace("\n", " ")
    start = max(0, pos - width // 3)
    piece = haystack[start : start + width].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + width < len(haystack) else "")


def _like_pattern(needle: str) -> str:
    return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def query(session: Session, needle: str, *, kinds: set[str] | None = None, limit: int = 200) -> list[Hit]:
    """Records whose text contains `needle` (case-insensitive for Latin letters)."""
    needle = needle.strip()
    if not needle:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and len(needle) >= 3:
        phrase = '"' + needle.replace('"', '""') + '"'
        sql = (
            "SELECT d.kind, d.ref_id, d.incident_id, d.title, d.body FROM search_fts f "
            "JOIN search_doc d ON d.id = f.rowid WHERE search_fts MATCH :q ORDER BY f.rank LIMIT :n"
        )
        rows = session.connection().execute(text(sql), {"q": phrase, "n": limit * 4 if kinds else limit}).all()
    else:
        pattern = _like_pattern(needle)
        column_title, column_body = col(SearchDoc.title), col(SearchDoc.body)
        cond: ColumnElement[bool]
        if dialect == "postgresql":
            cond = (column_title + " " + column_body).ilike(pattern, escape="\\")
        else:
            cond = or_(column_title.ilike(pattern, escape="\\"), column_body.ilike(pattern, escape="\\"))
        # SQLAlchemy's select: SQLModel's is typed for at most four columns
        stmt = sa_select(
            col(SearchDoc.kind),
            col(SearchDoc.ref_id),
            col(SearchDoc.incident_id),
            col(SearchDoc.title),
            col(SearchDoc.body),
        ).where(cond)
        if kinds:
            stmt = stmt.where(col(SearchDoc.kind).in_(sorted(kinds)))
        rows = session.execute(stmt.order_by(col(SearchDoc.id)).limit(limit)).all()
    hits = [Hit(r[0], r[1], r[2], r[3], _snippet(r[3], r[4], needle)) for r in rows if not kinds or r[0] in kinds]
    return hits[:limit]
