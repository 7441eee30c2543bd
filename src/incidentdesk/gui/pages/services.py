"""Services: a filterable list (fast with 10,000 rows) and the chosen service's detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from .. import calls, columns, forms
from ..context import AppContext
from ..table_models import RowsModel
from ..widgets import FilterBox, Table
from .base import Page
from .service_view import ServiceView


class ServicesPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.wanted: int | None = None
        self.table = Table(RowsModel(columns.services(ctx), self))
        self.table.setObjectName("serviceList")
        self.filter = FilterBox(self.table)
        self.count = QLabel()
        self.btn_new = QPushButton()
        self.show_retired = QCheckBox()
        self.show_retired.setObjectName("showRetiredServices")
        self._rows: list = []
        self.view = ServiceView(ctx)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()  # the filter on a line of its own: beside these it left the pane no room
        top.addWidget(self.show_retired)
        top.addStretch(1)
        top.addWidget(self.btn_new)
        lv.addLayout(top)
        lv.addWidget(self.filter)
        lv.addWidget(self.table)
        lv.addWidget(self.count)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.view)
        self.split.setSizes([520, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self.table.current_row.connect(
            lambda r: self.view.load(r.id) if r is not None and r.id != self.view.service_id else None
        )
        self.table.proxy.rowsInserted.connect(self._count)
        self.table.proxy.rowsRemoved.connect(self._count)
        self.table.proxy.modelReset.connect(self._count)
        self.btn_new.clicked.connect(self.new_service)
        self.show_retired.toggled.connect(lambda _on: self._fill(self._rows))
        self.retranslate()

    def refresh(self) -> None:
        self.ctx.call(calls.list_services, parent=self, on_done=self._fill)

    def _fill(self, rows) -> None:
        """Retired services (廃止済み) are hidden unless "Show retired" is ticked, or one is asked for."""
        self._rows = rows
        before = self.view.service_id
        keep = self.wanted or before
        if self.wanted is not None and any(r.id == self.wanted and r.retired_on for r in rows):
            self.show_retired.blockSignals(True)
            self.show_retired.setChecked(True)
            self.show_retired.blockSignals(False)
        rows = [r for r in rows if self.show_retired.isChecked() or r.retired_on is None]
        self.table.source.set_rows(rows)
        if len(rows) < 2000:  # measuring 10,000 rows would stall the window; defaults do then
            self.table.fit_columns(260)
        if rows and (keep is None or not self.table.select_where(lambda r: r.id == keep)):
            self.table.selectRow(0)
        if not rows:
            self.view.load(None)
        self.wanted = None
        if before is not None and self.view.service_id == before:
            self.view.load(before)

    def _count(self, *_args) -> None:
        self.count.setText(
            self.tr("%1 of %2 services")
            .replace("%1", str(self.table.proxy.rowCount()))
            .replace("%2", str(self.table.source.rowCount()))
        )

    def open_service(self, service_id: int) -> None:
        self.filter.clear()
        if self.view.service_id == service_id:
            self.view.load(service_id)  # selects the record a search hit asked for
        elif not self.table.select_where(lambda r: r.id == service_id):
            self.wanted = service_id
            self.refresh()

    def new_service(self) -> None:
        from ..dialogs.catalog import ServiceDialog

        saved = forms.ask(ServiceDialog, self, self.ctx)
        # The reload the save caused may already have come back while the form closed: select the new record
        # now if it is listed, else when the reload arrives.
        if saved is not None and not self.table.select_where(lambda r: r.id == saved.id):
            self.wanted = saved.id

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter services…"))
        self.btn_new.setText(self.tr("New ser&vice…"))
        self.show_retired.setText(self.tr("Show retired"))
        self.table.source.relabel()
        self._count()
