"""No tracebacks to users: a read-only ledger, a damaged file, a path under a regular file and a bug all end in a
clear Japanese or English message; the log keeps the stack but no ledger text."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from incidentdesk import cli, logs
from incidentdesk.cli import main

SETPRIV = shutil.which("setpriv")
SECRET = "秘密の業務名ABC"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample(tmp_path, capsys) -> Path:
    path = tmp_path / "ledger" / "x.db"
    assert run(capsys, "--db", str(path), "sample")[0] == 0
    return path


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """The per-user log of this test, read after the commands ran."""
    monkeypatch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(logs, "_configured", False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    logger = logging.getLogger("incidentdesk")
    before = list(logger.handlers)
    yield tmp_path / "data" / "logs" / "incidentdesk.log"
    for handler in logger.handlers[len(before) :]:
        handler.close()
        logger.removeHandler(handler)


def _without_write_permission(argv: list[str], env: dict) -> subprocess.CompletedProcess:
    """The command as an ordinary user would run it: root's override of file permissions dropped (setpriv), so a
    read-only folder is read-only for it too."""
    prefix = [] if os.geteuid() != 0 else [SETPRIV, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]
    script = Path(sys.executable).with_name("incidentdesk")
    return subprocess.run([*prefix, str(script), *argv], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.skipif(os.geteuid() == 0 and SETPRIV is None, reason="needs setpriv to drop root's file permissions")
def test_a_ledger_in_a_read_only_folder_can_be_read_but_not_changed(sample, tmp_path):
    """In a read-only folder verify, list, search, export and a draft memo work; memo --issue and init say the
    ledger is read-only, in Japanese and English, without a traceback; nothing is written beside it."""
    folder = sample.parent
    for leftover in folder.glob("x.db-*"):
        leftover.unlink()
    os.chmod(sample, 0o444)
    os.chmod(folder, 0o555)
    env = {**os.environ, "INCIDENTDESK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    os.makedirs(tmp_path / "data", exist_ok=True)
    os.chmod(tmp_path, 0o777)
    os.chmod(tmp_path / "data", 0o777)
    try:
        before = sorted(p.name for p in folder.iterdir())
        done = _without_write_permission(["--db", str(sample), "--lang", "en", "verify"], env)
        assert done.returncode == 0 and "Intact" in done.stdout, done.stderr
        for argv in (
            ["list"],
            ["search", "住民票"],
            ["export", "--out", str(tmp_path / "e.json")],
            ["memo", "1", "--out", str(tmp_path / "m.pdf")],
        ):
            done = _without_write_permission(["--db", str(sample), *argv], env)
            assert done.returncode == 0, (argv, done.stderr)
        for lang, words in (("en", "read-only"), ("ja", "読み取り専用")):
            done = _without_write_permission(
                ["--db", str(sample), "--lang", lang, "memo", "1", "--issue", "--out", str(tmp_path / "issued.pdf")],
                env,
            )
            assert done.returncode == 2 and words in done.stderr, done.stderr
            assert "Traceback" not in done.stderr and "sqlalche.me" not in done.stderr
        assert sorted(p.name for p in folder.iterdir()) == before
    finally:
        os.chmod(folder, 0o755)
        os.chmod(sample, 0o644)


def test_a_damaged_ledger_gets_a_message_not_a_traceback(sample, capsys):
    """A file whose pages were overwritten: verify and memo say the ledger is damaged (or fails verification)."""
    for leftover in sample.parent.glob("x.db-*"):
        leftover.unlink()
    with open(sample, "r+b") as fh:
        fh.seek(100)
        fh.write(b"\x00" * 5000)
    for argv in (["verify"], ["memo", "1", "--out", str(sample.parent / "m.pdf")], ["list"]):
        code, _out, err = run(capsys, "--db", str(sample), "--lang", "en", *argv)
        assert code in (1, 2) and "damaged" in err, (argv, err)
        assert "Traceback" not in err


def test_a_path_under_a_regular_file_is_a_clear_error(tmp_path, capsys):
    """--db under something that is a file, not a folder: init says it cannot create the ledger there."""
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file")
    for lang, words in (("en", "Cannot create a ledger"), ("ja", "台帳を作成できません")):
        code, _out, err = run(capsys, "--db", str(blocker / "ledger.db"), "--lang", lang, "init")
        assert code == 2 and words in err and "Traceback" not in err
    code, _out, err = run(capsys, "--db", str(blocker / "ledger.db"), "--lang", "en", "verify")
    assert code == 2 and str(blocker / "ledger.db") in err


def test_an_unexpected_error_is_logged_without_ledger_text(sample, capsys, log_file, monkeypatch):
    """A bug's exception carrying ledger text: the user gets the 'unexpected' message naming the log; the log has
    the stack but neither the message nor the text."""
    from incidentdesk.services.reads import catalog

    def broken(r):
        raise RuntimeError(f"row {SECRET} could not be shown")

    monkeypatch.setattr(catalog, "services", broken)
    code, _out, err = run(capsys, "--db", str(sample), "--lang", "ja", "list")
    assert code == 2 and "予期しないエラー" in err and "RuntimeError" in err and str(log_file) in err
    assert SECRET not in err and "Traceback" not in err
    text = log_file.read_text(encoding="utf-8")
    assert "list failed (RuntimeError)" in text and "broken" in text  # the stack is there
    assert SECRET not in text


def test_sql_errors_do_not_carry_the_rows_values(sample):
    """hide_parameters: an integrity error's text names the statement, never the values it tried to write."""
    from sqlalchemy.exc import IntegrityError

    from incidentdesk.storage.database import open_database
    from incidentdesk.storage.models import Party

    db = open_database(str(sample))
    try:
        with pytest.raises(IntegrityError) as caught:
            with db.write() as s:
                s.add(Party(name=SECRET, kind="other", country="JP", notes=""))
                s.add(Party(name=SECRET, kind="other", country="JP", notes=""))
                s.flush()
        assert SECRET not in str(caught.value)
    finally:
        db.close()


def test_the_log_of_uncaught_errors_has_no_message(log_file, monkeypatch):
    """The excepthook that logs an uncaught error writes its stack and type, not its message."""
    monkeypatch.setattr(sys, "excepthook", lambda *_a: None)  # the hook configure() chains onto
    logs.configure()
    message = SECRET + " in a message"
    try:
        raise ValueError(message)
    except ValueError:
        kind, exc, tb = sys.exc_info()
    sys.excepthook(kind, exc, tb)
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error (ValueError)" in text and SECRET not in text


def test_command_line_entry_never_shows_a_traceback_for_a_refusal(capsys, tmp_path):
    """Refusals keep exit code 2 and one line of text (the old behaviour, kept)."""
    code, _out, err = run(capsys, "--db", str(tmp_path / "x.db"), "import", str(tmp_path / "missing.json"))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert cli.EXIT_EMPTY == 3
