"""Opening a ledger: SQLite pragmas, where the target comes from, and servers that cannot be reached."""

from __future__ import annotations

from pathlib import Path

import pytest

from incidentdesk.domain.inputs import PartyIn
from incidentdesk import paths
from incidentdesk.domain.errors import DatabaseError
from incidentdesk.services import catalog, ledger
from incidentdesk.storage.database import BUSY_TIMEOUT_MS, open_database, to_url


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(tmp_path):
    """Every SQLite connection has WAL journaling, enforced foreign keys and a busy timeout."""
    db = open_database(str(tmp_path / "x.db"))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
    finally:
        db.close()


def test_targets_become_urls(tmp_path):
    """A path (even relative or with ~) becomes an absolute SQLite URL; a URL is kept as it is."""
    assert to_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    assert to_url("ledger.db") == "sqlite:///" + str(Path("ledger.db").resolve())
    url = "postgresql+psycopg://clerk@db.example/ledger"
    assert to_url(url) == url


def test_target_precedence(tmp_path, monkeypatch):
    """--db wins over $INCIDENTDESK_DB, which wins over the per-user default file."""
    monkeypatch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("INCIDENTDESK_DB", raising=False)
    assert paths.database_target(None) == str(tmp_path / "data" / "incidentdesk.db")
    monkeypatch.setenv("INCIDENTDESK_DB", "/srv/shared.db")
    assert paths.database_target(None) == "/srv/shared.db"
    assert paths.database_target("/tmp/mine.db") == "/tmp/mine.db"


def test_new_file_in_missing_folder_is_created(tmp_path):
    """A ledger path whose folders do not exist yet is created with them."""
    path = tmp_path / "a" / "b" / "ledger.db"
    open_database(str(path)).close()
    assert path.exists()


@pytest.mark.postgres
def test_missing_server_database_is_a_clear_error(pg_server):
    """A URL naming a database that does not exist raises db_unreadable instead of a driver traceback."""
    with pytest.raises(DatabaseError) as caught:
        open_database(pg_server.url("no_such_ledger"))
    assert caught.value.code == "db_unreadable"
    assert "no_such_ledger" in caught.value.message("en")


def test_actor_is_recorded(db):
    """The actor given at open (default: the OS user) is written into each audit event."""
    catalog.add_party(db, PartyIn(name="LINE株式会社", kind="platform"))
    with db.read() as s:
        actors = {row[0] for row in s.connection().exec_driver_sql("SELECT actor FROM audit_event")}
    assert actors == {"tester"}
    assert ledger.verify(db).ok
