"""The inventory sheet (one row per use): its columns and their names, reading a file into rows, and the export."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain import typed_values as tv
from ..domain.errors import LedgerError
from ..domain.era_dates import format_date
from ..domain.vocab import CONTRACT_TYPES, country_label
from ..services import inventory as importer
from ..services.inventory_plan import FIELDS, REQUIRED, Plan, SheetRow
from ..services.reads.inventory import InventoryLine, catalogue, lines
from . import mappings
from .headers import FieldSpec, Header, HeaderColumn, find_header
from .sheet_writer import ERA_DATE_FORMAT, ISO_DATE_FORMAT, Col, Layout, write_xlsx
from .sheets import CellError, Grid, NoValue, Value, is_blank, read_grid, shown_cell

KIND = "inventory"  # the slot of remembered mappings

SPECS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "department",
        "所管課",
        "Owning department",
        primary=True,
        aliases=(
            "担当課",
            "課名",
            "所管部署",
            "担当部署",
            "部署",
            "部署名",
            "所属",
            "所属名",
            "所管",
            "所管課名",
            "担当課名",
            "部課名",
            "部局",
            "課",
            "department",
            "section",
            "division",
            "owner",
        ),
    ),
    FieldSpec(
        "service",
        "サービス名",
        "External service",
        primary=True,
        aliases=(
            "アカウント名",
            "システム名",
            "サービス",
            "外部サービス",
            "外部サービス名",
            "アカウント",
            "システム",
            "名称",
            "サービス・アカウント名",
            "公式アカウント名",
            "service name",
            "service",
            "account",
            "account name",
            "system",
        ),
    ),
    FieldSpec(
        "platform",
        "プラットフォーム",
        "Platform",
        aliases=("基盤", "利用サービス", "利用しているサービス", "ツール", "媒体", "SNS", "SNS名", "platform", "tool"),
    ),
    FieldSpec(
        "contract_type",
        "契約形態",
        "Contract type",
        kind="contract",
        aliases=("契約種別", "契約", "利用形態", "契約区分", "約款・個別契約", "contract", "contract type"),
    ),
    FieldSpec(
        "followers",
        "登録者数",
        "Followers",
        kind="count",
        aliases=(
            "友だち数",
            "友達数",
            "フォロワー数",
            "登録者",
            "利用者数",
            "登録数",
            "followers",
            "subscribers",
            "users",
        ),
    ),
    FieldSpec(
        "followers_as_of",
        "登録者数の基準日",
        "Followers as of",
        kind="day",
        aliases=("基準日", "時点", "登録者数時点", "友だち数の基準日", "as of", "followers as of"),
    ),
    FieldSpec(
        "service_started_on",
        "サービス開始日",
        "Service start date",
        kind="day",
        aliases=("開設日", "アカウント開設日", "導入日", "サービス開始", "service start", "service started on"),
    ),
    FieldSpec("url", "URL", "URL", aliases=("アドレス", "ウェブサイト", "ホームページ", "サイト", "link", "website")),
    FieldSpec(
        "contractors",
        "委託先",
        "Contractors",
        kind="names",
        aliases=(
            "受託事業者",
            "事業者",
            "受託者",
            "委託事業者",
            "事業者名",
            "委託先事業者",
            "運用事業者",
            "構築事業者",
            "委託先名",
            "contractor",
            "contractors",
            "vendor",
        ),
    ),
    FieldSpec(
        "subcontractors",
        "再委託先",
        "Subcontractors",
        kind="names",
        aliases=("再委託事業者", "再受託者", "再委託", "subcontractor", "subcontractors"),
    ),
    FieldSpec(
        "use",
        "業務名",
        "Use",
        primary=True,
        aliases=(
            "業務",
            "利用業務",
            "利用業務名",
            "業務名称",
            "事務名",
            "事務",
            "用途",
            "利用用途",
            "task",
            "use",
            "use name",
        ),
        weak=("業務の概要", "業務内容", "業務の内容", "概要"),
    ),
    FieldSpec(
        "purpose",
        "業務の概要",
        "Outline",
        aliases=("業務内容", "業務の内容", "概要", "目的", "利用目的", "内容", "purpose", "outline", "description"),
    ),
    FieldSpec("audience", "対象者", "Audience", aliases=("対象", "利用者", "対象利用者", "audience", "target")),
    FieldSpec(
        "handles_personal_data",
        "個人情報の有無",
        "Personal data handled",
        kind="flag",
        aliases=(
            "個人情報",
            "個人情報の取扱い",
            "個人情報の取扱いの有無",
            "住民の個人情報",
            "住民の個人情報の取扱い",
            "個人情報取扱",
            "個人情報の取り扱い",
            "個人情報を扱うか",
            "handles personal data",
            "personal data handled",
        ),
    ),
    FieldSpec(
        "personal_data",
        "個人情報の内容",
        "Personal data",
        aliases=(
            "個人情報の概要",
            "取り扱う個人情報",
            "取扱う個人情報",
            "個人情報の種類",
            "個人情報の項目",
            "個人情報の内容・項目",
            "personal data",
            "personal data items",
        ),
    ),
    FieldSpec(
        "confidentiality",
        "機密性区分",
        "Confidentiality class",
        kind="level",
        aliases=("機密性", "情報の機密性", "機密区分", "格付", "格付け", "情報の格付け", "confidentiality", "class"),
    ),
    FieldSpec(
        "started_on",
        "業務開始日",
        "Use start date",
        kind="day",
        aliases=(
            "開始日",
            "運用開始日",
            "利用開始日",
            "開始年月日",
            "利用開始",
            "運用開始",
            "start date",
            "started on",
        ),
    ),
    FieldSpec(
        "storage",
        "データ保存場所",
        "Data stored in",
        kind="countries",
        aliases=(
            "保存場所",
            "データの保存場所",
            "保存先",
            "保管場所",
            "データ保管場所",
            "サーバ所在地",
            "サーバー所在地",
            "サーバ設置場所",
            "データセンター所在国",
            "保存国",
            "storage",
            "stored in",
            "storage location",
        ),
    ),
    FieldSpec(
        "access",
        "アクセス・運用拠点",
        "Accessed or operated from",
        kind="countries",
        aliases=(
            "アクセス拠点",
            "運用拠点",
            "アクセス元",
            "運用場所",
            "保守拠点",
            "アクセス可能な国",
            "アクセス・運用場所",
            "access",
            "accessed from",
            "operated from",
        ),
    ),
    FieldSpec("notes", "備考", "Notes", aliases=("その他", "特記事項", "備考欄", "メモ", "remarks", "notes", "note")),
)
SPEC = {s.key: s for s in SPECS}
assert tuple(SPEC) == FIELDS, "exchange/inventory.SPECS and services/inventory_plan.FIELDS list the same fields"

CONTRACT_ALIASES: dict[str, tuple[str, ...]] = {
    "terms": ("約款型", "利用規約", "規約", "約款による", "terms", "tos"),
    "individual": ("個別", "委託契約", "契約書", "委託", "contract", "individual contract"),
}
_NAME_SPLIT = re.compile(r"[、,，;；\n/／]")
# A blank service name under a filled one means the same service: a CSV saved from a sheet whose service cell is
# merged down over its uses keeps the name in the first row only, and lists are often laid out that way by hand.
CARRIED = ("service",)
_EXAMPLE = {"記入例", "例", "(例)", "【記入例】", "例)", "入力例", "sample", "example"}
_HINT = {
    "day": "sheet_bad_day",
    "count": "sheet_bad_count",
    "flag": "sheet_bad_flag",
    "level": "sheet_bad_level",
    "countries": "sheet_bad_country",
    "contract": "sheet_bad_choice",
}


@dataclass(frozen=True)
class Skipped:
    number: int
    reason: str  # hidden | example | note


@dataclass
class InventoryFile:
    """An inventory file as read: where the header is, how its columns were matched, and the rows."""

    grid: Grid
    header: Header | None
    rows: list[SheetRow] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    assigned: dict[int, str | None] = field(default_factory=dict)  # the user's (or remembered) assignments

    @property
    def missing(self) -> list[str]:
        """Required fields no column is matched to."""
        have = self.header.field_columns() if self.header else {}
        return [name for name in REQUIRED if name not in have]

    @property
    def hidden_columns(self) -> list[HeaderColumn]:
        return [c for c in self.header.columns if c.hidden] if self.header else []

    @property
    def unmatched(self) -> list[HeaderColumn]:
        return [c for c in self.header.columns if not c.field and c.label] if self.header else []

    def require_columns(self) -> None:
        if self.header is None:
            raise LedgerError(
                "sheet_no_header",
                path=self.grid.path,
                sheet=self.grid.sheet,
                names_ja="、".join(SPEC[f].ja for f in ("department", "service", "use")),
                names=", ".join(SPEC[f].en for f in ("department", "service", "use")),
            )
        if self.missing:
            hidden = [c for c in self.hidden_columns if c.label]
            raise LedgerError(
                "sheet_missing_columns",
                fields_ja="、".join(SPEC[f].ja for f in self.missing),
                fields=", ".join(SPEC[f].en for f in self.missing),
                row=self.header.row,
                hidden=", ".join(f"{c.letter} {c.label}" for c in hidden) or "-",
            )


def _text(value: Value) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def _names(value: Value) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in _NAME_SPLIT.split(_text(value)) if p.strip()))


def parse_cell(kind: str, value: Value) -> Any:
    """A cell's value as the field's type; blank gives the field's empty value; Unreadable otherwise."""
    if kind == "text":
        return _text(value)
    if kind == "names":
        return _names(value)
    if kind == "countries":
        return tv.parse_countries(_text(value) if not isinstance(value, str) else value)
    if kind == "day":
        return tv.parse_day(value)
    if kind == "count":
        return tv.parse_count(value)
    if kind == "flag":
        return tv.parse_flag(value)
    if kind == "level":
        return tv.parse_level(value)
    if kind == "contract":
        return tv.parse_term(value, CONTRACT_TYPES, CONTRACT_ALIASES)
    raise ValueError(f"unknown kind {kind}")


