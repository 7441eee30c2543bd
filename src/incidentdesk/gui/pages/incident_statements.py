"""The incident page's "Statements and claims" tab: the incident's statements on the left (retired ones when
asked for), the selected statement's claims on the right, each table with its actions above it.

Built when the tab is first shown, like the page's other tabs (incident_tabs.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSplitter, QVBoxLayout, QWidget

from .. import calls, columns, forms
from ..record_actions import SelectionButton, button_row
from ..table_models import RowsModel
from ..widgets import Table
from .incident_tabs import TabPart, reselect

if TYPE_CHECKING:
    from .incident_view import IncidentView


def _boxed(*parts) -> QWidget:
    box = QWidget()
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QWidget):
            v.addWidget(part)
        else:
            v.addLayout(part)
    return box


class StatementsTab(TabPart):
    """Statements (what a vendor said) and their claims; a claim is verified, edited or deleted here."""

    def __init__(self, view: IncidentView, index: int):
        super().__init__(view, index)
        self.statements = Table(RowsModel(columns.statements(self.ctx), self))
        self.statements.setObjectName("statements")
        self.claims = Table(RowsModel(columns.claims(self.ctx), self))
        self.claims.setObjectName("claims")
        self.claims.setWordWrap(True)

        need_statement, need_claim = self._need_statement, self._need_claim
        self.btn_verify = SelectionButton(self.claims, lambda _c: self.verify_claim(), needs=need_claim)
        self.btn_verify.setObjectName("verifyClaim")
        self.btn_edit_statement = SelectionButton(self.statements, self.edit_statement, needs=need_statement)
        self.btn_claims = SelectionButton(self.statements, lambda _s: self.add_claims(), needs=need_statement)
        self.btn_statement_files = SelectionButton(self.statements, self.statement_attachments, needs=need_statement)
        self.btn_remove_statement = SelectionButton(self.statements, self.remove_statement, needs=need_statement)
        self.show_retired = QCheckBox()  # retired statements (廃止済み), hidden unless asked for
        self.show_retired.toggled.connect(lambda _on: self.view.show_overview(self.view.overview))
        self.btn_delete_claim = SelectionButton(self.claims, self.delete_claim, needs=need_claim)
        self.btn_edit_claim = SelectionButton(self.claims, self.edit_claim, needs=need_claim)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(
            _boxed(
                button_row(
                    self.btn_edit_statement, self.btn_claims, self.btn_statement_files, self.btn_remove_statement
                ),
                self.statements,
                self.show_retired,
            )
        )
        split.addWidget(_boxed(button_row(self.btn_verify, self.btn_edit_claim, self.btn_delete_claim), self.claims))
        split.setSizes([420, 620])
        self._lay_out(split)

        self.statements.current_row.connect(self._statement_chosen)
        self.claims.activated_row.connect(lambda _row: self.verify_claim())
        self.retranslate()

    # -- what a disabled button says -------------------------------------------------
    def _need_claim(self) -> str:
        return self.tr("Select a claim first (choose a statement on the left, then one of its claims).")

    def _need_statement(self) -> str:
        return self.tr("Select a statement first.")

    # -- showing ---------------------------------------------------------------------
    def tables(self) -> tuple[Table, ...]:
        return (self.statements, self.claims)

    def fill(self, overview, keep) -> None:
        if overview is None:
            self.statements.source.set_rows([])
            self.claims.source.set_rows([])
            return
        self.statements.source.set_rows(
            overview.statements + (overview.retired_statements if self.show_retired.isChecked() else ())
        )
        if not reselect(self.statements, keep.get(self.statements), lambda s: s.id):
            self.statements.selectRow(max(0, len(overview.statements) - 1))
        self._statement_chosen(self.statements.selected())
        reselect(self.claims, keep.get(self.claims), lambda c: c.id)

    def select(self, kind: str, ref_id: int) -> None:
        """Select a statement by its id, or a claim by its id or by one of its checks' (a search hit)."""
        if kind == "statement":
            self.statements.select_where(lambda s: s.id == ref_id)
            return

        def wanted(c) -> bool:  # a claim by its id, a check by the claim it checked
            return c.id == ref_id if kind == "claim" else any(k.id == ref_id for k in c.checks)

        owner = next((s for s in self.statements.source.rows() for c in s.claims if wanted(c)), None)
        if owner is not None:
            self.statements.select_where(lambda s: s.id == owner.id)
            self.claims.select_where(wanted)

    def _statement_chosen(self, statement) -> None:
        self.claims.source.set_rows(statement.claims if statement else [])
        retired = statement is not None and statement.retired_on is not None
        self.btn_remove_statement.setText(self.tr("Use again…") if retired else self.tr("Remove…"))
        self.view.rows_changed(self.index, self._fit_claims)

    def _fit_claims(self) -> None:
        self.claims.fit_columns(420)
        self.claims.resizeRowsToContents()  # a statement has a handful of claims; show each in full

    def fit(self) -> None:
        self.statements.fit_columns()
        self._fit_claims()

    # -- actions ---------------------------------------------------------------------
    def edit_statement(self, statement) -> object | None:
        from ..dialogs.statements import StatementDialog

        if self.view.overview is None:
            return None
        return forms.ask(
            StatementDialog,
            self.view,
            self.ctx,
            statement_id=statement.id,
            edit=True,
            incident_title=self.view.overview.incident.title,
        )

    def remove_statement(self, statement) -> None:
        from ..dialogs.statements import remove_statement

        remove_statement(self.view, self.ctx, statement)

    def add_claims(self) -> object | None:
        from ..dialogs.statements import StatementDialog

        statement = self.statements.selected()
        if statement is None or self.view.overview is None:
            return None
        return self.view.ask(
            StatementDialog, statement_id=statement.id, incident_title=self.view.overview.incident.title
        )

    def statement_attachments(self, statement) -> None:
        self.view.attachments(
            "statement", statement.id, f"{self.ctx.fact(statement.made)} {statement.party} {statement.title}"
        )

    def verify_claim(self) -> object | None:
        from ..dialogs.statements import VerificationDialog

        claim = self.claims.selected()
        if claim is None:
            return None
        return self.view.ask(VerificationDialog, claim_id=claim.id)

    def edit_claim(self, claim) -> object | None:
        from ..dialogs.statements import ClaimDialog

        return forms.ask(ClaimDialog, self.view, self.ctx, claim_id=claim.id)

    def delete_claim(self, claim) -> None:
        self._delete(
            calls.delete_claim, claim.id, what=self.tr("the claim"), name=claim.text[:40], version=claim.version
        )

    # -- language --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.btn_verify.setText(self.tr("&Verify claim…"))
        self.btn_verify.set_help(self.tr("Record a check of the selected claim (Enter)"))
        self.btn_edit_statement.setText(self.tr("Edit statement…"))
        self.btn_claims.setText(self.tr("Add &claims…"))
        self.btn_statement_files.setText(self.tr("Attachments…"))
        retired = (chosen := self.statements.selected()) is not None and chosen.retired_on is not None
        self.btn_remove_statement.setText(self.tr("Use again…") if retired else self.tr("Remove…"))
        self.btn_remove_statement.set_help(
            self.tr(
                "Delete a statement logged by mistake, with its claims; one whose "
                "claims were checked, with files or relied on by a decision is "
                "retired (廃止済み) instead"
            )
        )
        self.show_retired.setText(self.tr("Show retired statements"))
        self.btn_edit_claim.setText(self.tr("Edit claim…"))
        self.btn_edit_claim.set_help(self.tr("Correct the claim's wording or its promised date; its checks stay"))
        self.btn_delete_claim.setText(self.tr("Delete claim…"))
        self.btn_delete_claim.set_help(self.tr("Only a claim nobody has checked yet can be deleted."))
        super().retranslate()
