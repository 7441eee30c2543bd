"""Temporary copies of attachments handed to the system's viewer, and their removal.

Each copy goes into its own private folder inside one per-user folder of the system's temporary directory,
so the viewer gets a file with the attachment's own name and nothing else there. The window removes the
folders it made when it quits; a folder left behind (the program was killed, or Windows refused to delete a
file the viewer still held open) is swept on the next start once it is more than a day old, so a copy the
user may still be reading is never taken away from under them. Only stdlib here: the window imports this
module when it quits.
"""

from __future__ import annotations

import getpass
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PREFIX = "incidentdesk-open-"
STALE_SECONDS = 24 * 60 * 60  # a copy older than a day is nobody's open document any more
_made: list[Path] = []  # the folders this process made, removed when it quits


def root(base: Path | None = None) -> Path:
    """The per-user folder holding the copies (created, private to the user, when missing)."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment (a service account): one shared name
        user = "user"
    folder = Path(base or tempfile.gettempdir()) / (PREFIX + (re.sub(r"[^A-Za-z0-9_.-]", "_", user) or "user"))
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def copy(write: Callable[[Path], Path], base: Path | None = None) -> Path:
    """A new private folder for one copy; `write(folder)` writes the file and returns its path."""
    folder = Path(tempfile.mkdtemp(prefix="copy-", dir=root(base)))
    _made.append(folder)
    return write(folder)


def remove_made() -> int:
    """Remove the folders this process made (at quit); the number removed. A folder whose file is still held
    open (Windows) stays, and is swept on a later start."""
    removed = 0
    while _made:
        folder = _made.pop()
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed


def sweep(base: Path | None = None, *, older_than: float = STALE_SECONDS, now: float | None = None) -> int:
    """Remove copy folders last changed more than `older_than` seconds ago (at start); the number removed."""
    limit = (time.time() if now is None else now) - older_than
    removed = 0
    for folder in root(base).glob("copy-*"):
        try:
            stale = folder.is_dir() and not folder.is_symlink() and folder.stat().st_mtime < limit
        except OSError:
            continue
        if stale and folder not in _made:
            shutil.rmtree(folder, ignore_errors=True)
            removed += not folder.exists()
    return removed