def _problem(grid: Grid, spec: FieldSpec, column: HeaderColumn, number: int, value: Value) -> LedgerError:
    cell = shown_cell(grid, number, column.index)
    if isinstance(value, CellError):
        return LedgerError("sheet_cell_error", cell=cell, column=column.label, error=value.code)
    if isinstance(value, NoValue):
        return LedgerError("sheet_cell_no_value", cell=cell, column=column.label)
    return LedgerError(
        _HINT[spec.kind],
        cell=cell,
        column=column.label,
        value=_text(value)[:60],
        choices_ja="、".join(t.ja for t in CONTRACT_TYPES),
        choices=", ".join(t.en for t in CONTRACT_TYPES),
    )


def _skip_reason(values: list[Value]) -> str | None:
    first = next((_text(v) for v in values if not is_blank(v)), "")
    normal = tv.norm(first)
    if normal in _EXAMPLE or normal.startswith("記入例"):
        return "example"
    if normal.startswith(("※", "注)", "(注")):
        return "note"
    return None


def sheet_rows(grid: Grid, header: Header, *, include_hidden: bool = False) -> tuple[list[SheetRow], list[Skipped]]:
    """The data rows below the header as typed rows; hidden, example and note rows are set aside, not read."""
    columns = [(SPEC[c.field], c) for c in header.columns if c.field]
    rows, skipped = [], []
    above = ""  # the service of the row above: a blank service cell under it is the same service (CARRIED)
    for number in grid.numbers():
        if number <= header.row:
            continue
        cells = [grid.value(number, c.index) for _s, c in columns]
        if all(is_blank(v) for v in cells):
            continue
        if number in grid.hidden_rows and not include_hidden:
            skipped.append(Skipped(number, "hidden"))
            continue
        reason = _skip_reason(grid.rows[number])
        if reason:
            skipped.append(Skipped(number, reason))
            continue
        values: dict[str, Any] = {}
        problems = []
        for (spec, column), value in zip(columns, cells, strict=True):
            if isinstance(value, (CellError, NoValue)):
                problems.append(_problem(grid, spec, column, number, value))
                continue
            try:
                values[spec.key] = parse_cell(spec.kind, value)
            except tv.Unreadable:
                problems.append(_problem(grid, spec, column, number, value))
        carried: tuple[str, ...] = ()
        if "service" in values and not values["service"] and values.get("use") and above:
            values["service"], carried = above, ("service",)
        above = values.get("service") or above
        rows.append(SheetRow(number=number, values=values, problems=tuple(problems), carried=carried))
    return rows, skipped


