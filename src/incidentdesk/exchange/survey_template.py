"""Filling the ministry's own survey sheet: its header matched to our fields, the answers written below it, and
everything else (formatting, other sheets, widths, drop-down lists) left as the ministry made it."""

from __future__ import annotations

import re
import warnings
import zipfile
from copy import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import typed_values as tv
from ..domain.errors import LedgerError
from ..domain.vocab import decision_label
from ..services.reads.survey import SurveyData
from . import mappings
from .headers import Header, find_header, header_key
from .sheet_writer import ERA_DATE_FORMAT, ISO_DATE_FORMAT, atomic_write
from .sheets import HEADER_SCAN, Grid, Value, file_kind, is_blank
from .survey import SPECS, Written, value

if TYPE_CHECKING:  # openpyxl loads only when a template is read
    from openpyxl.workbook.workbook import Workbook

KIND = "survey"  # the slot of remembered mappings
SCAN_ROWS = HEADER_SCAN + 20
NUMBERING = {"番号", "連番", "項番", "通番", "#"}  # a form's row numbers: nothing to fill, nothing to report
# Extensions openpyxl drops on saving (Excel 2010+ keeps drop-down lists that read another sheet here):
# copied back from the template so the ministry's lists still work.
KEPT_EXTENSIONS = (
    "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}",  # x14 data validations
    "{78C0D931-6437-407d-A8EE-F0AAD8539E65}",
)  # x14 conditional formatting
# Labels in a form's title block and what goes in the empty cell beside them (never over something written).
TITLE_LABELS = {
    "as_of": ("回答日", "回答年月日", "記入日", "作成日", "回答時点", "基準日", "date"),
    "body": ("団体名", "回答団体名", "地方公共団体名", "自治体名", "市区町村名", "都道府県名", "団体"),
    "section": ("担当課", "担当部署", "回答課", "所属", "担当課名"),
    "contact_name": ("担当者", "担当者名", "回答者", "回答者名", "記入者"),
    "contact_phone": ("連絡先", "電話番号", "電話", "内線", "連絡先電話番号"),
}
# What ministries' lists call each decision.
STATE_WORDS = {
    "continue": ("継続", "利用継続", "継続利用", "継続する", "変更なし", "continue"),
    "conditional": ("条件付き継続", "条件付継続", "条件付きで継続"),
    "partial": ("一部停止", "一部中止", "一部利用停止"),
    "suspend": ("停止", "利用停止", "中止", "一時停止", "休止", "利用中止", "suspend"),
    "discussing": ("協議中", "検討中", "調整中", "未定"),
    "resume": ("再開", "利用再開"),
    "terminate": ("廃止", "利用終了", "終了"),
    "undecided": ("未判断", "未定", "検討中"),
}


@dataclass(frozen=True)
class TemplateInfo:
    sheet: str
    sheets: tuple[str, ...]
    header: Header


def _open(path: Path) -> Workbook:
    from openpyxl import load_workbook

    file_kind(path)  # an .xls, .xlsm, password or damaged file is refused here, with what to do
    if path.suffix.lower() in (".csv", ".txt"):
        raise LedgerError(
            "sheet_corrupt",
            path=str(path),
            reason="a template must be an .xlsx",
            reason_ja="様式は Excel ブック(.xlsx)である必要があります",
        )
    try:
        with path.open("rb") as fh, warnings.catch_warnings():
            # openpyxl warns that it drops the x14 drop-down lists; fill() puts them back (_restore_extensions).
            warnings.filterwarnings("ignore", message=".*extension is not supported.*")
            return load_workbook(fh, rich_text=True)  # formulas and rich text kept, since the file is saved again
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise LedgerError("sheet_corrupt", path=str(path), reason=f"{type(exc).__name__}: {exc}"[:200]) from exc


