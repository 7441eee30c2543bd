"""The `incidentdesk` command: sample, list, search, verify and backup, exit codes and message language."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from incidentdesk.cli import main

SAMPLE_BODIES = ("渋谷区", "和光市", "福岡市", "春日市")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample(new_target, capsys) -> str:
    """A target with the LINE 2021 sample loaded through the command line."""
    target = new_target()
    code, out, _ = run(capsys, "--db", target, "--lang", "en", "sample")
    assert code == 0 and "Loaded the sample case" in out
    return target


def test_sample_lists_the_municipal_services(sample, capsys):
    """After `sample`, `list services --json` (and plain `list --json`) names the bodies from the case."""
    for argv in (["list", "services", "--json"], ["list", "--json"]):
        code, out, _ = run(capsys, "--db", sample, *argv)
        assert code == 0
        names = " ".join(row["name"] for row in json.loads(out))
        for body in SAMPLE_BODIES:
            assert body in names


def test_sample_has_the_case_shape(sample, capsys):
    """The sample holds continue, suspend and under-discussion decisions, a suspend -> resume history and
    MIC's request."""
    code, out, _ = run(capsys, "--db", sample, "list", "decisions", "--all", "--json")
    assert code == 0
    rows = json.loads(out)
    assert {"continue", "suspend", "discussing", "resume"} <= {r["state"] for r in rows}
    by_use: dict[int, list[str]] = {}
    for r in sorted(rows, key=lambda r: (r["decided_on"], r["id"])):
        by_use.setdefault(r["use_id"], []).append(r["state"])
    assert any(["suspend", "resume"] == states[-2:] for states in by_use.values())
    code, out, _ = run(capsys, "--db", sample, "list", "requests", "--json")
    requests = json.loads(out)
    assert any(r["issuer"] == "総務省" and r["due_on"] for r in requests)
    code, out, _ = run(capsys, "--db", sample, "list", "incidents", "--json")
    assert json.loads(out)[0]["affected"] > 10


def test_sample_refuses_a_second_load(sample, capsys):
    """Loading the sample into a ledger that has data exits 2 with the sample's own message in Japanese."""
    code, out, err = run(capsys, "--db", sample, "--lang", "ja", "sample")
    assert code == 2
    assert "空の台帳にだけ読み込めます" in err


def test_search_and_verify(sample, capsys):
    """Search finds a Japanese substring, and verify of an untouched sample exits 0."""
    code, out, _ = run(capsys, "--db", sample, "search", "住民票", "--json")
    assert code == 0 and json.loads(out)
    code, out, _ = run(capsys, "--db", sample, "--lang", "ja", "verify")
    assert code == 0 and "改ざんは検出されませんでした" in out
    code, out, _ = run(capsys, "--db", sample, "--lang", "en", "verify")
    assert code == 0 and out.startswith("Intact")


def test_verify_fails_after_editing_an_audit_row(tmp_path, capsys):
    """Editing one audit row with the sqlite3 module makes verify exit 1 and name the record, in Japanese."""
    path = tmp_path / "x.db"
    assert run(capsys, "--db", str(path), "sample")[0] == 0
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE audit_event SET actor = 'mallory' WHERE seq = 10")
    conn.close()
    code, out, err = run(capsys, "--db", str(path), "--lang", "ja", "verify")
    assert code == 1
    assert "改ざんを検出しました" in err and "連番 10" in err and "記録の書き換え" in err
    assert "内容がハッシュ値と一致しません" in err and "hash" not in err
    code, out, err = run(capsys, "--db", str(path), "--lang", "en", "verify")
    assert code == 1 and "sequence 10" in err


def test_newer_database_message_follows_lang(tmp_path, capsys):
    """Opening a newer ledger exits 2 with the db_newer message in the chosen language."""
    path = tmp_path / "newer.db"
    assert run(capsys, "--db", str(path), "init")[0] == 0
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    code, _, err = run(capsys, "--db", str(path), "--lang", "ja", "list", "services")
    assert code == 2 and "新しい版" in err
    code, _, err = run(capsys, "--db", str(path), "--lang", "en", "list", "services")
    assert code == 2 and "newer version" in err


def test_backup_copy_opens_and_verifies(tmp_path, capsys):
    """`backup --out` writes an SQLite copy that is itself a ledger that verifies."""
    path, copy = tmp_path / "x.db", tmp_path / "copies" / "x-copy.db"
    assert run(capsys, "--db", str(path), "sample")[0] == 0
    code, out, _ = run(capsys, "--db", str(path), "backup", "--out", str(copy))
    assert code == 0 and copy.exists()
    assert run(capsys, "--db", str(copy), "verify")[0] == 0


def test_database_from_environment(tmp_path, capsys, monkeypatch):
    """Without --db the INCIDENTDESK_DB environment variable chooses the ledger."""
    path = tmp_path / "env.db"
    monkeypatch.setenv("INCIDENTDESK_DB", str(path))
    assert run(capsys, "init")[0] == 0
    assert path.exists()


def test_installed_command_runs(tmp_path):
    """The installed console script `incidentdesk` loads the sample and lists it as JSON."""
    script = Path(sys.executable).with_name("incidentdesk")
    if not script.exists():
        pytest.fail(f"console script missing next to {sys.executable}; is the package installed (pip install -e .)?")
    db = str(tmp_path / "x.db")
    subprocess.run([str(script), "--db", db, "sample"], check=True, capture_output=True)
    done = subprocess.run([str(script), "--db", db, "list", "--json"], check=True, capture_output=True, text=True)
    names = " ".join(row["name"] for row in json.loads(done.stdout))
    assert all(body in names for body in SAMPLE_BODIES)


