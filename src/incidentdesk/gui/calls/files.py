"""Attachments: listing, attaching, removing, and copies to open or save.

(Named files.py, not attachments.py: `calls.attachments` is the listing function.)

Part of gui/calls: see its docstring for the rule (each function imports its service in its body).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ._common import LedgerLike

if TYPE_CHECKING:
    from ...services import views


def attachments(ledger: LedgerLike, owner_kind: str, owner_id: int) -> list[views.AttachmentRow]:
    from ...services import attachments as files

    with ledger.reader() as r:
        return files.listing(r, owner_kind, owner_id)


def attach_file(ledger: LedgerLike, owner_kind: str, owner_id: int, path: Path) -> views.AttachmentRow:
    from ...services import attachments as files

    return files.attach_file(ledger.database(), owner_kind, owner_id, path)


def remove_attachment(ledger: LedgerLike, attachment_id: int) -> None:
    from ...services import attachments as files

    files.remove(ledger.database(), attachment_id)


def attachment_temp_copy(ledger: LedgerLike, attachment_id: int) -> Path:
    """A copy in a new private temporary folder, for the system's viewer (the ledger's copy is never opened);
    removed when the window quits, or swept on a later start (services/viewer_copies.py)."""
    from ...services import attachments as files
    from ...services import viewer_copies

    with ledger.reader() as r:
        return viewer_copies.copy(lambda folder: files.save_copy(r, attachment_id, folder))


def save_attachment(ledger: LedgerLike, attachment_id: int, target: Path) -> Path:
    """Save a copy where the user chose (the save dialog has asked before replacing a file)."""
    from ...services import attachments as files

    with ledger.reader() as r:
        return files.save_copy(r, attachment_id, target.parent, target.name)
