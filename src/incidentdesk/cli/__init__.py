"""The command line: the same services as the window, from a terminal (`incidentdesk --help`).

This module parses the arguments, opens the ledger and runs the command named in _commands(); the commands that
read and print (list, deadlines, search) are in cli/lists.py, and what every command prints with in
cli/output.py.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

# The window starts through main(): json, hashlib, sqlite3 and the log file's handlers are imported
# by the commands that need them, not before the window's first paint.
from ..domain.errors import LedgerError
from ..domain import messages
from .output import say

EXIT_EMPTY = 3  # verify of a ledger with nothing in it: not a failure, but not "intact" either


def build_parser(lang: str) -> argparse.ArgumentParser:
    def h(key: str) -> str:
        return messages.text("help." + key, lang)

    p = argparse.ArgumentParser(prog="incidentdesk", description=h("description"))
    p.add_argument("--db", help=h("db"))
    p.add_argument("--lang", choices=["ja", "en"], help=h("lang"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help=h("gui"))
    sub.add_parser("init", help=h("init"))
    sub.add_parser("sample", help=h("sample"))
    ls = sub.add_parser("list", help=h("list"))
    # Optional, so the plain `incidentdesk list --json` of the README and the issue lists the services.
    ls.add_argument(
        "what",
        nargs="?",
        default="services",
        choices=[
            "services",
            "uses",
            "parties",
            "incidents",
            "decisions",
            "requests",
            "deadlines",
            "chains",
            "locations",
            "timeline",
            "claims",
        ],
    )
    ls.add_argument("--json", action="store_true", help=h("json"))
    ls.add_argument("--incident", type=int, help=h("incident"))
    ls.add_argument("--service", type=int, help=h("service"))
    ls.add_argument("--as-of", dest="as_of", metavar="DATE", help=h("as_of"))
    ls.add_argument("--all", action="store_true", help=h("all"))
    dl = sub.add_parser("deadlines", help=h("deadlines"))
    dl.add_argument("--ics", type=Path, metavar="FILE", help=h("ics"))
    dl.add_argument("--days", type=int, help=h("days"))
    dl.add_argument("--json", action="store_true", help=h("json"))
    se = sub.add_parser("search", help=h("search"))
    se.add_argument("text")
    se.add_argument("--json", action="store_true", help=h("json"))
    ex = sub.add_parser("export", help=h("export"))
    ex.add_argument("--format", choices=["json"], default="json")
    ex.add_argument("--out", required=True)
    im = sub.add_parser("import", help=h("import"))
    im.add_argument("file")
    bk = sub.add_parser("backup", help=h("backup"))
    bk.add_argument("--out")
    bk.add_argument("--keep", metavar="LAST,DAYS", help=h("keep"))
    rs = sub.add_parser("restore", help=h("restore"))
    rs.add_argument("file")
    vf = sub.add_parser("verify", help=h("verify"))
    vf.add_argument("--head", metavar="SEQ:HASH", help=h("head"))
    sub.add_parser("reindex", help=h("reindex"))
    memo = sub.add_parser("memo", help=h("memo"))
    memo.add_argument("incident", type=int)
    memo.add_argument("--out", required=True)
    memo.add_argument("--issue", action="store_true", help=h("issue"))
    memo.add_argument("--number", help=h("number"))
    memo.add_argument("--date", help=h("date"))
    memo.add_argument("--reprint", metavar="NUMBER", help=h("reprint"))
    inv = sub.add_parser("inventory", help=h("sheets1"))
    inv_sub = inv.add_subparsers(dest="action", metavar="ACTION", required=True)
    ii = inv_sub.add_parser("import", help=h("sheets2"))
    ii.add_argument("file", help=h("sheets3"))
    ii.add_argument("--sheet", help=h("sheets4"))
    ii.add_argument("--dry-run", action="store_true", help=h("sheets5"))
    ii.add_argument("--encoding", choices=["auto", "utf-8", "cp932"], default="auto", help=h("sheets6"))
    ii.add_argument("--valid-only", action="store_true", help=h("sheets7"))
    ii.add_argument("--include-hidden", action="store_true", help=h("sheets8"))
    ii.add_argument("--column", action="append", metavar=h("sheets9"), help=h("sheets10"))
    ie = inv_sub.add_parser("export", help=h("sheets11"))
    ie.add_argument("--out", required=True)
    sv = sub.add_parser("survey", help=h("sheets12"))
    sv_sub = sv.add_subparsers(dest="action", metavar="ACTION", required=True)
    se = sv_sub.add_parser("export", help=h("sheets13"))
    se.add_argument("--incident", type=int, required=True, help=h("sheets14"))
    se.add_argument("--out", required=True, help=h("sheets3"))
    se.add_argument("--as-of", help=h("sheets15"))
    se.add_argument("--encoding", choices=["utf-8", "cp932"], default="utf-8", help=h("sheets16"))
    se.add_argument("--replace", action="store_true", help=h("sheets17"))
    se.add_argument("--template", help=h("sheets18"))
    se.add_argument("--sheet", help=h("sheets19"))
    se.add_argument("--column", action="append", metavar=h("sheets9"), help=h("sheets20"))
    return p


def _prescan_lang(argv: list[str]) -> str:
    """--lang must be known before the help texts are built; without it, $INCIDENTDESK_LANG or the OS locale."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value: str | None = arg.partition("=")[2]
        elif arg == "--lang":
            value = (argv[i + 1 : i + 2] or [None])[0]
        else:
            continue
        if value in ("ja", "en"):
            return value
    from ..domain.language import default_language

    return default_language()


