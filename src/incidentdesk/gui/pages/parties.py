"""Parties: vendors, contractors, affiliates and authorities, with their country and parent company."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from .. import calls, columns, forms
from ..context import AppContext
from ..table_models import RowsModel
from ..widgets import FilterBox, Table
from .base import Page


class PartiesPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._names: dict[int, str] = {}
        self.table = Table(RowsModel(columns.parties(ctx, self._names), self))
        self.table.setObjectName("partyList")
        self.filter = FilterBox(self.table)
        self.btn_new = QPushButton()
        self.btn_edit = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.btn_new)
        top.addWidget(self.btn_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.btn_new.clicked.connect(self.new_party)
        self.btn_edit.clicked.connect(self.edit)
        self.table.activated_row.connect(lambda _r: self.edit())
        self.retranslate()

    def refresh(self) -> None:
        self.ctx.call(calls.list_parties, parent=self, on_done=self._fill)

    def _fill(self, rows) -> None:
        self._names.clear()
        self._names.update({p.id: p.name for p in rows})
        self.table.source.set_rows(rows)
        self.table.fit_columns(320)

    def new_party(self) -> None:
        from ..dialogs.catalog import PartyDialog

        forms.ask(PartyDialog, self, self.ctx)

    def edit(self) -> None:
        from ..dialogs.catalog import PartyDialog

        party = self.table.selected()
        if party is not None:
            forms.ask(PartyDialog, self, self.ctx, party_id=party.id)

    def open_party(self, party_id: int) -> None:
        self.filter.clear()
        self.table.select_where(lambda p: p.id == party_id)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter parties…"))
        self.btn_new.setText(self.tr("New &party…"))
        self.btn_edit.setText(self.tr("&Edit party…"))
        self.table.source.relabel()
