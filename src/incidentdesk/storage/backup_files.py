"""Backup files as files: names unique to the millisecond, and which of them rotation keeps.

A backup is named `<ledger stem>-<UTC time to the millisecond>Z<.db|.json>`, e.g.
`incidentdesk-20260401T101500123Z.db`; two backups in the same millisecond get `-2`, `-3`, ...
The name is reserved with an exclusive create, so two processes never write the same file.
Rotation only ever looks at names of exactly this shape for the same ledger, so copies a person
saved under another name, and the copies kept before a schema upgrade or a restore, stay.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, UTC
from pathlib import Path

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{9})Z(?:-(?P<n>\d+))?(?P<suffix>\.db|\.json)$")
KEEP_ENV = "INCIDENTDESK_BACKUP_KEEP"


def stamp(now: datetime | None = None) -> str:
    """UTC time to the millisecond, as used in backup names: 20260401T101500123Z."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    return f"{now:%Y%m%dT%H%M%S}{now.microsecond // 1000:03d}Z"


def reserve(folder: Path, stem: str, suffix: str, *, now: datetime | None = None, middle: str = "-") -> Path:
    """A name nobody else has or is writing: held by a hidden `.<name>.<pid>.reserved` marker created exclusively
    (release() removes it). The name itself only appears once the copy is complete, so a backup killed half-way
    never leaves an empty file that rotation would count as a backup."""
    folder.mkdir(parents=True, exist_ok=True)
    sweep(folder)
    base = f"{stem}{middle}{stamp(now)}"
    for n in range(1, 10_000):
        path = folder / f"{base}{'' if n == 1 else f'-{n}'}{suffix}"
        if path.exists() or any(folder.glob(f".{glob.escape(path.name)}.*.reserved")):
            continue
        marker = _marker(path)
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        if path.exists() or len(list(folder.glob(f".{glob.escape(path.name)}.*.reserved"))) > 1:
            marker.unlink(missing_ok=True)  # another process took it at the same moment
            continue
        return path
    raise FileExistsError(folder / f"{base}{suffix}")


def _marker(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.reserved")


def release(path: Path) -> None:
    """Give up the reservation of `path` (whether or not the backup was written)."""
    _marker(path).unlink(missing_ok=True)


_LEFTOVER = re.compile(
    r"^\..*\.(?P<pid>\d+)\.(?:reserved|part(?:-journal|-wal|-shm)?)$|^\.(?:export|restore)-(?P<pid2>\d+)-"
)


def sweep(folder: Path) -> list[Path]:
    """Remove what a backup, export or restore killed half-way left in `folder` (hidden partial files, markers,
    scratch folders of processes no longer running)."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        found = _LEFTOVER.match(entry.name)
        if not found:
            continue
        pid = int(found["pid"] or found["pid2"])
        if pid == os.getpid() or alive(pid):
            continue
        try:
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry)
        except OSError:
            pass
    return removed


def alive(pid: int) -> bool:
    """Whether a process with this id is running (a lock or a partial file's owner)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class Retention:
    """Keep the newest `last` backups, plus the newest of each of the last `days` days (local dates)."""

    last: int = 10
    days: int = 30
    keep_all: bool = False  # no rotation at all

    @classmethod
    def parse(cls, text: str | None) -> Retention:
        """'10,30' -> last 10 and 30 days; 'off' -> no rotation; empty -> the defaults. Bad text: defaults."""
        text = (text or "").strip().lower()
        if text in ("off", "none", "0"):
            return cls(keep_all=True)
        try:
            last, days = (int(x) for x in text.split(",")) if text else (cls.last, cls.days)
        except ValueError:
            return cls()
        return cls(max(1, last), max(0, days))

    @classmethod
    def from_environment(cls) -> Retention:
        return cls.parse(os.environ.get(KEEP_ENV))


@dataclass(frozen=True)
class BackupName:
    path: Path
    stem: str
    suffix: str
    taken: datetime  # UTC


def parse_name(path: Path) -> BackupName | None:
    found = _NAME.match(path.name)
    if not found:
        return None
    raw = found["stamp"]
    taken = datetime.strptime(raw[:15], "%Y%m%dT%H%M%S").replace(microsecond=int(raw[15:]) * 1000, tzinfo=UTC)
    return BackupName(path, found["stem"], found["suffix"], taken)


def to_drop(backups: list[BackupName], rule: Retention, now: datetime) -> list[BackupName]:
    """The backups `rule` does not keep; the newest one is always kept."""
    ordered = sorted(backups, key=lambda b: (b.taken, b.path.name), reverse=True)
    keep = {b.path for b in ordered[: max(1, rule.last)]}
    today = now.astimezone().date()
    newest_of_day: dict[date, BackupName] = {}
    for b in ordered:
        day = b.taken.astimezone().date()
        if today - day < timedelta(days=rule.days):
            newest_of_day.setdefault(day, b)
    keep |= {b.path for b in newest_of_day.values()}
    return [b for b in ordered if b.path not in keep]


def rotate(written: Path, rule: Retention, *, now: datetime | None = None) -> list[Path]:
    """Remove the backups of the same ledger beside `written` that `rule` does not keep; returns them."""
    mine = parse_name(written)
    if rule.keep_all or mine is None:
        return []
    siblings = [
        b
        for b in (parse_name(p) for p in written.parent.iterdir() if p.is_file())
        if b is not None and b.stem == mine.stem and b.suffix == mine.suffix
    ]
    removed = []
    for b in to_drop(siblings, rule, now or datetime.now(UTC)):
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            pass  # held open by a virus scanner or a colleague: the next rotation tries again
    return removed