def main(argv: list[str]) -> int:
    from ..window_args import window_options

    window = window_options(argv)
    if window is not None:  # the window configures its log file after the first paint
        from ..app import run

        return run(db_target=window[0], lang=window[1])
    lang = _prescan_lang(argv)
    args = build_parser(lang).parse_args(argv)
    if args.command in (None, "gui"):  # the window configures its log file after the first paint
        from ..app import run

        return run(db_target=args.db, lang=args.lang)
    from .. import logs

    logs.configure()
    args.lang = args.lang or lang  # every command below words its output in args.lang
    log = logging.getLogger("incidentdesk.cli")
    try:
        return _run(args)
    except BrokenPipeError:  # `incidentdesk list | head`: the reader has gone, nothing to report
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - nobody at a terminal should get a traceback
        from ..storage.failures import explain, log_failure

        explained = explain(exc, _label(args))
        if explained is None:
            log_failure(log, args.command, exc)
            from ..paths import logs_dir

            explained = LedgerError("unexpected", kind=type(exc).__name__, log=logs_dir() / logs.LOG_NAME)
        else:
            log.warning("%s refused: %s", args.command, explained.message("en"))
        print(say("error", args.lang, message=explained.message(args.lang)), file=sys.stderr)
        return 2


def _label(args) -> str:
    from ..paths import database_target

    target = database_target(args.db)
    if "://" in target:
        from sqlalchemy.engine import make_url

        try:
            return make_url(target).render_as_string(hide_password=True)
        except Exception:  # noqa: BLE001 - a URL too broken to parse: show none of it
            return "(database URL)"
    return target


def _open(target: str, *, create: bool):
    """The ledger: an up-to-date SQLite file is read without importing the ORM (storage/access.py), which is
    half the time of a memo command; a command that writes asks it for `database()`."""
    from ..paths import backups_dir, database_target
    from ..storage.access import Ledger

    backup_dir = backups_dir() if target == database_target(None) and "://" not in target else None
    return Ledger.open(target, backup_dir=backup_dir, create=create)


# Commands that may make a new ledger where none is; every other one only reads (or, like `memo --issue`,
# adds to a ledger that must already exist), and a missing path or empty file is an error naming it.
CREATING = ("init", "sample", "import")


def _creates(args) -> bool:
    """Whether the command may make the ledger: also an inventory import (the first step of a new office),
    but not its dry run, which only reads."""
    return args.command in CREATING or (
        args.command == "inventory" and getattr(args, "action", "") == "import" and not args.dry_run
    )


def _run(args) -> int:
    from ..paths import database_target

    target = database_target(args.db)
    if args.command == "restore":  # the ledger may be too damaged to open: restore checks it itself
        return cmd_restore(target, args)
    created = "://" not in target and not Path(target).exists()
    db = _open(target, create=_creates(args))
    try:
        return _commands()[args.command](db, args)
    except LedgerError:
        db.close()
        if created and args.command == "import":  # leave no empty ledger behind a refused import
            for suffix in ("", "-wal", "-shm"):
                Path(target + suffix).unlink(missing_ok=True)
        raise
    finally:
        db.close()


def cmd_init(db, args) -> int:
    print(say("initialised", args.lang, label=db.label))
    return 0


