"""Small building blocks the pages share: a configured table view, a filter box, state chips."""

from __future__ import annotations

from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QPen
from shiboken6 import Shiboken
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from ..domain.vocab import DECISION_COLOURS, decision_label
from . import table_export
from .contrast import set_themed
from .layouts import FlowLayout, WrapLabel
from .table_models import FilterProxy, RowsModel, readable_on

FIT_ROWS = 50  # rows measured when fitting columns; enough to size typical content
# The style's PM_FocusFrameHMargin: 2 px in the Windows and Fusion styles. Not asked of the style: the first
# Python use of a QStyle builds all its enums, 13 ms of the window's start.
FOCUS_FRAME_MARGIN = 2


def accessible_table_name(table: QAbstractItemView) -> str:
    """What a screen reader calls a table nobody named: its column titles ("Table: Title, Status, …")."""
    model = table.model()
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(min(model.columnCount(), 4))]
    return QCoreApplication.translate("Table", "Table: %1").replace("%1", ", ".join(t for t in titles if t))


class Table(QTableView):
    """A sortable, row-selecting table over a RowsModel through a FilterProxy.

    Keyboard: the arrows move inside, Tab and Shift+Tab leave (no tab key navigation), Enter opens the
    row, Ctrl+C copies. Screen readers hear `name` (set with set_name) or, until then, the column titles.
    """

    activated_row = Signal(object)  # the read model of a double-clicked / Enter row
    current_row = Signal(object)  # the read model of the selected row (None when nothing)

    def __init__(
        self, model: RowsModel, parent: QWidget | None = None, *, sortable: bool = True, stretch_last: bool = True
    ):
        super().__init__(parent)
        self.source = model
        self.proxy = FilterProxy(model, self)
        self.setModel(self.proxy)
        # No sort column at first: rows keep the order the service chose until a header is clicked.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(sortable)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows may be selected for Ctrl+C; the current row still drives the pages.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside
        self._named = False
        self._fit_width: int | None = None  # the last fit_columns width, to fit again after a language switch
        self.setAccessibleName(accessible_table_name(self))
        self.proxy.headerDataChanged.connect(self._headers_changed)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(stretch_last)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(140)
        model.modelReset.connect(self._keep_sort)
        # At least its titles and three rows: a short window scrolls the page rather than crush the table.
        self._least_height = 4 * (self.fontMetrics().height() + 10) + 20
        self.doubleClicked.connect(lambda index: self.activated_row.emit(self.proxy.row_at(index.row())))
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        table_export.install(self)  # Ctrl+C and the context menu: to Excel as shown

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._least_height))

    def set_name(self, name: str) -> None:
        """The table's name for screen readers (translated by the caller, set again in its retranslate)."""
        self._named = True
        self.setAccessibleName(name)

    def _headers_changed(self, orientation=Qt.Orientation.Horizontal, *_args) -> None:
        """The language changed (titles relabelled): the default name follows, columns fit the new texts."""
        if orientation != Qt.Orientation.Horizontal:
            return
        if not self._named:
            self.setAccessibleName(accessible_table_name(self))
        if self._fit_width is not None:
            self.fit_columns(self._fit_width)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        """The cells, then, while the table has the keyboard focus, a 2-pixel ring around the current row.

        The style's own dotted focus rectangle is hard to see on a selected row (WCAG 2.4.7); the ring is
        drawn in the palette's text colour, so it follows a high-contrast palette too. (Drawn once per paint
        here rather than by an item delegate, which called Python for every cell the view painted.)
        """
        super().paintEvent(event)
        current = self.currentIndex()
        if not (self.hasFocus() and current.isValid()):
            return
        from PySide6.QtGui import QPainter, QPalette

        model = self.model()
        first = self.visualRect(model.index(current.row(), 0))
        last = self.visualRect(model.index(current.row(), model.columnCount() - 1))
        ring = first.united(last).adjusted(0, 1, 0, -1)
        painter = QPainter(self.viewport())
        pen = QPen(self.palette().color(QPalette.ColorRole.Text))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawLine(ring.topLeft(), ring.topRight())
        painter.drawLine(ring.bottomLeft(), ring.bottomRight())
        painter.drawLine(ring.topLeft(), ring.bottomLeft())
        painter.drawLine(ring.topRight(), ring.bottomRight())
        painter.end()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().focusInEvent(event)  # Qt makes the first row current if none is
        self.viewport().update()  # the focus ring appears

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().focusOutEvent(event)
        self.viewport().update()

    def _keep_sort(self) -> None:
        """New rows arrive in the service's order; the column the user sorted by still applies."""
        header = self.horizontalHeader()
        if self.isSortingEnabled() and header.sortIndicatorSection() >= 0:
            self.source.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _current_changed(self, current, _previous) -> None:
        self.current_row.emit(self.proxy.row_at(current.row()) if current.isValid() else None)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.proxy.row_at(self.currentIndex().row()))
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            table_export.copy_selected(self)
            return
        super().keyPressEvent(event)

    def selected(self) -> Any:
        index = self.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def select_where(self, test: Callable[[Any], bool]) -> bool:
        """Select the first row whose read model passes `test`."""
        for r in range(self.proxy.rowCount()):
            if test(self.proxy.row_at(r)):
                self.selectRow(r)
                self.scrollTo(self.proxy.index(r, 0))
                return True
        return False

    def fit_columns(self, max_width: int = 360) -> None:
        """Size each column to its header and the text of its first rows, at most `max_width` pixels.

        The texts are measured directly: Qt's resizeColumnsToContents asks the Python model for every
        role of every measured cell, which was two thirds of filling the incident page.
        """
        self._fit_width = max_width
        rows = [self.proxy.row_at(r) for r in range(min(FIT_ROWS, self.proxy.rowCount()))]
        plain, header = self.fontMetrics(), self.horizontalHeader()
        bold_font = self.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        head = QFontMetrics(header.font())
        pad = 2 * FOCUS_FRAME_MARGIN + 12
        for c, column in enumerate(self.source.columns()):
            title = str(self.source.headerData(c, Qt.Orientation.Horizontal) or "")
            metrics = bold if column.bold is not None else plain
            # Each distinct line once: a column repeats its values (日本, 継続, a department) row after row.
            lines = {line for row in rows for line in column.text(row).split("\n")}
            # The longest first, and none once one fills the column: its width is then max_width whatever the
            # others measure (on a prefecture's first page, 147 lines measured instead of 348).
            widest = 0
            for line in sorted(lines, key=len, reverse=True):
                widest = max(widest, metrics.horizontalAdvance(line))
                if widest + pad >= max_width:
                    break
            width = max(head.horizontalAdvance(title) + 16, widest) + pad  # 16: room for the sort arrow
            self.setColumnWidth(c, min(width, max_width))


