"""One service: its facts, uses, data locations (abroad stands out), parties chain, decision history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...domain.vocab import CONTRACT_TYPES
from .. import calls, columns, forms, record_actions
from ..context import AppContext
from ..contrast import set_themed
from ..layouts import WrapLabel
from ..record_actions import SelectionButton, button_row
from ..table_models import RowsModel
from ..widgets import Table, heading


class ServiceView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.service_id: int | None = None
        self.detail = None
        self._use_names: dict[int, str] = {}
        self._role_names: dict[int, str] = {}
        self.title = heading()
        self.title.setObjectName("serviceTitle")
        self.meta = WrapLabel()
        self.meta.setWordWrap(True)
        self.abroad = WrapLabel()
        self.abroad.setObjectName("abroadWarning")
        self.abroad.setWordWrap(True)
        set_themed(self.abroad, "QLabel { font-weight: bold; border: 2px solid #c62828; padding: 4px; }")
        self.btn_edit = QPushButton()
        self.btn_use = QPushButton()
        self.btn_edit_use = QPushButton()
        self.btn_location = QPushButton()
        self.btn_party = QPushButton()
        self.btn_delete = QPushButton()
        self.btn_retire = QPushButton()
        buttons = button_row(
            self.btn_edit,
            self.btn_use,
            self.btn_edit_use,
            self.btn_location,
            self.btn_party,
            self.btn_retire,
            self.btn_delete,
        )  # wraps when the pane is narrow
        self.uses = Table(RowsModel(columns.uses(ctx), self))
        self.uses.setObjectName("uses")
        self.locations = Table(RowsModel(columns.locations(ctx, self._use_names), self))
        self.locations.setObjectName("locations")
        self.parties = Table(RowsModel(columns.party_roles(ctx, self._role_names), self))
        self.parties.setObjectName("partyRoles")
        self.history = Table(RowsModel(columns.decision_history(ctx), self))
        self.history.setObjectName("serviceHistory")
        self.chain_label = WrapLabel()
        self.chain_label.setObjectName("contractorChain")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        use_needed = lambda: self.tr("Select a use first.")  # noqa: E731
        self.btn_use_delete = SelectionButton(self.uses, self.delete_use, needs=use_needed)
        self.btn_use_retire = SelectionButton(self.uses, self.retire_use, needs=use_needed)
        place_needed = lambda: self.tr("Select a data location first.")  # noqa: E731
        self.btn_location_edit = SelectionButton(self.locations, self.edit_location, needs=place_needed)
        self.btn_location_delete = SelectionButton(self.locations, self.delete_location, needs=place_needed)
        role_needed = lambda: self.tr("Select a party role first.")  # noqa: E731
        self.btn_role_edit = SelectionButton(self.parties, self.edit_role, needs=role_needed)
        self.btn_role_delete = SelectionButton(self.parties, self.delete_role, needs=role_needed)
        self.btn_withdraw = SelectionButton(
            self.history,
            self.withdraw_decision,
            needs=lambda: self.tr("Select a decision first."),
            applies=lambda d: d.withdrawal is None,
            why_not=lambda: self.tr("This decision has already been withdrawn."),
        )
        self.btn_correct = SelectionButton(
            self.history,
            self.correct_decision,
            needs=lambda: self.tr("Select a decision first."),
            applies=lambda d: d.withdrawal is None,
            why_not=lambda: self.tr("This decision has already been withdrawn."),
        )
        self.show_retired = QCheckBox()
        self.show_retired.toggled.connect(lambda _on: self._fill_uses())
        self.tabs = QTabWidget()
        for parts in (
            (button_row(self.btn_use_delete, self.btn_use_retire, self.show_retired), self.uses),
            (button_row(self.btn_location_edit, self.btn_location_delete), self.locations),
            (self.chain_label, button_row(self.btn_role_edit, self.btn_role_delete), self.parties),
            (button_row(self.btn_withdraw, self.btn_correct), self.history),
        ):
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            for part in parts:
                v.addWidget(part) if isinstance(part, QWidget) else v.addLayout(part)
            self.tabs.addTab(box, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.abroad)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.btn_edit.clicked.connect(self.edit_service)
        self.btn_use.clicked.connect(self.add_use)
        self.btn_edit_use.clicked.connect(self._edit_use)
        self.uses.activated_row.connect(lambda _r: self._edit_use())
        self.btn_location.clicked.connect(self.add_location)
        self.btn_party.clicked.connect(self.assign_party)
        self.btn_delete.clicked.connect(self.delete_service)
        self.btn_retire.clicked.connect(self.retire_service)
        self.locations.activated_row.connect(self.edit_location)
        self.parties.activated_row.connect(self.edit_role)
        self._use_selected(None)
        self.uses.current_row.connect(self._use_selected)
        self.retranslate()
        self.show_detail(None)

    def load(self, service_id: int | None) -> None:
        if service_id != self.service_id:
            self.detail = None
            for t in (self.uses, self.locations, self.parties, self.history):
                t.source.set_rows([])  # nothing of the previous service stays on screen
        self.service_id = service_id
        if service_id is None:
            self.show_detail(None)
        else:
            self.ctx.call(calls.service_detail, service_id, parent=self, on_done=self.show_detail)

    def show_detail(self, detail) -> None:
        same = detail is not None and self.detail is not None and self.detail.service.id == detail.service.id
        keep = {t: (t.selected() if same else None) for t in (self.uses, self.locations, self.parties, self.history)}
        self.detail = detail
        for b in (self.btn_edit, self.btn_use, self.btn_location, self.btn_party, self.btn_delete, self.btn_retire):
            b.setEnabled(detail is not None)
        self._use_names.clear()
        self._role_names.clear()
        if detail is None:
            self.title.setText(self.tr("No service selected"))
            self.meta.clear()
            self.abroad.hide()
            for t in (self.uses, self.locations, self.parties, self.history):
                t.source.set_rows([])
            return
        self._use_names.update({u.id: u.name for u in detail.uses})
        self._role_names.update({p.id: p.party for p in detail.parties})
        self._fill_uses()
        self.locations.source.set_rows(detail.locations)
        self.parties.source.set_rows(detail.parties)
        self.history.source.set_rows(detail.history)
        for t in (self.uses, self.locations, self.parties, self.history):
            t.fit_columns()
            if keep[t] is not None:
                t.select_where(lambda row, wanted=keep[t].id: row.id == wanted)
        pending = self.ctx.take_pending("use", "location")
        if pending is not None:
            if pending[0] == "use":
                self.show_retired.setChecked(True)  # a hit on a retired use must still be shown
            table = self.uses if pending[0] == "use" else self.locations
            self.tabs.setCurrentIndex(0 if pending[0] == "use" else 1)
            table.select_where(lambda row: row.id == pending[1])
        self._render_texts()

    def _fill_uses(self) -> None:
        """Retired uses (廃止済み) are hidden unless asked for."""
        if self.detail is None:
            return
        keep = self.uses.selected()
        shown = [u for u in self.detail.uses if self.show_retired.isChecked() or u.retired_on is None]
        self.uses.source.set_rows(shown)
        if keep is not None:
            self.uses.select_where(lambda row: row.id == keep.id)

    def _render_texts(self) -> None:
        d = self.detail
        if d is None:
            return
        sv = d.service
        self.title.setText(sv.name)
        parts = [
            self.tr("Platform: %1").replace("%1", sv.platform or "—"),
            self.tr("Department: %1").replace("%1", sv.department or "—"),
            self.tr("Contract: %1").replace("%1", CONTRACT_TYPES.label(sv.contract_type, self.ctx.lang)),
        ]
        if sv.followers is not None:
            parts.append(
                self.tr("Followers: %1 (as of %2)")
                .replace("%1", f"{sv.followers:,}")
                .replace("%2", self.ctx.long(sv.followers_as_of) or "—")
            )
        if sv.started_on:
            parts.append(self.tr("Started: %1").replace("%1", self.ctx.long(sv.started_on)))
        if sv.retired_on:
            parts.append(self.tr("Retired (廃止済み) since %1").replace("%1", self.ctx.long(sv.retired_on)))
        self.btn_retire.setText(self.tr("Use again…") if sv.retired_on else self.tr("Retire…"))
        self.meta.setText(" · ".join(parts[:3]) + ("\n" + " · ".join(parts[3:]) if parts[3:] else ""))
        self.chain_label.setText(self._chain_text())
        abroad = [p for p in d.locations if p.abroad]
        if abroad:
            lines = [
                f"{columns.abroad_text(p.country, self.ctx.lang)}: {self._category(p)} — {p.party}" for p in abroad
            ]
            self.abroad.setText("⚠ " + self.tr("Data stored or accessed outside Japan:") + "\n" + "\n".join(lines))
            self.abroad.show()
        else:
            self.abroad.hide()

    def _chain_text(self) -> str:
        """The contractor chain in effect today: 市 → 受託事業者A → 再委託先B(承認なし) → ..."""
        from datetime import date

        from ...domain.vocab import APPROVALS
        from ...services.reads.catalog import chain

        d = self.detail
        links = chain(d.parties, date.today())  # in chain order, as the memo's 3 現状 reads it
        if not links:
            if any(p.role in ("contractor", "subcontractor") for p in d.parties):  # every link has ended
                return self.tr("Contractor chain: none in effect today (the ended links are struck through below)")
            return self.tr("Contractor chain: none recorded")
        parts = []
        for link in links:
            text = link.party
            if link.upstream_id is not None:
                approval = APPROVALS.label(link.approval or "unknown", self.ctx.lang)
                if self.ctx.lang == "ja":  # 「(承認なし、R5.10.1〜)」 as the memo writes it
                    since = f"、{self.ctx.short(link.valid_from)}〜" if link.valid_from else ""
                    text += f"({approval}{since})"
                else:
                    since = f", since {self.ctx.short(link.valid_from)}" if link.valid_from else ""
                    text += f" ({approval.lower()}{since})"
            parts.append(text)
        return self.tr("Contractor chain in effect: %1").replace("%1", " → ".join([self.tr("the city"), *parts]))

    def _category(self, place) -> str:
        from ...domain.vocab import DATA_CATEGORIES, LOCATION_KINDS

        lang = self.ctx.lang
        return f"{DATA_CATEGORIES.label(place.category, lang)} ({LOCATION_KINDS.label(place.kind, lang)})"

    def _form(self, form, **context) -> object | None:
        if self.service_id is None:
            return None
        return forms.ask(form, self, self.ctx, service_id=self.service_id, **context)

    def edit_service(self) -> None:
        from ..dialogs.catalog import ServiceDialog

        self._form(ServiceDialog)

    def add_use(self) -> None:
        from ..dialogs.catalog import UseDialog

        self._form(UseDialog)

    def add_location(self) -> None:
        from ..dialogs.catalog import LocationDialog

        self._form(LocationDialog)

    def assign_party(self) -> None:
        from ..dialogs.catalog import AssignPartyDialog

        self._form(AssignPartyDialog)

    def _use_selected(self, row) -> None:
        self.btn_edit_use.setEnabled(row is not None)
        self.btn_edit_use.setToolTip("" if row is not None else self.tr("Select a use first."))

    def edit_location(self, place) -> None:
        from ..dialogs.catalog import LocationDialog

        if place is not None:
            self._form(LocationDialog, location_id=place.id)

    def delete_location(self, place) -> None:
        record_actions.delete(
            self,
            self.ctx,
            calls.delete_location,
            place.id,
            what=self.tr("the data location"),
            name=self._category(place),
            version=place.version,
        )

    def edit_role(self, role) -> None:
        from ..dialogs.catalog import AssignPartyDialog

        if role is not None:
            self._form(AssignPartyDialog, role_id=role.id)

    def delete_role(self, role) -> None:
        record_actions.delete(
            self,
            self.ctx,
            calls.unassign_party,
            role.id,
            what=self.tr("the party role"),
            name=role.party,
            version=role.version,
        )

    def delete_use(self, use) -> None:
        record_actions.delete(
            self, self.ctx, calls.delete_use, use.id, what=self.tr("the use"), name=use.name, version=use.version
        )

    def retire_use(self, use) -> None:
        record_actions.retire(self, self.ctx, calls.retire_use, use, what=self.tr("the use"), name=use.name)

    def delete_service(self) -> None:
        if self.detail is not None:
            sv = self.detail.service
            record_actions.delete(
                self,
                self.ctx,
                calls.delete_service,
                sv.id,
                what=self.tr("the service"),
                name=sv.name,
                version=sv.version,
            )

    def retire_service(self) -> None:
        if self.detail is not None:
            sv = self.detail.service
            record_actions.retire(self, self.ctx, calls.retire_service, sv, what=self.tr("the service"), name=sv.name)

    def withdraw_decision(self, decision) -> None:
        from ..dialogs.decisions import WithdrawDialog

        forms.ask(WithdrawDialog, self, self.ctx, decision=decision)

    def correct_decision(self, decision) -> None:
        """Withdraw the selected decision and record the right one, in the form the incident page opens: it needs
        the decision's incident (its affected uses and statements), read first."""
        from ..dialogs.decisions import DecisionDialog

        self.ctx.call(
            calls.incident_overview,
            decision.incident_id,
            parent=self,
            on_done=lambda overview: forms.ask(DecisionDialog, self, self.ctx, overview=overview, correcting=decision),
        )

    def _edit_use(self) -> None:
        from ..dialogs.catalog import UseDialog

        use = self.uses.selected()
        if use is not None:
            self._form(UseDialog, use_id=use.id)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.btn_edit.setText(self.tr("&Edit service…"))
        self.btn_use.setText(self.tr("Add &use…"))
        self.btn_edit_use.setText(self.tr("Edit u&se…"))
        self.btn_location.setText(self.tr("Add data &location…"))
        self.btn_party.setText(self.tr("Add &party…"))
        self.btn_delete.setText(self.tr("Delete service…"))
        self.btn_delete.setToolTip(
            self.tr("Only a service nothing refers to can be deleted; retire one that has uses with history")
        )
        self.btn_use_delete.setText(self.tr("Delete use…"))
        self.btn_use_delete.set_help(self.tr("Only a use nothing refers to can be deleted; retire one with decisions"))
        self.btn_use_retire.setText(self.tr("Retire / use again…"))
        self.show_retired.setText(self.tr("Show retired"))
        self.btn_location_edit.setText(self.tr("Edit…"))
        self.btn_location_delete.setText(self.tr("Delete…"))
        self.btn_location_delete.set_help(self.tr("A location that ended gets an end date instead (Edit…)"))
        self.btn_role_edit.setText(self.tr("Edit…"))
        self.btn_role_delete.setText(self.tr("Remove…"))
        self.btn_role_delete.set_help(
            self.tr("For a role entered by mistake; a role that ended gets an end date instead (Edit…)")
        )
        self.btn_withdraw.setText(self.tr("&Withdraw (取消)…"))
        self.btn_withdraw.set_help(self.tr("Mark the selected decision as entered by mistake, with a reason"))
        self.btn_correct.setText(self.tr("Co&rrect…"))
        self.btn_correct.set_help(self.tr("Withdraw the selected decision and record the right one in one step"))
        for i, text in enumerate(
            (self.tr("Uses"), self.tr("Data locations"), self.tr("Parties"), self.tr("Decision history"))
        ):
            self.tabs.setTabText(i, text)
        for t in (self.uses, self.locations, self.parties, self.history):
            t.source.relabel()
        if self.detail is None:
            self.title.setText(self.tr("No service selected"))
        else:
            self._render_texts()
