"""Issue 11's failures, each reproduced by a small trial that now passes (tests/reliability/trials.py runs the
same trials with full counts: `python tests/reliability/trials.py`)."""

from __future__ import annotations

import pytest

import trials


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("trials")


@pytest.fixture(scope="module")
def export(workdir):
    path = workdir / "sample.json"
    assert trials._quiet("--db", str(workdir / "export-source.db"), "sample") == 0
    assert trials._quiet("--db", str(workdir / "export-source.db"), "export", "--out", str(path)) == 0
    return path


def _passed(counts: trials.Counts) -> None:
    assert counts.ok, (counts.name, counts.failures, counts.detail)


def test_1_backups_taken_during_writes_restore(workdir):
    """Failure 1: backups taken while two processes write all restore into ledgers that verify (SQLite)."""
    _passed(trials.backups_under_writers(workdir, 3))


@pytest.mark.postgres
def test_1_server_backups_taken_during_writes_restore(workdir, pg_server):
    """Failure 1 on PostgreSQL: the JSON backup is one REPEATABLE READ snapshot, so it imports and verifies."""
    pg_server.admin("CREATE DATABASE busy_trial")
    try:
        _passed(trials.backups_under_writers(workdir, 3, pg_server.url("busy_trial")))
    finally:
        pg_server.admin("DROP DATABASE IF EXISTS busy_trial WITH (FORCE)")


def test_3_fuzzed_imports_are_refused_cleanly_or_verify(workdir):
    """Failure 3: mutated exports never end in a traceback and never import what verify would refuse."""
    counts = trials.fuzz_imports(workdir, 30)
    _passed(counts)
    assert counts.detail["traceback"] == 0 and counts.detail["accepted, verify failed"] == 0


def test_4_every_tamper_case_is_detected(workdir):
    """Failure 4: each tampering the probe tried is reported (a valid rewritten trail through an anchor)."""
    _passed(trials.tampering(workdir))


def test_5_bad_files_are_left_untouched(workdir):
    """Failure 5: foreign files, files from newer versions, mistyped paths and empty files stay as they were."""
    _passed(trials.bad_files(workdir))


def test_6_restore_over_a_left_over_wal(workdir):
    """Failure 6: restore over a ledger with a stale -wal gives a ledger that verifies; backup names never clash."""
    counts = trials.restore_with_left_over_wal(workdir, 2)
    _passed(counts)
    assert counts.detail["5 backups in a row, distinct names"]


def test_7_kill_during_the_upgrade_never_loses_search(workdir):
    """Failure 7: kill -9 during the 0001→0002 upgrade leaves it untouched or upgraded with its whole index."""
    _passed(trials.kill_during_upgrade(workdir, 3, parties=1000))


def test_kill_during_writes_import_memo_and_restore(workdir, export):
    """What already held must keep holding: kill -9 during writes, import, memo --issue, restore and backup loses
    nothing committed, leaves a ledger that verifies and never a half backup under a backup's name."""
    for counts in (
        trials.kill_during_writes(workdir, 2),
        trials.kill_during_import(workdir, 2, export),
        trials.kill_during_memo_issue(workdir, 2),
        trials.kill_during_restore(workdir, 2),
        trials.kill_during_backup(workdir, 2),
    ):
        _passed(counts)
