"""Reading a spreadsheet (.xlsx or .csv) into a grid of values, refusing what cannot be read with a clear reason.

A .xlsx is read with openpyxl's own worksheet parser in one streaming pass, which yields the values Excel
last calculated (not formulas) together with what a person sees but a program could miss: hidden rows
and columns, merged cells, formula errors. A .csv is read in UTF-8 (with or without BOM), UTF-16 (Excel's
"Unicode text") or CP932 (Shift_JIS as Japanese Windows writes it), detected line by line so that a file
mixing two encodings is refused instead of half garbled.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from ..domain.errors import LedgerError

if TYPE_CHECKING:  # openpyxl loads only when a sheet is read
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet._reader import WorkSheetParser

MAX_ROWS = 50_000  # rows of a sheet or records of a CSV; a prefecture's whole inventory fits
HEADER_SCAN = 30  # rows searched for the header, below any title block
MAX_MERGED_CELLS = 200_000  # cells filled from merged ranges: a whole-sheet merge is not data
ERROR_CODES = frozenset(
    {
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#UNKNOWN!",
        "#CONNECT!",
        "#BUSY!",
    }
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and an .xlsx Excel has encrypted with a password
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
ENCODINGS = ("auto", "utf-8", "cp932")
ENCODING_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16", "cp932": "CP932 (Shift_JIS)"}
CSV_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass(frozen=True)
class CellError:
    """A formula error Excel shows in the cell (#REF!, #N/A ...)."""

    code: str

    def __str__(self) -> str:
        return self.code


@dataclass(frozen=True)
class NoValue:
    """A formula whose result was never saved (the file was written by a program, not by Excel)."""

    def __str__(self) -> str:
        return ""


NO_VALUE = NoValue()
Value = str | int | float | bool | date | datetime | time | CellError | NoValue | None


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    return f"{column_letter(column)}{row}"


def shown_cell(grid: Grid, row: int, column: int) -> str:
    """The cell a person should look at: a merged cell's anchor (J8 for J8:J10), else the cell itself."""
    return cell_name(*grid.anchors.get((row, column), (row, column)))


@dataclass
class Grid:
    """The cells of one sheet: values by row number and column (1-based), merged cells filled from their anchor."""

    path: str
    sheet: str  # the sheet read; the file name for a CSV
    sheets: tuple[str, ...] = ()  # every visible sheet of the workbook
    rows: dict[int, list[Value]] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_row, min_col, max_row, max_col
    encoding: str = ""  # how a CSV was decoded (ENCODING_LABELS key)
    kind: str = "xlsx"  # xlsx | csv
    anchors: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # filled cell -> its merged anchor

    @property
    def width(self) -> int:
        return max((len(v) for v in self.rows.values()), default=0)

    def value(self, row: int, column: int) -> Value:
        values = self.rows.get(row)
        return values[column - 1] if values is not None and 0 < column <= len(values) else None

    def numbers(self) -> list[int]:
        return sorted(self.rows)

    def fill_merged(self) -> None:
        """Give every cell of a merged range its anchor's value, as a person reading the sheet sees it."""
        budget = MAX_MERGED_CELLS
        for min_row, min_col, max_row, max_col in self.merged:
            size = (max_row - min_row + 1) * (max_col - min_col + 1)
            if size > budget:
                continue
            budget -= size
            anchor = self.value(min_row, min_col)
            if anchor is None:
                continue
            for r in range(min_row, max_row + 1):
                values = self.rows.setdefault(r, [])
                if len(values) < max_col:
                    values.extend([None] * (max_col - len(values)))
                for c in range(min_col, max_col + 1):
                    if values[c - 1] is None:
                        values[c - 1] = anchor
                        self.anchors[(r, c)] = (min_row, min_col)


def is_blank(value: Value) -> bool:
    return value is None or isinstance(value, NoValue) or (isinstance(value, str) and not value.strip())


# -- what kind of file ---------------------------------------------------------------------------


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(8)
    except FileNotFoundError as exc:
        raise LedgerError("sheet_file_missing", path=str(path)) from exc
    except OSError as exc:
        raise LedgerError("sheet_file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc


def _ole_is_encrypted(path: Path) -> bool:
    """An OLE file holding an "EncryptedPackage" stream is an .xlsx Excel encrypted with a password."""
    data = path.read_bytes()[:4_000_000]
    return ENCRYPTED_MARK in data


def file_kind(path: Path) -> str:
    """'xlsx' or 'csv'; LedgerError for a file this program cannot read, saying what to do instead."""
    head = _head(path)
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        if _ole_is_encrypted(path):
            raise LedgerError("sheet_encrypted", path=str(path))
        raise LedgerError("sheet_xls", path=str(path))
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError) as exc:
            raise LedgerError("sheet_corrupt", path=str(path), reason=str(exc)) from exc
        if "xl/workbook.bin" in names:
            raise LedgerError("sheet_xlsb", path=str(path))
        if "xl/vbaProject.bin" in names or suffix in (".xlsm", ".xltm"):
            raise LedgerError("sheet_xlsm", path=str(path))
        if "xl/workbook.xml" not in names:
            raise LedgerError(
                "sheet_corrupt", path=str(path), reason="no xl/workbook.xml", reason_ja="ブックの本体がありません"
            )
        return "xlsx"
    if suffix in (".xlsx", ".xlsm", ".xls", ".xlsb"):
        if suffix == ".xls" and head[:5].lower() in (b"<html", b"<?xml", b"<!doc"):
            raise LedgerError("sheet_xls", path=str(path))  # the HTML "Excel" files some systems export
        raise LedgerError(
            "sheet_corrupt", path=str(path), reason="not a zip archive", reason_ja="Excel ブックの形式になっていません"
        )
    return "csv"


def read_grid(path: Path | str, *, sheet: str | None = None, encoding: str = "auto") -> Grid:
    """The grid of the named (or first visible) sheet of an .xlsx, or of a CSV in the given or detected encoding."""
    path = Path(path)
    if file_kind(path) == "xlsx":
        return read_xlsx(path, sheet)
    return read_csv(path, encoding)


# -- .xlsx ------------------------------------------------------------------------------------------


def _parser_class() -> type[WorkSheetParser]:
    # openpyxl's streaming worksheet parser gives values, hidden rows and columns and merged ranges in one
    # pass; its public read-only sheet would need a second pass over the XML for everything but the values.
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:  # an lxml/ElementTree element
            cell = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                cell["data_type"] = "nv"  # a formula with no saved result
            return cell

    return Parser


def _internal(obj: object, name: str) -> Any:
    """One of openpyxl's internals the streaming parser needs, which its type stubs leave out."""
    return getattr(obj, name)


def _cell_value(cell: dict[str, Any]) -> Value:
    kind, value = cell["data_type"], cell["value"]
    if kind == "nv":
        return NO_VALUE
    if kind == "e" or (isinstance(value, str) and value in ERROR_CODES):
        return CellError(str(value))
    if kind == "s" and value is not None and not isinstance(value, str):  # rich text in a shared string
        return str(value)
    plain: Value = value  # what openpyxl reads with data_only: text, a number, a bool, a date or time, None
    return plain


def _open_workbook(path: Path, fh: BinaryIO) -> Workbook:
    from openpyxl import load_workbook

    try:
        return load_workbook(fh, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, ValueError, XML errors ... for a broken file
        raise LedgerError("sheet_corrupt", path=str(path), reason=f"{type(exc).__name__}: {exc}"[:200]) from exc


def read_xlsx(path: Path, sheet: str | None = None) -> Grid:
    """The values of one sheet of an .xlsx, streamed; rows beyond MAX_ROWS are refused before they are read."""
    from openpyxl.utils.cell import range_boundaries

    with path.open("rb") as fh:
        wb = _open_workbook(path, fh)
        try:
            visible = tuple(ws.title for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible")
            if sheet is None:
                if not visible:
                    raise LedgerError("sheet_empty", path=str(path), sheet="")
                sheet = visible[0]
            if sheet not in wb.sheetnames or not hasattr(wb[sheet], "_get_source"):
                raise LedgerError("sheet_not_found", path=str(path), sheet=sheet, sheets="、".join(visible))
            ws = wb[sheet]
            if (ws.max_row or 0) > MAX_ROWS:
                raise LedgerError("sheet_too_many_rows", path=str(path), rows=f"{ws.max_row:,}", limit=f"{MAX_ROWS:,}")
            grid = Grid(path=str(path), sheet=sheet, sheets=visible)
            try:
                with _internal(ws, "_get_source")() as src:
                    parser = _parser_class()(
                        src,
                        _internal(ws, "_shared_strings"),
                        data_only=True,
                        epoch=wb.epoch,
                        date_formats=_internal(wb, "_date_formats"),
                        timedelta_formats=_internal(wb, "_timedelta_formats"),
                    )
                    for number, cells in parser.parse():
                        values = [
                            (c["column"], _cell_value(c))
                            for c in cells
                            if c["value"] is not None or c["data_type"] == "nv"
                        ]
                        if not values:
                            continue
                        if number > MAX_ROWS:
                            raise LedgerError(
                                "sheet_too_many_rows", path=str(path), rows=f"{number:,}", limit=f"{MAX_ROWS:,}"
                            )
                        row: list[Value] = [None] * max(c for c, _v in values)
                        for column, value in values:
                            row[column - 1] = value
                        grid.rows[number] = row
            except LedgerError:
                raise
            except Exception as exc:  # a damaged sheet part
                raise LedgerError("sheet_corrupt", path=str(path), reason=f"{type(exc).__name__}: {exc}"[:200]) from exc
        finally:
            wb.close()
    for number, attrs in parser.row_dimensions.items():
        if str(attrs.get("hidden", "")).lower() in ("1", "true"):
            grid.hidden_rows.add(int(number))
    for attrs in parser.column_dimensions.values():
        if str(attrs.get("hidden", "")).lower() in ("1", "true"):
            grid.hidden_columns.update(range(int(attrs["min"]), int(attrs.get("max", attrs["min"])) + 1))
    if parser.merged_cells is not None:
        for merged in parser.merged_cells.mergeCell:
            min_col, min_row, max_col, max_row = range_boundaries(merged.ref)
            if min_col is None or min_row is None or max_col is None or max_row is None:
                continue  # a whole-row or whole-column range: never a merge Excel writes
            grid.merged.append((min_row, min_col, max_row, max_col))
    grid.fill_merged()
    return grid


# -- .csv -------------------------------------------------------------------------------------------


def _decodes(line: bytes, encoding: str) -> bool:
    try:
        line.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


def _detect_lines(path: Path, lines: Iterable[bytes], chosen: str) -> Iterator[str]:
    """Decode line by line; in 'auto' the first non-ASCII line fixes the encoding, and a later line that only
    the other encoding reads is a mixed file, refused with both line numbers."""
    encoding = None if chosen == "auto" else chosen
    first_line = 0
    for number, line in enumerate(lines, start=1):
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
            if encoding in (None, "utf-8"):
                encoding, first_line = "utf-8", 1
        if line.isascii():
            yield line.decode("ascii")
            continue
        if encoding is None:
            encoding = "utf-8" if _decodes(line, "utf-8") else "cp932" if _decodes(line, "cp932") else None
            first_line = number
            if encoding is None:
                raise LedgerError("csv_undecodable", path=str(path), line=number)
        try:
            yield line.decode(encoding)
        except UnicodeDecodeError:
            other = "cp932" if encoding == "utf-8" else "utf-8"
            if chosen == "auto" and _decodes(line, other):
                raise LedgerError(
                    "csv_mixed_encoding",
                    path=str(path),
                    line=number,
                    first_line=first_line,
                    first=ENCODING_LABELS[encoding],
                    other=ENCODING_LABELS[other],
                ) from None
            raise LedgerError(
                "csv_bad_encoding", path=str(path), line=number, encoding=ENCODING_LABELS[encoding]
            ) from None


def _sniff_delimiter(sample: list[str]) -> str:
    tabs = sum(line.count("\t") for line in sample)
    commas = sum(line.count(",") for line in sample)
    return "\t" if tabs > commas else ","


def read_csv(path: Path, encoding: str = "auto") -> Grid:
    """A CSV (or tab-separated text) as a grid; `encoding` is 'auto', 'utf-8' or 'cp932'."""
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding {encoding}")
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise LedgerError("sheet_file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    with raw:
        head = raw.read(2)
        raw.seek(0)
        if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):  # Excel's "Unicode text": UTF-16, tab-separated
            text_lines: Iterator[str] = iter(io.TextIOWrapper(raw, encoding="utf-16", newline=""))
            used = "utf-16"
        else:
            decoded = _detect_lines(path, iter(raw.readline, b""), encoding)
            text_lines, used = decoded, ""
        sample: list[str] = []
        for line in text_lines:
            sample.append(line)
            if len(sample) >= 20:
                break
        delimiter = _sniff_delimiter(sample)

        def all_lines() -> Iterator[str]:
            yield from sample
            yield from text_lines

        grid = Grid(path=str(path), sheet=path.name, kind="csv")
        try:
            for number, record in enumerate(csv.reader(all_lines(), delimiter=delimiter), start=1):
                if number > MAX_ROWS:
                    raise LedgerError(
                        "sheet_too_many_rows", path=str(path), rows=f"{MAX_ROWS + 1:,}", limit=f"{MAX_ROWS:,}"
                    )
                if any(cell.strip() for cell in record):
                    grid.rows[number] = [
                        CellError(c.strip()) if c.strip() in ERROR_CODES else (c or None) for c in record
                    ]
        except csv.Error as exc:
            raise LedgerError("sheet_corrupt", path=str(path), reason=str(exc)) from exc
        except UnicodeDecodeError as exc:
            raise LedgerError("csv_bad_encoding", path=str(path), line="?", encoding="UTF-16") from exc
    if used:
        grid.encoding = used
    else:
        grid.encoding = _csv_encoding_used(path, encoding, grid)
    return grid


def _csv_encoding_used(path: Path, chosen: str, grid: Grid) -> str:
    """The encoding the lines were read in (for the preview): from the BOM, the choice, or the first non-ASCII line."""
    with path.open("rb") as fh:
        if fh.read(3) == codecs.BOM_UTF8:
            return "utf-8-sig"
        fh.seek(0)
        if chosen != "auto":
            return chosen
        for line in iter(fh.readline, b""):
            if not line.isascii():
                return "utf-8" if _decodes(line, "utf-8") else "cp932"
    return "utf-8"
