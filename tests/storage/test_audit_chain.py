"""The hash-chained audit trail: verify passes on an honest ledger and names the first row edited by hand."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, datetime, UTC

import pytest

from incidentdesk.domain.inputs import IncidentIn, PartyIn
from incidentdesk.services import catalog, incidents, ledger
from incidentdesk.services.changes import create
from incidentdesk.storage.database import Database, open_database
from incidentdesk.storage.models import Attachment, Memo

NAMES = ["LINE株式会社", "LINE Fukuoka株式会社", "NAVER Corporation", "株式会社Bot Express", "株式会社サンプル"]


@pytest.fixture
def chained(db) -> Database:
    """A ledger with five audit events, one per party."""
    for name in NAMES:
        catalog.add_party(db, PartyIn(name=name, kind="platform", country="JP"))
    return db


def tamper(db: Database, *statements: str) -> Database:
    """Change rows behind the program's back, as someone with the sqlite3 shell or psql would; return it reopened."""
    if db.is_sqlite:
        path = db.sqlite_path
        db.close()
        conn = sqlite3.connect(path)
        try:
            for sql in statements:
                conn.execute(sql)
            conn.commit()
        finally:
            conn.close()
        return open_database(str(path), actor="tester")
    with db.engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)
    return db


def _id_of(db: Database, seq: int) -> int:
    with db.read() as s:
        return s.connection().exec_driver_sql(f"SELECT id FROM audit_event WHERE seq = {seq}").scalar_one()


def test_intact_ledger_verifies(chained):
    """An untouched ledger verifies and every event was counted."""
    result = ledger.verify(chained)
    assert result.ok
    assert result.events == len(NAMES)


def test_edited_row_is_named(chained):
    """Changing the recorded new value of event 3 breaks the chain exactly there."""
    target = _id_of(chained, 3)
    db = tamper(chained, "UPDATE audit_event SET new = replace(new, 'NAVER', 'NAVAR') WHERE seq = 3")
    result = ledger.verify(db)
    assert not result.ok
    assert (result.problem.kind, result.problem.seq, result.problem.record_id) == ("edited", 3, target)
    assert "ハッシュ値と一致しません" in result.problem.describe("ja")
    assert result.problem.describe("en") == result.problem.detail
    db.close()


def test_edited_actor_is_named(chained):
    """Changing who did it (not only what) is caught too."""
    db = tamper(chained, "UPDATE audit_event SET actor = 'someone-else' WHERE seq = 2")
    result = ledger.verify(db)
    assert (result.problem.kind, result.problem.seq) == ("edited", 2)
    db.close()


def test_deleted_middle_row_is_named(chained):
    """Deleting event 3 makes the event after it the first broken record."""
    after = _id_of(chained, 4)
    db = tamper(chained, "DELETE FROM audit_event WHERE seq = 3")
    result = ledger.verify(db)
    assert not result.ok
    assert (result.problem.kind, result.problem.seq, result.problem.record_id) == ("missing", 4, after)
    db.close()


def test_deleted_last_row_is_caught(chained):
    """Deleting the newest event leaves no gap in the chain, but the recorded head no longer matches."""
    db = tamper(chained, f"DELETE FROM audit_event WHERE seq = {len(NAMES)}")
    result = ledger.verify(db)
    assert not result.ok
    assert result.problem.kind == "head"
    assert result.problem.seq == len(NAMES)
    assert f"連番 {len(NAMES) - 1} で終わって" in result.problem.describe("ja")
    db.close()


def test_deleted_last_row_and_renumbered_head_is_caught(chained):
    """Deleting the newest event and pointing the head at the one before still fails: the head hash is kept too."""
    db = tamper(
        chained,
        f"DELETE FROM audit_event WHERE seq = {len(NAMES)}",
        f"UPDATE ledger_meta SET value = '{len(NAMES) - 1}:' || substr(value, instr(value, ':') + 1) "
        "WHERE key = 'audit_head'"
        if chained.is_sqlite
        else f"UPDATE ledger_meta SET value = '{len(NAMES) - 1}:' || split_part(value, ':', 2) "
        "WHERE key = 'audit_head'",
    )
    result = ledger.verify(db)
    assert not result.ok and result.problem.kind == "head"
    db.close()


