"""Files attached to records (a vendor's PDF, an e-mail saved as .eml or .msg, a written answer, the survey
sheet): stored in the ledger with their SHA-256 (verify re-hashes them), at most MAX_BYTES each.

The stored name is only a label: it is cleaned of folders, drive letters and `..` when stored, and again
whenever a file is written out (services never choose a path on disk from it; see safe_name).
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from datetime import datetime, UTC
from pathlib import Path

from sqlmodel import SQLModel

from ..domain.errors import LedgerError
from ..storage.database import Database
from ..storage.models import Attachment, Decision, Incident, Request, Statement
from ..storage.reader import Reader
from . import changes
from .views import AttachmentRow

MAX_BYTES = 50 * 1024 * 1024  # 50 MB a file: a large vendor PDF fits, a disk image does not
OWNERS: dict[str, type[SQLModel]] = {
    "incident": Incident,
    "statement": Statement,
    "request": Request,
    "decision": Decision,
}
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_name(name: str) -> str:
    """A file name that cannot leave the folder it is written to: the last part of any path (either slash),
    without a drive letter, `..`, control or Windows-forbidden characters, or a reserved device name."""
    name = re.split(r"[\\/]", name or "")[-1]
    name = re.sub(r"^[A-Za-z]:", "", name)
    name = re.sub(r'[\x00-\x1f<>:"|?*]', "_", name).strip().strip(".")
    if not name or name in (".", ".."):
        name = "attachment"
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    return name[:255]


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def attach(db: Database, owner_kind: str, owner_id: int, name: str, data: bytes) -> AttachmentRow:
    """Store `data` as an attachment of the record; refused above MAX_BYTES, with both sizes in the message."""
    if owner_kind not in OWNERS:
        raise LedgerError("bad_choice", field="owner_kind", value=owner_kind, choices=", ".join(OWNERS))
    if len(data) > MAX_BYTES:
        raise LedgerError(
            "attachment_too_large", name=safe_name(name), size=_size_text(len(data)), limit=_size_text(MAX_BYTES)
        )
    filename = safe_name(name)
    mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    with db.write() as s:
        changes.get(s, OWNERS[owner_kind], owner_id)
        row = changes.create(
            s,
            db,
            Attachment(
                owner_kind=owner_kind,
                owner_id=owner_id,
                filename=filename,
                mime=mime[:100],
                data=data,
                sha256=hashlib.sha256(data).hexdigest(),
                added_at=datetime.now(UTC),
            ),
        )
        return AttachmentRow(
            id=changes.id_of(row),
            owner_kind=owner_kind,
            owner_id=owner_id,
            filename=filename,
            mime=row.mime,
            size=len(data),
            sha256=row.sha256,
            added_at=row.added_at,
        )


def attach_file(db: Database, owner_kind: str, owner_id: int, path: Path) -> AttachmentRow:
    """attach() for a file on disk; its size is checked before it is read."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise LedgerError(
            "attachment_too_large", name=safe_name(path.name), size=_size_text(size), limit=_size_text(MAX_BYTES)
        )
    return attach(db, owner_kind, owner_id, path.name, path.read_bytes())


def remove(db: Database, attachment_id: int) -> None:
    """Remove an attachment added by mistake (the audit trail keeps its name and hash)."""
    with db.write() as s:
        row = changes.get(s, Attachment, attachment_id)
        changes.delete(s, db, row, label=row.filename)


def listing(r: Reader, owner_kind: str, owner_id: int) -> list[AttachmentRow]:
    rows = r.rows(
        "SELECT id, owner_kind, owner_id, filename, mime, length(data) AS size, sha256, added_at "
        "FROM attachment WHERE owner_kind = ? AND owner_id = ? ORDER BY id",
        (owner_kind, owner_id),
    )
    return [AttachmentRow(**x._asdict()) for x in rows]


def content(r: Reader, attachment_id: int) -> tuple[str, bytes]:
    """(safe file name, bytes) of an attachment, checked against its SHA-256."""
    row = r.one("SELECT filename, data, sha256 FROM attachment WHERE id = ?", (attachment_id,))
    if row is None:
        raise LedgerError("not_found", entity="attachment", id=attachment_id)
    data = bytes(row.data)
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise LedgerError("attachment_damaged", name=safe_name(row.filename))
    return safe_name(row.filename), data


def save_copy(r: Reader, attachment_id: int, folder: Path, name: str | None = None) -> Path:
    """Write an attachment into `folder` under its (cleaned) name or `name`; the path written."""
    stored, data = content(r, attachment_id)
    target = Path(folder) / safe_name(name or stored)
    target.write_bytes(data)
    return target
