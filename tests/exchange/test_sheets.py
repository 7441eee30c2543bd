"""Reading spreadsheets: every encoding and layout is read as people see it, and every bad file is refused clearly."""

from __future__ import annotations

import codecs
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from incidentdesk.domain.errors import LedgerError
from incidentdesk.exchange import sheets
from incidentdesk.exchange.sheets import CellError, NoValue, read_grid

DATA = Path(__file__).with_name("data")
ROWS = [
    ["所管課", "サービス名", "業務名", "登録者数"],
    ["広報課", "架空市LINE公式アカウント", "市政情報の配信", "5,000"],
    ["市民課", "架空市LINE公式アカウント", "住民票の写しの申請", "５千"],
]


def _csv_text(rows, delimiter=",") -> str:
    return "".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in row) + "\r\n" for row in rows)


@pytest.mark.parametrize(
    "encoding,data",
    [
        ("utf-8", _csv_text(ROWS).encode("utf-8")),
        ("utf-8-sig", codecs.BOM_UTF8 + _csv_text(ROWS).encode("utf-8")),
        ("cp932", _csv_text(ROWS).encode("cp932")),
        ("utf-16", _csv_text(ROWS, "\t").encode("utf-16")),  # Excel's "Unicode text": UTF-16 with a BOM, tabs
    ],
)
def test_csv_in_every_encoding_excel_writes(tmp_path, encoding, data):
    """UTF-8, UTF-8 with BOM, CP932 and UTF-16 tab-separated files read to the same cells, and say how."""
    path = tmp_path / f"inventory-{encoding}.csv"
    path.write_bytes(data)
    grid = read_grid(path)
    assert grid.kind == "csv" and grid.encoding == encoding
    assert [grid.rows[n] for n in grid.numbers()] == ROWS


def test_csv_encoding_chosen_by_the_user(tmp_path):
    """A chosen encoding is used as it is, and a file that does not read in it is refused naming the line."""
    path = tmp_path / "sjis.csv"
    path.write_bytes(_csv_text(ROWS).encode("cp932"))
    assert read_grid(path, encoding="cp932").rows[2][0] == "広報課"
    with pytest.raises(LedgerError) as caught:
        read_grid(path, encoding="utf-8")
    assert caught.value.code == "csv_bad_encoding" and caught.value.params["line"] == 1


def test_csv_with_mixed_encodings_is_refused(tmp_path):
    """A CSV whose lines are partly UTF-8 and partly CP932 is refused with both line numbers, not half garbled."""
    with pytest.raises(LedgerError) as caught:
        read_grid(DATA / "bad_mixed_encoding.csv")
    error = caught.value
    assert error.code == "csv_mixed_encoding"
    assert (error.params["first_line"], error.params["line"]) == (1, 10)
    assert "文字コードが混在" in error.message("ja") and "mixes encodings" in error.message("en")


def test_japanese_excel_csv_keeps_what_the_cells_show():
    """The CP932 CSV of the test folder reads with its title block, both header rows and the CRLF endings."""
    grid = read_grid(DATA / "kakuu_inventory_cp932.csv")
    assert grid.encoding == "cp932"
    assert grid.rows[1][0].startswith("令和３年度")
    assert grid.rows[5][3] == "業務" and grid.rows[6][3] == "業務名"
    assert grid.rows[8][9] == "５，０００"


def test_xlsx_values_hidden_rows_columns_and_merged_cells():
    """Values (not formulas), hidden rows and columns, and merged cells filled from their anchor, as a person sees."""
    grid = read_grid(DATA / "kakuu_inventory.xlsx")
    assert grid.kind == "xlsx" and grid.sheet == "一覧"
    assert 18 in grid.hidden_rows and 15 in grid.hidden_columns
    assert grid.rows[9][8] == datetime(2020, 6, 10)  # a date cell in era format reads as a date
    assert grid.rows[10][2] == "架空市LINE公式アカウント"  # merged down from row 8
    assert grid.rows[6][4] == "業務の概要" and grid.rows[5][4] == "業務"  # a group heading merged across
    assert sheets.shown_cell(grid, 10, 3) == "C8"


def test_formula_errors_and_uncalculated_formulas_are_marked():
    """#REF! reads as a formula error and a formula Excel never calculated as having no value."""
    grid = read_grid(DATA / "bad_formula_errors.xlsx")
    assert grid.rows[8][9] == CellError("#REF!")
    assert isinstance(grid.rows[10][8], NoValue)


