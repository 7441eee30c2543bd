"""Writing tables to .xlsx (headed, sized, printable) and .csv (UTF-8 with BOM or CP932), never a half-written file."""

from __future__ import annotations

import csv
import io
import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain.errors import LedgerError

# Japanese era in Excel's own notation: Excel and LibreOffice show 令和3年3月19日 for it and sort it as a date
# (the first year as 令和1年: the 元年 variant, [$-ja-JP-x-gannen], shows a bare serial in LibreOffice).
ERA_DATE_FORMAT = '[$-411]ggge"年"m"月"d"日"'
ISO_DATE_FORMAT = "yyyy-mm-dd"
COUNT_FORMAT = "#,##0"
HEADER_FILL = "D9E1F2"
TITLE_SIZE = 14
BODY_FONT = "BIZ UDゴシック"  # ships with Windows 10 1809 and later; other PCs substitute their Japanese Gothic
# Characters CP932 lacks that have a usual stand-in; anything else becomes the geta mark, the printer's blank.
CP932_STAND_INS = {"𠮷": "吉", "𡈽": "土", "—": "―"}
GETA = "〓"


@dataclass(frozen=True)
class Col:
    """One column of a written table."""

    title: str
    width: float = 14  # in Excel's character units
    kind: str = "text"  # text | wrap | date | count
    choices: tuple[str, ...] = ()  # offered as a drop-down list in Excel


