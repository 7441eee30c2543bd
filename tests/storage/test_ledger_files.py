"""Our files only: a ledger is recognised by its application id or its exact tables before anything writes, and
commands that only read never make a ledger where a path was mistyped."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from incidentdesk.cli import main
from incidentdesk.domain.errors import DatabaseError
from incidentdesk.storage.database import open_database
from incidentdesk.storage.sqlite_file import APPLICATION_ID, REVISIONS, head_revision

from ledger_builders import file_state

READING = [
    ["verify"],
    ["list"],
    ["search", "住民票"],
    ["export", "--out", "{out}"],
    ["memo", "1", "--out", "{out}"],
    ["backup"],
]


def _foreign_sqlite(path: Path, revision: str, *, wal: bool = False) -> None:
    """Another program's database that happens to keep an Alembic revision we know."""
    with sqlite3.connect(path) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO contacts (name) VALUES ('情報 太郎')")
    conn.close()
    if wal:
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()


def test_a_new_ledger_carries_our_application_id(tmp_path):
    """A ledger this version creates is marked with PRAGMA application_id, so it is recognised whatever it holds."""
    path = tmp_path / "new.db"
    open_database(str(path)).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


@pytest.mark.parametrize("revision", sorted(REVISIONS))
@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_another_programs_sqlite_file_with_our_revision_is_refused_untouched(tmp_path, revision, wal):
    """A foreign file whose alembic_version reads 0001 or 0002 is neither upgraded nor switched to WAL: refused,
    with every byte and no -wal/-shm beside it, by both ways of opening a ledger and by the command line."""
    path = tmp_path / "other.db"
    _foreign_sqlite(path, revision, wal=wal)
    before = file_state(path)
    for opener in (lambda: open_database(str(path)), lambda: open_database(str(path), create=False)):
        with pytest.raises(DatabaseError) as caught:
            opener()
        assert caught.value.code == "db_not_ledger"
        assert file_state(path) == before
    for argv in (["init"], ["verify"], ["sample"], ["backup"]):
        assert main(["--db", str(path), *argv]) == 2
        assert file_state(path) == before


def test_our_ledger_with_a_table_added_by_hand_is_refused(tmp_path):
    """Even with our application id, a ledger whose tables are not exactly a revision's is not read or upgraded."""
    path = tmp_path / "x.db"
    open_database(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE extra (x)")
    conn.close()
    before = file_state(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert caught.value.code == "db_not_ledger" and file_state(path) == before


def test_an_older_ledger_without_the_id_is_recognised_by_its_tables_and_marked(tmp_path):
    """A ledger from before the application id (id 0, exactly the head's tables) opens and is marked then."""
    path = tmp_path / "old.db"
    open_database(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 0")
    conn.close()
    open_database(str(path)).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


@pytest.mark.postgres
@pytest.mark.parametrize("revision", sorted(REVISIONS))
def test_a_server_database_of_another_program_is_not_upgraded(pg_server, revision):
    """A PostgreSQL database with someone else's tables and an alembic_version we know is refused, unchanged."""
    name = f"foreign_{revision}"
    pg_server.admin(f"CREATE DATABASE {name}")
    engine = create_engine(pg_server.url(name))
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
            conn.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": revision})
            conn.execute(text("CREATE TABLE contacts (id serial PRIMARY KEY, name text)"))
        with pytest.raises(DatabaseError) as caught:
            open_database(pg_server.url(name))
        assert caught.value.code == "db_not_ledger"
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) == {"alembic_version", "contacts"}
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == revision
    finally:
        engine.dispose()
        pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.mark.parametrize("argv", READING, ids=lambda a: a[0])
def test_reading_commands_never_create_a_ledger_at_a_mistyped_path(tmp_path, capsys, argv):
    """verify, list, search, export, memo and backup on a path that does not exist exit 2 naming it, in Japanese
    and English, and create neither the file nor its folder."""
    path = tmp_path / "no" / "such" / "dir" / "ledger.db"
    args = [a.replace("{out}", str(tmp_path / "out.file")) for a in argv]
    for lang, words in (("ja", "ありません"), ("en", "does not exist")):
        assert main(["--db", str(path), "--lang", lang, *args]) == 2
        err = capsys.readouterr().err
        assert str(path) in err and words in err and "Traceback" not in err
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("argv", READING, ids=lambda a: a[0])
def test_reading_commands_refuse_an_empty_file(tmp_path, capsys, argv):
    """A 0-byte file is not a ledger to read: the command exits 2 naming it and the file stays empty."""
    path = tmp_path / "ledger.db"
    path.write_bytes(b"")
    args = [a.replace("{out}", str(tmp_path / "out.file")) for a in argv]
    assert main(["--db", str(path), "--lang", "en", *args]) == 2
    assert "is an empty file" in capsys.readouterr().err
    assert path.stat().st_size == 0 and {p.name for p in tmp_path.iterdir()} == {"ledger.db"}


@pytest.mark.postgres
def test_reading_commands_leave_an_empty_server_database_empty(pg_server, capsys):
    """verify on an empty PostgreSQL database says it holds no ledger and creates no table."""
    pg_server.admin("CREATE DATABASE empty_target")
    try:
        assert main(["--db", pg_server.url("empty_target"), "--lang", "en", "verify"]) == 2
        assert "holds no ledger" in capsys.readouterr().err
        engine = create_engine(pg_server.url("empty_target"))
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
        engine.dispose()
    finally:
        pg_server.admin("DROP DATABASE IF EXISTS empty_target WITH (FORCE)")


def test_writing_commands_still_create_a_new_ledger(tmp_path):
    """init (and sample, import) make a ledger where there is none, folders included, at the newest revision."""
    path = tmp_path / "new" / "ledger.db"
    assert main(["--db", str(path), "init"]) == 0
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    conn.close()
