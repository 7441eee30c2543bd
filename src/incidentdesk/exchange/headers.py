"""Finding a sheet's header row below any title block, and matching its columns to fields by name and variants."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .sheets import HEADER_SCAN, CellError, Grid, NoValue, Value, column_letter, is_blank

MIN_MATCHES = 2  # a row naming fewer fields is a title or data, not the header
PARTIAL_MIN = 3  # shortest name that may match inside a longer heading ("所管課" in "所管課名(部局)")


@dataclass(frozen=True)
class FieldSpec:
    """A field a sheet may carry: the heading this program writes (ja, en), other names people use, and weak
    names that mean it only when no column has a better claim (業務の概要 is the use's name in a sheet
    without 業務名)."""

    key: str
    ja: str
    en: str
    aliases: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    primary: bool = False  # matched before the others, and may take a weakly named column from one of them
    kind: str = "text"

    def label(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


_BRACKETS = re.compile(r"[(\[【〔<「『][^)\]】〕>」』]*[)\]】〕>」』]")
_NUMBERING = re.compile(r"^(?:no\.?\d*|\d+[.)]|\(\d+\)|[a-z][.)])")
_DROP = re.compile(r"[\s・/_\-:;.,、。*※?!'\"~|]|の")


def header_key(text: object) -> str:
    """What a heading is compared by: NFKC, case folded, notes in brackets, numbering, spaces, punctuation and
    the particle の dropped (「1. データの保存場所(国名)」 == "データ保存場所")."""
    if text is None:
        return ""
    t = unicodedata.normalize("NFKC", str(text)).casefold().strip()
    t = _BRACKETS.sub("", t)
    t = _NUMBERING.sub("", t.strip())
    return _DROP.sub("", t)


@dataclass(frozen=True)
class HeaderColumn:
    index: int  # 1-based, as Excel counts
    label: str  # the heading as shown ("group / heading" under a merged group heading)
    field: str | None
    hidden: bool
    how: str = ""  # name | variant | partial | group | assigned | ""

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class Header:
    row: int  # the header row; data starts below it
    top: int  # the first header row (a group heading row above `row`, or `row`)
    columns: tuple[HeaderColumn, ...]
    shape: str  # the headings' fingerprint: files of the same shape share a remembered mapping

    def field_columns(self) -> dict[str, int]:
        return {c.field: c.index for c in self.columns if c.field}

    def column(self, field: str) -> HeaderColumn | None:
        return next((c for c in self.columns if c.field == field), None)


class _Names:
    """Every written form of every field's names, keyed for matching."""

    def __init__(self, specs: Sequence[FieldSpec]):
        self.exact: dict[str, dict[str, int]] = {}  # heading key -> {field: rank}
        self.partial: list[tuple[str, str]] = []
        for spec in specs:
            for rank, names in ((0, (spec.ja, spec.en, spec.key, *spec.aliases)), (1, spec.weak)):
                for name in names:
                    k = header_key(name)
                    if k:
                        self.exact.setdefault(k, {}).setdefault(spec.key, rank)
                    if rank == 0 and len(k) >= PARTIAL_MIN:
                        self.partial.append((k, spec.key))
        self.partial.sort(key=lambda item: -len(item[0]))

    def ranks(self, label: str, group: str) -> dict[str, int]:
        """field -> how well the heading names it: 0 by name, 1 weakly, 2 by part of it, 3 by its group heading."""
        out: dict[str, int] = {}

        def offer(field: str, rank: int) -> None:
            if rank < out.get(field, 9):
                out[field] = rank

        k, g = header_key(label), header_key(group)
        # A heading under a group heading is read with it first: 個人情報 / 内容 is the personal data, not an outline.
        combined = g + k if g and g != k else ""
        for field, rank in self.exact.get(combined if combined in self.exact else k, {}).items():
            offer(field, rank)
        if k and not out:
            for alias, field in self.partial:
                if alias in k:
                    offer(field, 2)
                    break
        for field, rank in self.exact.get(g, {}).items() if g and g != k else ():
            if rank == 0:
                offer(field, 3)
        return out


def _text(value: Value) -> str:
    if is_blank(value) or isinstance(value, (CellError, NoValue)):
        return ""
    return " ".join(str(value).split())


def _single(grid: Grid, row: int) -> list[tuple[int, str, str]]:
    """(column, heading, group heading) for a header of one row."""
    return [(c, _text(grid.value(row, c)), "") for c in range(1, grid.width + 1)]


def _stacked(grid: Grid, row: int) -> list[tuple[int, str, str]]:
    """The same for a header of two rows, `row` holding group headings over `row + 1`.

    A group heading spans the blank cells to its right (a merged cell in a .xlsx has been filled already; a CSV
    saved from such a sheet keeps the heading in the first cell only); a heading in the upper row alone, with
    nothing under it, is the column's heading.
    """
    out, group = [], ""
    for c in range(1, grid.width + 1):
        up, child = _text(grid.value(row, c)), _text(grid.value(row + 1, c))
        group = up or (group if child else "")
        if child and group and child != group:
            out.append((c, child, group))
        else:
            out.append((c, child or up, ""))
    return out


