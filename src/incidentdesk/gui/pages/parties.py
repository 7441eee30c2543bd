"""Parties: vendors, contractors, affiliates and authorities, with their country and parent company."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from .. import calls, columns, forms, record_actions
from ..record_actions import SelectionButton
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
        need = lambda: self.tr("Select a party first.")  # noqa: E731
        self.btn_edit = SelectionButton(self.table, lambda _p: self.edit(), needs=need)
        self.btn_retire = SelectionButton(self.table, self.retire, needs=need)
        self.btn_delete = SelectionButton(self.table, self.delete, needs=need)
        self.show_retired = QCheckBox()
        self._rows: list = []
        self.show_retired.toggled.connect(lambda _on: self._fill(self._rows))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_retired)
        top.addWidget(self.btn_new)
        top.addWidget(self.btn_edit)
        top.addWidget(self.btn_retire)
        top.addWidget(self.btn_delete)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.btn_new.clicked.connect(self.new_party)
        self.table.activated_row.connect(lambda _r: self.edit())
        self.retranslate()

    def refresh(self) -> None:
        self.ctx.call(calls.list_parties, parent=self, on_done=self._fill)

    def _fill(self, rows) -> None:
        """Retired parties (廃止済み) are hidden unless "Show retired" is ticked."""
        self._rows = rows
        keep = self.table.selected()
        self._names.clear()
        self._names.update({p.id: p.name for p in rows})
        self.table.source.set_rows([p for p in rows if self.show_retired.isChecked() or p.retired_on is None])
        self.table.fit_columns(320)
        if keep is not None:
            self.table.select_where(lambda p: p.id == keep.id)

    def retire(self, party) -> None:
        record_actions.retire(self, self.ctx, calls.retire_party, party, what=self.tr("the party"), name=party.name)

    def delete(self, party) -> None:
        record_actions.delete(
            self,
            self.ctx,
            calls.delete_party,
            party.id,
            what=self.tr("the party"),
            name=party.name,
            version=party.version,
        )

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
        if not self.table.select_where(lambda p: p.id == party_id) and any(p.id == party_id for p in self._rows):
            self.show_retired.setChecked(True)
            self.table.select_where(lambda p: p.id == party_id)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter parties…"))
        self.btn_new.setText(self.tr("New &party…"))
        self.btn_edit.setText(self.tr("&Edit party…"))
        self.btn_retire.setText(self.tr("Retire / use again…"))
        self.btn_retire.set_help(
            self.tr("A party with statements or roles is retired (廃止済み): hidden, kept with its history")
        )
        self.btn_delete.setText(self.tr("Delete…"))
        self.btn_delete.set_help(self.tr("Only a party nothing refers to can be deleted"))
        self.show_retired.setText(self.tr("Show retired"))
        self.table.source.relabel()
