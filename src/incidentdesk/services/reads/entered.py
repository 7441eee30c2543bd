"""When records were entered: the audit sequence of each one's creation, which tells a late entry (事後登録)
from a timely one and which facts a memo issued at a given point had not yet seen."""

from __future__ import annotations

from collections.abc import Iterable

from ...storage.reader import Reader


def sequences(r: Reader, entity: str, ids: Iterable[int]) -> dict[int, int]:
    """record id -> the audit sequence that created it (0 when the trail has none, as in a bare test ledger)."""
    wanted = list(dict.fromkeys(ids))
    found = (
        dict(
            r.tuples_in(
                f"SELECT entity_id, seq FROM audit_event WHERE entity = '{entity}' AND action = 'create' "
                "AND entity_id IN ({in})",
                wanted,
            )
        )
        if wanted
        else {}
    )
    return {i: found.get(i, 0) for i in wanted}