class FilterBox(QLineEdit):
    """Filters a Table as you type; named for screen readers by its placeholder ("Filter requests…")."""

    def __init__(self, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(120)  # never squeezed to a letter beside its row's buttons
        self.textChanged.connect(table.proxy.setFilterFixedString)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setPlaceholderText(text)
        self.setAccessibleName(text.rstrip("…").rstrip("."))
        # Wide enough to say what it filters: beside a checkbox and a button the box was squeezed to "サービス…".
        self.setMinimumWidth(min(self.fontMetrics().horizontalAdvance(text) + 40, 280))


class StateChips(QWidget):
    """Counts by decision state: each a coloured box that also says the state and the number."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = FlowLayout(self, spacing=6)  # wraps in a narrow window

    def set_counts(self, counts: dict[str, int], lang: str) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            Shiboken.delete(item)  # taken out, the item is ours: deleted with its wrapper, never behind it
        for state, colour in DECISION_COLOURS.items():
            n = counts.get(state)
            if not n:
                continue
            chip = QLabel(f"{decision_label(state, lang)}  {n}")
            chip.setObjectName(f"chip_{state}")
            chip.setFrameShape(QFrame.Shape.StyledPanel)
            set_themed(
                chip,
                f"QLabel {{ background: {colour}; color: {readable_on(colour).name()}; "
                f"border: 1px solid {colour}; padding: 3px 8px; border-radius: 3px; "
                "font-weight: bold; }",
            )
            self._layout.addWidget(chip)
        self._layout.addStretch(1)

    def texts(self) -> list[str]:
        return [
            self._layout.itemAt(i).widget().text()
            for i in range(self._layout.count())
            if self._layout.itemAt(i).widget() is not None
        ]


def heading(text: str = "", size: float = 1.3) -> QLabel:
    label = WrapLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label
