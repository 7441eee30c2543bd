"""Every table to Excel: Ctrl+C copies the selected rows with their headings as tab-separated text Excel pastes
into cells, and the context menu writes the table as shown (filtered, sorted) to .xlsx or .csv."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from ..domain.language import default_language
from .context import AppContext, error_text


def _columns(table: QTableView) -> list[int]:
    """Logical columns in the order the header shows them, hidden ones left out."""
    header = table.horizontalHeader()
    return [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]


def headings(table: QTableView) -> list[str]:
    model = table.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in _columns(table)]


def rows(table: QTableView, *, selected_only: bool = False) -> list[list[str]]:
    """The texts of the rows as shown (the filter and the sort applied), or of the selected ones."""
    model, columns = table.model(), _columns(table)
    if selected_only:
        numbers = sorted({i.row() for i in table.selectionModel().selectedRows()})
        if not numbers and table.currentIndex().isValid():
            numbers = [table.currentIndex().row()]
    else:
        numbers = list(range(model.rowCount()))
    return [[str(model.index(r, c).data() or "") for c in columns] for r in numbers]


def _field(text: str) -> str:
    if any(ch in text for ch in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def tsv(heads: list[str], body: list[list[str]]) -> str:
    """Tab-separated text as Excel copies it: a cell with a tab, line break or quote in quotes."""
    return "".join("\t".join(_field(t) for t in line) + "\r\n" for line in [heads, *body])


def copy_selected(table: QTableView) -> int:
    """Put the selected rows, headed, on the clipboard; how many rows."""
    body = rows(table, selected_only=True)
    if body:
        QGuiApplication.clipboard().setText(tsv(headings(table), body))
    return len(body)


def _context(widget: QWidget | None) -> AppContext | None:
    """The page's context, found up the parents: its worker writes the file while the window stays live."""
    while widget is not None:
        ctx = getattr(widget, "ctx", None)
        if isinstance(ctx, AppContext):
            return ctx
        widget = widget.parentWidget()
    return None


def export_shown(table: QTableView, path: Path | None = None) -> Path | None:
    """Ask where (unless given) and write the table as shown: on the worker when the table sits on a page (the
    path comes in a message when done), else at once (returned). Errors are shown, not raised."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ..exchange.sheet_writer import write_table

    if path is None:
        title = QCoreApplication.translate("TableExport", "Export the table")
        kinds = QCoreApplication.translate("TableExport", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
        chosen, kind = QFileDialog.getSaveFileName(table, title, "", kinds)
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv" if "csv" in kind.lower() else ".xlsx")
    title = QCoreApplication.translate("TableExport", "Export the table")
    heads, body = headings(table), rows(table)  # read now, on the GUI thread: the table may change meanwhile
    sheet = (table.window().windowTitle() if table.window() is not None else "").split(" - ")[0]
    ctx = _context(table)
    if ctx is not None:
        done = QCoreApplication.translate("TableExport", "The table was written to:\n%1")
        ctx.runner.submit(
            write_table,
            path,
            heads,
            body,
            sheet_title=sheet,
            on_done=lambda written: QMessageBox.information(table, title, done.replace("%1", str(written))),
            on_error=lambda exc: QMessageBox.warning(table, title, error_text(exc, ctx.lang)),
        )
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return write_table(path, heads, body, sheet_title=sheet)
    except Exception as exc:  # noqa: BLE001 - a LedgerError or OSError is shown to the user, not raised
        QMessageBox.warning(table, title, error_text(exc, default_language()))  # no page, so no chosen language
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()


def _menu(table: QTableView, at: QPoint) -> None:
    menu = QMenu(table)
    copy = menu.addAction(
        QCoreApplication.translate("TableExport", "&Copy selected rows"), lambda: copy_selected(table)
    )
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("TableExport", "&Export the table as shown (.xlsx / .csv)…"),
        lambda: export_shown(table),
    )
    menu.exec(table.viewport().mapToGlobal(at))


def install(table: QTableView) -> None:
    """Give a table the copy shortcut's behaviour and the context menu (Table.keyPressEvent calls copy)."""
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(lambda at: _menu(table, at))
