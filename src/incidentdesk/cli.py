"""The command line: the same services as the window, from a terminal (`incidentdesk --help`)."""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sqlite3
import tempfile
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path

from . import logs
from .domain.errors import LedgerError
from .domain.language import current_language, set_language
from .domain.vocab import decision_label

TEXT = {
    "initialised": ("台帳を用意しました: {label}", "Ledger ready: {label}"),
    "sample_loaded": ("サンプル事案(LINE 2021年3月)を読み込みました: {label}",
                      "Loaded the sample case (LINE, March 2021) into {label}"),
    "verify_ok": ("改ざんは検出されませんでした(操作履歴 {events} 件、添付・報告メモのハッシュを確認)。",
                  "Intact: {events} audit events, attachment and memo hashes checked."),
    "verify_fail": ("改ざんを検出しました: {kind} — 記録 ID {record}、連番 {seq}: {detail}",
                    "Tampering detected: {kind} — record id {record}, sequence {seq}: {detail}"),
    "backup_done": ("バックアップを作成しました: {path}", "Backup written: {path}"),
    "export_done": ("書き出しました: {path}", "Exported to {path}"),
    "import_done": ("取り込みました: {counts}", "Imported: {counts}"),
    "no_hits": ("「{q}」に一致する記録はありません。", "Nothing matches “{q}”."),
    "memo_done": ("報告メモを作成しました: {path} ({pages}ページ, SHA-256 {sha})",
                  "Memo written: {path} ({pages} pages, SHA-256 {sha})"),
    "memo_issued": ("文書番号 {number} として発行し、台帳に保存しました。",
                    "Issued as {number} and stored in the ledger."),
    "error": ("エラー: {message}", "Error: {message}"),
    "inventory_dry_run": ("確認のみです。何も変更していません。", "Dry run: nothing was changed."),
    "inventory_done": ("取り込みました: 新規 {create} 行、更新 {update} 行、変更なし {unchanged} 行、取り込まなかった行 {refused} 行。",
                       "Imported: {create} created, {update} updated, {unchanged} unchanged, {refused} rows left out."),
    "inventory_exported": ("一覧を書き出しました: {path}({rows} 行)", "Inventory written: {path} ({rows} rows)"),
    "survey_done": ("回答を書き出しました: {path}({rows} 業務)", "Survey answer written: {path} ({rows} uses)"),
    "survey_template_done": ("様式のシート「{sheet}」の {first} 行目から {rows} 業務を書き込みました: {path}",
                             "Filled {rows} uses into the template's sheet “{sheet}” from row {first}: {path}"),
    "survey_unmatched": ("様式の列のうち書き込まなかった列: {columns}(--column 見出し=項目 で割り当てられます)",
                         "Template columns left empty: {columns} (assign them with --column HEADING=FIELD)"),
    "is_folder": ("フォルダーです", "it is a folder"),
}
BREAK_KIND = {
    "edited": ("記録の書き換え", "edited record"), "missing": ("記録の削除", "deleted record"),
    "reordered": ("記録の並べ替え", "reordered record"), "head": ("末尾の記録の削除", "deleted last record"),
    "data": ("操作履歴と異なるデータ", "data that differs from the audit trail"),
    "attachment": ("添付ファイルの不一致", "attachment mismatch"), "memo": ("報告メモの不一致", "memo mismatch"),
}


def say(key: str, **params) -> str:
    ja, en = TEXT[key]
    return (ja if current_language() == "ja" else en).format(**params)