def cmd_sample(db, args) -> int:
    from ..services import sample_case

    sample_case.load(db.database())
    print(say("sample_loaded", args.lang, label=db.label))
    return 0


def cmd_export(db, args) -> int:
    from ..exchange import ledger_json

    try:
        path = ledger_json.write_export(db, _writable(Path(args.out), args.lang))
    except OSError as exc:
        raise LedgerError("file_unwritable", path=args.out, reason=exc.strerror or str(exc)) from exc
    print(say("export_done", args.lang, path=path))
    return 0


def cmd_import(db, args) -> int:
    from ..exchange import ledger_json

    counts = ledger_json.import_file(db.database(), Path(args.file))
    print(say("import_done", args.lang, counts=", ".join(f"{k}={v}" for k, v in counts.items() if v)))
    return 0


def cmd_backup(db, args) -> int:
    import sqlite3

    from ..paths import backups_dir
    from ..services import backups
    from ..storage.backup_files import Retention

    if args.out and Path(args.out).exists():
        raise LedgerError("file_exists", path=args.out)
    retention = Retention.parse(args.keep) if args.keep else Retention.from_environment()
    try:
        path = backups.backup(
            db,
            _writable(Path(args.out), args.lang) if args.out else None,
            directory=None if db.sqlite_path and args.db else backups_dir(),
            retention=retention,
        )
    except (OSError, sqlite3.Error) as exc:
        raise LedgerError("file_unwritable", path=args.out or "", reason=str(exc)) from exc
    print(say("backup_done", args.lang, path=path))
    return 0


def cmd_restore(target: str, args) -> int:
    from ..paths import backups_dir
    from ..services import backups

    folder = backups_dir() if args.db is None else Path(target).expanduser().resolve().parent / "backups"
    result = backups.restore(target, Path(args.file), backup_dir=folder)
    print(say("restore_done", args.lang, source=args.file, ledger=result.ledger))
    if result.kept is not None:
        print(say("restore_kept", args.lang, kept=result.kept))
    return _report(result.check, args.lang)


def cmd_verify(db, args) -> int:
    from ..services import ledger

    result = ledger.verify(db, anchor=args.head)
    code = _report(result, args.lang)
    if code == 0 and args.head:
        print(say("verify_anchor_ok", args.lang, anchor=args.head))
    return code


def _report(result, lang: str) -> int:
    """Print a verify result; its exit code: 0 intact, 1 a problem, 3 empty."""
    if result.ok and result.empty:
        print(say("verify_empty", lang))
        return EXIT_EMPTY
    if result.ok:
        print(say("verify_ok", lang, events=result.events))
        if result.head:
            print(say("verify_head", lang, head=result.head))
        if "fts" in result.skipped:
            print(say("verify_skipped_fts", lang))
        return 0
    p = result.problem
    kind = messages.text("break." + p.kind, lang) if messages.has("break." + p.kind) else p.kind
    print(
        say(
            "verify_fail",
            lang,
            kind=kind,
            record=p.record_id if p.record_id is not None else "-",
            seq=p.seq if p.seq is not None else "-",
            detail=p.describe(lang),
        ),
        file=sys.stderr,
    )
    return 1


def cmd_reindex(db, args) -> int:
    from ..services import ledger

    print(say("reindexed", args.lang, count=ledger.rebuild_search_index(db.database())))
    return 0


def cmd_memo(db, args) -> int:
    """Write a draft, issue it, or reprint an issued memo."""
    from ..domain import validation
    from ..reports import page_count
    from ..services import memos

    out = _writable(Path(args.out), args.lang)  # before issuing: a number must not be used up by a bad path
    if args.reprint:
        pdf, issued = memos.reprint(db, args.reprint), None
    else:
        memo_date = validation.day(args.date, "date") if args.date else date.today()
        lang = args.lang
        number = args.number or memos.next_number(db, memo_date)

        def warn(missing: list[tuple[str, str]]) -> None:
            for where, chars in missing:
                print(say("memo_missing_chars", args.lang, where=where, chars=" ".join(chars)), file=sys.stderr)

        if args.issue:
            warn(memos.missing_characters(db, args.incident, lang=lang, memo_date=memo_date, number=number))
            issued = memos.issue(db.database(), args.incident, lang=lang, memo_date=memo_date, number=args.number)
            pdf = memos.reprint(db, issued.number)
        else:
            pdf, missing = memos.render_checked(db, args.incident, lang=lang, memo_date=memo_date, number=number)
            warn(missing)
            issued = None
    _write_file(out, pdf)
    import hashlib

    pages = page_count(pdf)
    print(
        say(
            "memo_done_one" if pages == 1 else "memo_done",
            args.lang,
            path=out,
            pages=pages,
            sha=hashlib.sha256(pdf).hexdigest()[:16],
        )
    )
    if issued is not None:
        print(say("memo_issued", args.lang, number=issued.number))
    return 0


