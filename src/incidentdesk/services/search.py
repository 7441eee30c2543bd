"""Global search over services, uses, parties, incidents, statements, claims, timeline, decisions, requests."""

from __future__ import annotations

from ..storage import search_index
from ..storage.database import Database
from ..storage.search_index import Hit

__all__ = ["Hit", "search", "rebuild_index"]


def search(db: Database, needle: str, *, kinds: set[str] | None = None, limit: int = 200) -> list[Hit]:
    """Records containing `needle` as a substring (Japanese included), best matches first."""
    with db.read() as s:
        return search_index.query(s, needle, kinds=kinds, limit=limit)


def rebuild_index(db: Database) -> int:
    with db.write() as s:
        return search_index.rebuild(s)
