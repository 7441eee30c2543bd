"""Keeps one search_doc row per searchable record and answers substring queries over them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, or_, text
from sqlmodel import Session, SQLModel, select

from .models import (Claim, ClaimCheck, Decision, ExternalService, Incident, Party, Request, SearchDoc, Statement,
                     TimelineEntry, Use)


def _join(*parts: object) -> str:
    return "\n".join(str(p) for p in parts if p not in (None, ""))


def document(row: SQLModel, session: Session | None = None) -> tuple[str, str, str, int | None]:
    """(kind, title, body, incident_id) for a record; the one place that says what is searchable."""
    if isinstance(row, ExternalService):
        return "service", row.name, _join(row.platform, row.department, row.url, row.notes), None
    if isinstance(row, Use):
        return "use", row.name, _join(row.purpose, row.audience, row.department, row.personal_data, row.notes), None
    if isinstance(row, Party):
        return "party", row.name, _join(row.notes), None
    if isinstance(row, Incident):
        return "incident", row.title, _join(row.summary), row.id
    if isinstance(row, Statement):
        return "statement", row.title, _join(row.speaker), row.incident_id
    if isinstance(row, Claim):
        return "claim", row.text[:300], _join(row.text if len(row.text) > 300 else ""), _incident_of_claim(session, row.id)
    if isinstance(row, ClaimCheck):
        claim = session.get(Claim, row.claim_id) if session is not None else None
        return ("claim_check", (claim.text if claim else "")[:300], _join(row.checked_how, row.evidence, row.checked_by),
                _incident_of_claim(session, row.claim_id))
    if isinstance(row, TimelineEntry):
        return "timeline", row.text[:300], _join(row.text if len(row.text) > 300 else ""), row.incident_id
    if isinstance(row, Decision):
        return "decision", "", _join(row.rationale, row.conditions, row.decided_by_role, row.decided_by_name), row.incident_id
    if isinstance(row, Request):
        return "request", row.subject, _join(row.issuer, row.doc_number, row.asks, row.answer), row.incident_id
    raise TypeError(f"{type(row).__name__} is not searchable")


def _incident_of_claim(session: Session | None, claim_id: int | None) -> int | None:
    if session is None or claim_id is None:
        return None
    claim = session.get(Claim, claim_id)
    statement = session.get(Statement, claim.statement_id) if claim else None
    return statement.incident_id if statement else None


SEARCHABLE = (ExternalService, Use, Party, Incident, Statement, Claim, ClaimCheck, TimelineEntry, Decision, Request)


def put(session: Session, row: SQLModel) -> None:
    """Insert or refresh the search row of `row` (call after flush, so it has an id)."""
    kind, title, body, incident_id = document(row, session)
    doc = session.exec(select(SearchDoc).where(SearchDoc.kind == kind, SearchDoc.ref_id == row.id)).first()
    if doc is None:
        doc = SearchDoc(kind=kind, ref_id=row.id)
    doc.title, doc.body, doc.incident_id = title, body, incident_id
    session.add(doc)


def put_many(session: Session, rows: list[SQLModel], *, new: bool = False) -> None:
    """put() for many rows of searchable tables in two statements; `new`: none of them has a search row yet."""
    docs = []
    for row in rows:
        kind, title, body, incident_id = document(row, session)
        docs.append({"kind": kind, "ref_id": row.id, "title": title, "body": body, "incident_id": incident_id})
    if not docs:
        return
    if not new:
        for kind in {d["kind"] for d in docs}:
            ids = [d["ref_id"] for d in docs if d["kind"] == kind]
            for start in range(0, len(ids), 500):
                session.execute(delete(SearchDoc).where(SearchDoc.kind == kind,
                                                        SearchDoc.ref_id.in_(ids[start:start + 500])))
    session.execute(insert(SearchDoc), docs)


def drop(session: Session, kind: str, ref_id: int) -> None:
    session.execute(delete(SearchDoc).where(SearchDoc.kind == kind, SearchDoc.ref_id == ref_id))


def rebuild(session: Session) -> int:
    """Recreate every search row from the tables (after a migration or an import), in bulk."""
    session.execute(delete(SearchDoc))
    count = 0
    for model in SEARCHABLE:
        batch = []
        # Read the table first: inserting while a cursor over the same connection is open is fragile.
        for row in session.exec(select(model).order_by(model.id)).all():
            kind, title, body, incident_id = document(row, session)
            batch.append({"kind": kind, "ref_id": row.id, "title": title, "body": body, "incident_id": incident_id})
            if len(batch) == 5000:
                session.execute(insert(SearchDoc), batch)
                count, batch = count + len(batch), []
        if batch:
            session.execute(insert(SearchDoc), batch)
            count += len(batch)
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
    piece = haystack[start:start + width].replace("\n", " ")
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
        sql = ("SELECT d.kind, d.ref_id, d.incident_id, d.title, d.body FROM search_fts f "
               "JOIN search_doc d ON d.id = f.rowid WHERE search_fts MATCH :q ORDER BY f.rank LIMIT :n")
        rows = session.connection().execute(text(sql), {"q": phrase, "n": limit * 4 if kinds else limit}).all()
    else:
        pattern = _like_pattern(needle)
        column_title, column_body = SearchDoc.title, SearchDoc.body
        if dialect == "postgresql":
            cond = (column_title + " " + column_body).ilike(pattern, escape="\\")
        else:
            cond = or_(column_title.ilike(pattern, escape="\\"), column_body.ilike(pattern, escape="\\"))
        stmt = select(SearchDoc.kind, SearchDoc.ref_id, SearchDoc.incident_id, SearchDoc.title, SearchDoc.body).where(cond)
        if kinds:
            stmt = stmt.where(SearchDoc.kind.in_(sorted(kinds)))
        rows = session.exec(stmt.order_by(SearchDoc.id).limit(limit)).all()
    hits = [Hit(r[0], r[1], r[2], r[3], _snippet(r[3], r[4], needle)) for r in rows if not kinds or r[0] in kinds]
    return hits[:limit]
