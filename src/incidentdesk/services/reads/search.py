"""Global search over the search_doc index: FTS5 trigrams on SQLite, pg_trgm-indexed ILIKE on PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass

from ...storage.reader import Reader, like_pattern


@dataclass(frozen=True, kw_only=True)
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


def search(r: Reader, needle: str, *, kinds: set[str] | None = None, limit: int = 200) -> list[Hit]:
    """Records whose text contains `needle` (case-insensitive for Latin letters), best matches first."""
    needle = needle.strip()
    if not needle:
        return []
    if r.dialect == "sqlite" and len(needle) >= 3:
        # A trigram FTS5 phrase finds any substring of three or more characters, Japanese included.
        phrase = '"' + needle.replace('"', '""') + '"'
        rows = r.rows("SELECT d.kind, d.ref_id, d.incident_id, d.title, d.body FROM search_fts f "
                      "JOIN search_doc d ON d.id = f.rowid WHERE search_fts MATCH ? ORDER BY f.rank LIMIT ?",
                      (phrase, limit * 4 if kinds else limit))
    else:
        # PostgreSQL: ILIKE on the expression its pg_trgm index covers (migration 0002).
        where = ("(title || ' ' || body) ILIKE ? ESCAPE '\\'" if r.dialect == "postgresql"
                 else "(lower(title) LIKE ? ESCAPE '\\' OR lower(body) LIKE ? ESCAPE '\\')")
        params: list[object] = [like_pattern(needle)] * (1 if r.dialect == "postgresql" else 2)
        if kinds:
            where += f" AND kind IN ({', '.join('?' * len(kinds))})"
            params += sorted(kinds)
        rows = r.rows(f"SELECT kind, ref_id, incident_id, title, body FROM search_doc WHERE {where} "
                      "ORDER BY id LIMIT ?", (*params, limit))
    hits = [Hit(kind=x.kind, ref_id=x.ref_id, incident_id=x.incident_id, title=x.title,
                snippet=_snippet(x.title, x.body, needle)) for x in rows if not kinds or x.kind in kinds]
    return hits[:limit]
