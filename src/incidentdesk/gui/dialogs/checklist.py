"""A tickable list over a plain model, so that tens of thousands of uses load and filter without freezing."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QListView, QWidget


def _ticked(value) -> bool:
    # Views hand the new check state over as an int or as the enum, depending on the caller.
    return value == Qt.Checked or value == Qt.Checked.value


class _CheckModel(QAbstractListModel):
    """Rows of [id, label, ticked, locked]; locked rows show ticked and greyed. `order` keeps the ticked ids in
    the order they were ticked (sources are cited in that order)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[list] = []
        self.order: list = []

    def reset(self, rows: list[list]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.order = [row[0] for row in rows if row[2]]
        self.endResetModel()

    def tick(self, ident, ticked: bool) -> None:
        if ident in self.order:
            self.order.remove(ident)
        if ticked:
            self.order.append(ident)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        ident, label, ticked, locked = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return label
        if role == Qt.CheckStateRole:
            return Qt.Checked if ticked or locked else Qt.Unchecked
        if role == Qt.UserRole:
            return ident
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.NoItemFlags
        if self.rows[index.row()][3]:
            return Qt.ItemIsSelectable
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:  # noqa: N802 - Qt naming
        if not index.isValid() or role != Qt.CheckStateRole or self.rows[index.row()][3]:
            return False
        self.rows[index.row()][2] = _ticked(value)
        self.tick(self.rows[index.row()][0], _ticked(value))
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        return True


class CheckList(QListView):
    """Items ticked with Space (or a click) and read back as the ids of the ticked ones, in the order they were
    ticked (a timeline entry cites its sources in that order); filterable by text."""

    def __init__(self, parent: QWidget | None = None, *, rows: int = 5):
        super().__init__(parent)
        self._rows = rows
        self.source = _CheckModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setModel(self.proxy)
        self.setUniformItemSizes(True)  # lets the view skip measuring every row
        # Long labels end in "…" and show whole as a tooltip, instead of a sideways scroll bar.
        self.setTextElideMode(Qt.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

    def sizeHint(self):  # noqa: N802 - Qt naming
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().lineSpacing() * self._rows + 16)
        return hint

    def set_items(self, items: list[tuple[object, str, bool]], *, locked: set | None = None) -> None:
        """(id, label, ticked); ids in `locked` stay ticked and cannot be changed."""
        locked = locked or set()
        self.source.reset([[ident, label, ticked, ident in locked] for ident, label, ticked in items])
        if self.proxy.rowCount():
            self.setCurrentIndex(self.proxy.index(0, 0))

    def checked_ids(self) -> list:
        """The ticked ids (locked ones aside) in the order they were ticked."""
        free = {ident for ident, _label, ticked, locked in self.source.rows if ticked and not locked}
        return [ident for ident in self.source.order if ident in free]

    def set_checked(self, ids) -> None:
        """Tick exactly `ids`, taken as ticked in the order given."""
        wanted = list(dict.fromkeys(ids))
        for row in self.source.rows:
            row[2] = row[0] in wanted
        known = {row[0] for row in self.source.rows}
        self.source.order = [ident for ident in wanted if ident in known]
        if self.source.rows:
            self.source.dataChanged.emit(
                self.source.index(0), self.source.index(len(self.source.rows) - 1), [Qt.CheckStateRole]
            )

    def set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(self.proxy.index(0, 0))

    def shown_labels(self) -> list[str]:
        return [self.proxy.index(i, 0).data() for i in range(self.proxy.rowCount())]
