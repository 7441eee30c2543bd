"""What every call of gui/calls takes: the open ledger the worker hands it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from ...storage.database import Database
    from ...storage.reader import Reader


class LedgerLike(Protocol):
    """What the worker hands every call: storage.access.Ledger, or a Database in tests."""

    label: str

    @property
    def sqlite_path(self) -> Path | None: ...

    def reader(self) -> AbstractContextManager[Reader]: ...

    def database(self) -> Database: ...

    def snapshot(self) -> AbstractContextManager[Reader]: ...

    def close(self) -> None: ...