def test_named_sheet_and_a_missing_one(tmp_path):
    """--sheet picks a sheet; a name the workbook lacks is refused listing the sheets it has."""
    wb = Workbook()
    wb.active.title = "表紙"
    wb.active["A1"] = "表紙"
    wb.create_sheet("一覧")["A1"] = "所管課"
    path = tmp_path / "two.xlsx"
    wb.save(path)
    assert read_grid(path).sheet == "表紙"
    assert read_grid(path, sheet="一覧").rows[1] == ["所管課"]
    with pytest.raises(LedgerError) as caught:
        read_grid(path, sheet="回答")
    assert caught.value.code == "sheet_not_found" and "一覧" in caught.value.message("ja")


@pytest.mark.parametrize(
    "name,code,advice",
    [
        ("bad_password.xlsx", "sheet_encrypted", "パスワード"),
        ("bad_old_format.xls", "sheet_xls", "Excel ブック (*.xlsx)"),
        ("bad_macro.xlsm", "sheet_xlsm", "Excel ブック (*.xlsx)"),
        ("bad_corrupt.xlsx", "sheet_corrupt", "保存し直してください"),
    ],
)
def test_files_that_cannot_be_read_say_what_to_do(name, code, advice):
    """Password-protected, old-format, macro and damaged workbooks are refused with what to do instead."""
    with pytest.raises(LedgerError) as caught:
        read_grid(DATA / name)
    assert caught.value.code == code
    assert advice in caught.value.message("ja")
    assert "Nothing was changed" in caught.value.message("en")


def test_binary_workbook_and_renamed_text(tmp_path):
    """An .xlsb is refused with the same advice; a CSV renamed .xlsx is called damaged rather than misread."""
    xlsb = tmp_path / "book.xlsb"
    with zipfile.ZipFile(xlsb, "w") as z:
        z.writestr("xl/workbook.bin", b"\x00")
    with pytest.raises(LedgerError) as caught:
        read_grid(xlsb)
    assert caught.value.code == "sheet_xlsb"
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_text("所管課,サービス名\n", encoding="utf-8")
    with pytest.raises(LedgerError) as caught:
        read_grid(renamed)
    assert caught.value.code == "sheet_corrupt"


def test_missing_file(tmp_path):
    """A path that does not exist is refused by name."""
    with pytest.raises(LedgerError) as caught:
        read_grid(tmp_path / "nothing.xlsx")
    assert caught.value.code == "sheet_file_missing"


def _million_row_xlsx(path: Path, rows: int, *, dimension: bool) -> None:
    """A real sheet of `rows` rows, written as XML directly (openpyxl would take minutes)."""
    wb = Workbook()
    wb.active["A1"] = "x"
    template = path.with_suffix(".template.xlsx")
    wb.save(template)
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, src.read(info.filename))
        with out.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
                b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            if dimension:
                sheet.write(f'<dimension ref="A1:B{rows}"/>'.encode())
            sheet.write(b"<sheetData>")
            chunk = []
            for n in range(1, rows + 1):
                chunk.append(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>')
                if len(chunk) == 10_000:
                    sheet.write("".join(chunk).encode())
                    chunk = []
            sheet.write("".join(chunk).encode() + b"</sheetData></worksheet>")


def test_a_million_row_sheet_is_refused_at_once(tmp_path):
    """A sheet whose used range reaches row 1,000,000 is refused before its rows are read, naming the limit."""
    path = tmp_path / "million.xlsx"
    _million_row_xlsx(path, 1_000_000, dimension=True)
    with pytest.raises(LedgerError) as caught:
        read_grid(path)
    assert caught.value.code == "sheet_too_many_rows"
    assert caught.value.params["limit"] == f"{sheets.MAX_ROWS:,}"
    assert "50,000 行まで" in caught.value.message("ja")


def test_a_long_sheet_without_dimension_stops_at_the_limit(tmp_path, monkeypatch):
    """Without a <dimension> the rows are counted as they stream, and reading stops one row past the limit."""
    monkeypatch.setattr(sheets, "MAX_ROWS", 2_000)
    path = tmp_path / "long.xlsx"
    _million_row_xlsx(path, 100_000, dimension=False)
    with pytest.raises(LedgerError) as caught:
        read_grid(path)
    assert caught.value.code == "sheet_too_many_rows" and caught.value.params["rows"] == "2,001"


def test_a_million_record_csv_is_refused_within_the_limit(tmp_path):
    """A CSV of a million records is refused after reading MAX_ROWS of them, not loaded whole."""
    path = tmp_path / "million.csv"
    with path.open("wb") as fh:
        fh.write("所管課,サービス名,業務名\r\n".encode("cp932"))
        line = "広報課,架空市LINE,配信\r\n".encode("cp932")
        for _ in range(100):
            fh.write(line * 10_000)
    with pytest.raises(LedgerError) as caught:
        read_grid(path)
    assert caught.value.code == "sheet_too_many_rows"
