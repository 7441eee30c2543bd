"""One incident at a glance: counts by decision, the use × decision matrix, deadlines, timeline, statements."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMenu, QPushButton, QSplitter, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from ...domain.vocab import INCIDENT_STATUSES
from .. import calls, columns, exchange_actions, forms
from ..context import AppContext
from ..table_models import RowsModel
from ..widgets import StateChips, Table, heading


class IncidentView(QWidget):
    """Shows an IncidentOverview; its buttons open the forms with this incident filled in."""

    loaded = Signal(object)  # the IncidentOverview just shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: int | None = None
        self.overview = None
        self._ticket: int | None = None

        self.title = heading()
        self.title.setObjectName("incidentTitle")
        self.meta = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chips = StateChips()

        self.btn_statement = QPushButton()
        self.btn_decision = QPushButton()
        # Separate shortcuts: a button's own shortcut is replaced by the mnemonic of its text.
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self._shortcut_statement)
        QShortcut(QKeySequence("Ctrl+D"), self, self._shortcut_decision)
        self.btn_verify = QPushButton()
        # The less frequent actions share one menu so the row fits a 1280-pixel screen in Japanese.
        self.btn_more = QToolButton()
        self.btn_more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.btn_more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more = QMenu(self.btn_more)
        self.act_claims = more.addAction("", self.add_claims)
        self.act_timeline = more.addAction("", self.add_timeline_entry)
        self.act_link = more.addAction("", self.link_uses)
        self.act_source = more.addAction("", self.add_source)
        self.act_request = more.addAction("", self.add_request)
        self.act_survey = more.addAction("", self.survey_answer)
        more.addSeparator()
        self.act_edit = more.addAction("", self.edit_incident)
        self.btn_more.setMenu(more)
        buttons = QHBoxLayout()
        for b in (self.btn_statement, self.btn_decision, self.btn_verify, self.btn_more):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.matrix = Table(RowsModel(columns.affected(ctx), self))
        self.matrix.setObjectName("matrix")
        self.deadlines = Table(RowsModel(columns.deadlines(ctx), self))
        self.timeline = Table(RowsModel(columns.timeline(ctx), self))
        self.statements = Table(RowsModel(columns.statements(ctx), self))
        self.claims = Table(RowsModel(columns.claims(ctx), self))
        self.claims.setWordWrap(True)
        self.requests = Table(RowsModel(columns.requests(ctx), self))
        statement_split = QSplitter(Qt.Orientation.Horizontal)
        statement_split.addWidget(self.statements)
        statement_split.addWidget(self.claims)
        statement_split.setSizes([380, 620])
        self.tabs = QTabWidget()
        for w in (self.deadlines, self.timeline, statement_split, self.requests):
            self.tabs.addTab(w, "")
        # Columns of a tab are fitted when it is shown: measuring hidden tables slowed every reload.
        self._tab_tables = ((self.deadlines,), (self.timeline,), (self.statements, self.claims), (self.requests,))
        self._unfitted: set[int] = set()
        self.tabs.currentChanged.connect(self._fit_tab)
        self.matrix_label = QLabel()
        matrix_box = QWidget()
        mb = QVBoxLayout(matrix_box)
        mb.setContentsMargins(0, 0, 0, 0)
        mb.addWidget(self.matrix_label)
        mb.addWidget(self.matrix)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(matrix_box)
        self.split.addWidget(self.tabs)
        self.split.setSizes([420, 300])

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.summary)
        layout.addWidget(self.chips)
        layout.addLayout(buttons)
        layout.addWidget(self.split, 1)

        self.statements.current_row.connect(self._statement_chosen)
        self.matrix.activated_row.connect(lambda _row: self.record_decision())
        self.claims.activated_row.connect(lambda _row: self.verify_claim())
        self.btn_statement.clicked.connect(self.record_statement)
        self.btn_decision.clicked.connect(self.record_decision)
        self.btn_verify.clicked.connect(self.verify_claim)
        self.retranslate()
        self._enable(False)

    # -- loading -------------------------------------------------------------------
    def load(self, incident_id: int | None) -> None:
        self.incident_id = incident_id
        if incident_id is None:
            self.show_overview(None)
            return
        if self._ticket is not None:
            self.ctx.runner.cancel(self._ticket)
        self._ticket = self.ctx.call(calls.incident_overview, incident_id, parent=self, on_done=self.show_overview)

    def show_overview(self, overview) -> None:
        self._ticket = None
        self.overview = overview
        self._enable(overview is not None)
        if overview is None:
            self.title.setText(self.tr("No incident selected"))
            self.meta.setText(self._empty_hint())
            self.summary.clear()
            self.chips.set_counts({}, self.ctx.lang)
            for t in (self.matrix, self.deadlines, self.timeline, self.statements, self.claims, self.requests):
                t.source.set_rows([])
            return
        keep_statement = self.statements.selected()
        keep_use = self.matrix.selected()
        self.matrix.source.set_rows(overview.affected)
        if keep_use is not None:  # after a decision the same row stays selected for the next one
            self.matrix.select_where(lambda a: a.use_id == keep_use.use_id)
        self.deadlines.source.set_rows(overview.deadlines)
        self.timeline.source.set_rows(overview.timeline)
        self.statements.source.set_rows(overview.statements)
        self.requests.source.set_rows(overview.requests)
        if not (keep_statement and self.statements.select_where(lambda s: s.id == keep_statement.id)):
            self.statements.selectRow(max(0, len(overview.statements) - 1))
        self._unfitted = set(range(self.tabs.count()))
        self._fit_tab(self.tabs.currentIndex())
        self.matrix.fit_columns(220)  # the place columns at the right must stay in view
        self._render_texts()
        self.loaded.emit(overview)

    def _render_texts(self) -> None:
        o = self.overview
        if o is None:
            return
        inc = o.incident
        self.title.setText(inc.title)
        overdue = sum(1 for d in o.deadlines if d.overdue)
        self.meta.setText(self.tr("Status: %1 · occurred %2 · known %3 · %4 · %5")
                          .replace("%1", INCIDENT_STATUSES.label(inc.status, self.ctx.lang))
                          .replace("%2", self.ctx.long(inc.occurred_on))
                          .replace("%3", self.ctx.long(inc.known_on))
                          .replace("%4", self.tr("%n affected use(s)", "", len(o.affected)))
                          .replace("%5", self.tr("%n overdue deadline(s)", "", overdue)))
        self.summary.setText(inc.summary)
        self.chips.set_counts(o.counts, self.ctx.lang)
        self._tab_texts()

    def _tab_texts(self) -> None:
        deadlines = self.tr("Deadlines")
        if self.overview is not None:
            overdue = sum(1 for d in self.overview.deadlines if d.overdue)
            upcoming = len(self.overview.deadlines) - overdue
            deadlines = self.tr("Deadlines (%1 overdue, %2 upcoming)").replace("%1", str(overdue)).replace(
                "%2", str(upcoming))
        for i, text in enumerate((deadlines, self.tr("Timeline"), self.tr("Statements and claims"),
                                  self.tr("Requests"))):
            self.tabs.setTabText(i, text)

    def _empty_hint(self) -> str:
        return self.tr("Register the services and their uses first (Services and uses), then open an incident "
                       "with New incident… (Ctrl+N) and link the affected uses.")

    def _enable(self, on: bool) -> None:
        for b in (self.btn_statement, self.btn_decision, self.btn_verify, self.btn_more):
            b.setEnabled(on)

    def _statement_chosen(self, statement) -> None:
        self.claims.source.set_rows(statement.claims if statement else [])
        claims_tab = next(i for i, tables in enumerate(self._tab_tables) if self.claims in tables)
        if self.tabs.currentIndex() == claims_tab:
            self._fit_claims()
        else:
            self._unfitted.add(claims_tab)

    def _fit_claims(self) -> None:
        self.claims.fit_columns(420)
        self.claims.resizeRowsToContents()  # a statement has a handful of claims; show each in full

    def _fit_tab(self, index: int) -> None:
        if index not in self._unfitted:
            return
        self._unfitted.discard(index)
        for table in self._tab_tables[index]:
            if table is self.claims:
                self._fit_claims()
            else:
                table.fit_columns()

    # -- actions (each imports its form when first used, not while the window starts) -------------
    def _form(self, form, **context) -> object | None:
        if self.incident_id is None:
            return None
        return forms.ask(form, self, self.ctx, incident_id=self.incident_id, **context)

    def _shortcut_statement(self) -> None:
        if self.btn_statement.isEnabled():
            self.record_statement()

    def _shortcut_decision(self) -> None:
        if self.btn_decision.isEnabled():
            self.record_decision()

    def add_timeline_entry(self) -> object | None:
        from ..dialogs.incidents import TimelineDialog

        return self._form(TimelineDialog)

    def link_uses(self) -> object | None:
        from ..dialogs.incidents import LinkUsesDialog

        return self._form(LinkUsesDialog)

    def add_source(self) -> object | None:
        from ..dialogs.incidents import SourceDialog

        return self._form(SourceDialog)

    def add_request(self) -> object | None:
        from ..dialogs.requests import RequestDialog

        return self._form(RequestDialog)

    def edit_incident(self) -> object | None:
        from ..dialogs.incidents import IncidentDialog

        return self._form(IncidentDialog)

    def record_statement(self) -> object | None:
        from ..dialogs.statements import StatementDialog

        return self._form(StatementDialog)

    def record_decision(self) -> object | None:
        from ..dialogs.decisions import DecisionDialog

        if self.overview is None:
            return None
        use = self.matrix.selected()
        return forms.ask(DecisionDialog, self, self.ctx, overview=self.overview, use_id=use.use_id if use else None)

    def add_claims(self) -> object | None:
        from ..dialogs.statements import StatementDialog

        statement = self.statements.selected()
        if statement is None or self.overview is None:
            return None
        return self._form(StatementDialog, statement_id=statement.id, incident_title=self.overview.incident.title)

    def survey_answer(self) -> object | None:
        if self.overview is None:
            return None
        return exchange_actions.open_survey(self, self.ctx, self.overview.incident.id, self.overview.incident.title)

    def verify_claim(self) -> object | None:
        from ..dialogs.statements import VerificationDialog

        claim = self.claims.selected()
        if claim is None:
            return None
        return self._form(VerificationDialog, claim_id=claim.id)

    # -- language ------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.btn_statement.setText(self.tr("Record &statement…"))
        self.btn_statement.setToolTip(self.tr("Log what a vendor said, one claim per line (Ctrl+Shift+S)"))
        self.btn_decision.setText(self.tr("Record &decision…"))
        self.btn_decision.setToolTip(self.tr("Decide for the selected use (Ctrl+D)"))
        self.btn_verify.setText(self.tr("&Verify claim…"))
        self.btn_more.setText(self.tr("&More actions"))
        self.act_claims.setText(self.tr("Add &claims to the selected statement…"))
        self.act_timeline.setText(self.tr("Add timeline &entry…"))
        self.act_link.setText(self.tr("&Link affected uses…"))
        self.act_source.setText(self.tr("Add s&ource…"))
        self.act_request.setText(self.tr("Add &request for this incident…"))
        self.act_survey.setText(exchange_actions.survey_text())
        self.act_edit.setText(self.tr("Edit &incident…"))
        self.matrix_label.setText(self.tr("Affected uses and their current decision"))
        self._tab_texts()
        for t in (self.matrix, self.deadlines, self.timeline, self.statements, self.claims, self.requests):
            t.source.relabel()
        if self.overview is None:
            self.title.setText(self.tr("No incident selected"))
            self.meta.setText(self._empty_hint())
        else:
            self._render_texts()

