"""Checking a whole ledger in one snapshot through plain SQL: the file, the audit chain, every row against it,
stored files, the search index, and an anchor kept outside the ledger. What this proves: docs/verify.md.

Everything is streamed (a batch of rows at a time, one attachment at a time), so a ledger of any size
is checked in bounded memory. The same check runs on a live ledger (`incidentdesk verify`), on every
backup before it is reported as written, and on an import file (loaded into a scratch SQLite file)
before anything is written to the target, so import cannot accept what verify would refuse.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterator

from ..domain.errors import LedgerError
from .audit_chain import ENTITIES, GENESIS, HEAD_KEY, Break, apply_migration, audited_fields, canonical, event_hash
from .models import table_name
from .reader import Reader, Row
from .sqlite_file import BUSY_TIMEOUT_MS, sqlite_uri

_HEX = re.compile(r"^[0-9a-f]+$")
ANCHOR_HASH_CHARS = 12  # what the memo prints: enough to make a forged trail that matches it infeasible
BLOB_TABLES = ("attachment", "memo")  # one row at a time: a row may hold a file of any size


@dataclass(frozen=True)
class Report:
    """What `check` found: the first problem, or none; and what it could not check here."""

    events: int
    problem: Break | None
    empty: bool = False  # no events and no records: nothing to vouch for
    head: tuple[int, str] | None = None
    skipped: tuple[str, ...] = field(default=())  # e.g. "fts": the full-text index of a read-only file

    @property
    def ok(self) -> bool:
        return self.problem is None


def parse_head(value: Any) -> tuple[int, str] | None:
    """(seq, hash) from '<seq>:<sha-256 hex>', or None when the text is not one."""
    if not isinstance(value, str) or value.count(":") != 1:
        return None
    seq, digest = value.split(":")
    if not seq.isascii() or not seq.isdigit() or len(seq) > 18 or len(digest) != 64 or not _HEX.match(digest):
        return None
    return int(seq), digest


def parse_anchor(text: str) -> tuple[int, str]:
    """(seq, hash prefix) of an anchor 'SEQ:HASH' (HASH: the first 12 or more hex characters), or LedgerError."""
    value = (text or "").strip().lower()
    seq, _, digest = value.partition(":")
    if (
        not seq.isascii()
        or not seq.isdigit()
        or len(seq) > 18
        or int(seq) < 1
        or not ANCHOR_HASH_CHARS <= len(digest) <= 64
        or not _HEX.match(digest)
    ):
        raise LedgerError("bad_anchor", value=text[:80])
    return int(seq), digest


def head_text(head: tuple[int, str] | None) -> str | None:
    """The anchor to print or keep: 'SEQ:' and the first 12 hex characters of the head's hash."""
    return f"{head[0]}:{head[1][:ANCHOR_HASH_CHARS]}" if head else None


def current_head(r: Reader) -> tuple[int, str] | None:
    """The recorded head of the audit chain, or None (no events yet, or a head that cannot be read)."""
    return parse_head(r.scalar("SELECT value FROM ledger_meta WHERE key = ?", (HEAD_KEY,)))


def check(
    r: Reader,
    *,
    anchor: tuple[int, str] | None = None,
    integrity: bool = True,
    search: bool = True,
    fts: Callable[[], bool | None] | None = None,
) -> Report:
    """Check everything in the order that names the most specific problem first.

    `fts` checks SQLite's full-text index against its table in a transaction of its own (it needs a
    connection that may write); it returns None when that is not possible, e.g. on a read-only file.
    """
    try:
        return _check(r, anchor=anchor, integrity=integrity, search=search, fts=fts)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc):
            raise  # locked, I/O: not a finding about the ledger
        return Report(0, _damaged(str(exc)))


def _damaged(text: str) -> Break:
    return Break(
        "integrity",
        None,
        None,
        f"the database file is damaged: {text[:300]}",
        f"データベースファイルが壊れています: {text[:300]}",
    )