def read_inventory(
    path: Path | str,
    *,
    sheet: str | None = None,
    encoding: str = "auto",
    assigned: Mapping[int, str | None] | None = None,
    include_hidden: bool = False,
    remembered: bool = True,
    grid: Grid | None = None,
) -> InventoryFile:
    """Read an inventory file: find its header, match the columns (the user's assignments first, then those
    remembered for the same headings, then by name), and type every row. Nothing is compared with the ledger."""
    grid = grid or read_grid(path, sheet=sheet, encoding=encoding)
    if not grid.rows:
        raise LedgerError("sheet_empty", path=grid.path, sheet=grid.sheet)
    header = find_header(grid, SPECS, assigned=assigned)
    chosen = dict(assigned or {})
    if header is not None and remembered and assigned is None:
        chosen = mappings.load(KIND, header.shape)
        if chosen:
            header = find_header(grid, SPECS, assigned=chosen, at=(header.top, header.row))
    result = InventoryFile(grid=grid, header=header, assigned=chosen)
    if header is not None and not result.missing:
        result.rows, result.skipped = sheet_rows(grid, header, include_hidden=include_hidden)
    return result


def remember(file: InventoryFile) -> None:
    """Keep the user's assignments for the next file with the same headings."""
    if file.header is not None:
        mappings.save(KIND, file.header.shape, file.assigned)


