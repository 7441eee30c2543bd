"""One service: its facts, uses, data locations (abroad stands out), parties chain, decision history."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...domain.vocab import CONTRACT_TYPES
from .. import calls, columns, forms
from ..context import AppContext
from ..table_models import RowsModel
from ..widgets import Table, heading


class ServiceView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.service_id: int | None = None
        self.detail = None
        self._use_names: dict[int, str] = {}
        self.title = heading()
        self.title.setObjectName("serviceTitle")
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.abroad = QLabel()
        self.abroad.setObjectName("abroadWarning")
        self.abroad.setWordWrap(True)
        self.abroad.setStyleSheet("QLabel { font-weight: bold; border: 2px solid #c62828; padding: 4px; }")
        self.btn_edit = QPushButton()
        self.btn_use = QPushButton()
        self.btn_edit_use = QPushButton()
        self.btn_location = QPushButton()
        self.btn_party = QPushButton()
        buttons = QHBoxLayout()
        for b in (self.btn_edit, self.btn_use, self.btn_edit_use, self.btn_location, self.btn_party):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.uses = Table(RowsModel(columns.uses(ctx), self))
        self.locations = Table(RowsModel(columns.locations(ctx, self._use_names), self))
        self.locations.setObjectName("locations")
        self.parties = Table(RowsModel(columns.party_roles(ctx), self))
        self.history = Table(RowsModel(columns.decision_history(ctx), self))
        self.tabs = QTabWidget()
        for t in (self.uses, self.locations, self.parties, self.history):
            self.tabs.addTab(t, "")
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
        self.retranslate()
        self.show_detail(None)

    def load(self, service_id: int | None) -> None:
        self.service_id = service_id
        if service_id is None:
            self.show_detail(None)
        else:
            self.ctx.call(calls.service_detail, service_id, parent=self, on_done=self.show_detail)

    def show_detail(self, detail) -> None:
        self.detail = detail
        for b in (self.btn_edit, self.btn_use, self.btn_edit_use, self.btn_location, self.btn_party):
            b.setEnabled(detail is not None)
        self._use_names.clear()
        if detail is None:
            self.title.setText(self.tr("No service selected"))
            self.meta.clear()
            self.abroad.hide()
            for t in (self.uses, self.locations, self.parties, self.history):
                t.source.set_rows([])
            return
        self._use_names.update({u.id: u.name for u in detail.uses})
        self.uses.source.set_rows(detail.uses)
        self.locations.source.set_rows(detail.locations)
        self.parties.source.set_rows(detail.parties)
        self.history.source.set_rows(detail.history)
        for t in (self.uses, self.locations, self.parties, self.history):
            t.fit_columns()
        self._render_texts()

    def _render_texts(self) -> None:
        d = self.detail
        if d is None:
            return
        sv = d.service
        self.title.setText(sv.name)
        parts = [self.tr("Platform: %1").replace("%1", sv.platform or "—"),
                 self.tr("Department: %1").replace("%1", sv.department or "—"),
                 self.tr("Contract: %1").replace("%1", CONTRACT_TYPES.label(sv.contract_type, self.ctx.lang))]
        if sv.followers is not None:
            parts.append(self.tr("Followers: %1 (as of %2)").replace("%1", f"{sv.followers:,}")
                         .replace("%2", self.ctx.long(sv.followers_as_of) or "—"))
        if sv.started_on:
            parts.append(self.tr("Started: %1").replace("%1", self.ctx.long(sv.started_on)))
        self.meta.setText(" · ".join(parts[:3]) + ("\n" + " · ".join(parts[3:]) if parts[3:] else ""))
        abroad = [p for p in d.locations if p.abroad]
        if abroad:
            lines = [f"{columns.abroad_text(p.country, self.ctx.lang)}: {self._category(p)} — {p.party}" for p in abroad]
            self.abroad.setText("⚠ " + self.tr("Data stored or accessed outside Japan:") + "\n" + "\n".join(lines))
            self.abroad.show()
        else:
            self.abroad.hide()

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
        for i, text in enumerate((self.tr("Uses"), self.tr("Data locations"), self.tr("Parties"),
                                  self.tr("Decision history"))):
            self.tabs.setTabText(i, text)
        for t in (self.uses, self.locations, self.parties, self.history):
            t.source.relabel()
        if self.detail is None:
            self.title.setText(self.tr("No service selected"))
        else:
            self._render_texts()