def _check(
    r: Reader, *, anchor: tuple[int, str] | None, integrity: bool, search: bool, fts: Callable[[], bool | None] | None
) -> Report:
    if integrity and r.dialect == "sqlite":
        problem = _sqlite_integrity(r)
        if problem:
            return Report(0, problem)
    raw_head = r.scalar("SELECT value FROM ledger_meta WHERE key = ?", (HEAD_KEY,))
    head = parse_head(raw_head) if raw_head not in (None, "") else None
    if raw_head not in (None, "") and head is None:
        shown = str(raw_head)[:40]
        return Report(
            0,
            Break(
                "head",
                None,
                None,
                f"the recorded chain head “{shown}” cannot be read",
                f"記録された操作履歴の末尾「{shown}」を読み取れません",
            ),
        )
    events, problem = _check_chain(r, head)
    if problem:
        return Report(events, problem, head=head)
    if anchor is not None:
        problem = _check_anchor(r, anchor, head)
        if problem:
            return Report(events, problem, head=head)
    problem = _check_files(r)
    if problem:
        return Report(events, problem, head=head)
    problem, records = _check_rows(r)
    if problem:
        return Report(events, problem, head=head)
    skipped: list[str] = []
    if search and _has_table(r, "search_doc"):
        problem = _check_search(r)
        if problem is None and fts is not None and r.dialect == "sqlite":
            fine = fts()
            if fine is None:
                skipped.append("fts")
            elif not fine:
                problem = Break(
                    "search",
                    None,
                    None,
                    "the full-text index does not match the search table",
                    "全文検索の索引が検索用の表と一致しません",
                )
        if problem:
            return Report(events, problem, head=head)
    return Report(events, None, empty=events == 0 and records == 0, head=head, skipped=tuple(skipped))


# -- the file --------------------------------------------------------------------------------


def _sqlite_integrity(r: Reader) -> Break | None:
    """SQLite's own check of every page and index, then of every foreign key."""
    found = [row[0] for row in r.rows("PRAGMA integrity_check(5)")]
    if found != ["ok"]:
        return _damaged("; ".join(str(x) for x in found))
    dangling = r.rows("PRAGMA foreign_key_check")
    if dangling:
        table, rowid, parent = dangling[0][0], dangling[0][1], dangling[0][2]
        return Break(
            "integrity",
            rowid,
            None,
            f"{table} {rowid} refers to a {parent} record that does not exist",
            f"{table} の ID {rowid} が存在しない {parent} を参照しています",
        )
    return None


def _has_table(r: Reader, name: str) -> bool:
    if r.dialect == "sqlite":
        return bool(r.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)) == 1)
    return r.scalar("SELECT to_regclass(?) IS NOT NULL", (name,)) is True


def fts_checker(path: Path) -> Callable[[], bool | None]:
    """A check of the SQLite file's full-text index against search_doc, in a transaction rolled back.

    FTS5's 'integrity-check' is written as an INSERT, so it needs a connection that may write, though
    it changes nothing; on a file we may not write it cannot run (None).
    """

    def run() -> bool | None:
        try:
            conn = sqlite3.connect(sqlite_uri(path.resolve()), uri=True, isolation_level=None)
        except sqlite3.Error:
            return None
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("BEGIN")
            try:
                conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
                return True
            except sqlite3.DatabaseError as exc:
                text = str(exc).lower()
                if "readonly" in text or "read-only" in text or "unable to open" in text or "locked" in text:
                    return None
                return False
            finally:
                conn.execute("ROLLBACK")
        except sqlite3.Error:
            return None
        finally:
            conn.close()

    return run


# -- the chain -------------------------------------------------------------------------------

_EVENT_COLUMNS = "id, seq, at, actor, action, entity, entity_id, old, new, prev_hash, hash"


