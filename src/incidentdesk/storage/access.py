"""An open ledger for the window and the command line: reads without the ORM, the ORM loaded for the first write.

Importing SQLAlchemy and SQLModel costs about 0.4 s on an office PC. An up-to-date SQLite ledger
is read with the standard library (storage/reader.py) after the same refusal checks as
`open_database`; the ORM is imported and the engine created only when something is written.
A new file, one that needs migrating, and a PostgreSQL server are opened through the ORM at once.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from .reader import Reader, ReadOnlyLedger, open_read_only

if TYPE_CHECKING:
    from .database import Database


class Ledger:
    """One ledger target; `reader()` for reads, `database()` for writes (and for reads that need the ORM)."""

    def __init__(
        self,
        target: str,
        *,
        backup_dir: Path | None = None,
        actor: str | None = None,
        read_only: ReadOnlyLedger | None = None,
        database: Database | None = None,
        create: bool = True,
    ):
        self.target = target
        self._backup_dir = backup_dir
        self._actor = actor
        self._create = create
        self._read_only = read_only
        self._database = database
        self._lock = threading.Lock()
        self.label = database.label if database is not None else read_only.label if read_only else target

    @classmethod
    def open(
        cls, target: str, *, backup_dir: Path | None = None, actor: str | None = None, create: bool = True
    ) -> Ledger:
        """Check the target and open it: without the ORM when it is an up-to-date SQLite ledger.

        A file that is not a ledger, or is newer than this program, raises DatabaseError untouched.
        Without `create`, a missing or empty target raises DatabaseError naming it (commands that only
        read never make a ledger where a path was mistyped).
        """
        read_only = open_read_only(target)
        if read_only is not None:
            return cls(target, backup_dir=backup_dir, actor=actor, read_only=read_only, create=create)
        from .database import open_database

        return cls(
            target,
            backup_dir=backup_dir,
            actor=actor,
            create=create,
            database=open_database(target, backup_dir=backup_dir, actor=actor, create=create),
        )

    @property
    def sqlite_path(self) -> Path | None:
        """The ledger file, or None for a server database."""
        if self._database is not None:
            return self._database.sqlite_path
        return self._read_only.path if self._read_only is not None else None

    @property
    def orm_loaded(self) -> bool:
        return self._database is not None

    def reader(self) -> AbstractContextManager[Reader]:
        if self._read_only is not None:
            return self._read_only.reader()
        return self.database().reader()

    def snapshot(self) -> AbstractContextManager[Reader]:
        """Plain SQL over one consistent, read-only view of the whole ledger (backup, export, verify)."""
        if self._read_only is not None:
            return self._read_only.snapshot()
        return self.database().snapshot()

    def database(self) -> Database:
        """The ORM view of the same ledger, opened on first use (on the worker thread in the window)."""
        with self._lock:
            if self._database is None:
                from .database import open_database

                self._database = open_database(
                    self.target, backup_dir=self._backup_dir, actor=self._actor, create=self._create
                )
            return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
