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
    "verify_ok": ("改ざんは検出されませんでした(ファイルの整合性、操作履歴 {events} 件と各記録の一致、添付・報告メモのハッシュ、"
                  "検索用の索引を確認)。",
                  "Intact: file integrity, {events} audit events and every record against them, attachment and memo "
                  "hashes, and the search index checked."),
    "verify_head": ("現在の末尾: {head}(控えておくと、後で verify --head {head} でここまでの履歴が改変されていないことを確認できます)",
                    "Current head: {head} (keep it: verify --head {head} later proves the trail up to here is "
                    "unchanged)"),
    "verify_anchor_ok": ("基準 {anchor} は現在の操作履歴に含まれています。", "The anchor {anchor} is part of the current trail."),
    "verify_empty": ("台帳は空です(操作履歴も記録もありません)。検証するものがありません。",
                     "The ledger is empty (no audit events, no records): there is nothing to verify."),
    "verify_skipped_fts": ("注: 読み取り専用のファイルのため、全文検索の索引の内部構造は確認していません。",
                           "Note: the file is read-only, so the full-text index's internal structure was not checked."),
    "reindexed": ("検索用の索引を作り直しました({count} 件)。", "Search index rebuilt ({count} rows)."),
    "restore_done": ("{source} から復元しました: {ledger}", "Restored {ledger} from {source}"),
    "restore_kept": ("復元前の台帳は {kept} に残しています。", "The ledger as it was is kept as {kept}"),
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
    "is_folder": ("フォルダーです", "it is a folder"),
}
BREAK_KIND = {
    "edited": ("記録の書き換え", "edited record"), "missing": ("記録の削除", "deleted record"),
    "reordered": ("記録の並べ替え", "reordered record"), "head": ("末尾の記録の削除", "deleted last record"),
    "data": ("操作履歴と異なるデータ", "data that differs from the audit trail"),
    "attachment": ("添付ファイルの不一致", "attachment mismatch"), "memo": ("報告メモの不一致", "memo mismatch"),
    "integrity": ("ファイルの破損", "damaged file"), "anchor": ("控えの末尾との不一致", "anchor mismatch"),
    "search": ("検索用の索引の不一致", "search index mismatch"),
}
EXIT_EMPTY = 3  # verify of a ledger with nothing in it: not a failure, but not "intact" either


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
    bk = sub.add_parser("backup", help=h("台帳のバックアップを作り、読み戻して検査する",
                                         "copy the ledger to a backup file, read it back and check it"))
    bk.add_argument("--out")
    bk.add_argument("--keep", metavar="LAST,DAYS", help=h(
        "自動で名前を付けたバックアップのうち残すもの: 最新 LAST 件と、最近 DAYS 日の各日の最新1件(既定 10,30、off で削除しない)",
        "which automatically named backups to keep: the newest LAST, plus the newest of each of the last DAYS days "
        "(default 10,30; off keeps all)"))
    rs = sub.add_parser("restore", help=h("バックアップから台帳を復元する(元の台帳はバックアップとして残す)",
                                          "replace the ledger by a backup (the ledger as it was is kept as a backup)"))
    rs.add_argument("file")
    vf = sub.add_parser("verify", help=h("台帳を検証する(ファイル、操作履歴、記録、保存ファイル、検索用の索引)",
                                         "check the ledger: file, audit trail, records, stored files, search index"))
    vf.add_argument("--head", metavar="SEQ:HASH", help=h(
        "控えておいた末尾(報告メモやバックアップに記載)が現在の操作履歴に含まれるかも確かめる",
        "also check that this head, kept from a memo or a backup, is part of the current trail"))
    sub.add_parser("reindex", help=h("検索用の索引を記録から作り直す", "rebuild the search index from the records"))
    memo = sub.add_parser("memo", help=h("事案の報告メモ(PDF)を作成する", "write the status memo PDF for an incident"))
    memo.add_argument("incident", type=int)
    memo.add_argument("--out", required=True)
    memo.add_argument("--issue", action="store_true", help=h("発行する(番号・日付・PDF・ハッシュを台帳に保存)",
                                                             "issue it: store number, date, PDF and hash"))
    memo.add_argument("--number", help=h("文書番号(既定: 次の番号)", "document number (default: next in sequence)"))
    memo.add_argument("--date", help=h("報告日 YYYY-MM-DD(既定: 今日)", "memo date, YYYY-MM-DD (default: today)"))
    memo.add_argument("--reprint", metavar="NUMBER", help=h("発行済みのメモを保存されたとおりに書き出す",
                                                            "write an issued memo exactly as stored"))
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
    log = logging.getLogger("incidentdesk.cli")
    try:
        return _run(args)
    except BrokenPipeError:  # `incidentdesk list | head`: the reader has gone, nothing to report
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - nobody at a terminal should get a traceback
        from .storage.failures import explain, log_failure

        explained = explain(exc, _label(args))
        if explained is None:
            log_failure(log, args.command, exc)
            from .paths import logs_dir

            explained = LedgerError("unexpected", kind=type(exc).__name__, log=logs_dir() / logs.LOG_NAME)
        else:
            log.warning("%s refused: %s", args.command, explained.message("en"))
        print(say("error", message=explained.message()), file=sys.stderr)
        return 2