# -- preview and import ----------------------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    """A file as read and what importing it would do; `plan` is None while required columns are missing."""

    file: InventoryFile
    plan: Plan | None


def preview(
    ledger: Any,
    path: Path | str,
    *,
    sheet: str | None = None,
    encoding: str = "auto",
    assigned: Mapping[int, str | None] | None = None,
    include_hidden: bool = False,
) -> Preview:
    """Read the file and compare it with the ledger (nothing is written)."""
    file = read_inventory(path, sheet=sheet, encoding=encoding, assigned=assigned, include_hidden=include_hidden)
    if file.header is None or file.missing:
        return Preview(file, None)
    return Preview(file, importer.preview(ledger, file.rows))


def commit(db: Any, previewed: Preview, *, valid_only: bool = False) -> Plan:
    """Import exactly what was previewed (refused when the ledger changed since), then remember the column choices."""
    previewed.file.require_columns()
    expected = previewed.plan.fingerprint if previewed.plan is not None else None
    done = importer.apply(db, previewed.file.rows, expected=expected, valid_only=valid_only)
    remember(previewed.file)
    return done


def export(ledger: Any, path: Path | str, *, lang: str = "ja") -> tuple[Path, int]:
    """Write the whole inventory as .xlsx; the path and how many rows."""
    with ledger.reader() as r:
        found = lines(catalogue(r))
    return write_inventory(path, found, lang=lang), len(found)


# -- the export ------------------------------------------------------------------------------

WIDTHS = {
    "department": 14,
    "service": 26,
    "platform": 14,
    "contract_type": 10,
    "followers": 11,
    "followers_as_of": 16,
    "service_started_on": 16,
    "url": 24,
    "contractors": 20,
    "subcontractors": 16,
    "use": 26,
    "purpose": 34,
    "audience": 12,
    "handles_personal_data": 9,
    "personal_data": 24,
    "confidentiality": 10,
    "started_on": 16,
    "storage": 14,
    "access": 14,
    "notes": 24,
}
FLAG_WORDS = {"ja": ("あり", "なし"), "en": ("Yes", "No")}


def _cell_out(name: str, value: Any, lang: str) -> Any:
    kind = SPEC[name].kind
    if kind == "flag":
        return FLAG_WORDS[lang][0 if value else 1]
    if kind == "level":
        return f"機密性{value}" if lang == "ja" else value
    if kind == "contract":
        return CONTRACT_TYPES.label(value, lang)
    if kind == "countries":
        return ("、" if lang == "ja" else ", ").join(country_label(c, lang) for c in value or ())
    if kind == "names":
        return ("、" if lang == "ja" else ", ").join(value or ())
    return value


def export_rows(lines: list[InventoryLine], lang: str) -> list[list[Any]]:
    return [
        [_cell_out(name, line.values.get(name), lang) if name in line.values else None for name in FIELDS]
        for line in lines
    ]


def write_inventory(
    path: Path | str, lines: list[InventoryLine], *, lang: str = "ja", today: date | None = None
) -> Path:
    """The inventory as an .xlsx with the columns the import reads, so an edited copy imports back."""
    today = today or date.today()
    kinds = {"day": "date", "count": "count", "text": "text"}
    columns = [Col(SPEC[n].label(lang), WIDTHS[n], kinds.get(SPEC[n].kind, "text"), _choices(n, lang)) for n in FIELDS]
    title = "外部サービス・利用業務一覧" if lang == "ja" else "External services and their uses"
    stamp = (
        f"{format_date(today, 'era', 'ja')}現在 {len(lines)}件"
        if lang == "ja"
        else f"As of {format_date(today, 'western', 'en')}: {len(lines)} rows"
    )
    layout = Layout(
        sheet_title="一覧" if lang == "ja" else "Inventory",
        titles=(title, stamp),
        date_format=ERA_DATE_FORMAT if lang == "ja" else ISO_DATE_FORMAT,
    )
    return write_xlsx(Path(path), columns, export_rows(lines, lang), layout)


def _choices(name: str, lang: str) -> tuple[str, ...]:
    kind = SPEC[name].kind
    if kind == "flag":
        return FLAG_WORDS[lang]
    if kind == "contract":
        return tuple(t.label(lang) for t in CONTRACT_TYPES)
    if kind == "level" and lang == "ja":
        return ("機密性1", "機密性2", "機密性3")
    return ()