def atomic_write(path: Path, write: Callable[[Path], object]) -> Path:
    """Write through a temporary file beside `path` and move it into place: a failure leaves no half file."""
    path = Path(path)
    if path.is_dir():
        raise LedgerError("file_unwritable", path=str(path), reason="is a folder", reason_ja="フォルダーです")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".incidentdesk-", suffix=path.suffix, dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise LedgerError("file_unwritable", path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        write(Path(tmp))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide the file from colleagues on a share
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise LedgerError("file_unwritable", path=str(path), reason=exc.strerror or str(exc)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


@dataclass(frozen=True)
class Layout:
    """How a written sheet looks and prints."""

    sheet_title: str
    titles: tuple[str, ...] = ()  # lines above the header (title, as-of date, body name)
    date_format: str = ERA_DATE_FORMAT
    landscape: bool = False  # A4 landscape, fitted to the page width, header repeated on every page
    autofilter: bool = True
    footer: str = ""  # left footer text (the page number is always on the right)
    font_size: float = 10
    fit_heights: bool = False  # set each row's height to show its wrapped text (no program autofits on opening)


def text_width(text: str) -> int:
    """Display width in half-width characters: a full-width (Japanese) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def row_height(values: Sequence[Any], columns: Sequence[Col], font_size: float) -> float:
    """Points a row needs to show every wrapped cell whole; a column's width unit is about one half-width
    character at 11 points, so a smaller font fits proportionally more."""
    lines = 1
    for col, value in zip(columns, values, strict=True):
        if value in (None, "") or col.kind != "wrap" and not isinstance(value, str):
            continue
        room = max(1.0, (col.width - 1) * 11 / font_size)
        needed = sum(max(1, -(-text_width(part) // int(room))) for part in str(value).split("\n"))
        lines = max(lines, needed if col.kind == "wrap" or "\n" in str(value) else 1)
    return round(lines * font_size * 1.3 + 4, 1)


def write_xlsx(path: Path, columns: Sequence[Col], rows: Iterable[Sequence[Any]], layout: Layout) -> Path:
    """A table with a bold, frozen header, sized and wrapped columns, drop-down lists, and print setup."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook starts with one worksheet
    ws.title = layout.sheet_title[:31]
    body = Font(name=BODY_FONT, size=layout.font_size)
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    top_wrap = Alignment(vertical="top", wrap_text=True)
    top_plain = Alignment(vertical="top")
    for i, line in enumerate(layout.titles, start=1):
        cell = ws.cell(row=i, column=1, value=line)
        cell.font = Font(name=BODY_FONT, size=TITLE_SIZE if i == 1 else 10, bold=i == 1)
    header_row = len(layout.titles) + (1 if layout.titles else 0) + 1
    for c, col in enumerate(columns, start=1):
        cell = ws.cell(row=header_row, column=c, value=col.title)
        cell.font = Font(name=BODY_FONT, size=layout.font_size, bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box
        ws.column_dimensions[get_column_letter(c)].width = col.width
    last = header_row
    if layout.fit_heights:
        ws.row_dimensions[header_row].height = row_height([c.title for c in columns], columns, layout.font_size)
    for last, values in enumerate(rows, start=header_row + 1):
        if layout.fit_heights:
            ws.row_dimensions[last].height = row_height(values, columns, layout.font_size)
        for c, (col, value) in enumerate(zip(columns, values, strict=True), start=1):
            if isinstance(value, datetime):
                value = value.date()
            field = ws.cell(row=last, column=c, value=None if value in ("", None) else value)
            field.font = body
            field.border = box
            if col.kind == "date" and isinstance(value, date):
                field.number_format = layout.date_format
            elif col.kind == "count" and isinstance(value, int):
                field.number_format = COUNT_FORMAT
            field.alignment = top_wrap if col.kind == "wrap" else top_plain
    ws.freeze_panes = f"A{header_row + 1}"  # rows above it stay in view
    if layout.autofilter and last > header_row:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{last}"
    for c, col in enumerate(columns, start=1):
        if col.choices:
            letter = get_column_letter(c)
            rule = DataValidation(
                type="list", formula1='"' + ",".join(col.choices) + '"', allow_blank=True, showErrorMessage=False
            )  # a warning-free list: other wordings still import
            rule.add(f"{letter}{header_row + 1}:{letter}{max(last, header_row + 1) + 500}")
            ws.add_data_validation(rule)
    if layout.landscape:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        fit = ws.sheet_properties.pageSetUpPr
        assert fit is not None  # a new sheet has its page setup properties
        fit.fitToPage = True
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.8  # room for the footer below the table
        ws.page_margins.header = ws.page_margins.footer = 0.3
    footer = ws.oddFooter
    assert footer is not None  # a new sheet has its (empty) footer
    footer.right.text = "&P / &N"
    if layout.footer:
        footer.left.text = layout.footer
    return atomic_write(path, lambda tmp: wb.save(tmp))


# -- CSV ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unencodable:
    """A character the chosen encoding cannot write: where it is and what would stand in for it."""

    row: int  # 1 = the header
    column: str
    text: str
    char: str
    stand_in: str


def _text(value: Any, date_text: Callable[[date], str]) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return date_text(value)
    return str(value)


def stand_in(char: str, encoding: str) -> str:
    """What replaces a character the encoding lacks: a usual variant (𠮷 -> 吉), else 〓."""
    for option in (CP932_STAND_INS.get(char), unicodedata.normalize("NFKC", char)):
        if option:
            try:
                option.encode(encoding)
                return option
            except UnicodeEncodeError:
                continue
    return GETA


def unencodable(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    encoding: str,
    date_text: Callable[[date], str] = date.isoformat,
) -> list[Unencodable]:
    """Every character the encoding cannot write, with its row (the header is row 1) and column."""
    found = []
    for number, values in enumerate([list(headers), *rows], start=1):
        for title, value in zip(headers, values, strict=True):
            text = _text(value, date_text)
            try:
                text.encode(encoding)
                continue
            except UnicodeEncodeError:
                pass
            for char in dict.fromkeys(text):
                try:
                    char.encode(encoding)
                except UnicodeEncodeError:
                    found.append(Unencodable(number, title, text, char, stand_in(char, encoding)))
    return found


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    encoding: str = "utf-8-sig",
    replace: bool = False,
    date_text: Callable[[date], str] = date.isoformat,
) -> Path:
    """A CSV Excel opens as it is: UTF-8 with a BOM, or CP932. Characters CP932 lacks are refused, listed with
    their row and column, unless `replace` puts their stand-ins in."""
    problems = unencodable(headers, rows, encoding, date_text) if encoding not in ("utf-8", "utf-8-sig") else []
    if problems and not replace:
        shown = "、".join(f"{p.row}行目「{p.column}」の「{p.char}」" for p in problems[:10])
        shown_en = ", ".join(f"row {p.row} “{p.column}”: “{p.char}”" for p in problems[:10])
        more = len(problems) - 10
        raise LedgerError(
            "csv_unencodable",
            count=len(problems),
            cells=shown_en + (f" (+{more})" if more > 0 else ""),
            cells_ja=shown + (f" ほか{more}件" if more > 0 else ""),
            encoding=encoding.upper(),
        )
    stand_ins = {p.char: p.stand_in for p in problems}
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for values in [list(headers), *rows]:
        texts = [_text(v, date_text) for v in values]
        if stand_ins:
            texts = ["".join(stand_ins.get(ch, ch) for ch in t) for t in texts]
        writer.writerow(texts)
    data = buffer.getvalue().encode(encoding)
    return atomic_write(path, lambda tmp: tmp.write_bytes(data))


# -- a table as shown on screen -------------------------------------------------------------------


def write_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], *, sheet_title: str = "") -> Path:
    """A table from the window, as it is shown: .xlsx (bold frozen header, filter, widths from the text) or, by
    the file's suffix, a UTF-8 CSV with a BOM. Streamed, so 100,000 rows stay quick and small."""
    path = Path(path)
    if path.suffix.lower() in (".csv", ".txt"):
        return write_csv(path, headers, rows, encoding="utf-8-sig")
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet((sheet_title or "Sheet1")[:31])
    widths = [
        min(60, max([text_width(h)] + [text_width(str(r[i])) for r in rows[:200] if i < len(r)]) + 2)
        for i, h in enumerate(headers)
    ]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    bold, fill = Font(name=BODY_FONT, bold=True), PatternFill("solid", fgColor=HEADER_FILL)
    header = []
    for title in headers:
        cell = WriteOnlyCell(ws, value=title)
        cell.font, cell.fill = bold, fill
        header.append(cell)
    ws.append(header)
    for row in rows:
        ws.append([None if v == "" else v for v in row])
    return atomic_write(path, lambda tmp: wb.save(tmp))