def test_reordered_rows_are_named(chained):
    """Swapping the stored order of events 2 and 3 is reported as a reordering at the first displaced row."""
    second, third = _id_of(chained, 2), _id_of(chained, 3)
    db = tamper(
        chained,
        f"UPDATE audit_event SET id = -1 WHERE id = {second}",
        f"UPDATE audit_event SET id = {second} WHERE id = {third}",
        f"UPDATE audit_event SET id = {third} WHERE id = -1",
    )
    result = ledger.verify(db)
    assert not result.ok
    assert (result.problem.kind, result.problem.record_id) == ("reordered", second)
    db.close()


def test_renumbered_rows_are_caught(chained):
    """Swapping the sequence numbers of two events (keeping their ids) is caught as well."""
    db = tamper(
        chained,
        "UPDATE audit_event SET seq = -2 WHERE seq = 2",
        "UPDATE audit_event SET seq = 2 WHERE seq = 3",
        "UPDATE audit_event SET seq = 3 WHERE seq = -2",
    )
    result = ledger.verify(db)
    assert not result.ok
    assert result.problem.seq in (2, 3)
    db.close()


def _bytes_literal(db: Database, text: str) -> str:
    return f"CAST('{text}' AS BLOB)" if db.is_sqlite else f"convert_to('{text}', 'UTF8')"


def test_attachment_with_changed_bytes_is_caught(db):
    """An attachment whose bytes no longer match its SHA-256 fails verification and is named."""
    data = "総務省照会文書".encode()
    with db.write() as s:
        att = create(
            s,
            db,
            Attachment(
                owner_kind="incident",
                owner_id=1,
                filename="照会.pdf",
                data=data,
                sha256=hashlib.sha256(data).hexdigest(),
                added_at=datetime.now(UTC),
            ),
        )
    assert ledger.verify(db).ok
    db = tamper(db, f"UPDATE attachment SET data = {_bytes_literal(db, 'forged')} WHERE id = {att.id}")
    result = ledger.verify(db)
    assert (result.problem.kind, result.problem.record_id) == ("attachment", att.id)
    assert "添付ファイル 照会.pdf" in result.problem.describe("ja")
    db.close()


def test_memo_with_changed_pdf_is_caught(db):
    """An issued memo whose stored PDF was swapped fails verification and is named."""
    incident = incidents.open_incident(db, IncidentIn(title="LINE社の個人情報管理問題"))
    pdf = b"%PDF-1.4 memo"
    with db.write() as s:
        memo = create(
            s,
            db,
            Memo(
                incident_id=incident.id,
                number="情政第1号",
                issued_on=date(2021, 3, 24),
                pdf=pdf,
                sha256=hashlib.sha256(pdf).hexdigest(),
                issued_at=datetime.now(UTC),
            ),
        )
    assert ledger.verify(db).ok
    db = tamper(db, f"UPDATE memo SET pdf = {_bytes_literal(db, 'PDF other')} WHERE id = {memo.id}")
    result = ledger.verify(db)
    assert (result.problem.kind, result.problem.record_id) == ("memo", memo.id)
    db.close()


def test_data_row_edited_behind_the_trail_is_named(chained):
    """Changing a party's country with SQL, leaving the trail alone, is caught as data that differs from its trail."""
    db = tamper(chained, "UPDATE party SET country = 'CN' WHERE name = 'NAVER Corporation'")
    result = ledger.verify(db)
    assert result.problem.kind == "data"
    assert "country" in result.problem.detail and "country" in result.problem.describe("ja")
    db.close()


def test_row_added_or_removed_behind_the_trail_is_caught(chained):
    """A row inserted or deleted with SQL has no matching history, so verify fails."""
    db = tamper(chained, "INSERT INTO party (name, kind, country, notes) VALUES ('偽装業者', 'other', 'JP', '')")
    assert ledger.verify(db).problem.kind == "data"
    db = tamper(db, "DELETE FROM party WHERE name = '偽装業者'", "DELETE FROM party WHERE name = '株式会社サンプル'")
    result = ledger.verify(db)
    assert result.problem.kind == "data" and "deleted" in result.problem.detail
    db.close()


def test_wiping_the_whole_trail_does_not_pass(chained):
    """Deleting every audit event and the chain head leaves rows the trail cannot explain."""
    db = tamper(chained, "DELETE FROM audit_event", "DELETE FROM ledger_meta")
    result = ledger.verify(db)
    assert not result.ok and result.problem.kind == "data"
    db.close()
