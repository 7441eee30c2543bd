"""The inventory preview in words (ja/en): per row what importing it does, for the command line and the window."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain.era_dates import format_date
from ..domain.vocab import CONTRACT_TYPES, country_label
from ..services.inventory_plan import AbsentUse, Change, Plan, RowPlan
from .inventory import SPEC, InventoryFile
from .sheets import ENCODING_LABELS

# (ja, en) words of the preview; the errors it shows are LedgerError messages (domain/errors.py).
WORDS = {
    "create": ("新規", "create"),
    "update": ("更新", "update"),
    "unchanged": ("変更なし", "unchanged"),
    "refused": ("取込不可", "refused"),
    "new_service": ("サービスも新規", "new service"),
    "service_only": ("(サービスのみ)", "(service only)"),
    "kept": ("シートにないため残します", "not in the sheet, kept"),
    "added": ("追加", "added"),
    "carried": ("空欄のため上の行と同じとしました", "blank, taken from the row above"),
    "yes": ("あり", "yes"),
    "no": ("なし", "no"),
    "empty": ("(空)", "(empty)"),
    "hidden": ("非表示の行", "hidden row"),
    "example": ("記入例の行", "example row"),
    "note": ("注記の行", "note row"),
    "file": ("ファイル", "File"),
    "sheet": ("シート", "Sheet"),
    "encoding": ("文字コード", "Encoding"),
    "header_row": ("見出し行", "Header row"),
    "columns": ("列の対応", "Columns"),
    "ignored": ("(取り込まない)", "(ignored)"),
    "hidden_column": ("非表示の列", "hidden column"),
    "skipped": ("読み飛ばした行", "Rows set aside"),
    "absent": ("シートにない業務(削除しません)", "Uses not in the sheet (not deleted)"),
    "absent_elsewhere": (
        "ほかに、シートにない所管課の業務が {n} 件あります(削除しません)。",
        "{n} more uses belong to departments the sheet does not list (not deleted).",
    ),
    "summary": (
        "新規 {create} 行、更新 {update} 行、変更なし {unchanged} 行、取込不可 {refused} 行",
        "{create} to create, {update} to update, {unchanged} unchanged, {refused} refused",
    ),
    "row": ("{n}行目", "row {n}"),
}


def word(key: str, lang: str) -> str:
    ja, en = WORDS[key]
    return ja if lang == "ja" else en


def field_label(name: str, lang: str) -> str:
    spec = SPEC.get(name)
    return spec.label(lang) if spec else name


def show_value(name: str, value: Any, lang: str) -> str:
    """A field's value as a person reads it: 和暦 dates, あり/なし, 機密性2, country names, 5,000."""
    if value is None or value == "" or value == ():
        return word("empty", lang)
    kind = SPEC[name].kind if name in SPEC else "text"
    if isinstance(value, date):
        return format_date(value, "era", lang)
    if kind == "flag" or isinstance(value, bool):
        return word("yes" if value else "no", lang)
    if kind == "level":
        return f"機密性{value}" if lang == "ja" else str(value)
    if kind == "contract":
        return CONTRACT_TYPES.label(str(value), lang)
    if kind == "countries" or name in ("storage", "access"):
        codes = value if isinstance(value, tuple) else (value,)
        return "、".join(country_label(c, lang) for c in codes)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, tuple):
        return "、".join(map(str, value))
    return str(value)


def change_text(change: Change, lang: str) -> str:
    label = field_label(change.field, lang)
    if change.new is None and change.old is not None:
        return f"{label}: {show_value(change.field, change.old, lang)} ({word('kept', lang)})"
    if change.old is None and change.field in ("contractors", "subcontractors", "storage", "access"):
        return f"{label}: + {show_value(change.field, change.new, lang)}"
    return f"{label}: {show_value(change.field, change.old, lang)} → {show_value(change.field, change.new, lang)}"


def row_subject(row: RowPlan | AbsentUse, lang: str) -> str:
    use = row.use or word("service_only", lang)
    return f"{row.department} / {row.service} / {use}"


def row_details(row: RowPlan, lang: str) -> list[str]:
    """What the row changes, or why it is refused, one line each."""
    if row.action == "refused":
        return [p.message(lang) for p in row.problems]
    lines = [change_text(c, lang) for c in row.changes]
    if row.new_service:
        lines.insert(0, word("new_service", lang))
    lines += [f"{field_label(name, lang)}: {word('carried', lang)}" for name in row.carried]
    return lines + [change_text(c, lang) for c in row.kept]


def report_lines(file: InventoryFile, plan: Plan | None, lang: str) -> list[str]:
    """The whole preview as text: the file, how its columns were read, then every row."""
    grid, header = file.grid, file.header
    out = [f"{word('file', lang)}: {grid.path}"]
    if grid.kind == "xlsx":
        out.append(f"{word('sheet', lang)}: {grid.sheet}")
    else:
        out.append(f"{word('encoding', lang)}: {ENCODING_LABELS.get(grid.encoding, grid.encoding)}")
    if header is not None:
        out.append(f"{word('header_row', lang)}: {word('row', lang).format(n=header.row)}")
        out.append(f"{word('columns', lang)}:")
        for c in header.columns:
            if not c.label and not c.field:
                continue
            target = field_label(c.field, lang) if c.field else word("ignored", lang)
            hidden = f" [{word('hidden_column', lang)}]" if c.hidden else ""
            out.append(f"  {c.letter} {c.label} → {target}{hidden}")
    if file.skipped:
        out.append(
            f"{word('skipped', lang)}: "
            + ", ".join(f"{word('row', lang).format(n=s.number)} ({word(s.reason, lang)})" for s in file.skipped)
        )
    if plan is None:
        return out
    out.append("")
    for row in plan.rows:
        head = f"{word('row', lang).format(n=row.number):>8}  {word(row.action, lang)}  {row_subject(row, lang)}"
        out.append(head)
        out += [f"            {line}" for line in row_details(row, lang)]
    if plan.absent or plan.absent_elsewhere:
        out += ["", f"{word('absent', lang)}:"]
        out += [f"  {row_subject(a, lang)}" for a in plan.absent]
        if plan.absent_elsewhere:
            out.append("  " + word("absent_elsewhere", lang).format(n=plan.absent_elsewhere))
    out += ["", word("summary", lang).format(**plan.counts())]
    return out
