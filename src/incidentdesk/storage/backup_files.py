"""Backup files as files: names unique to the millisecond, and which of them rotation keeps.

A backup is named `<ledger stem>-<UTC time to the millisecond>Z<.db|.json>`, e.g.
`incidentdesk-20260401T101500123Z.db`; two backups in the same millisecond get `-2`, `-3`, ...
The name is reserved with an exclusive create, so two processes never write the same file.
Rotation only ever looks at names of exactly this shape for the same ledger, so copies a person
saved under another name, and the copies kept before a schema upgrade or a restore, stay.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{9})Z(?:-(?P<n>\d+))?(?P<suffix>\.db|\.json)$")
KEEP_ENV = "INCIDENTDESK_BACKUP_KEEP"


def stamp(now: datetime | None = None) -> str:
    """UTC time to the millisecond, as used in backup names: 20260401T101500123Z."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return f"{now:%Y%m%dT%H%M%S}{now.microsecond // 1000:03d}Z"


def reserve(folder: Path, stem: str, suffix: str, *, now: datetime | None = None, middle: str = "-") -> Path:
    """Create an empty file under a name nobody else has, and return it (the backup then replaces it)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = f"{stem}{middle}{stamp(now)}"
    for n in range(1, 10_000):
        path = folder / f"{base}{'' if n == 1 else f'-{n}'}{suffix}"
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return path
    raise FileExistsError(folder / f"{base}{suffix}")


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
    taken = datetime.strptime(raw[:15], "%Y%m%dT%H%M%S").replace(microsecond=int(raw[15:]) * 1000,
                                                                 tzinfo=timezone.utc)
    return BackupName(path, found["stem"], found["suffix"], taken)


def to_drop(backups: list[BackupName], rule: Retention, now: datetime) -> list[BackupName]:
    """The backups `rule` does not keep; the newest one is always kept."""
    ordered = sorted(backups, key=lambda b: (b.taken, b.path.name), reverse=True)
    keep = {b.path for b in ordered[:max(1, rule.last)]}
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
    siblings = [b for b in (parse_name(p) for p in written.parent.iterdir() if p.is_file())
                if b is not None and b.stem == mine.stem and b.suffix == mine.suffix]
    removed = []
    for b in to_drop(siblings, rule, now or datetime.now(timezone.utc)):
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            pass  # held open by a virus scanner or a colleague: the next rotation tries again
    return removed