def shape_of(labels: Sequence[str]) -> str:
    return hashlib.sha256("\x1f".join(header_key(x) for x in labels).encode("utf-8")).hexdigest()[:16]


def _score(names: _Names, labels: list[tuple[int, str, str]]) -> tuple[int, int]:
    ranks = [names.ranks(label, group) for _c, label, group in labels]
    fields = {f for r in ranks for f, rank in r.items() if rank <= 2}
    exact = sum(1 for r in ranks if any(rank == 0 for rank in r.values()))
    return len(fields), exact


def find_header(
    grid: Grid,
    specs: Sequence[FieldSpec],
    *,
    assigned: Mapping[int, str | None] | None = None,
    at: tuple[int, int] | None = None,
) -> Header | None:
    """The header among the first rows (the one naming most fields, of one row or two), its columns matched.

    `assigned` (column -> field, or None to leave a column out) comes first: what the user chose in the
    preview, or remembered for this shape. Hidden columns are never matched by name, only when assigned.
    `at` (first row, last row) keeps a header found before. None when no row names two fields.
    """
    names = _Names(specs)
    numbers = grid.numbers()
    best: tuple[tuple[int, int, int, int], int, int] | None = None  # (score, top row, header row)
    for row in numbers[:HEADER_SCAN]:
        shapes = [(row, row, _single(grid, row))]
        if row + 1 in grid.rows:
            shapes.append((row, row + 1, _stacked(grid, row)))
        for top, last, labels in shapes:
            if at is not None and (top, last) != at:
                continue
            fields, exact = _score(names, labels)
            score = (fields, exact, -(last - top), -top)  # on a tie one row beats two, and the higher row wins
            if fields >= (1 if at is not None else MIN_MATCHES) and (best is None or score > best[0]):
                best = (score, top, last)
    if best is None:
        return None
    _score_, top, row = best
    labels = _single(grid, row) if top == row else _stacked(grid, top)
    columns = _assign(labels, names, specs, grid.hidden_columns, assigned or {})
    return Header(row=row, top=top, columns=tuple(columns), shape=shape_of([label for _c, label, _g in labels]))


def _assign(
    labels: list[tuple[int, str, str]],
    names: _Names,
    specs: Sequence[FieldSpec],
    hidden: set[int],
    assigned: Mapping[int, str | None],
) -> list[HeaderColumn]:
    known = {s.key for s in specs}
    field_of: dict[int, tuple[str, str]] = {}
    for column, field in assigned.items():
        if field in known and all(f != field for f, _h in field_of.values()):
            field_of[column] = (field, "assigned")
    taken = {f for f, _h in field_of.values()}
    ranks = {c: names.ranks(label, group) for c, label, group in labels if c not in assigned and c not in hidden}
    order = sorted(specs, key=lambda s: not s.primary)
    how_of = {0: "name", 1: "variant", 2: "partial", 3: "group"}
    for rank in (0, 1, 2, 3):
        for spec in order:
            if spec.key in taken:
                continue
            options = [c for c, r in ranks.items() if r.get(spec.key) == rank]
            free = [c for c in options if c not in field_of]
            # A primary field may take a weakly named column from another (業務の概要 as the use name).
            stolen = [
                c
                for c in options
                if c in field_of
                and spec.primary
                and rank == 1
                and not next(s for s in specs if s.key == field_of[c][0]).primary
                and field_of[c][1] != "assigned"
            ]
            pick = free[0] if free else stolen[0] if stolen else None
            if pick is None:
                continue
            if pick in field_of:
                taken.discard(field_of[pick][0])
            field_of[pick] = (spec.key, how_of[rank])
            taken.add(spec.key)
    out = []
    for column, label, group in labels:
        field, how = field_of.get(column, (None, ""))
        shown = f"{group} / {label}" if group and label != group else label
        out.append(HeaderColumn(index=column, label=shown, field=field, hidden=column in hidden, how=how))
    return out


def parse_assignments(header: Header, specs: Sequence[FieldSpec], pairs: Sequence[str]) -> dict[int, str | None]:
    """Assignments typed on the command line, "HEADING=FIELD": the heading as written or a column letter,
    the field by key or by its Japanese or English name, or "-" to leave the column out."""
    from ..domain.errors import LedgerError

    by_field = {header_key(n): s.key for s in specs for n in (s.key, s.ja, s.en)}
    out: dict[int, str | None] = {}
    for pair in pairs:
        left, sep, right = pair.partition("=")
        column = next((c.index for c in header.columns if c.letter == left.strip().upper()), None)
        if column is None:
            column = next(
                (
                    c.index
                    for c in header.columns
                    if header_key(left) in (header_key(c.label), header_key(c.label.split(" / ")[-1]))
                ),
                None,
            )
        field = None if right.strip() in ("", "-") else by_field.get(header_key(right))
        if not sep or column is None or (right.strip() not in ("", "-") and field is None):
            raise LedgerError(
                "sheet_bad_column_arg",
                arg=pair,
                fields=", ".join(s.key for s in specs),
                columns="、".join(c.label for c in header.columns if c.label),
            )
        out[column] = field
    return out
