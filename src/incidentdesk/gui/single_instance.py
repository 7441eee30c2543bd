"""One window per database: a QLockFile beside the SQLite file, or keyed by a hash of a server URL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from ..paths import data_dir


def _hashed(target: str) -> Path:
    import hashlib  # only for a server URL or a folder that takes no lock file: not on every window's start

    return data_dir() / "locks" / (hashlib.sha256(target.encode("utf-8")).hexdigest()[:20] + ".lock")


def lock_path(target: str) -> Path:
    """Where the lock for `target` (a path or a URL) lives."""
    if "://" not in target:
        path = Path(target).expanduser().resolve()
        return path.with_name(path.name + ".lock")
    return _hashed(target)


def _try(path: Path) -> tuple[QLockFile, bool]:
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path))
    # Never stale by age: the first window may stay open for days; a crashed one is found by its PID.
    lock.setStaleLockTime(0)
    return lock, lock.tryLock(0)


def acquire(target: str) -> QLockFile | None:
    """The held lock, or None when another running Incident Desk has this database open."""
    try:
        lock, held = _try(lock_path(target))
    except OSError:
        lock, held = None, False
    if held:
        return lock
    if lock is not None and lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # The database folder takes no lock file (a read-only share): lock in the per-user data folder.
    key = str(Path(target).expanduser().resolve()) if "://" not in target else target
    lock, held = _try(_hashed(key))
    return lock if held else None
