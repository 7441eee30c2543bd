"""Copies of attachments opened in the system's viewer do not pile up in the temporary folder: the session's
own are removed when the window quits, and those a killed session left are swept once over a day old."""

from __future__ import annotations

import os
import time

from incidentdesk.services import viewer_copies


def _write(name: str, data: bytes):
    def write(folder):
        path = folder / name
        path.write_bytes(data)
        return path

    return write


def test_each_copy_has_its_own_private_folder_and_quitting_removes_them(tmp_path):
    """Two copies of same-named files do not overwrite each other; remove_made() takes both folders away."""
    first = viewer_copies.copy(_write("回答書.pdf", b"one"), tmp_path)
    second = viewer_copies.copy(_write("回答書.pdf", b"two"), tmp_path)
    assert first.parent != second.parent and first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert first.parent.parent == viewer_copies.root(tmp_path)
    if os.name == "posix":
        assert viewer_copies.root(tmp_path).stat().st_mode & 0o077 == 0  # other users cannot look in
    assert viewer_copies.remove_made() == 2
    assert not first.exists() and not second.exists() and list(viewer_copies.root(tmp_path).iterdir()) == []


def test_start_sweeps_copies_over_a_day_old_only(tmp_path):
    """A copy left by a killed session goes on the next start once over a day old; a recent one (perhaps still
    open in the viewer of another window) and the session's own stay; other files in the folder are kept."""
    old = viewer_copies.copy(_write("old.pdf", b"x"), tmp_path)
    recent = viewer_copies.copy(_write("recent.eml", b"y"), tmp_path)
    viewer_copies._made.clear()  # as if a killed session had made them
    mine = viewer_copies.copy(_write("mine.pdf", b"z"), tmp_path)
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old.parent, (two_days_ago, two_days_ago))
    os.utime(mine.parent, (two_days_ago, two_days_ago))
    other = viewer_copies.root(tmp_path) / "notes.txt"
    other.write_text("not ours")
    assert viewer_copies.sweep(tmp_path) == 1
    assert not old.parent.exists() and recent.exists() and mine.exists() and other.exists()
    assert viewer_copies.sweep(tmp_path, now=time.time() + 2 * 24 * 3600) == 1  # the recent one, a day later
    assert viewer_copies.remove_made() == 1 and not mine.exists()