def test_export_import_commands(sample, new_target, tmp_path, capsys):
    """`export` then `import` into a new ledger then `export` gives identical files; a bad file exits 2 naming
    the record."""
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run(capsys, "--db", sample, "export", "--format", "json", "--out", str(first))[0] == 0
    copy_target = new_target()
    code, out, _ = run(capsys, "--db", copy_target, "import", str(first))
    assert code == 0 and "decision=" in out
    assert run(capsys, "--db", copy_target, "export", "--out", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    document["tables"]["claim"][2]["verification"] = "maybe"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "--db", new_target(), "--lang", "ja", "import", str(bad))
    assert code == 2 and "claim" in err and "3 件目" in err


def test_commands_write_the_log_file(tmp_path, monkeypatch):
    """A command leaves a line in the per-user log saying which ledger it opened, and refusals are logged."""
    import logging

    from incidentdesk import cli, logs

    monkeypatch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(logs, "_configured", False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # configure() chains onto it
    logger = logging.getLogger("incidentdesk")
    before = list(logger.handlers)
    try:
        assert cli.main(["--db", str(tmp_path / "x.db"), "init"]) == 0
        assert cli.main(["--db", str(tmp_path / "x.db"), "import", str(tmp_path / "missing.json")]) == 2
        text = (tmp_path / "data" / "logs" / "incidentdesk.log").read_text(encoding="utf-8")
    finally:
        for handler in logger.handlers[len(before) :]:
            handler.close()
            logger.removeHandler(handler)
    assert f"opened {tmp_path / 'x.db'}" in text
    assert "import refused" in text


def test_gui_script_passes_options_before_the_command(monkeypatch):
    """incidentdesk-gui --db X opens the window on X (options must come before the 'gui' command)."""
    from incidentdesk import __main__, cli

    seen = []
    monkeypatch.setattr(cli, "main", lambda argv: seen.append(argv) or 0)
    monkeypatch.setattr(sys, "argv", ["incidentdesk-gui", "--db", "x.db", "--lang", "ja"])
    assert __main__.main_gui() == 0
    assert seen == [["--db", "x.db", "--lang", "ja", "gui"]]
    assert cli.build_parser("en").parse_args(seen[0]).db == "x.db"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["--db", "x.db"],
        ["--db", "x.db", "--lang", "ja", "gui"],
        ["--lang=en", "--db=y.db", "gui"],
        ["--db", "a.db", "--db", "b.db"],
        ["--db", "gui"],
        ["--lang", "ja"],
    ],
)
def test_window_start_reads_its_options_as_the_full_parser_does(argv):
    """The window's start skips building the command line's parser; it must read --db and --lang as it would."""
    from incidentdesk import cli
    from incidentdesk.window_args import window_options

    args = cli.build_parser("en").parse_args(argv)
    assert args.command in (None, "gui")
    assert window_options(argv) == (args.db, args.lang)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["-h"],
        ["list"],
        ["--db", "x.db", "list"],
        ["gui", "--db", "x.db"],
        ["--lang", "fr"],
        ["--lang"],
        ["--db", "--lang", "ja"],
        ["--d", "x.db"],
        ["gui", "gui"],
        ["--verbose"],
    ],
)
def test_anything_else_goes_through_the_full_parser(argv):
    """Another command, help, a bad value or an abbreviation: the full parser answers, with its own errors."""
    from incidentdesk.window_args import window_options

    assert window_options(argv) is None


def test_bad_output_paths_are_refused_before_anything_is_recorded(sample, tmp_path, capsys):
    """memo --issue into a folder exits 2 in Japanese and uses up no number; backup never overwrites a file."""
    code, _, err = run(capsys, "--db", sample, "--lang", "ja", "memo", "1", "--issue", "--out", str(tmp_path))
    assert code == 2 and "書き込めません" in err
    code, out, _ = run(capsys, "--db", sample, "memo", "1", "--issue", "--out", str(tmp_path / "m.pdf"))
    assert code == 0 and "1号" in out  # the first number is still free
    existing = tmp_path / "other.db"
    existing.write_bytes(b"precious")
    code, _, err = run(capsys, "--db", sample, "--lang", "ja", "backup", "--out", str(existing))
    assert code == 2 and "既にあります" in err
    assert existing.read_bytes() == b"precious"


def test_refused_import_leaves_no_new_ledger_behind(tmp_path, capsys):
    """Importing a broken file into a new --db path fails in Japanese and does not leave an empty database file."""
    broken = tmp_path / "broken.json"
    broken.write_text('{"format":', encoding="utf-8")
    target = tmp_path / "new.db"
    code, _, err = run(capsys, "--db", str(target), "--lang", "ja", "import", str(broken))
    assert code == 2 and "取込ファイルを読み取れません" in err
    assert not target.exists()


def test_deadlines_to_a_calendar(sample, capsys, tmp_path):
    """`deadlines --ics FILE` writes one VEVENT per open deadline; `deadlines` lists them."""
    code, out, _ = run(capsys, "--db", sample, "--lang", "en", "deadlines")
    listed = [line for line in out.splitlines() if line.strip()]
    assert code == 0 and listed
    ics = tmp_path / "deadlines.ics"
    code, out, _ = run(capsys, "--db", sample, "--lang", "ja", "deadlines", "--ics", str(ics))
    data = ics.read_bytes()
    assert code == 0 and str(ics) in out
    assert data.count(b"BEGIN:VEVENT") == len(listed)
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
