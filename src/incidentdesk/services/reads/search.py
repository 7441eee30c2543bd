"""Global search over the search_doc index: FTS5 trigrams on SQLite, pg_trgm-indexed ILIKE on PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass

from ...storage.reader import Reader, Row, like_pattern


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
    piece = haystack[start : start + width].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + width < len(haystack) else "")


def search(r: Reader, needle: str, *, kinds: set[str] | None = None, limit: int = 200, lang: str = "ja") -> list[Hit]:
    """Records whose text contains `needle` after NFKC normalisation and case folding (ＬＩＮＥ finds LINE, ｶﾅ
    finds カナ), best matches first; every hit titled by what it is, in `lang`."""
    from ...storage.search_index import fold

    needle = fold(needle.strip())
    if not needle:
        return []
    if r.dialect == "sqlite" and len(needle) >= 3:
        # A trigram FTS5 phrase finds any substring of three or more characters, Japanese included.
        phrase = '"' + needle.replace('"', '""') + '"'
        rows = r.rows(
            "SELECT d.kind, d.ref_id, d.incident_id, d.title, d.body FROM search_fts f "
            "JOIN search_doc d ON d.id = f.rowid WHERE search_fts MATCH ? ORDER BY f.rank LIMIT ?",
            (phrase, limit * 4 if kinds else limit),
        )
    else:
        # PostgreSQL: ILIKE on the expression its pg_trgm index covers (migration 0002).
        where = (
            "(title || ' ' || body) ILIKE ? ESCAPE '\\'"
            if r.dialect == "postgresql"
            else "(lower(title) LIKE ? ESCAPE '\\' OR lower(body) LIKE ? ESCAPE '\\')"
        )
        params: list[object] = [like_pattern(needle)] * (1 if r.dialect == "postgresql" else 2)
        if kinds:
            where += f" AND kind IN ({', '.join('?' * len(kinds))})"
            params += sorted(kinds)
        rows = r.rows(
            f"SELECT kind, ref_id, incident_id, title, body FROM search_doc WHERE {where} ORDER BY id LIMIT ?",
            (*params, limit),
        )
    rows = [x for x in rows if not kinds or x.kind in kinds][:limit]
    titles = _titles(r, rows, lang)
    return [
        Hit(
            kind=x.kind,
            ref_id=x.ref_id,
            incident_id=x.incident_id,
            title=titles.get((x.kind, x.ref_id), x.title),
            snippet=_snippet(x.title, x.body, needle),
        )
        for x in rows
    ]


def _titles(r: Reader, rows: list[Row], lang: str) -> dict[tuple[str, int], str]:
    """Titles made when searching, in the reader's language, for hits whose stored title does not say what they
    are: a decision (「住民票の写しの申請 — 停止 R3.3.19」), a data location (its service and country)."""
    from ...domain.era_dates import format_short
    from ...domain.vocab import DATA_CATEGORIES, LOCATION_KINDS, country_label, decision_label

    out: dict[tuple[str, int], str] = {}
    decision_ids = [x.ref_id for x in rows if x.kind == "decision"]
    if decision_ids:
        for d in r.rows_in(
            "SELECT d.id, d.state, d.decided_on, u.name AS use_name FROM decision d "
            "JOIN service_use u ON u.id = d.use_id WHERE d.id IN ({in})",
            decision_ids,
        ):
            out[("decision", d.id)] = (
                f"{d.use_name} — {decision_label(d.state, lang)} {format_short(d.decided_on, 'era', lang)}"
            )
    location_ids = [x.ref_id for x in rows if x.kind == "location"]
    if location_ids:
        for x in r.rows_in(
            "SELECT l.id, l.category, l.kind, l.country, l.place, s.name AS service FROM data_location l "
            "JOIN external_service s ON s.id = l.service_id WHERE l.id IN ({in})",
            location_ids,
        ):
            where = country_label(x.country, lang) + (f" {x.place}" if x.place else "")
            out[("location", x.id)] = (
                f"{x.service} — {DATA_CATEGORIES.label(x.category, lang)} "
                f"({LOCATION_KINDS.label(x.kind, lang)}): {where}"
            )
    return out
