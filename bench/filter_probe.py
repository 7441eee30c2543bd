"""Typing a filter into the services table over the prefecture's services: milliseconds per keystroke.

Run by bench/run.py as `filter_probe.py LEDGER`; prints one JSON line. Uses the window's own table
(gui.widgets.Table + FilterBox over gui.columns.services); if those cannot be imported it measures a
plain QSortFilterProxyModel over a QAbstractTableModel of ServiceRow and says so.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

from incidentdesk.services.reads import catalog as catalog_reads
from incidentdesk.storage.database import open_database

# Typing a department, deleting back, then a platform and a task: each string is one keystroke's filter.
WORD = "子育て支援課"
TYPED = [WORD[:i] for i in range(1, len(WORD) + 1)] + [WORD[:i] for i in range(len(WORD) - 1, -1, -1)]
TYPED += ["L", "LI", "LIN", "LINE", "LINE申", "LINE申請", "LINE申", "LINE", "LIN", "LI", "L", ""]
PASSES = 3


class ServiceRowsModel(QAbstractTableModel):
    """The fallback model: ServiceRow fields as text."""

    FIELDS = ("name", "department", "platform", "use_count", "abroad", "contractors")

    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(self.FIELDS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = getattr(self.rows[index.row()], self.FIELDS[index.column()])
        return ", ".join(value) if isinstance(value, tuple) else str(value)


def _app_widgets(db, rows, holder):
    from incidentdesk.gui import columns, widgets
    from incidentdesk.gui.background import Runner
    from incidentdesk.gui.context import AppContext
    from incidentdesk.gui.table_models import RowsModel

    runner = Runner()
    ctx = AppContext(runner, db, lang="ja")
    model = RowsModel(columns.services(ctx))
    table = widgets.Table(model, holder)
    box = widgets.FilterBox(table, holder)
    model.set_rows(rows)
    return box, table, table.proxy, runner, "the window's services table (gui.widgets.Table + FilterBox)"


def _fallback_widgets(rows, holder, reason):
    model = ServiceRowsModel(rows)
    proxy = QSortFilterProxyModel(holder)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = QTableView(holder)
    table.setModel(proxy)
    box = QLineEdit(holder)
    box.textChanged.connect(proxy.setFilterFixedString)
    return box, table, proxy, None, f"fallback QSortFilterProxyModel over a plain ServiceRow model ({reason})"


def main(ledger: str) -> int:
    app = QApplication(sys.argv[:1])
    db = open_database(ledger)
    started = time.perf_counter()
    with db.reader() as r:
        rows = catalog_reads.services(r)
    load_ms = (time.perf_counter() - started) * 1000
    holder = QWidget()
    try:
        box, table, proxy, runner, what = _app_widgets(db, rows, holder)
    except ImportError as exc:
        box, table, proxy, runner, what = _fallback_widgets(rows, holder, f"not importable: {exc}")
    layout = QVBoxLayout(holder)
    layout.addWidget(box)
    layout.addWidget(table)
    holder.resize(1280, 800)
    holder.show()
    app.processEvents()
    passes = []
    for _ in range(PASSES):
        times, filtering, shown = [], [], []
        for text in TYPED:
            started = time.perf_counter()
            box.setText(text)  # textChanged -> setFilterFixedString, synchronously, as when typing
            filtered = time.perf_counter()
            app.processEvents()  # the relayout and repaint the user waits for
            times.append((time.perf_counter() - started) * 1000)
            filtering.append((filtered - started) * 1000)
            shown.append(proxy.rowCount())
        passes.append((times, filtering))
    first_pass_max = max(passes[0][0])
    # Each keystroke's fastest pass: what the program costs, less what other processes took from it.
    times = [min(p[0][i] for p in passes) for i in range(len(TYPED))]
    filtering = [min(p[1][i] for p in passes) for i in range(len(TYPED))]
    if runner is not None:
        runner.shutdown()
    db.close()
    ordered = sorted(times)
    print(
        json.dumps(
            {
                "what": what,
                "rows": len(rows),
                "load_ms": load_ms,
                "keystrokes": len(times),
                "median_ms": statistics.median(times),
                "p95_ms": ordered[int(0.95 * (len(ordered) - 1))],
                "max_ms": ordered[-1],
                "first_pass_max_ms": first_pass_max,
                "filter_only_max_ms": max(filtering),
                "per_keystroke_ms": times,
                "filter_only_ms": filtering,
                "rows_shown": shown,
            },
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
