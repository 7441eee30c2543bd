"""`incidentdesk inventory import|export` and `incidentdesk survey export` from a terminal."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from incidentdesk.cli import main

DATA = Path(__file__).resolve().parents[1] / "exchange" / "data"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_shows_every_row_and_changes_nothing(new_target, capsys):
    """--dry-run prints how each column was read and what each row would do, and writes nothing."""
    target = new_target()
    assert run(capsys, "--db", target, "init")[0] == 0  # a dry run only reads: it never makes the ledger
    code, out, _ = run(
        capsys, "--db", target, "--lang", "ja", "inventory", "import", str(DATA / "bad_dates.xlsx"), "--dry-run"
    )
    assert code == 1  # some rows would be refused
    assert "I 運用開始日 → 業務開始日" in out and "O 内部メモ → (取り込まない) [非表示の列]" in out
    assert "7行目 (記入例の行), 18行目 (非表示の行)" in out
    assert "8行目  取込不可" in out and "「令和3年13月1日」を日付として読めません" in out
    assert "新規 8 行、更新 0 行、変更なし 0 行、取込不可 2 行" in out and "何も変更していません" in out
    code, out, _ = run(capsys, "--db", target, "list", "services", "--json")
    assert out.strip() == "[]"


def test_refused_rows_stop_the_import_until_valid_only(new_target, capsys):
    """Without --valid-only a refused row stops everything (exit 2); with it the other rows are imported."""
    target = new_target()
    code, _out, err = run(capsys, "--db", target, "--lang", "en", "inventory", "import", str(DATA / "bad_dates.xlsx"))
    assert code == 2 and "2 rows cannot be imported (the first is row 8)" in err
    code, out, _ = run(
        capsys, "--db", target, "--lang", "en", "inventory", "import", str(DATA / "bad_dates.xlsx"), "--valid-only"
    )
    assert code == 0 and "Imported: 8 created, 0 updated, 0 unchanged, 2 rows left out." in out
    code, out, _ = run(capsys, "--db", target, "verify")
    assert code == 0


def test_export_then_import_is_a_round_trip(new_target, tmp_path, capsys):
    """The exported inventory imports back with every row unchanged."""
    target = new_target()
    assert run(capsys, "--db", target, "inventory", "import", str(DATA / "kakuu_inventory_cp932.csv"))[0] == 0
    out_file = tmp_path / "inventory.xlsx"
    code, out, _ = run(capsys, "--db", target, "--lang", "ja", "inventory", "export", "--out", str(out_file))
    assert code == 0 and "(11 行)" in out
    assert load_workbook(out_file).active["A4"].value == "所管課"
    code, out, _ = run(capsys, "--db", target, "--lang", "ja", "inventory", "import", str(out_file), "--dry-run")
    assert code == 0 and "新規 0 行、更新 0 行、変更なし 11 行、取込不可 0 行" in out


def test_columns_assigned_on_the_command_line_are_remembered(new_target, tmp_path, capsys, monkeypatch):
    """--column assigns a heading the program does not know, and the next file of that shape gets it too."""
    from openpyxl import Workbook

    monkeypatch.setenv("INCIDENTDESK_DATA_DIR", str(tmp_path / "data"))  # remembered mappings of this test only
    wb = Workbook()
    ws = wb.active
    ws.append(["担当セクション", "サービス名", "業務名"])
    ws.append(["広報課", "架空LINE", "配信"])
    wb.save(tmp_path / "odd.xlsx")
    target = new_target()
    code, _out, err = run(capsys, "--db", target, "--lang", "en", "inventory", "import", str(tmp_path / "odd.xlsx"))
    assert code == 2 and "lacks required columns: Owning department" in err
    code, out, _ = run(
        capsys,
        "--db",
        target,
        "--lang",
        "en",
        "inventory",
        "import",
        str(tmp_path / "odd.xlsx"),
        "--column",
        "担当セクション=department",
    )
    assert code == 0 and "1 created" in out
    ws["C2"] = "相談"
    wb.save(tmp_path / "odd2.xlsx")
    code, out, _ = run(capsys, "--db", target, "--lang", "en", "inventory", "import", str(tmp_path / "odd2.xlsx"))
    assert code == 0 and "A 担当セクション → Owning department" in out


def test_bad_files_exit_2_with_what_to_do(new_target, capsys):
    """A password-protected workbook is refused with advice in the chosen language."""
    code, _out, err = run(
        capsys, "--db", new_target(), "--lang", "ja", "inventory", "import", str(DATA / "bad_password.xlsx")
    )
    assert code == 2 and "パスワードで保護されています" in err


def test_survey_export_in_each_form(new_target, tmp_path, capsys):
    """The survey answer as our sheet, an English sheet, a CP932 CSV and the ministry's template filled in."""
    target = new_target()
    run(capsys, "--db", target, "sample")
    code, out, _ = run(
        capsys,
        "--db",
        target,
        "--lang",
        "ja",
        "survey",
        "export",
        "--incident",
        "1",
        "--out",
        str(tmp_path / "a.xlsx"),
        "--as-of",
        "令和3年3月25日",
    )
    assert code == 0 and "(30 業務)" in out
    assert "令和3年3月25日時点" in load_workbook(tmp_path / "a.xlsx").active["A2"].value
    code, _out, _ = run(
        capsys, "--db", target, "--lang", "en", "survey", "export", "--incident", "1", "--out", str(tmp_path / "b.xlsx")
    )
    assert code == 0 and load_workbook(tmp_path / "b.xlsx").active["A5"].value == "Local government"
    code, _out, _ = run(
        capsys,
        "--db",
        target,
        "--lang",
        "ja",
        "survey",
        "export",
        "--incident",
        "1",
        "--out",
        str(tmp_path / "c.csv"),
        "--encoding",
        "cp932",
        "--as-of",
        "2021-03-25",
    )
    assert code == 0 and (tmp_path / "c.csv").read_bytes().decode("cp932").startswith("団体名,所管課")
    code, out, _ = run(
        capsys,
        "--db",
        target,
        "--lang",
        "ja",
        "survey",
        "export",
        "--incident",
        "1",
        "--out",
        str(tmp_path / "d.xlsx"),
        "--template",
        str(DATA / "kakuu_survey_template.xlsx"),
        "--as-of",
        "2021-03-25",
    )
    assert code == 0 and "様式のシート「回答様式」の 7 行目から 30 業務を書き込みました" in out
