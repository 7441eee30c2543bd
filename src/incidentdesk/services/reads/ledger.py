"""Reads of the ledger as a whole: the organisation's settings, emptiness, the audit log, where a record is shown."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, UTC
from typing import Any

from ...domain.inputs import DEFAULT_SETTINGS, SettingsIn
from ...storage import reader as storage_reader
from ...storage.reader import Reader, like_pattern
from ..views import AuditRow, Target


def settings(r: Reader) -> SettingsIn:
    """The organisation's memo settings; a ledger that never saved them gets the defaults."""
    row = r.one(f"SELECT {', '.join(SettingsIn.columns())} FROM org_settings WHERE id = 1")
    return SettingsIn(**row._asdict()) if row else DEFAULT_SETTINGS


def settings_version(r: Reader) -> int:
    """The version of the settings row, 0 while none was saved: what the settings form sends back with its save."""
    row = r.one("SELECT version FROM org_settings WHERE id = 1")
    return int(row.version) if row else 0


def is_empty(r: Reader) -> bool:
    """Nothing entered yet: what import and the sample require."""
    return storage_reader.is_empty(r)


_AUDIT_COLUMNS = "seq, at, actor, action, entity, entity_id, old, new"
_AUDIT_TEXT = (
    "(lower(actor) LIKE ? ESCAPE '\\' OR lower(action) LIKE ? ESCAPE '\\' OR lower(entity) LIKE ? "
    "ESCAPE '\\' OR lower(old) LIKE ? ESCAPE '\\' OR lower(new) LIKE ? ESCAPE '\\')"
)


def _utc_bound(day: date, end: bool) -> str:
    """The UTC timestamp where a local day starts (or the next one starts), in the trail's ISO form."""
    start = datetime.combine(day + timedelta(days=1) if end else day, time()).astimezone()
    return start.astimezone(UTC).isoformat()


def _audit_where(
    text: str,
    *,
    entity: str = "",
    entity_id: int | None = None,
    actor: str = "",
    since: date | None = None,
    until: date | None = None,
) -> tuple[str, tuple[object, ...]]:
    """Filters: free text, one kind of record (and its id), who acted, a range of local days."""
    where: list[str] = []
    params: list[object] = []
    text = text.strip()
    if text:
        where.append(_AUDIT_TEXT)
        params += [like_pattern(text)] * 5
    if entity:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(entity_id)
    if actor.strip():
        where.append("lower(actor) LIKE ? ESCAPE '\\'")
        params.append(like_pattern(actor.strip()))
    if since is not None:
        where.append("at >= ?")
        params.append(_utc_bound(since, end=False))
    if until is not None:
        where.append("at < ?")
        params.append(_utc_bound(until, end=True))
    return (" WHERE " + " AND ".join(where), tuple(params)) if where else ("", ())


def audit_count(r: Reader, *, text: str = "", **filters: Any) -> int:
    """How many audit events match `text` and the filters (all of them when none is given)."""
    where, params = _audit_where(text, **filters)
    return int(r.scalar("SELECT count(*) FROM audit_event" + where, params) or 0)


def audit_page(r: Reader, *, offset: int = 0, limit: int = 500, text: str = "", **filters: Any) -> list[AuditRow]:
    """One page of audit events, newest first, for a table that fetches more as it scrolls."""
    where, params = _audit_where(text, **filters)
    rows = r.rows(
        f"SELECT {_AUDIT_COLUMNS} FROM audit_event{where} ORDER BY seq DESC LIMIT ? OFFSET ?", (*params, limit, offset)
    )
    return [AuditRow(**x._asdict()) for x in rows]


_INCIDENT_OF = {
    "statement": "SELECT incident_id FROM statement WHERE id = ?",
    "decision": "SELECT incident_id FROM decision WHERE id = ?",
    "timeline": "SELECT incident_id FROM timeline_entry WHERE id = ?",
    "source": "SELECT incident_id FROM source WHERE id = ?",
    "claim": "SELECT st.incident_id FROM claim c JOIN statement st ON st.id = c.statement_id WHERE c.id = ?",
    "claim_check": "SELECT st.incident_id FROM claim_check k JOIN claim c ON c.id = k.claim_id "
    "JOIN statement st ON st.id = c.statement_id WHERE k.id = ?",
}


def locate(r: Reader, kind: str, ref_id: int) -> Target:
    """The page and record that show a search hit (a claim opens its incident, a use its service)."""
    if kind in ("service", "party", "incident"):
        return Target(page=kind, id=ref_id)
    if kind == "use":
        return Target(
            page="service",
            id=r.scalar("SELECT service_id FROM service_use WHERE id = ?", (ref_id,)),
            kind=kind,
            ref_id=ref_id,
        )
    if kind == "location":
        return Target(
            page="service",
            id=r.scalar("SELECT service_id FROM data_location WHERE id = ?", (ref_id,)),
            kind=kind,
            ref_id=ref_id,
        )
    if kind == "request":
        incident_id = r.scalar("SELECT incident_id FROM request WHERE id = ?", (ref_id,))
        return (
            Target(page="incident", id=incident_id, kind=kind, ref_id=ref_id)
            if incident_id is not None
            else Target(page="requests", id=ref_id)
        )
    if kind in _INCIDENT_OF:
        return Target(page="incident", id=r.scalar(_INCIDENT_OF[kind], (ref_id,)), kind=kind, ref_id=ref_id)
    return Target(page="", id=None)