def cmd_inventory(db, args) -> int:
    """Import an inventory sheet (or preview it with --dry-run), or export the inventory."""
    from ..exchange import inventory as inv
    from ..exchange.headers import parse_assignments
    from ..exchange.inventory_report import report_lines
    from ..services import inventory as importer

    lang = args.lang
    if args.action == "export":
        path, count = inv.export(db, _writable(Path(args.out), args.lang), lang=lang)
        print(say("inventory_exported", args.lang, path=path, rows=count))
        return 0
    path = Path(args.file)
    file = inv.read_inventory(path, sheet=args.sheet, encoding=args.encoding, include_hidden=args.include_hidden)
    if args.column:
        file.require_columns() if file.header is None else None
        assigned = {**file.assigned, **parse_assignments(file.header, inv.SPECS, args.column)}
        file = inv.read_inventory(path, assigned=assigned, include_hidden=args.include_hidden, grid=file.grid)
    if file.header is None or file.missing:
        print("\n".join(report_lines(file, None, lang)))
        file.require_columns()
    plan = importer.preview(db, file.rows)
    print("\n".join(report_lines(file, plan, lang)))
    if args.dry_run:
        print(say("inventory_dry_run", args.lang))
        return 1 if plan.refused else 0
    done = importer.apply(db.database(), file.rows, expected=plan.fingerprint, valid_only=args.valid_only)
    if args.column:
        inv.remember(file)
    print(say("inventory_done", args.lang, **done.counts()))
    return 0


def cmd_survey(db, args) -> int:
    """Write the survey answer of an incident: our own sheet, a CSV, or the ministry's template filled in."""
    from ..domain import validation
    from ..exchange import survey
    from ..exchange.headers import parse_assignments

    as_of = validation.day(args.as_of, "date", past=True) if args.as_of else date.today()  # 令和3年3月25日 too
    assigned = None
    if args.column and args.template:
        from ..exchange.survey_template import inspect

        info = inspect(Path(args.template), sheet=args.sheet)
        assigned = parse_assignments(info.header, survey.SPECS, args.column)
    encoding = "cp932" if args.encoding == "cp932" else "utf-8-sig"
    written = survey.export(
        db,
        args.incident,
        _writable(Path(args.out), args.lang),
        as_of=as_of,
        lang=args.lang,
        encoding=encoding,
        replace=args.replace,
        template=Path(args.template) if args.template else None,
        sheet=args.sheet,
        assigned=assigned,
    )
    if args.template:
        print(
            say(
                "survey_template_done",
                args.lang,
                sheet=written.sheet,
                first=written.first_row,
                rows=written.rows,
                path=written.path,
            )
        )
        if written.unmatched:
            print(say("survey_unmatched", args.lang, columns="、".join(written.unmatched)))
    else:
        print(say("survey_done", args.lang, path=written.path, rows=written.rows))
    return 0


def _writable(path: Path, lang: str) -> Path:
    """Refuse an output path that cannot be written, before any work is done or recorded."""
    if path.is_dir():
        raise LedgerError("file_unwritable", path=str(path), reason=say("is_folder", lang))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".incidentdesk-"):
            pass
    except OSError as exc:
        raise LedgerError("file_unwritable", path=str(path), reason=exc.strerror or str(exc)) from exc
    return path


def _write_file(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise LedgerError("file_unwritable", path=str(path), reason=exc.strerror or str(exc)) from exc


def _commands() -> dict:
    """Each command's function; the printing ones (cli/lists.py) are imported only when a command runs, not when
    the window starts through main()."""
    from .lists import cmd_deadlines, cmd_list, cmd_search

    return {
        "init": cmd_init,
        "sample": cmd_sample,
        "list": cmd_list,
        "deadlines": cmd_deadlines,
        "search": cmd_search,
        "export": cmd_export,
        "import": cmd_import,
        "backup": cmd_backup,
        "verify": cmd_verify,
        "memo": cmd_memo,
        "reindex": cmd_reindex,
        "inventory": cmd_inventory,
        "survey": cmd_survey,
    }