def _json_default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if is_dataclass(value):
        return asdict(value)
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, bytes):
        return None
    raise TypeError(type(value).__name__)


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def build_parser() -> argparse.ArgumentParser:
    def h(ja: str, en: str) -> str:
        return ja if current_language() == "ja" else en

    p = argparse.ArgumentParser(prog="incidentdesk", description=h(
        "Incident Desk — 外部サービスの事案・対応判断・報告メモの台帳。コマンドなしで画面を開きます。",
        "Incident Desk — a ledger of external-service incidents, decisions and memos. No command opens the window."))
    p.add_argument("--db", help=h("データベースのファイルまたは URL(既定: $INCIDENTDESK_DB、なければ利用者のデータフォルダ)",
                                  "database file or URL (default: $INCIDENTDESK_DB, else the per-user data folder)"))
    p.add_argument("--lang", choices=["ja", "en"], help=h("メッセージと報告メモの言語", "language of messages and the memo"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help=h("画面を開く(コマンドなしと同じ)", "open the window (the default with no command)"))
    sub.add_parser("init", help=h("台帳を作成・更新する", "create or upgrade the ledger"))
    sub.add_parser("sample", help=h("空の台帳に LINE(2021年3月)のサンプル事案を読み込む",
                                    "load the LINE 2021 sample case into an empty ledger"))
    ls = sub.add_parser("list", help=h("記録の一覧", "list records"))
    # Optional, so the plain `incidentdesk list --json` of the README and the issue lists the services.
    ls.add_argument("what", nargs="?", default="services",
                    choices=["services", "uses", "parties", "incidents", "decisions", "requests", "deadlines"])
    ls.add_argument("--json", action="store_true", help=h("JSON で出力", "print JSON"))
    ls.add_argument("--incident", type=int, help=h("事案 ID で絞り込む", "only this incident"))
    ls.add_argument("--all", action="store_true", help=h("decisions: 現在の判断だけでなく履歴すべて",
                                                         "decisions: the whole history, not only current ones"))
    se = sub.add_parser("search", help=h("文字列を含む記録を探す(日本語の部分一致)",
                                         "find records containing a text (Japanese substrings work)"))
    se.add_argument("text")
    se.add_argument("--json", action="store_true", help=h("JSON で出力", "print JSON"))
    ex = sub.add_parser("export", help=h("台帳全体をファイルに書き出す", "write the whole ledger to a file"))
    ex.add_argument("--format", choices=["json"], default="json")
    ex.add_argument("--out", required=True)
    im = sub.add_parser("import", help=h("書き出したファイルを空の台帳に取り込む(全件か無し)",
                                         "load a whole-ledger export into an empty ledger (all or nothing)"))
    im.add_argument("file")
    bk = sub.add_parser("backup", help=h("台帳のバックアップを作る", "copy the ledger to a backup file"))
    bk.add_argument("--out")
    sub.add_parser("verify", help=h("操作履歴のハッシュ連鎖と保存ファイルのハッシュを検証する",
                                    "check the audit chain and every stored file's hash"))
    memo = sub.add_parser("memo", help=h("事案の報告メモ(PDF)を作成する", "write the status memo PDF for an incident"))
    memo.add_argument("incident", type=int)
    memo.add_argument("--out", required=True)
    memo.add_argument("--issue", action="store_true", help=h("発行する(番号・日付・PDF・ハッシュを台帳に保存)",
                                                             "issue it: store number, date, PDF and hash"))
    memo.add_argument("--number", help=h("文書番号(既定: 次の番号)", "document number (default: next in sequence)"))
    memo.add_argument("--date", help=h("報告日 YYYY-MM-DD(既定: 今日)", "memo date, YYYY-MM-DD (default: today)"))
    memo.add_argument("--reprint", metavar="NUMBER", help=h("発行済みのメモを保存されたとおりに書き出す",
                                                            "write an issued memo exactly as stored"))
    inv = sub.add_parser("inventory", help=h("外部サービス・業務の一覧表(Excel/CSV)の取込と書き出し",
                                             "import or export the inventory of services and uses (Excel/CSV)"))
    inv_sub = inv.add_subparsers(dest="action", metavar="ACTION", required=True)
    ii = inv_sub.add_parser("import", help=h("一覧表を取り込む(行ごとの確認を表示し、まとめて1回で記録)",
                                             "import an inventory sheet (shows each row, then writes it all at once)"))
    ii.add_argument("file", help=h(".xlsx または .csv", ".xlsx or .csv"))
    ii.add_argument("--sheet", help=h("シート名(既定: 最初の表示中のシート)", "sheet name (default: the first visible)"))
    ii.add_argument("--dry-run", action="store_true", help=h("確認だけ行い、何も変更しない",
                                                             "show what would change, change nothing"))
    ii.add_argument("--encoding", choices=["auto", "utf-8", "cp932"], default="auto",
                    help=h("CSV の文字コード(既定: 自動判定)", "CSV encoding (default: detected)"))
    ii.add_argument("--valid-only", action="store_true", help=h("取り込めない行を除いて取り込む",
                                                                "import the valid rows, leaving refused rows out"))
    ii.add_argument("--include-hidden", action="store_true", help=h("非表示の行も取り込む", "import hidden rows too"))
    ii.add_argument("--column", action="append", metavar=h("見出し=項目", "HEADING=FIELD"),
                    help=h("列の割当て(例: 担当=department、不要な列は 見出し=-)。同じ形の次のファイルにも使われます",
                           "assign a column (e.g. 担当=department, or HEADING=- to leave it out); remembered"))
    ie = inv_sub.add_parser("export", help=h("一覧表を .xlsx に書き出す(同じ列で取り込み直せます)",
                                             "write the inventory as .xlsx (the same columns import back)"))
    ie.add_argument("--out", required=True)
    sv = sub.add_parser("survey", help=h("照会への回答(事案の影響業務の一覧)", "the survey answer for an incident"))
    sv_sub = sv.add_subparsers(dest="action", metavar="ACTION", required=True)
    se = sv_sub.add_parser("export", help=h("回答を .xlsx か .csv に書き出す(国の様式への記入も可)",
                                            "write the answer as .xlsx or .csv (or into the ministry's template)"))
    se.add_argument("--incident", type=int, required=True, help=h("事案 ID", "incident id"))
    se.add_argument("--out", required=True, help=h(".xlsx または .csv", ".xlsx or .csv"))
    se.add_argument("--as-of", help=h("この日時点の対応判断(既定: 今日)", "decisions as of this date (default: today)"))
    se.add_argument("--encoding", choices=["utf-8", "cp932"], default="utf-8",
                    help=h("CSV の文字コード(utf-8 は BOM 付き)", "CSV encoding (utf-8 is written with a BOM)"))
    se.add_argument("--replace", action="store_true", help=h("CP932 で書けない文字を置き換える",
                                                             "replace characters CP932 cannot write"))
    se.add_argument("--template", help=h("国・県から届いた様式(.xlsx)に記入する", "fill the ministry's own .xlsx"))
    se.add_argument("--sheet", help=h("様式のシート名(既定: 見出しが見つかるシート)", "template sheet (default: found)"))
    se.add_argument("--column", action="append", metavar=h("見出し=項目", "HEADING=FIELD"),
                    help=h("様式の列の割当て(例: 利用状況=state)", "assign a template column (e.g. 利用状況=state)"))
    return p


def _prescan_lang(argv: list[str]) -> None:
    """--lang must be known before the help texts are built."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else (argv[i + 1:i + 2] or [None])[0] if arg == "--lang" else None
        if value in ("ja", "en"):
            set_language(value)


def main(argv: list[str]) -> int:
    _prescan_lang(argv)
    args = build_parser().parse_args(argv)
    logs.configure()
    if args.lang:
        set_language(args.lang)
    if args.command in (None, "gui"):
        from .app import run

        return run(db_target=args.db, lang=args.lang)
    try:
        return _run(args)
    except LedgerError as exc:
        logging.getLogger("incidentdesk.cli").warning("%s refused: %s", args.command, exc.message("en"))
        print(say("error", message=exc.message()), file=sys.stderr)
        return 2
    except BrokenPipeError:  # `incidentdesk list | head`: the reader has gone, nothing to report
        sys.stderr.close()
        return 0


def _open(target: str):
    """The ledger: an up-to-date SQLite file is read without importing the ORM (storage/access.py), which is
    half the time of a memo command; a command that writes asks it for `database()`."""
    from .paths import backups_dir, database_target
    from .storage.access import Ledger

    backup_dir = backups_dir() if target == database_target(None) and "://" not in target else None
    return Ledger.open(target, backup_dir=backup_dir)


def _run(args) -> int:
    from .paths import database_target

    target = database_target(args.db)
    created = "://" not in target and not Path(target).exists()
    db = _open(target)
    try:
        return COMMANDS[args.command](db, args)
    except LedgerError:
        db.close()
        if created and args.command == "import":  # leave no empty ledger behind a refused import
            for suffix in ("", "-wal", "-shm"):
                Path(target + suffix).unlink(missing_ok=True)
        raise
    finally:
        db.close()


def cmd_init(db, args) -> int:
    print(say("initialised", label=db.label))
    return 0


def cmd_sample(db, args) -> int:
    from .services import sample_case

    sample_case.load(db.database())
    print(say("sample_loaded", label=db.label))
    return 0


WORDS = {
    "uses": ("業務", "uses"), "service": ("サービス", "service"), "affected": ("影響業務", "affected"),
    "due": ("期限", "due"), "answered": ("回答", "answered"), "overdue": ("期限超過", "overdue"),
    "request": ("照会", "request"), "promise": ("履行予定", "promised"), "review": ("見直し", "review"),
}


def word(key: str) -> str:
    return WORDS[key][0 if current_language() == "ja" else 1]


def cmd_list(db, args) -> int:
    from .domain.vocab import PARTY_KINDS, country_label
    from .services.reads import catalog, deadlines, decisions, incidents, requests

    what = args.what
    with db.reader() as r:
        if what == "services":
            rows = catalog.services(r)
            lines = [f"{x.id:>5}  {x.name}  [{x.department}]  {x.platform}  {word('uses')}={x.use_count}"
                     for x in rows]
        elif what == "uses":
            rows = catalog.uses(r)
            lines = [f"{x.id:>5}  {x.name}  ({word('service')} {x.service_id})" for x in rows]
        elif what == "parties":
            rows = catalog.parties(r)
            lines = [f"{x.id:>5}  {x.name}  {country_label(x.country)}  {PARTY_KINDS.label(x.kind)}" for x in rows]
        elif what == "incidents":
            rows = incidents.incidents(r)
            lines = [f"{x.id:>5}  {x.title}  {word('affected')}={x.affected}  "
                     + ", ".join(f"{decision_label(k)}={n}" for k, n in sorted(x.counts.items())) for x in rows]
        elif what == "decisions":
            rows = decisions.history(r, incident_id=args.incident, current_only=not args.all)
            lines = [f"{x.decided_on}  {decision_label(x.state)}  {x.service_name} / {x.use_name}" for x in rows]
        elif what == "requests":
            rows = requests.requests(r, incident_id=args.incident)
            lines = [f"{x.id:>5}  {x.issuer}  {x.subject}  {word('due')}={x.due_on or '-'}  "
                     f"{word('answered')}={x.answered_on or '-'}" for x in rows]
        else:
            rows = deadlines.upcoming(r, today=date.today())
            lines = [f"{x.due_on}  {word('overdue') if x.overdue else ''}  {word(x.kind)}  {x.text}" for x in rows]
    if args.json:
        _print_json(rows)
    else:
        print("\n".join(lines))
    return 0


def cmd_search(db, args) -> int:
    from .services.reads.search import search

    with db.reader() as r:
        hits = search(r, args.text)
    if args.json:
        _print_json(hits)
    elif not hits:
        print(say("no_hits", q=args.text))
    else:
        for h in hits:
            print(f"{h.kind:<10} {h.ref_id:>6}  {h.title}  — {h.snippet}")
    return 0


def cmd_export(db, args) -> int:
    from .exchange import ledger_json

    try:
        path = ledger_json.write_export(db.database(), _writable(Path(args.out)))
    except OSError as exc:
        raise LedgerError("file_unwritable", path=args.out, reason=exc.strerror or str(exc)) from exc
    print(say("export_done", path=path))
    return 0


def cmd_import(db, args) -> int:
    from .exchange import ledger_json

    counts = ledger_json.import_file(db.database(), Path(args.file))
    print(say("import_done", counts=", ".join(f"{k}={v}" for k, v in counts.items() if v)))
    return 0


def cmd_backup(db, args) -> int:
    from .paths import backups_dir
    from .services import ledger

    if args.out and Path(args.out).exists():
        raise LedgerError("file_exists", path=args.out)
    try:
        path = ledger.backup(db.database(), _writable(Path(args.out)) if args.out else None,
                             directory=None if db.sqlite_path and args.db else backups_dir())
    except (OSError, sqlite3.Error) as exc:
        raise LedgerError("file_unwritable", path=args.out or "", reason=str(exc)) from exc
    print(say("backup_done", path=path))
    return 0


def cmd_verify(db, args) -> int:
    from .services import ledger

    result = ledger.verify(db.database())
    if result.ok:
        print(say("verify_ok", events=result.events))
        return 0
    p = result.problem
    kind = BREAK_KIND.get(p.kind, (p.kind, p.kind))[0 if current_language() == "ja" else 1]
    print(say("verify_fail", kind=kind, record=p.record_id if p.record_id is not None else "-",
              seq=p.seq if p.seq is not None else "-", detail=p.describe()), file=sys.stderr)
    return 1


def cmd_memo(db, args) -> int:
    """Write a draft, issue it, or reprint an issued memo."""
    from .domain import validation
    from .reports import page_count
    from .services import memos

    out = _writable(Path(args.out))  # before issuing: a number must not be used up by a bad path
    if args.reprint:
        pdf, issued = memos.reprint(db, args.reprint), None
    else:
        memo_date = validation.day(args.date, "date") if args.date else date.today()
        lang = current_language()
        if args.issue:
            issued = memos.issue(db.database(), args.incident, lang=lang, memo_date=memo_date, number=args.number)
            pdf = memos.reprint(db, issued.number)
        else:
            pdf, issued = memos.render(db, args.incident, lang=lang, memo_date=memo_date,
                                       number=args.number or memos.next_number(db, memo_date)), None
    _write_file(out, pdf)
    print(say("memo_done", path=out, pages=page_count(pdf), sha=hashlib.sha256(pdf).hexdigest()[:16]))
    if issued is not None:
        print(say("memo_issued", number=issued.number))
    return 0


def cmd_inventory(db, args) -> int:
    """Import an inventory sheet (or preview it with --dry-run), or export the inventory."""
    from .exchange import inventory as inv
    from .exchange.headers import parse_assignments
    from .exchange.inventory_report import report_lines
    from .services import inventory as importer

    lang = current_language()
    if args.action == "export":
        path, count = inv.export(db, _writable(Path(args.out)), lang=lang)
        print(say("inventory_exported", path=path, rows=count))
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
        print(say("inventory_dry_run"))
        return 1 if plan.refused else 0
    done = importer.apply(db.database(), file.rows, expected=plan.fingerprint, valid_only=args.valid_only)
    if args.column:
        inv.remember(file)
    print(say("inventory_done", **done.counts()))
    return 0


def cmd_survey(db, args) -> int:
    """Write the survey answer of an incident: our own sheet, a CSV, or the ministry's template filled in."""
    from .domain import typed_values
    from .exchange import survey
    from .exchange.headers import parse_assignments

    try:  # typed as people write it: 令和3年3月25日, R3.3.25, 2021-03-25
        as_of = typed_values.parse_day(args.as_of) if args.as_of else date.today()
    except typed_values.Unreadable:
        raise LedgerError("bad_day_typed", field="date", value=args.as_of) from None
    assigned = None
    if args.column and args.template:
        from .exchange.survey_template import inspect

        info = inspect(Path(args.template), sheet=args.sheet)
        assigned = parse_assignments(info.header, survey.SPECS, args.column)
    encoding = "cp932" if args.encoding == "cp932" else "utf-8-sig"
    written = survey.export(db, args.incident, _writable(Path(args.out)), as_of=as_of, lang=current_language(),
                            encoding=encoding, replace=args.replace,
                            template=Path(args.template) if args.template else None, sheet=args.sheet,
                            assigned=assigned)
    if args.template:
        print(say("survey_template_done", sheet=written.sheet, first=written.first_row, rows=written.rows,
                  path=written.path))
        if written.unmatched:
            print(say("survey_unmatched", columns="、".join(written.unmatched)))
    else:
        print(say("survey_done", path=written.path, rows=written.rows))
    return 0


def _writable(path: Path) -> Path:
    """Refuse an output path that cannot be written, before any work is done or recorded."""
    if path.is_dir():
        raise LedgerError("file_unwritable", path=str(path), reason=say("is_folder"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
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


COMMANDS = {
    "init": cmd_init, "sample": cmd_sample, "list": cmd_list, "search": cmd_search, "export": cmd_export,
    "import": cmd_import, "backup": cmd_backup, "verify": cmd_verify, "memo": cmd_memo,
    "inventory": cmd_inventory, "survey": cmd_survey,
}