def _check_chain(r: Reader, head: tuple[int, str] | None) -> tuple[int, Break | None]:
    """Walk the events in id order: sequence, link and hash of each; then the recorded head."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for ev in r.stream(f"SELECT {_EVENT_COLUMNS} FROM audit_event ORDER BY id"):
        count += 1
        if ev.seq != expected_seq:
            # A later sequence number here is a deletion only if the expected one is nowhere further on.
            elsewhere = (
                r.scalar("SELECT count(*) FROM audit_event WHERE seq = ?", (expected_seq,))
                if isinstance(ev.seq, int)
                else 0
            )
            kind = "reordered" if (isinstance(ev.seq, int) and ev.seq < expected_seq) or elsewhere else "missing"
            return count, Break(
                kind,
                ev.id,
                ev.seq,
                f"expected sequence {expected_seq}, found {ev.seq}",
                f"連番 {expected_seq} のはずの位置に連番 {ev.seq} があります",
            )
        if ev.prev_hash != prev_hash:
            return count, Break(
                "missing",
                ev.id,
                ev.seq,
                "previous-hash link does not match the event before",
                "直前の記録とのハッシュのつながりが一致しません",
            )
        try:
            digest = event_hash(
                ev.prev_hash, ev.seq, ev.at, ev.actor, ev.action, ev.entity, ev.entity_id, ev.old, ev.new
            )
        except (TypeError, ValueError):
            digest = None
        if digest != ev.hash:
            return count, Break(
                "edited", ev.id, ev.seq, "content does not match its hash", "内容がハッシュ値と一致しません"
            )
        prev_hash, expected_seq = ev.hash, expected_seq + 1
    end = (expected_seq - 1, prev_hash)
    if (head or (0, GENESIS)) != end:
        recorded = head[0] if head else 0
        return count, Break(
            "head",
            None,
            recorded,
            f"the trail ends at sequence {end[0]}, the ledger recorded {recorded}",
            f"操作履歴は連番 {end[0]} で終わっていますが、台帳の記録は連番 {recorded} です",
        )
    return count, None


def _check_anchor(r: Reader, anchor: tuple[int, str], head: tuple[int, str] | None) -> Break | None:
    """The anchored event is still in the (intact) chain with the same hash, so it is an ancestor of the head."""
    seq, prefix = anchor
    found = r.scalar("SELECT hash FROM audit_event WHERE seq = ?", (seq,))
    if found is None or head is None or seq > head[0]:
        return Break(
            "anchor",
            None,
            seq,
            f"the ledger no longer holds change {seq} named by the anchor: its trail was cut back",
            f"基準として控えた連番 {seq} の操作履歴が台帳にありません(履歴が切り詰められています)",
        )
    if not str(found).startswith(prefix):
        return Break(
            "anchor",
            None,
            seq,
            f"change {seq} is not the one the anchor names: the trail was rewritten from there or before",
            f"連番 {seq} の操作履歴が控えと異なります(その位置以前から履歴が書き換えられています)",
        )
    return None


# -- stored files ----------------------------------------------------------------------------


def _check_files(r: Reader) -> Break | None:
    for att in r.stream("SELECT id, filename, data, sha256 FROM attachment ORDER BY id", batch=1):
        if (
            not isinstance(att.data, (bytes, bytearray, memoryview))
            or hashlib.sha256(att.data).hexdigest() != att.sha256
        ):
            return Break(
                "attachment",
                att.id,
                None,
                f"attachment {att.filename} does not match its SHA-256",
                f"添付ファイル {att.filename} の内容が SHA-256 と一致しません",
            )
    for memo in r.stream("SELECT id, number, pdf, sha256 FROM memo ORDER BY id", batch=1):
        if (
            not isinstance(memo.pdf, (bytes, bytearray, memoryview))
            or hashlib.sha256(memo.pdf).hexdigest() != memo.sha256
        ):
            return Break(
                "memo",
                memo.id,
                None,
                f"memo {memo.number} does not match its SHA-256",
                f"報告メモ {memo.number} の PDF が SHA-256 と一致しません",
            )
    return None


# -- rows against the trail ------------------------------------------------------------------


def _migrations(r: Reader, entity: str) -> list[tuple[int, dict[str, Any]]]:
    """(seq, change) of the schema upgrades the trail records for `entity` (action "migrate", no entity id)."""
    out = []
    for ev in r.rows(
        "SELECT seq, new FROM audit_event WHERE entity = ? AND entity_id IS NULL AND action = 'migrate' ORDER BY seq",
        (entity,),
    ):
        change = json.loads(ev.new) if ev.new else {}
        if not isinstance(change, dict):
            raise ValueError("not an object")
        out.append((ev.seq, change))
    return out


def _replayed(r: Reader, entity: str) -> Iterator[tuple[Any, dict[str, Any] | None, int]]:
    """(entity id, the row the trail says should exist now or None, last seq) per id, in id order.

    Each id's events are replayed alone (ordered by id, then sequence), so only one row is ever in memory;
    a schema upgrade recorded in between (a "migrate" event) is applied to the row if it existed by then.
    """
    migrations = _migrations(r, entity)

    def upgraded(state: dict[str, Any] | None, after: int, before: int) -> dict[str, Any] | None:
        if state is not None:
            for seq, change in migrations:
                if after < seq < before:
                    apply_migration([state], change)
        return state

    key, state, last = None, None, 0
    started = False
    for ev in r.stream(
        "SELECT entity_id, seq, action, new FROM audit_event WHERE entity = ? AND entity_id IS NOT NULL "
        "ORDER BY entity_id, seq",
        (entity,),
    ):
        if started and ev.entity_id != key:
            yield key, upgraded(state, last, _END), last
            state, last = None, 0
        state = upgraded(state, last, ev.seq)
        key, last, started = ev.entity_id, ev.seq, True
        new = json.loads(ev.new) if ev.new else {}
        if not isinstance(new, dict):
            raise ValueError("not an object")
        if ev.action == "delete":
            state = None
        elif ev.action == "create":
            state = new
        elif ev.new:
            state = {**(state or {}), **new}
    if started:
        yield key, upgraded(state, last, _END), last


_END = 2**63  # later than any sequence number


def _row_snapshot(row: Any) -> dict[str, Any]:
    """The row's values as the trail records them (storage.audit_chain.snapshot, from a plain-SQL record)."""
    values: dict[str, Any] = json.loads(canonical(row._asdict()))
    return values


