"""Schema migrations: a new ledger, an upgrade from every earlier revision with data in it, and refusals."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from ledger_reads import read
from older_ledgers import SERVICE
from older_ledgers import insert_old_rows as _insert_old_rows
from older_ledgers import upgrade_to as _upgrade_to
from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

from incidentdesk.domain.errors import DatabaseError
from incidentdesk.services import ledger
from incidentdesk.services.reads import catalog as catalog_reads
from incidentdesk.services.reads import ledger as ledger_reads
from incidentdesk.services.reads import search as search_reads
from incidentdesk.storage.database import alembic_config, open_database, to_url
from incidentdesk.storage.sqlite_file import head_revision, known_revisions

EARLIER = sorted(known_revisions() - {head_revision()})


def _revision(target: str) -> str | None:
    engine = create_engine(to_url(target))
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def _schema_drift(target: str) -> list:
    """Differences between the migrated database and the SQLModel tables (the search index's extras aside)."""
    engine = create_engine(to_url(target))
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), SQLModel.metadata)
    finally:
        engine.dispose()
    return [
        d
        for d in diff
        if not (d[0] == "remove_table" and d[1].name.startswith("search_fts"))
        and not (d[0] == "remove_index" and d[1].name == "ix_search_doc_trgm")
    ]


def test_new_ledger_is_created_at_head(new_target):
    """Opening an empty target creates the whole schema at the newest revision, matching the models."""
    target = new_target()
    db = open_database(target)
    try:
        assert read(db, ledger_reads.is_empty)
        assert ledger.verify(db).ok
    finally:
        db.close()
    assert _revision(target) == head_revision()
    assert _schema_drift(target) == []


def test_opening_at_head_again_changes_nothing(new_target, tmp_path):
    """Reopening a current ledger neither migrates nor writes a backup copy."""
    target = new_target(at_head=True)
    backups = tmp_path / "backups"
    open_database(target, backup_dir=backups).close()
    assert _revision(target) == head_revision()
    assert not backups.exists()


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrade_from_earlier_revision_keeps_rows_and_fills_search(new_target, backend, tmp_path, revision):
    """A ledger left at an older revision with data in it opens at head, keeps its rows, verifies, and is searchable."""
    target = new_target()
    _upgrade_to(target, revision)
    _insert_old_rows(target)
    backups = tmp_path / "backups"
    db = open_database(target, backup_dir=backups, actor="tester")
    try:
        assert [s.name for s in read(db, catalog_reads.services)] == [SERVICE]
        assert ledger.verify(db).ok
        assert {h.kind for h in read(db, search_reads.search, "LINE公式")} == {"service"}  # 3+ characters
        assert {h.kind for h in read(db, search_reads.search, "粗大ごみ収集")} == {"use"}
        assert {h.kind for h in read(db, search_reads.search, "春日")} == {"service"}  # 1-2 characters
    finally:
        db.close()
    assert _revision(target) == head_revision()
    assert _schema_drift(target) == []
    if backend == "sqlite":
        copies = list(backups.glob("*.db"))
        assert len(copies) == 1, "an existing SQLite ledger is copied before it is migrated"
        with sqlite3.connect(copies[0]) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
            assert conn.execute("SELECT name FROM external_service").fetchall() == [(SERVICE,)]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_newer_sqlite_ledger_is_refused_untouched(tmp_path):
    """A file stamped with an unknown newer revision raises db_newer and keeps every byte, with no -wal/-shm."""
    path = tmp_path / "newer.db"
    open_database(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before, files = _sha(path), _siblings(path)
    assert files == {"newer.db"}
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert caught.value.code == "db_newer"
    assert "9999_from_the_future" in caught.value.message("en")
    assert "新しい版" in caught.value.message("ja")
    assert _sha(path) == before
    assert _siblings(path) == files


@pytest.mark.postgres
def test_newer_server_ledger_is_refused_untouched(pg_server):
    """A server database at an unknown revision raises db_newer and is not migrated or written."""
    name = "newer_ledger"
    pg_server.admin(f"CREATE DATABASE {name}")
    try:
        open_database(pg_server.url(name)).close()
        engine = create_engine(pg_server.url(name))
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
        with pytest.raises(DatabaseError) as caught:
            open_database(pg_server.url(name))
        assert caught.value.code == "db_newer"
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "9999_from_the_future"
            assert conn.execute(text("SELECT count(*) FROM audit_event")).scalar_one() == 0
        engine.dispose()
    finally:
        pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.mark.parametrize("content", [b"Dear mayor,\nthis is a letter, not a ledger.\n", b"\x00\x01binary" * 500])
def test_non_sqlite_file_is_refused_untouched(tmp_path, content):
    """A file that is not SQLite at all raises db_not_ledger and is left byte for byte as it was."""
    path = tmp_path / "letter.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert caught.value.code == "db_not_ledger"
    assert path.read_bytes() == content
    assert _siblings(path) == {"letter.db"}


def test_foreign_sqlite_database_is_refused_untouched(tmp_path):
    """Another program's SQLite file (tables but no ledger revision) raises db_not_ledger and is not written."""
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('情報 太郎')")
    conn.close()
    before = _sha(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert caught.value.code == "db_not_ledger"
    assert _sha(path) == before
    assert _siblings(path) == {"other.sqlite"}


def test_known_revisions_match_the_migration_scripts():
    """storage.sqlite_file.REVISIONS lists exactly the migration scripts, oldest first, ending at Alembic's head."""
    from alembic.script import ScriptDirectory

    from incidentdesk.storage.sqlite_file import REVISIONS

    scripts = ScriptDirectory.from_config(alembic_config())
    assert list(REVISIONS) == [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert list(REVISIONS)[-1] == head_revision() == scripts.get_current_head()


@pytest.mark.parametrize("revision", sorted(known_revisions()))
def test_each_revision_creates_exactly_its_tables(new_target, backend, revision):
    """REVISIONS names the tables each revision has; migrating to it creates exactly those, on SQLite and PostgreSQL."""
    from sqlalchemy import inspect

    from incidentdesk.storage.sqlite_file import REVISIONS

    target = new_target()
    _upgrade_to(target, revision)
    engine = create_engine(to_url(target))
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()
    assert tables == REVISIONS[revision].expected("sqlite" if backend == "sqlite" else "postgresql")
