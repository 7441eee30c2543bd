"""Search results over the whole ledger; Enter or a double-click opens the record."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .. import calls, columns
from ..context import AppContext
from ..layouts import WrapLabel
from ..table_models import RowsModel
from ..widgets import Table
from .base import Page


class SearchPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.needle = ""
        self._ticket: int | None = None
        self.label = WrapLabel()
        self.table = Table(RowsModel(columns.search_hits(ctx), self))
        self.table.setObjectName("searchResults")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.table)
        self.table.activated_row.connect(self.open_hit)
        self.retranslate()

    def search(self, needle: str) -> None:
        self.needle = needle.strip()
        self.refresh()

    def refresh(self) -> None:
        if self._ticket is not None:
            self.ctx.runner.cancel(self._ticket)
        if not self.needle:
            self._fill([])
            return
        self._ticket = self.ctx.call(calls.search, self.needle, self.ctx.lang, parent=self, on_done=self._fill)

    def _fill(self, hits) -> None:
        self._ticket = None
        self.table.source.set_rows(hits)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 420)
        if hits:
            self.table.selectRow(0)
        self._render_label()

    def open_hit(self, hit) -> None:
        if hit is not None:
            self.ctx.call(calls.locate, hit.kind, hit.ref_id, parent=self, on_done=self._open_target)

    def _open_target(self, target) -> None:
        """Show the page of the hit and select that exact record there (a claim, a use, a decision ...)."""
        if not target.page:
            return
        self.ctx.pending = (target.kind, target.ref_id) if target.kind and target.ref_id is not None else None
        self.ctx.open_record.emit(target.page, target.id or 0)

    def _render_label(self) -> None:
        if not self.needle:
            self.label.setText(self.tr("Type in the search box (Ctrl+F) and press Enter."))
        else:
            self.label.setText(
                self.tr(
                    "%n result(s) for “%2” — Enter opens the selected record", "", self.table.source.rowCount()
                ).replace("%2", self.needle)
            )

    def retranslate(self) -> None:
        self.table.source.relabel()
        self._render_label()
