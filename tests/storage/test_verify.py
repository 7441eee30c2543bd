"""The stronger verify: the file's own integrity, the search index, an emptied ledger, a damaged head, and an
anchor kept outside the ledger that catches a rewritten or cut-back trail."""

from __future__ import annotations

import sqlite3

import pytest

from incidentdesk.cli import main
from incidentdesk.domain.errors import LedgerError
from incidentdesk.services import ledger
from incidentdesk.storage.database import open_database

from ledger_builders import edit_event_new, rechain, run_sql, seq_of, small_ledger


@pytest.fixture
def built(db):
    """The small ledger with every kind of record, and its ids."""
    return db, small_ledger(db)


def test_intact_ledger_reports_its_head(built):
    """An untouched ledger verifies and gives its head as SEQ:HASH12, which current_head also returns."""
    db, _ = built
    result = ledger.verify(db)
    assert result.ok and not result.empty and result.events > 10
    seq, digest = result.head.split(":")
    assert int(seq) == result.events and len(digest) == 12
    assert ledger.current_head(db) == result.head


def test_a_new_ledger_is_empty_not_intact(db, capsys):
    """A ledger with nothing in it is reported as empty; the command exits 3 and does not say intact."""
    result = ledger.verify(db)
    assert result.ok and result.empty and result.head is None
    target = str(db.sqlite_path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", target, "--lang", "en", "verify"]) == 3
    out = capsys.readouterr().out
    assert "empty" in out and "Intact" not in out


def test_an_emptied_ledger_is_reported_empty_and_caught_by_its_anchor(built):
    """Deleting every row, event and the head leaves an 'empty' ledger; the anchor from before proves the loss."""
    db, _ = built
    anchor = ledger.verify(db).head
    tables = [
        "decision_basis",
        "decision",
        "claim",
        "statement",
        "request",
        "incident_use",
        "data_location",
        "service_party",
        "service_use",
        "attachment",
        "memo",
        "incident",
        "external_service",
        "audit_event",
        "ledger_meta",
        "search_doc",
    ]
    db = run_sql(db, "UPDATE party SET parent_id = NULL", *[f"DELETE FROM {t}" for t in tables], "DELETE FROM party")
    result = ledger.verify(db)
    assert result.ok and result.empty
    assert ledger.verify(db, anchor=anchor).problem.kind == "anchor"
    db.close()


def test_a_head_that_cannot_be_read_is_a_finding_not_a_crash(built, capsys):
    """A head of 'abc' is reported as a broken head (exit 1), and no change can be saved on top of it."""
    db, _ = built
    db = run_sql(db, "UPDATE ledger_meta SET value = 'abc' WHERE key = 'audit_head'")
    result = ledger.verify(db)
    assert result.problem.kind == "head" and "abc" in result.problem.describe("en")
    from incidentdesk.domain.inputs import PartyIn
    from incidentdesk.services import catalog

    with pytest.raises(LedgerError) as caught:
        catalog.add_party(db, PartyIn(name="新規"))
    assert caught.value.code == "bad_head"
    db.close()


def test_edited_and_rechained_decision_passes_alone_but_not_against_an_anchor(built):
    """A decision and its audit event edited together, with every later hash recomputed, fools a verify on its
    own (docs/verify.md says so), but an anchor taken before the edit catches it."""
    db, ids = built
    anchor = ledger.verify(db).head
    seq = seq_of(db, "decision", ids["decision"])
    db = run_sql(
        db,
        f"UPDATE decision SET state = 'continue' WHERE id = {ids['decision']}",
        edit_event_new(db, seq, {"state": "continue"}),
    )
    db = rechain(db, seq)
    assert ledger.verify(db).ok
    problem = ledger.verify(db, anchor=anchor).problem
    assert problem.kind == "anchor" and "rewritten" in problem.describe("en")
    db.close()


def test_cut_back_trail_is_caught_by_an_anchor(built):
    """The last events and their rows removed, and the head moved back to the event before: the chain is valid
    again, but an anchor at the removed head names the cut."""
    db, ids = built
    anchor = ledger.verify(db).head
    memo_seq = seq_of(db, "memo", ids["memo"])
    db = run_sql(db, f"DELETE FROM memo WHERE id = {ids['memo']}", f"DELETE FROM audit_event WHERE seq >= {memo_seq}")
    db = rechain(db, memo_seq)  # moves the head to the last remaining event
    assert ledger.verify(db).ok
    problem = ledger.verify(db, anchor=anchor).problem
    assert problem.kind == "anchor" and "cut back" in problem.describe("en")
    assert "切り詰め" in problem.describe("ja")
    db.close()


def test_an_anchor_from_earlier_still_holds_after_honest_changes(built):
    """An anchor stays valid while the ledger only grows: it is an ancestor of every later head."""
    db, ids = built
    anchor = ledger.verify(db).head
    from incidentdesk.domain.inputs import PartyIn
    from incidentdesk.services import catalog

    catalog.add_party(db, PartyIn(name="後から追加した事業者"))
    result = ledger.verify(db, anchor=anchor)
    assert result.ok and result.head != anchor


@pytest.mark.parametrize("text", ["abc", "12", "5:xyz", "0:0123456789ab", "5:0123"])
def test_a_malformed_anchor_is_refused_clearly(built, text):
    """An anchor that is not SEQ:HASH (12+ hex characters) is a LedgerError in Japanese and English."""
    db, _ = built
    with pytest.raises(LedgerError) as caught:
        ledger.verify(db, anchor=text)
    assert caught.value.code == "bad_anchor"
    assert "SEQ:HASH" in caught.value.message("en") and "連番" in caught.value.message("ja")


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE search_doc SET body = body || ' 改ざん' WHERE kind = 'decision'",
        "DELETE FROM search_doc WHERE kind = 'claim'",
        "INSERT INTO search_doc (kind, ref_id, incident_id, title, body) VALUES ('party', 999, NULL, '偽', '')",
    ],
    ids=["edited", "deleted", "added"],
)
def test_search_index_rows_changed_behind_the_program_are_caught(built, sql):
    """Edited, deleted or invented search rows are reported, with `reindex` as the remedy, and reindex fixes them."""
    db, _ = built
    db = run_sql(db, sql)
    problem = ledger.verify(db).problem
    assert problem.kind == "search" and "reindex" in problem.describe("en")
    ledger.rebuild_search_index(db)
    assert ledger.verify(db).ok
    db.close()