def _grid(ws: Any, path: Path) -> Grid:
    """The top of a worksheet as a Grid, enough to find its header."""
    grid = Grid(path=str(path), sheet=ws.title)
    for cells in ws.iter_rows(min_row=1, max_row=min(ws.max_row, SCAN_ROWS)):
        values: list[Value] = [
            None if c.value is None else str(c.value) if not isinstance(c.value, (int, float, date)) else c.value
            for c in cells
        ]
        if any(not is_blank(v) for v in values):
            grid.rows[cells[0].row] = values
    grid.merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
    grid.hidden_columns = {i for i in range(1, ws.max_column + 1) if ws.column_dimensions[_letter(i)].hidden}
    grid.fill_merged()
    return grid


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _locate(wb: Any, path: Path, sheet: str | None, assigned: dict[int, str | None] | None) -> tuple[Any, Header]:
    """The sheet and header the answers go under; without assignments, those remembered for the form's shape."""
    visible = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    if sheet is not None:
        if sheet not in wb.sheetnames:
            raise LedgerError(
                "sheet_not_found", path=str(path), sheet=sheet, sheets="、".join(w.title for w in visible)
            )
        visible = [wb[sheet]]
    best: tuple[int, Any, Header] | None = None
    for ws in visible:
        header = find_header(_grid(ws, path), SPECS, assigned=assigned)
        if header is not None:
            score = len(header.field_columns())
            if best is None or score > best[0]:
                best = (score, ws, header)
    if best is None:
        raise LedgerError(
            "sheet_no_header",
            path=str(path),
            sheet=sheet or "、".join(w.title for w in visible),
            names_ja="団体名、業務の概要、個人情報の有無",
            names="団体名, 業務の概要, 個人情報の有無",
        )
    _score, ws, header = best
    if assigned is None:
        remembered = mappings.load(KIND, header.shape)
        if remembered:  # a remembered mapping that no longer fits the sheet leaves the header found above
            header = find_header(_grid(ws, path), SPECS, assigned=remembered, at=(header.top, header.row)) or header
    return ws, header


def inspect(template: Path, *, sheet: str | None = None, assigned: dict[int, str | None] | None = None) -> TemplateInfo:
    """Which sheet and header row the template's answers go under, and how its columns match our fields."""
    wb = _open(Path(template))
    ws, header = _locate(wb, Path(template), sheet, assigned)
    return TemplateInfo(sheet=ws.title, sheets=tuple(w.title for w in wb.worksheets), header=header)


# -- drop-down lists ---------------------------------------------------------------------------


def _lists(wb: Any, ws: Any, template: Path) -> list[tuple[Any, str]]:
    """(cells, formula) of every list validation on the sheet: openpyxl's, and the x14 ones it cannot read."""
    from openpyxl.worksheet.cell_range import MultiCellRange

    found = [
        (dv.sqref, dv.formula1.strip())
        for dv in ws.data_validations.dataValidation
        if dv.type == "list" and dv.formula1
    ]
    with zipfile.ZipFile(template) as archive:
        part = _sheet_part(archive, ws.title)
        xml = archive.read(part).decode("utf-8") if part else ""
    for block in re.findall(r"<x14:dataValidation\b[^>]*>.*?</x14:dataValidation>", xml, re.S):
        formula = re.search(r"<xm:f>(.*?)</xm:f>", block, re.S)
        cells = re.search(r"<xm:sqref>(.*?)</xm:sqref>", block, re.S)
        if 'type="list"' in block and formula and cells:
            import html

            found.append((MultiCellRange(cells.group(1)), html.unescape(formula.group(1)).strip()))
    return found


def _list_options(wb: Any, ws: Any, lists: list[tuple[Any, str]], coordinate: str) -> list[str]:
    """The choices of a list validation on the cell: inline ("有,無"), a range, or a defined name."""
    for cells, formula in lists:
        if coordinate not in cells:
            continue
        if formula.startswith('"'):
            return [x.strip() for x in formula.strip('"').split(",")]
        return _range_values(wb, ws, formula.lstrip("="))
    return []