def _check_rows(r: Reader) -> tuple[Break | None, int]:
    """Compare every audited table with the trail: a row edited, added or deleted behind its back shows."""
    records = 0
    for entity, model in ENTITIES.items():
        table = table_name(model)
        if r.scalar(
            "SELECT count(*) FROM audit_event WHERE entity = ? AND entity_id IS NULL AND action <> 'migrate'", (entity,)
        ):
            return Break(
                "data",
                None,
                None,
                f"the trail names a {table} record without an id",
                f"操作履歴に ID のない {table} の記録があります",
            ), records
        columns = ", ".join(audited_fields(model))
        rows = r.stream(f"SELECT {columns} FROM {table} ORDER BY id", batch=1 if table in BLOB_TABLES else 500)
        try:
            trail = _replayed(r, entity)
            problem, counted = _merge(table, rows, trail)
        except (ValueError, TypeError):
            return Break(
                "data",
                None,
                None,
                f"the trail of {table} holds values that cannot be read",
                f"{table} の操作履歴に読み取れない値があります",
            ), records
        records += counted
        if problem:
            return problem, records
    return None, records


def _merge(
    table: str, rows: Iterator[Row], trail: Iterator[tuple[Any, dict[str, Any] | None, int]]
) -> tuple[Break | None, int]:
    """Walk the table's rows and the trail's replayed rows side by side, both in id order."""
    row, want = next(rows, None), next(trail, None)
    counted = 0
    while row is not None or want is not None:
        if want is not None and want[1] is None:  # created and deleted again: nothing should exist
            if row is not None and row.id == want[0]:
                return _no_trail(table, row.id), counted
            want = next(trail, None)
            continue
        if row is not None and (want is None or _before(row.id, want[0])):
            return _no_trail(table, row.id), counted
        assert want is not None  # the loop runs while one is left, and a row without a want returned above
        if row is None or _before(want[0], row.id):
            return Break(
                "data",
                want[0],
                None,
                f"{table} {want[0]} was deleted outside the program",
                f"{table} の ID {want[0]} がプログラムの外で削除されています",
            ), counted
        counted += 1
        have, expected = _row_snapshot(row), want[1]
        assert expected is not None  # ids deleted again were handled at the top of the loop
        changed = sorted(k for k in set(have) | set(expected) if have.get(k) != expected.get(k))
        if changed:
            return Break(
                "data",
                row.id,
                None,
                f"{table} {row.id} differs from its audit trail in: {', '.join(changed)}",
                f"{table} の ID {row.id} が操作履歴と異なります(項目: {', '.join(changed)})",
            ), counted
        row, want = next(rows, None), next(trail, None)
    return None, counted


def _before(a: Any, b: Any) -> bool:
    try:
        return bool(a < b)
    except TypeError:  # an id stored as text in a damaged SQLite file
        return str(a) < str(b)


def _no_trail(table: str, row_id: Any) -> Break:
    return Break(
        "data",
        row_id,
        None,
        f"{table} {row_id} has no record in the audit trail",
        f"{table} の ID {row_id} に対応する操作履歴がありません",
    )


# -- the search index ------------------------------------------------------------------------


def _check_search(r: Reader) -> Break | None:
    """Every searchable record has exactly its search row, with the text the program would give it."""
    from .search_index import KINDS, expected

    kinds = sorted(KINDS)
    stray = r.scalar(f"SELECT count(*) FROM search_doc WHERE kind NOT IN ({', '.join('?' * len(kinds))})", kinds)
    if stray:
        return _search_break(f"{stray} rows of unknown kinds", f"種類の不明な行が {stray} 件あります")
    for kind in kinds:
        docs = r.stream(
            "SELECT ref_id, title, body, incident_id FROM search_doc WHERE kind = ? ORDER BY ref_id", (kind,)
        )
        wanted = expected(r, kind)
        want, have = next(wanted, None), next(docs, None)
        while want is not None or have is not None:
            if have is None or (want is not None and want[0] < have.ref_id):
                assert want is not None  # the loop runs while one of them is left
                return _search_break(f"{kind} {want[0]} is missing", f"{kind} の ID {want[0]} がありません")
            if want is None or have.ref_id < want[0]:
                return _search_break(
                    f"{kind} {have.ref_id} does not exist", f"{kind} の ID {have.ref_id} は存在しません"
                )
            if (have.title, have.body, have.incident_id) != want[1:]:
                return _search_break(
                    f"the text of {kind} {want[0]} differs", f"{kind} の ID {want[0]} の内容が異なります"
                )
            want, have = next(wanted, None), next(docs, None)
    return None


def _search_break(en: str, ja: str) -> Break:
    return Break(
        "search",
        None,
        None,
        f"the search index does not match the records ({en}); it holds no data of its own: "
        "`incidentdesk reindex` rebuilds it",
        f"検索用の索引が記録と一致しません({ja})。索引は記録から作り直せます(incidentdesk reindex)",
    )