def test_full_text_index_out_of_step_with_its_table_is_caught(tmp_path):
    """Entries removed from the FTS5 index while search_doc keeps its rows: verify says so (SQLite only)."""
    path = tmp_path / "x.db"
    db = open_database(str(path), actor="tester")
    small_ledger(db)
    db = run_sql(
        db,
        "INSERT INTO search_fts(search_fts, rowid, title, body) "
        "SELECT 'delete', id, title, body FROM search_doc WHERE kind = 'party'",
    )
    problem = ledger.verify(db).problem
    assert problem.kind == "search" and "full-text" in problem.describe("en")
    db.close()


def _damage_index(path) -> None:
    """Overwrite the middle of one index's root page, as a failing disk sector would."""
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_decision_use_id'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size + 8)
        fh.write(b"\xff" * 64)


def test_a_damaged_index_page_is_caught_before_anything_else(tmp_path, capsys):
    """PRAGMA integrity_check runs first: a damaged index page is reported as a damaged file (exit 1)."""
    path = tmp_path / "x.db"
    db = open_database(str(path), actor="tester")
    small_ledger(db)
    db.close()
    _damage_index(path)
    result = ledger.verify(open_database(str(path), create=False))
    assert result.problem.kind == "integrity"
    assert main(["--db", str(path), "--lang", "ja", "verify"]) == 1
    assert "ファイルの破損" in capsys.readouterr().err
