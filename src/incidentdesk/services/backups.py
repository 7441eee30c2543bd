"""Backups known to restore, and restore: each backup is written from one snapshot and read back through every
check import and verify make before it is reported; restore checks the backup first, keeps the ledger it
replaces, and writes through SQLite so a left-over -wal file can never be applied to the wrong database.
docs/backup.md describes both for people.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import DatabaseError, LedgerError
from ..storage import ledger_check
from ..storage.audit_chain import Break
from ..storage.backup_files import Retention, alive, release, reserve, rotate, sweep
from ..storage.reader import ReadOnlyLedger, Reader
from ..storage.sqlite_file import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    backup_sqlite,
    connect_for_reading,
    head_revision,
    inspect_file,
    read_header,
    recognise,
    sqlite_uri,
    sync_file,
    sync_folder,
)
from .ledger import Checkable, VerifyResult, verify

log = logging.getLogger(__name__)


# -- backup ----------------------------------------------------------------------------------


def check_sqlite_copy(path: Path) -> ledger_check.Report:
    """Every check of `verify`, on a copy nobody else has open (our file, intact chain, rows, index...)."""
    recognise(inspect_file(path), str(path), "sqlite")
    conn = connect_for_reading(path)
    try:
        conn.execute("BEGIN")
        return ledger_check.check(Reader(conn), fts=ledger_check.fts_checker(path))
    finally:
        conn.close()


def backup(
    db: Checkable,
    dest: Path | None = None,
    *,
    directory: Path | None = None,
    retention: Retention | None = None,
    rotate_as_automatic: bool = False,
) -> Path:
    """A copy of the ledger that has been read back and passed every check, or LedgerError.

    An SQLite ledger is copied page by page through SQLite's backup API; a server ledger is written
    as a JSON export from one REPEATABLE READ snapshot and checked as an import would check it.
    Without `dest` the copy gets a name unique to the millisecond in `directory`, and the older
    automatic copies there are rotated by `retention` (default: $INCIDENTDESK_BACKUP_KEEP, else the last
    10 plus one a day for 30 days). `rotate_as_automatic`: rotate beside `dest` too when its name has the
    automatic form (the window offers such a name in the backups folder).
    """
    if retention is None:
        retention = Retention.from_environment()
    sqlite = db.sqlite_path
    suffix = ".db" if sqlite is not None else ".json"
    stem = sqlite.stem if sqlite is not None else "incidentdesk"
    folder = directory or (sqlite.parent / "backups" if sqlite is not None else Path.cwd())
    target = Path(dest) if dest is not None else reserve(folder, stem, suffix)
    existed = dest is not None and target.exists()  # a file the save dialog agreed to replace: kept if we fail
    try:
        return _backup(db, target, existed, dest is None or rotate_as_automatic, retention)
    finally:
        release(target)


def _backup(db: Checkable, target: Path, existed: bool, rotating: bool, retention: Retention) -> Path:
    sqlite = db.sqlite_path
    problem: Break | LedgerError | None
    try:
        if sqlite is not None:
            _copy_sqlite(sqlite, target)
            report = check_sqlite_copy(target)
            problem = report.problem
        else:
            from ..exchange import ledger_json

            ledger_json.write_export(db, target)
            problem = None
            try:
                ledger_json.check_file(target)
            except LedgerError as exc:
                problem = exc
    except BaseException:
        if not existed:
            target.unlink(missing_ok=True)
        raise
    if problem is not None:
        kept = target.with_name(target.stem + ".unverified" + target.suffix)  # outside rotation's pattern
        os.replace(target, kept)
        if isinstance(problem, LedgerError):
            detail_en, detail_ja = problem.message("en"), problem.message("ja")
        else:
            detail_en, detail_ja = problem.describe("en"), problem.describe("ja")
        raise LedgerError("backup_failed_check", path=str(kept), detail=detail_en, detail_ja=detail_ja)
    if rotating:
        for removed in rotate(target, retention):
            log.info("rotated out backup %s", removed)
    log.info("backup of %s written to %s and checked", db.label, target)
    return target


def _copy_sqlite(source: Path, target: Path) -> None:
    """backup_sqlite, falling back to read-only opens for a ledger in a folder nobody may write: mode=ro (which
    works if a -shm is there), then immutable=1 (only when no -wal holds changes it would miss)."""
    has_wal = source.with_name(source.name + "-wal").exists()
    attempts = ["", "mode=ro"] + ([] if has_wal else ["immutable=1"])
    for n, query in enumerate(attempts):
        try:
            backup_sqlite(source, target, source_uri_query=query)
            return
        except sqlite3.OperationalError as exc:
            read_only = any(w in str(exc).lower() for w in ("readonly", "unable to open", "read-only"))
            if not read_only or n == len(attempts) - 1:
                raise


# -- restore ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    ledger: Path
    kept: Path | None  # the ledger as it was before, or None when there was none
    check: VerifyResult  # verify of the restored ledger


def restore(target: str, source: Path, *, backup_dir: Path, window_may_hold: bool = False) -> RestoreResult:
    """Replace the SQLite ledger at `target` by the backup `source` (a .db copy or a JSON export).

    In order: the backup is copied, upgraded if it is older, and must pass every check of verify;
    the current ledger is copied into `backup_dir` (page by page, or byte by byte with its -wal when
    it is too damaged to open); the backup is written into the ledger through SQLite's backup API, so
    SQLite itself deals with the ledger's -wal and -shm; the result is verified. Nothing is replaced
    when a step before the write fails.
    """
    if "://" in target:
        raise LedgerError("restore_server")
    path = Path(target).expanduser().resolve()
    source = Path(source).expanduser()
    if not source.is_file():
        raise LedgerError(
            "restore_bad_backup", path=str(source), detail="the file does not exist", detail_ja="ファイルがありません"
        )
    if source.resolve() == path:
        raise LedgerError("restore_same_file", path=str(path))
    if not window_may_hold and window_holds(path):
        raise LedgerError("restore_window_open", path=str(path))
    damaged = _state_of(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        sweep(path.parent)
        scratch_dir = Path(tempfile.mkdtemp(prefix=f".restore-{os.getpid()}-", dir=path.parent))
    except OSError as exc:
        raise DatabaseError("db_cannot_create", path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        scratch = _prepared(source, scratch_dir)
        kept = _keep(path, backup_dir, damaged)
        _write(scratch, path, damaged)
    finally:
        shutil.rmtree(scratch_dir, ignore_errors=True)
    log.info("restored %s from %s (previous ledger kept as %s)", path, source, kept)
    return RestoreResult(path, kept, verify(ReadOnlyLedger(path)))


def _state_of(path: Path) -> bool | None:
    """None: no ledger there yet; False: our ledger; True: an SQLite file too damaged to read. Refuses anything
    else (another program's file is never overwritten)."""
    try:
        found = inspect_file(path)
    except DatabaseError as exc:
        if exc.code == "db_unreadable" and read_header(path)[:16] == SQLITE_HEADER:
            return True
        raise
    if not found.exists:
        return None
    if recognise(found, str(path), "sqlite") is None:
        return None
    return False


def _prepared(source: Path, folder: Path) -> Path:
    """The backup as a checked ledger file at the current schema revision, in `folder`."""
    copy = folder / "restored.db"
    head = read_header(source)
    try:
        if head[:16] == SQLITE_HEADER:
            rev = recognise(inspect_file(source), str(source), "sqlite")
            if rev is None:
                raise LedgerError(
                    "restore_bad_backup",
                    path=str(source),
                    detail="it holds no ledger",
                    detail_ja="台帳が入っていません",
                )
            _copy_sqlite(source, copy)
            if rev != head_revision():
                _open_and_close(copy, folder / "before-upgrade")
        elif head.lstrip()[:1] == b"{":
            from ..exchange import ledger_json
            from ..storage.database import open_database

            db = open_database(str(copy))
            try:
                ledger_json.import_file(db, source)
            finally:
                db.close()
        else:
            raise LedgerError(
                "restore_bad_backup",
                path=str(source),
                detail="it is neither an Incident Desk ledger nor a ledger export",
                detail_ja="Incident Desk の台帳でも台帳の書き出しでもありません",
            )
    except LedgerError as exc:
        if exc.code == "restore_bad_backup":
            raise
        raise LedgerError(
            "restore_bad_backup", path=str(source), detail=exc.message("en"), detail_ja=exc.message("ja")
        ) from exc
    report = check_sqlite_copy(copy)
    if report.problem is not None:
        raise LedgerError(
            "restore_bad_backup",
            path=str(source),
            detail=report.problem.describe("en"),
            detail_ja=report.problem.describe("ja"),
        )
    return copy


def _open_and_close(path: Path, backup_dir: Path) -> None:
    from ..storage.database import open_database

    open_database(str(path), backup_dir=backup_dir).close()


def _keep(path: Path, backup_dir: Path, damaged: bool | None) -> Path | None:
    """Copy the ledger about to be replaced into `backup_dir`; a damaged one byte for byte, with its -wal."""
    if damaged is None:
        return None
    kept = reserve(backup_dir, path.stem, path.suffix, middle=".before-restore.")
    try:
        if not damaged:
            _copy_sqlite(path, kept)
            return kept
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))  # SQLite reads it with the copy
        partial = kept.with_name(f".{kept.name}.{os.getpid()}.part")
        shutil.copyfile(path, partial)
        sync_file(partial)
        os.replace(partial, kept)
        return kept
    except BaseException:
        kept.unlink(missing_ok=True)
        kept.with_name(kept.name + "-wal").unlink(missing_ok=True)
        raise
    finally:
        release(kept)


