"""Backups known to restore (one snapshot, read back and checked, unique names, rotation) and restore (checks the
backup first, keeps the ledger it replaces, writes through SQLite whatever -wal is lying beside the ledger)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from ledger_builders import file_state, run_sql, small_ledger, target_of
from older_ledgers import SERVICE, insert_old_rows, upgrade_to

from incidentdesk.domain.errors import DatabaseError, LedgerError
from incidentdesk.domain.inputs import PartyIn
from incidentdesk.exchange import ledger_json
from incidentdesk.services import backups, catalog, ledger, statements
from incidentdesk.storage import backup_files
from incidentdesk.storage.backup_files import Retention
from incidentdesk.storage.database import open_database


@pytest.fixture
def built(db):
    small_ledger(db)
    return db


def test_backup_is_checked_and_named_to_the_millisecond(built, tmp_path):
    """Two backups in the same millisecond get different names; both are whole ledgers (or exports) that verify."""
    moment = datetime(2026, 4, 1, 10, 15, 0, 123000, tzinfo=UTC)
    first = backup_files.reserve(tmp_path, "ledger", ".db", now=moment)
    second = backup_files.reserve(tmp_path, "ledger", ".db", now=moment)
    assert (first.name, second.name) == ("ledger-20260401T101500123Z.db", "ledger-20260401T101500123Z-2.db")
    made = [backups.backup(built, directory=tmp_path / "auto") for _ in range(3)]
    assert len(set(made)) == 3
    for path in made:
        if built.is_sqlite:
            assert backups.check_sqlite_copy(path).ok
        else:
            assert ledger_json.check_file(path)["decision"] == 2


def test_rotation_keeps_the_last_ten_and_one_per_day_for_thirty_days():
    """Of two backups a day for 60 days, rotation keeps the 10 newest and the newest of each of the last 30 days."""
    now = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)
    names = []
    for day in range(60):
        for hour in (1, 9):
            taken = now - timedelta(days=day, hours=hour)
            names.append(backup_files.parse_name(Path(f"ledger-{backup_files.stamp(taken)}.db")))
    dropped = backup_files.to_drop(names, Retention(10, 30), now)
    kept = sorted(set(names) - set(dropped), key=lambda b: b.taken, reverse=True)
    newest = sorted(names, key=lambda b: b.taken, reverse=True)
    assert newest[:10] == kept[:10]
    days = {b.taken.astimezone().date() for b in kept}
    assert len(days) == 30 and len(kept) == 10 + 30 - len({b.taken.astimezone().date() for b in newest[:10]})


def test_rotation_touches_only_this_ledgers_automatic_backups(built, tmp_path, monkeypatch):
    """Rotation removes old automatic backups of this ledger only: other ledgers' backups, copies saved under other
    names, pre-upgrade and pre-restore copies stay. `off` keeps everything."""
    folder = tmp_path / "auto"
    folder.mkdir()
    stem = built.sqlite_path.stem if built.is_sqlite else "incidentdesk"
    suffix = ".db" if built.is_sqlite else ".json"
    old = [folder / f"{stem}-2020010{d}T000000000Z{suffix}" for d in range(1, 6)]
    others = [
        folder / f"other-20200101T000000000Z{suffix}",
        folder / "kept-by-hand.db",
        folder / f"{stem}.before-0002.20200101T000000000Z.db",
        folder / f"{stem}.before-restore.20200101T000000000Z.db",
    ]
    for p in old + others:
        p.write_bytes(b"x")
    backups.backup(built, directory=folder, retention=Retention.parse("off"))
    assert all(p.exists() for p in old + others)
    written = backups.backup(built, directory=folder, retention=Retention.parse("2,0"))
    assert written.exists() and all(p.exists() for p in others)
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(f"{stem}-")) == sorted(
        [
            written.name,
            max(
                (p for p in folder.iterdir() if p.name.startswith(f"{stem}-2026") and p != written),
                key=lambda p: p.name,
            ).name,
        ]
    )


def test_a_backup_of_a_tampered_ledger_is_not_reported_as_written(built, tmp_path):
    """The read-back check fails for a ledger whose rows contradict the trail: no 'Backup written', and the copy
    is kept under an .unverified name outside the rotation."""
    db = run_sql(built, "UPDATE decision SET state = 'continue'")
    with pytest.raises(LedgerError) as caught:
        backups.backup(db, directory=tmp_path)
    assert caught.value.code == "backup_failed_check"
    assert "unverified" in caught.value.message("en") and "検査に合格しません" in caught.value.message("ja")
    assert [p.name for p in tmp_path.iterdir() if ".unverified" in p.name]
    db.close()


def test_backups_taken_while_others_write_restore(built, tmp_path):
    """While two writers add parties and claims, every backup is one consistent snapshot: each imports (server) or
    opens (SQLite) as a ledger that verifies. This failed 15 of 15 times on PostgreSQL before."""
    target = target_of(built)
    stop, errors = threading.Event(), []
    statement_id = ledger_json.export_ledger(built)["tables"]["statement"][0]["id"]

    def writer(name: str) -> None:
        other = open_database(target, actor=name)
        try:
            i = 0
            while not stop.is_set():
                catalog.add_party(other, PartyIn(name=f"{name}-{i}"))
                statements.add_claims(other, statement_id=statement_id, texts=[f"{name} の説明 {i}"])
                i += 1
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            other.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("alice", "bob")]
    for t in threads:
        t.start()
    try:
        made = [backups.backup(built, directory=tmp_path) for _ in range(4)]
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
    assert not errors
    for path in made:  # restorable: a fresh ledger from each
        if built.is_sqlite:
            copy = open_database(str(path), create=False)
        else:
            copy = open_database(str(tmp_path / f"{path.stem}.db"))
            ledger_json.import_file(copy, path)
        try:
            assert ledger.verify(copy).ok
        finally:
            copy.close()


# -- restore ---------------------------------------------------------------------------------


@pytest.fixture
def sqlite_ledger(tmp_path):
    db = open_database(str(tmp_path / "ledger.db"), actor="tester")
    small_ledger(db)
    yield db
    db.close()


def _names(db) -> set[str]:
    return {p["name"] for p in ledger_json.export_ledger(db)["tables"]["party"]}


def test_restore_puts_the_backup_back_and_keeps_the_ledger_it_replaced(sqlite_ledger, tmp_path):
    """After a backup and a later change, restore brings the backup's content back, verified, and the changed
    ledger is kept as a pre-restore copy that still holds the change."""
    copy = backups.backup(sqlite_ledger, directory=tmp_path / "b")
    catalog.add_party(sqlite_ledger, PartyIn(name="復元で消える事業者"))
    result = backups.restore(str(sqlite_ledger.sqlite_path), copy, backup_dir=tmp_path / "kept")
    assert result.check.ok and result.kept is not None and result.kept.parent == tmp_path / "kept"
    assert "復元で消える事業者" not in _names(sqlite_ledger)
    kept = open_database(str(result.kept), create=False)
    assert "復元で消える事業者" in _names(kept) and ledger.verify(kept).ok
    kept.close()


def _leave_wal(path: Path) -> None:
    """A process that commits a change and is killed before any checkpoint: its -wal stays beside the ledger."""
    code = (
        f"import sqlite3, os\nc = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0')\n"
        'c.execute("UPDATE org_settings SET contact_name = contact_name")\n'
        "c.execute(\"INSERT INTO ledger_meta VALUES ('left-in-wal', 'x')\")\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert path.with_name(path.name + "-wal").stat().st_size > 0


def test_restore_over_a_ledger_with_a_left_over_wal(sqlite_ledger, tmp_path):
    """A -wal left by a killed process is dealt with by SQLite itself: the restored ledger verifies and holds
    nothing of the old -wal (copying the backup file over the ledger corrupted it 10 of 10 times)."""
    copy = backups.backup(sqlite_ledger, directory=tmp_path / "b")
    path = sqlite_ledger.sqlite_path
    sqlite_ledger.close()
    _leave_wal(path)
    result = backups.restore(str(path), copy, backup_dir=tmp_path / "kept")
    assert result.check.ok
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM ledger_meta WHERE key = 'left-in-wal'").fetchone() == (0,)
    conn.close()
    kept = sqlite3.connect(result.kept)  # the ledger as it was, -wal content included
    assert kept.execute("SELECT count(*) FROM ledger_meta WHERE key = 'left-in-wal'").fetchone() == (1,)
    kept.close()


def test_restore_over_a_damaged_ledger_keeps_its_bytes(sqlite_ledger, tmp_path):
    """A ledger too damaged to open is kept byte for byte (with its -wal) and replaced by the checked backup."""
    copy = backups.backup(sqlite_ledger, directory=tmp_path / "b")
    path = sqlite_ledger.sqlite_path
    sqlite_ledger.close()
    with open(path, "r+b") as fh:  # keep the SQLite header, destroy the schema page
        fh.seek(100)
        fh.write(b"\x00" * 3000)
    damaged = path.read_bytes()
    result = backups.restore(str(path), copy, backup_dir=tmp_path / "kept")
    assert result.check.ok
    assert result.kept.read_bytes() == damaged


def test_restore_from_a_json_export(sqlite_ledger, tmp_path):
    """A JSON export (a server ledger's backup) restores into an SQLite ledger too, after every import check."""
    export = ledger_json.write_export(sqlite_ledger, tmp_path / "x.json")
    catalog.add_party(sqlite_ledger, PartyIn(name="後から"))
    result = backups.restore(str(sqlite_ledger.sqlite_path), export, backup_dir=tmp_path / "kept")
    assert result.check.ok and "後から" not in _names(sqlite_ledger)


def test_restore_from_a_tampered_backup_changes_nothing(sqlite_ledger, tmp_path):
    """A backup that does not verify is refused before anything is kept or written; the ledger is as it was."""
    copy = backups.backup(sqlite_ledger, directory=tmp_path / "b")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE decision SET state = 'terminate'")
    conn.close()
    path = sqlite_ledger.sqlite_path
    sqlite_ledger.close()
    before = file_state(path)
    with pytest.raises(LedgerError) as caught:
        backups.restore(str(path), copy, backup_dir=tmp_path / "kept")
    assert caught.value.code == "restore_bad_backup" and "decision" in caught.value.message("en")
    assert file_state(path) == before and not (tmp_path / "kept").exists()


def test_restore_refuses_another_programs_file_and_a_server(tmp_path, sqlite_ledger):
    """Restore never overwrites a file that is not a ledger, and says how to restore a server ledger instead."""
    copy = backups.backup(sqlite_ledger, directory=tmp_path / "b")
    letter = tmp_path / "letter.db"
    letter.write_bytes(b"Dear mayor, " * 100)
    with pytest.raises(DatabaseError):
        backups.restore(str(letter), copy, backup_dir=tmp_path / "kept")
    assert letter.read_bytes() == b"Dear mayor, " * 100
    with pytest.raises(LedgerError) as caught:
        backups.restore("postgresql+psycopg://clerk@db.city.local/ledger", copy, backup_dir=tmp_path / "kept")
    assert caught.value.code == "restore_server" and "import" in caught.value.message("en")


def test_restore_waits_for_the_window_to_close(sqlite_ledger, tmp_path):
    """While a window's lock file names a running process, the command refuses and points to the File menu."""
    copy = backups.backup(sqlite_ledger, directory=tmp_path / "b")
    path = sqlite_ledger.sqlite_path
    path.with_name(path.name + ".lock").write_text(f"{os.getppid()}\nincidentdesk\nhost\n")
    with pytest.raises(LedgerError) as caught:
        backups.restore(str(path), copy, backup_dir=tmp_path / "kept")
    assert caught.value.code == "restore_window_open"
    path.with_name(path.name + ".lock").write_text("999999999\nincidentdesk\nhost\n")  # a crashed window's lock
    assert backups.restore(str(path), copy, backup_dir=tmp_path / "kept").check.ok


def test_restore_into_a_new_place_and_from_an_older_schema(sqlite_ledger, tmp_path):
    """Restoring to a path with no ledger creates it; a backup from an older revision is upgraded on the way."""
    from incidentdesk.storage.sqlite_file import REVISIONS, head_revision

    older = sorted(set(REVISIONS) - {head_revision()})
    copy = tmp_path / "b" / "older.db"
    copy.parent.mkdir()
    upgrade_to(str(copy), older[-1])  # a file as the previous version wrote it
    insert_old_rows(str(copy))
    new = tmp_path / "elsewhere" / "restored.db"
    result = backups.restore(str(new), copy, backup_dir=tmp_path / "kept")
    assert result.kept is None and result.check.ok and new.exists()
    with sqlite3.connect(new) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        assert conn.execute("SELECT name FROM external_service").fetchall() == [(SERVICE,)]
    conn.close()


def test_restore_a_backup_with_another_page_size(sqlite_ledger, tmp_path):
    """A backup made with another page size (SQLite cannot copy across page sizes into a WAL ledger) is put in
    place whole instead, with the ledger's -wal and -shm removed after the ledger was kept."""
    copy = backups.backup(sqlite_ledger, directory=tmp_path / "b")
    with sqlite3.connect(copy) as conn:
        conn.execute("PRAGMA page_size = 8192")
        conn.execute("VACUUM")
    conn.close()
    catalog.add_party(sqlite_ledger, PartyIn(name="ページサイズ違い"))
    sqlite_ledger.close()  # as the window does before it restores: the file itself is replaced here
    result = backups.restore(str(sqlite_ledger.sqlite_path), copy, backup_dir=tmp_path / "kept")
    assert result.check.ok and "ページサイズ違い" not in _names(sqlite_ledger)
    assert "ページサイズ違い" in _names(open_database(str(result.kept), create=False))


def test_a_failed_backup_keeps_the_file_it_would_have_replaced(sqlite_ledger, tmp_path, monkeypatch):
    """Choosing an existing file in the save dialog and then failing leaves that file as it was."""
    existing = tmp_path / "chosen.db"
    existing.write_bytes(b"an older copy")

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "backup_sqlite", broken)
    with pytest.raises(OSError):
        backups.backup(sqlite_ledger, existing)
    assert existing.read_bytes() == b"an older copy"


def test_what_a_killed_backup_left_is_swept_and_never_counted(sqlite_ledger, tmp_path):
    """A backup killed half-way leaves only hidden files (a reservation, a partial copy), never an empty file under
    a backup's name; the next backup removes them, as they belong to no running process."""
    folder = tmp_path / "b"
    folder.mkdir()
    dead = 999_999_999
    (folder / f".ledger-20260101T000000000Z.db.{dead}.reserved").write_bytes(b"")
    (folder / f".ledger-20260101T000000000Z.db.{dead}.part").write_bytes(b"half a copy")
    (folder / f".ledger-20260101T000000000Z.db.{dead}.part-journal").write_bytes(b"its rollback journal")
    (folder / f".restore-{dead}-abcd").mkdir()
    made = backups.backup(sqlite_ledger, directory=folder)
    assert sorted(p.name for p in folder.iterdir()) == [made.name]