def _range_values(wb: Any, ws: Any, ref: str) -> list[str]:
    if ref in wb.defined_names:
        for title, cells in wb.defined_names[ref].destinations:
            return _range_values(wb, wb[title], cells) if title in wb.sheetnames else []
    target = ws
    if "!" in ref:
        title, ref = ref.rsplit("!", 1)
        title = title.strip("'")
        if title not in wb.sheetnames:
            return []
        target = wb[title]
    try:
        cells = target[ref.replace("$", "")]
    except (ValueError, KeyError):
        return []
    flat = [
        c
        for row in (cells if isinstance(cells, tuple) else ((cells,),))
        for c in (row if isinstance(row, tuple) else (row,))
    ]
    return [str(c.value) for c in flat if c.value not in (None, "")]


def _pick(options: list[str], name: str, raw: Any, row_state: str, lang: str) -> Any:
    """Our value in the ministry's words when its list offers one (○ for 有, 検討中 for 協議中)."""
    if not options:
        return raw
    if name == "handles_personal_data":
        wanted = raw == "有" or raw == "Yes"
        for option in options:
            try:
                if tv.parse_flag(option) is wanted:
                    return option
            except tv.Unreadable:
                continue
    if name == "state":
        words = {tv.key(w) for w in (*STATE_WORDS.get(row_state, ()), decision_label(row_state, lang))}
        for option in options:
            if tv.key(option) in words:
                return option
    return raw


# -- filling -----------------------------------------------------------------------------------


def _first_free_row(ws: Any, header: Header, columns: list[int]) -> int:
    row = header.row + 1
    while any(not is_blank(ws.cell(row=row, column=c).value) for c in columns):
        row += 1
    return row


def fill(
    template: Path,
    out: Path,
    data: SurveyData,
    lang: str,
    *,
    sheet: str | None = None,
    assigned: dict[int, str | None] | None = None,
) -> Written:
    """Write the answers into the template's rows below its header and save it as `out` (the template stays)."""
    wb = _open(template)
    ws, header = _locate(wb, template, sheet, assigned)
    fields = header.field_columns()
    columns = sorted(fields.values())
    start = _first_free_row(ws, header, columns)
    for offset in range(len(data.rows)):
        taken = [c for c in columns if not is_blank(ws.cell(row=start + offset, column=c).value)]
        if taken:
            raise LedgerError("template_no_room", row=start + offset, start=start, needed=len(data.rows), room=offset)
    model_row = start if any(ws.cell(row=start, column=c).has_style for c in columns) else header.row + 1
    date_format = ERA_DATE_FORMAT if lang == "ja" else ISO_DATE_FORMAT
    lists = _lists(wb, ws, template)
    for offset, row in enumerate(data.rows):
        number = start + offset
        for name, column in fields.items():
            cell = ws.cell(row=number, column=column)
            if not cell.has_style:
                model = ws.cell(row=model_row, column=column)
                if model.has_style:
                    cell._style = copy(model._style)
            raw = value(row, data, name, lang)
            written = _pick(_list_options(wb, ws, lists, cell.coordinate), name, raw, row.state, lang)
            plain = cell.number_format in ("General", "@")  # read first: openpyxl gives a date its own format
            cell.value = written if written not in ("", ()) else None
            if isinstance(written, date) and plain:
                cell.number_format = date_format
    _fill_title_block(ws, header, data, date_format)
    unmatched = tuple(
        c.label for c in header.columns if not c.field and header_key(c.label) and header_key(c.label) not in NUMBERING
    )
    sheet_title = ws.title

    def save(tmp: Path) -> None:
        wb.save(tmp)
        _restore_extensions(template, tmp, sheet_title)

    atomic_write(out, save)
    if assigned:
        mappings.save(KIND, header.shape, assigned)
    return Written(path=out, rows=len(data.rows), sheet=sheet_title, first_row=start, unmatched=unmatched)


