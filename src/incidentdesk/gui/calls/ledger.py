"""The ledger as a whole: emptiness, the sample, settings, the audit trail, search, backup, restore,
export and import, and the words for a failure.

Part of gui/calls: see its docstring for the rule (each function imports its service in its body).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._common import LedgerLike

if TYPE_CHECKING:
    from ...services.reads.search import Hit
    from ...domain.inputs import SettingsIn
    from ...services.ledger import VerifyResult
    from ...services import views


def is_empty(ledger: LedgerLike) -> bool:
    from ...services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return ledger_reads.is_empty(r)


def load_sample(ledger: LedgerLike) -> int:
    from ...services import sample_case

    return sample_case.load(ledger.database())


def save_settings(ledger: LedgerLike, data: SettingsIn, *, version: int | None = None) -> SettingsIn:
    from ...services import ledger as ledger_actions

    return ledger_actions.save_settings(ledger.database(), data, version=version)


def audit_first_page(
    ledger: LedgerLike, text: str, limit: int, filters: dict | None = None
) -> tuple[int, list[views.AuditRow]]:
    """How many events match, and the newest page of them. `filters`: entity, entity_id, actor, since, until."""
    from ...services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return (
            ledger_reads.audit_count(r, text=text, **(filters or {})),
            ledger_reads.audit_page(r, offset=0, limit=limit, text=text, **(filters or {})),
        )


def audit_page(
    ledger: LedgerLike, *, offset: int, limit: int, text: str, filters: dict | None = None
) -> list[views.AuditRow]:
    from ...services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return ledger_reads.audit_page(r, offset=offset, limit=limit, text=text, **(filters or {}))


def export_audit_csv(ledger: LedgerLike, path: Path, *, lang: str, text: str = "", filters: dict | None = None) -> int:
    """Every matching event as CSV (UTF-8 with BOM, for Excel), readable: local time, words, old → new per field.
    The number of events written."""
    import csv

    from ...services import audit_text
    from ...services.reads import ledger as ledger_reads

    heads = {
        "ja": ("番号", "日時", "操作者", "操作", "記録", "記録ID", "項目", "変更前", "変更後"),
        "en": ("No.", "When", "Who", "Action", "Record", "Record ID", "Field", "Old value", "New value"),
    }
    count = 0
    tmp = path.with_name("." + path.name + ".part")
    with ledger.reader() as r, tmp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(heads["ja" if lang == "ja" else "en"])
        offset = 0
        while True:
            rows = ledger_reads.audit_page(r, offset=offset, limit=2000, text=text, **(filters or {}))
            if not rows:
                break
            for e in rows:
                base = [
                    e.seq,
                    audit_text.local_time(e.at),
                    e.actor,
                    audit_text.action_label(e.action, lang),
                    audit_text.entity_label(e.entity, lang),
                    e.entity_id or "",
                ]
                fields = audit_text.changes(e.entity, e.old, e.new, lang) or [("", "", "")]
                for name, was, now in fields:
                    writer.writerow([*base, name, was, now])
                count += 1
            offset += len(rows)
    tmp.replace(path)
    return count


def verify(ledger: LedgerLike) -> VerifyResult:
    from ...services import ledger as ledger_actions

    return ledger_actions.verify(ledger)


def search(ledger: LedgerLike, needle: str, lang: str = "ja") -> list[Hit]:
    from ...services.reads import search as search_reads

    with ledger.reader() as r:
        return search_reads.search(r, needle, lang=lang)


def locate(ledger: LedgerLike, kind: str, ref_id: int) -> views.Target:
    from ...services.reads import ledger as ledger_reads

    with ledger.reader() as r:
        return ledger_reads.locate(r, kind, ref_id)


def backup(ledger: LedgerLike, path: Path) -> Path:
    """A backup at `path`, read back and checked; a path in the backups folder that fits the automatic
    naming joins the rotation there."""
    from ...services import backups

    # Written beside `path` and moved over it (the save dialog has asked before replacing a file).
    return backups.backup(ledger, path, rotate_as_automatic=True)


def restore(ledger: LedgerLike, source: Path) -> tuple[Path | None, VerifyResult]:
    """Replace the open ledger by the backup `source`: (where the ledger as it was is kept, verify of the result).

    The window's own connections are closed first and reopen by themselves afterwards; the lock file is
    this window's, so it does not stand in the way.
    """
    from ...paths import backups_dir
    from ...services import backups

    path = ledger.sqlite_path
    if path is None:
        from ...domain.errors import LedgerError

        raise LedgerError("restore_server")
    ledger.close()
    result = backups.restore(str(path), source, backup_dir=backups_dir(), window_may_hold=True)
    return result.kept, result.check


def export(ledger: LedgerLike, path: Path) -> Path:
    from ...exchange import ledger_json

    return ledger_json.write_export(ledger, path)


def explain(exc: BaseException, label: str = "") -> BaseException:
    """The LedgerError a person should read for a failure (a read-only ledger, a damaged file ...), else `exc`."""
    from ...services.ledger import explain_failure

    return explain_failure(exc, label)


def log_failure(logger: Any, what: str, exc: BaseException) -> None:
    """Log an unexpected failure's stack without its message (which may quote ledger text)."""
    from ...services.ledger import log_failure as log_it

    log_it(logger, what, exc)


def import_into_empty(ledger: LedgerLike, path: Path) -> dict[str, int]:
    """Refused before the file is read when the ledger is not empty (a large file takes a while to check)."""
    from ...domain.errors import LedgerError
    from ...exchange import ledger_json

    if not is_empty(ledger):
        raise LedgerError("ledger_not_empty")
    return ledger_json.import_file(ledger.database(), path)