def _write(scratch: Path, path: Path, damaged: bool | None) -> None:
    """Put the checked copy in place of the ledger."""
    if damaged is False and _page_size(scratch) == _page_size(path):
        src = sqlite3.connect(sqlite_uri(scratch.resolve(), "mode=ro"), uri=True)
        dst = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            dst.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # The ledger's own connection reads any -wal it has before the pages are replaced, and the
            # new pages go through its journal: nothing of the old -wal can be applied to them later.
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
            src.close()
        return
    # No ledger, one SQLite cannot open, or one whose page size differs (SQLite cannot copy into a WAL ledger
    # across page sizes): a -wal or -shm left beside it belongs to the old file and would be applied to the new
    # one, so they go (the old ledger, its -wal content included, was kept above).
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    sync_file(scratch)
    os.replace(scratch, path)
    sync_folder(path.parent)


def _page_size(path: Path) -> int:
    """From the file header (bytes 16-17; 1 means 65536), without opening a connection."""
    header = read_header(path)
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def window_holds(path: Path) -> bool:
    """True while an Incident Desk window has this ledger open (its lock file, gui/single_instance.py, names a
    running process). The window must restore through its own File menu instead."""
    lock = path.with_name(path.name + ".lock")
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").splitlines()[:1]
        pid = int(first[0]) if first else 0
    except (OSError, ValueError):
        return False
    return pid > 0 and pid != os.getpid() and alive(pid)