def _label(args) -> str:
    from .paths import database_target

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
    from .paths import backups_dir, database_target
    from .storage.access import Ledger

    backup_dir = backups_dir() if target == database_target(None) and "://" not in target else None
    return Ledger.open(target, backup_dir=backup_dir, create=create)


# Commands that may make a new ledger where none is; every other one only reads (or, like `memo --issue`,
# adds to a ledger that must already exist), and a missing path or empty file is an error naming it.
CREATING = ("init", "sample", "import")


def _run(args) -> int:
    from .paths import database_target

    target = database_target(args.db)
    if args.command == "restore":  # the ledger may be too damaged to open: restore checks it itself
        return cmd_restore(target, args)
    created = "://" not in target and not Path(target).exists()
    db = _open(target, create=args.command in CREATING)
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
        path = ledger_json.write_export(db, _writable(Path(args.out)))
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
    from .services import backups
    from .storage.backup_files import Retention

    if args.out and Path(args.out).exists():
        raise LedgerError("file_exists", path=args.out)
    retention = Retention.parse(args.keep) if args.keep else Retention.from_environment()
    try:
        path = backups.backup(db, _writable(Path(args.out)) if args.out else None,
                              directory=None if db.sqlite_path and args.db else backups_dir(), retention=retention)
    except (OSError, sqlite3.Error) as exc:
        raise LedgerError("file_unwritable", path=args.out or "", reason=str(exc)) from exc
    print(say("backup_done", path=path))
    return 0


def cmd_restore(target: str, args) -> int:
    from .paths import backups_dir
    from .services import backups

    folder = backups_dir() if args.db is None else Path(target).expanduser().resolve().parent / "backups"
    result = backups.restore(target, Path(args.file), backup_dir=folder)
    print(say("restore_done", source=args.file, ledger=result.ledger))
    if result.kept is not None:
        print(say("restore_kept", kept=result.kept))
    return _report(result.check)


def cmd_verify(db, args) -> int:
    from .services import ledger

    result = ledger.verify(db, anchor=args.head)
    code = _report(result)
    if code == 0 and args.head:
        print(say("verify_anchor_ok", anchor=args.head))
    return code


def _report(result) -> int:
    """Print a verify result; its exit code: 0 intact, 1 a problem, 3 empty."""
    if result.ok and result.empty:
        print(say("verify_empty"))
        return EXIT_EMPTY
    if result.ok:
        print(say("verify_ok", events=result.events))
        if result.head:
            print(say("verify_head", head=result.head))
        if "fts" in result.skipped:
            print(say("verify_skipped_fts"))
        return 0
    p = result.problem
    kind = BREAK_KIND.get(p.kind, (p.kind, p.kind))[0 if current_language() == "ja" else 1]
    print(say("verify_fail", kind=kind, record=p.record_id if p.record_id is not None else "-",
              seq=p.seq if p.seq is not None else "-", detail=p.describe()), file=sys.stderr)
    return 1


def cmd_reindex(db, args) -> int:
    from .services import ledger

    print(say("reindexed", count=ledger.rebuild_search_index(db.database())))
    return 0


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
    "import": cmd_import, "backup": cmd_backup, "verify": cmd_verify, "memo": cmd_memo, "reindex": cmd_reindex,
}