def _fill_title_block(ws: Any, header: Header, data: SurveyData, date_format: str) -> None:
    """回答日, 団体名, 担当者 … above the header: fill the empty cell to the right of each label."""
    from openpyxl.cell.cell import MergedCell

    values = {
        "as_of": data.as_of,
        "body": data.municipality,
        "section": data.section,
        "contact_name": data.contact_name,
        "contact_phone": data.contact_phone,
    }
    labels = {header_key(text): name for name, texts in TITLE_LABELS.items() for text in texts}
    for row in ws.iter_rows(min_row=1, max_row=max(0, header.top - 1)):
        for cell in row:
            name = labels.get(header_key(cell.value)) if isinstance(cell.value, str) else None
            if not name or not values[name]:
                continue
            for column in range(cell.column + 1, cell.column + 5):
                target = ws.cell(row=cell.row, column=column)
                if isinstance(target, MergedCell):
                    continue  # the rest of the label's own merged cell
                if target.value in (None, ""):
                    plain = target.number_format in ("General", "@")
                    target.value = values[name]
                    if isinstance(values[name], date) and plain:
                        target.number_format = date_format
                break


# -- what openpyxl leaves out ------------------------------------------------------------------

_SHEET = re.compile(r'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_REL = re.compile(
    r'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"|'
    r'<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"'
)


def _sheet_part(archive: zipfile.ZipFile, title: str) -> str | None:
    """The zip member holding the worksheet named `title`."""
    import html

    workbook = archive.read("xl/workbook.xml").decode("utf-8")
    rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    targets = {}
    for m in _REL.finditer(rels):
        rid, target = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        targets[rid] = target
    for name, rid in _SHEET.findall(workbook):
        if html.unescape(name) == title and rid in targets:
            target = targets[rid].lstrip("/")
            return target if target.startswith("xl/") else f"xl/{target}"
    return None


def _restore_extensions(original: Path, saved: Path, title: str) -> None:
    """Put the template sheet's x14 drop-down lists (and conditional formats) back into the saved copy."""
    with zipfile.ZipFile(original) as src:
        part = _sheet_part(src, title)
        if part is None:
            return
        xml = src.read(part).decode("utf-8")
    blocks = [
        m.group(0)
        for m in re.finditer(r"<(?:\w+:)?ext\b[^>]*>.*?</(?:\w+:)?ext>", xml, re.S)
        if any(uri.lower() in m.group(0)[:300].lower() for uri in KEPT_EXTENSIONS)
    ]
    if not blocks:
        return
    root_decl = dict(re.findall(r'xmlns:(\w+)="([^"]*)"', xml[: xml.find(">", xml.find("<worksheet")) + 1]))
    with zipfile.ZipFile(saved) as dst:
        members = {info.filename: (info, dst.read(info.filename)) for info in dst.infolist()}
        out_part = _sheet_part(dst, title)
    if out_part is None or out_part not in members:
        return
    text = members[out_part][1].decode("utf-8")
    used = set(re.findall(r"</?(\w+):", "".join(blocks))) | set(re.findall(r"\s(\w+):\w+=", "".join(blocks)))
    declared = set(re.findall(r"xmlns:(\w+)=", "".join(blocks)))
    start_tag = re.search(r"<worksheet\b[^>]*>", text)
    if start_tag is None:
        return
    cut = start_tag.end() - 1  # before the start tag's ">"
    extra = "".join(
        f' xmlns:{p}="{root_decl[p]}"'
        for p in sorted(used - declared - {"xmlns"})
        if p in root_decl and f"xmlns:{p}=" not in start_tag.group(0)
    )
    text = text[:cut] + extra + text[cut:]
    joined = "".join(blocks)
    if "<extLst>" in text:
        text = text.replace("</extLst>", joined + "</extLst>", 1)
    else:
        text = text.replace("</worksheet>", f"<extLst>{joined}</extLst></worksheet>", 1)
    tmp = saved.with_suffix(".rewrite")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for name, (info, payload) in members.items():
            rewritten.writestr(info, text.encode("utf-8") if name == out_part else payload)
    tmp.replace(saved)
