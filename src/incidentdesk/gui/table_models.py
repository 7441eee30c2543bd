"""Qt table models over lists of read models: one generic model, a lazily paged audit model, a proxy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain.vocab import DECISION_COLOURS, text_colour_on
from .contrast import high_contrast

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """How one column shows a row. `title` is marked with QT_TRANSLATE_NOOP in context "Columns"."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    state: Callable[[Any], str | None] | None = None  # a decision state code: coloured, text stays
    bold: Callable[[Any], bool] | None = None
    align_right: bool = False
    tip: Callable[[Any], str] | None = None  # a longer text than the cell shows
    strike: Callable[[Any], bool] | None = None  # struck through (a withdrawn decision), with words beside it


def readable_on(colour: str) -> QColor:
    """Black or white text, whichever has the higher WCAG contrast on `colour` (at least 4.5:1 for every state)."""
    return QColor(text_colour_on(QColor(colour).name()))


class RowsModel(QAbstractTableModel):
    """Read-only rows of any read model, shown through a list of Columns."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._haystacks: list[str | None] = []

    # -- data in -----------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = [None] * len(self._rows)
        self.endResetModel()

    def haystack(self, row: int) -> str:
        """Every column's text of a row, lower-cased, computed once: what the filter searches."""
        text = self._haystacks[row]
        if text is None:
            item = self._rows[row]
            text = self._haystacks[row] = "\n".join(col.text(item) for col in self._columns).lower()
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row: a proxy sort would call data() n·log n times."""
        if not (0 <= column < len(self._columns)) or not self._rows:
            return
        col = self._columns[column]
        key = col.sort or col.text
        self.layoutAboutToBeChanged.emit()
        keys = [_sortable(key(r)) for r in self._rows]
        new_order = sorted(range(len(self._rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        position = [0] * len(new_order)
        for new, old in enumerate(new_order):
            position[old] = new
        self._rows = [self._rows[i] for i in new_order]
        self._haystacks = [self._haystacks[i] for i in new_order]
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [self.index(position[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def relabel(self) -> None:
        """The language or date style changed: same rows, new texts."""
        self._haystacks = [None] * len(self._rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def columns(self) -> list[Column]:
        return list(self._columns)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, col = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tip(row) if col.tip else col.text(row)
        if role == SORT_ROLE:
            return col.sort(row) if col.sort else col.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and col.state and not high_contrast():
            state = col.state(row)
            return QBrush(QColor(DECISION_COLOURS[state])) if state in DECISION_COLOURS else None
        if role == Qt.ItemDataRole.ForegroundRole and col.state and not high_contrast():
            state = col.state(row)
            return QBrush(readable_on(DECISION_COLOURS[state])) if state in DECISION_COLOURS else None
        if role == Qt.ItemDataRole.FontRole and ((col.bold and col.bold(row)) or (col.strike and col.strike(row))):
            font = QFont()
            font.setBold(bool(col.bold and col.bold(row)))
            font.setStrikeOut(bool(col.strike and col.strike(row)))
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate("Columns", self._columns[section].title)
            return None
        return str(section + 1)


def _sortable(value: Any) -> tuple:
    """A key that sorts None last-ish and text without regard to case."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, value.lower())
    return (0, value)


class PagedModel(RowsModel):
    """Rows that arrive a page at a time from the worker as the view scrolls (canFetchMore/fetchMore).

    `fetch(offset, limit, on_done)` must submit the query to the Runner and call on_done(rows) later.
    """

    def __init__(
        self, columns: Sequence[Column], fetch: Callable[[int, int, Callable], Any], page_size: int = 500, parent=None
    ):
        super().__init__(columns, parent)
        self._fetch = fetch
        self._page_size = page_size
        self._total = 0
        self._loading = False
        self._generation = 0  # a reset makes pages still in flight worthless

    def reset(self, total: int, first_page: Sequence[Any]) -> None:
        self._generation += 1
        self._total = total
        self._loading = False
        self.set_rows(first_page)

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        self._fetch(len(self._rows), self._page_size, lambda rows: self._append(generation, rows))

    def _append(self, generation: int, rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if not rows:
            self._total = len(self._rows)  # the ledger shrank under us; stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._haystacks.extend([None] * len(rows))
        self.endInsertRows()


class FilterProxy(QSortFilterProxyModel):
    """Keeps rows whose any column contains the filter text; sorting is left to the source model.

    Both are done in Python once per row, which keeps 100,000 rows responsive.
    """

    def __init__(self, source: RowsModel, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setSourceModel(source)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def setFilterFixedString(self, text: str) -> None:  # noqa: N802 - Qt naming
        needle = (text or "").strip().lower()
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter is deprecated there
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt naming
        return not self._needle or self._needle in self.sourceModel().haystack(source_row)

    def row_at(self, proxy_row: int) -> Any:
        source = self.mapToSource(self.index(proxy_row, 0))
        model = self.sourceModel()
        return model.row_at(source.row()) if source.isValid() else None
