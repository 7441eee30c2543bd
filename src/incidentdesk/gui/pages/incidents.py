"""Incidents: the list on the left, the chosen incident at a glance on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from .. import calls, columns, forms
from ..context import AppContext
from ..table_models import RowsModel
from ..widgets import Table
from .base import Page
from .incident_view import IncidentView


class IncidentsPage(Page):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        last_incident: int | None = None,
        load_now: bool = False,
    ):
        super().__init__(ctx, parent)
        self.wanted: int | None = last_incident
        if load_now:  # the page on show asks before building its widgets: the worker reads while they are built
            self._stale = False
            self.ctx.call(calls.incidents_page, self.wanted, parent=self, on_done=self._fill)
        self.table = Table(RowsModel(columns.incidents(ctx), self))
        self.table.setObjectName("incidentList")
        self.btn_new = QPushButton()
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_incident)  # the text's mnemonic is Alt+N
        self.view = IncidentView(ctx)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.btn_new)
        top.addStretch(1)
        lv.addLayout(top)
        lv.addWidget(self.table)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.view)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([220, 1100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self.table.current_row.connect(self._chosen)
        self.btn_new.clicked.connect(self.new_incident)
        self.retranslate()

    def refresh(self) -> None:
        self.ctx.call(calls.incidents_page, self.wanted or self.view.incident_id, parent=self, on_done=self._fill)

    def _fill(self, result) -> None:
        rows, overview = result
        self.wanted = None
        self.table.source.set_rows(rows)
        self.table.fit_columns(220)
        if overview is None:
            self.view.load(None)
            return
        # The view first, so selecting its row below does not ask the worker for it again.
        self.view.incident_id = overview.incident.id
        self.view.show_overview(overview)
        self.table.select_where(lambda r: r.id == overview.incident.id)

    def _chosen(self, row) -> None:
        if row is not None and row.id != self.view.incident_id:
            self.view.load(row.id)

    def open_incident(self, incident_id: int) -> None:
        if self.view.incident_id == incident_id and self.view.overview is not None:
            self.view._select_pending()  # already shown: select the record a search hit asked for
        elif not self.table.select_where(lambda r: r.id == incident_id):
            self.wanted = incident_id
            self.refresh()

    def new_incident(self) -> None:
        from ..dialogs.incidents import IncidentDialog

        saved = forms.ask(IncidentDialog, self, self.ctx)
        # The reload the save caused may already have come back while the form closed: select the new record
        # now if it is listed, else when the reload arrives.
        if saved is not None and not self.table.select_where(lambda r: r.id == saved.id):
            self.wanted = saved.id

    def retranslate(self) -> None:
        self.btn_new.setText(self.tr("&New incident…"))
        self.btn_new.setToolTip(self.tr("Open a new incident (Ctrl+N)"))
        self.table.source.relabel()
