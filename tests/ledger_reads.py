"""`read(db, fn, ...)`: one read function of services/reads on its own read transaction, for short tests."""

from __future__ import annotations

from typing import Any
from collections.abc import Callable


def read(db: Any, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    with db.reader() as r:
        return fn(r, *args, **kwargs)
