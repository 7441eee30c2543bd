"""Column assignments the user made for a sheet shape, remembered for the next file with the same headings."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ..paths import sheet_mappings_path

Assigned = dict[int, str | None]  # column (1-based) -> field, or None: leave the column out


def _load_all(path: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no memory yet, or a damaged file: start afresh rather than refuse the import
    return data if isinstance(data, dict) else {}


def load(kind: str, shape: str, path: Path | None = None) -> Assigned:
    """What was assigned for this kind of sheet (inventory, survey) with these headings."""
    found = _load_all(path or sheet_mappings_path()).get(f"{kind}:{shape}", {})
    out: Assigned = {}
    for column, field in found.items() if isinstance(found, dict) else ():
        if str(column).isdigit():
            out[int(column)] = field or None
    return out


def save(kind: str, shape: str, assigned: Assigned, path: Path | None = None) -> None:
    """Remember the assignments (an empty one forgets the shape); written whole and moved into place."""
    path = path or sheet_mappings_path()
    data = _load_all(path)
    slot = f"{kind}:{shape}"
    if assigned:
        data[slot] = {str(c): f or "" for c, f in sorted(assigned.items())}
    else:
        data.pop(slot, None)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".mappings-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
