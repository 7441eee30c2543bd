"""One incident at a glance: counts by decision, the use × decision matrix, and tabs for deadlines, timeline,
statements and claims, sources, requests and the selected use's decision history, each with its own actions.

What is shown always belongs to what is selected: another incident clears every child view at once, a reload
keeps the selected rows by id, and a button that needs a selection is disabled without one (its tooltip says
what to select).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QMenu, QPushButton, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ...domain.vocab import INCIDENT_STATUSES, decision_label
from .. import calls, columns, exchange_actions, forms, record_actions
from ..context import AppContext
from ..deadline_banner import open_deadline
from ..layouts import WrapLabel
from ..record_actions import SelectionButton, button_row, selected_rows
from ..table_models import RowsModel
from ..widgets import StateChips, Table, heading


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
        self.meta = WrapLabel()
        self.meta.setWordWrap(True)
        self.summary = WrapLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chips = StateChips()

        self.matrix = Table(RowsModel(columns.affected(ctx), self))
        self.matrix.setObjectName("matrix")
        self.deadlines = Table(RowsModel(columns.deadlines(ctx), self))
        self._late_timeline: set[int] = set()
        self.timeline = Table(RowsModel(columns.timeline(ctx, self._late_timeline), self))
        self.timeline.setObjectName("timeline")
        self.statements = Table(RowsModel(columns.statements(ctx), self))
        self.statements.setObjectName("statements")
        self.claims = Table(RowsModel(columns.claims(ctx), self))
        self.claims.setObjectName("claims")
        self.claims.setWordWrap(True)
        self.sources = Table(RowsModel(columns.sources(ctx), self))
        self.sources.setObjectName("sources")
        self.requests = Table(RowsModel(columns.requests(ctx), self))
        self.requests.setObjectName("incidentRequests")
        self.history = Table(RowsModel(columns.decision_history(ctx), self))
        self.history.setObjectName("useHistory")

        # The steps of every day, visible: statement, decision, and adding affected uses (the step after opening).
        self.btn_statement = QPushButton()
        self.btn_decision = QPushButton()
        self.btn_link = QPushButton()
        self.btn_link.setObjectName("addAffectedUses")
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self._shortcut_statement)
        QShortcut(QKeySequence("Ctrl+D"), self, self._shortcut_decision)
        self.btn_more = QToolButton()
        self.btn_more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.btn_more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more = QMenu(self.btn_more)
        self.act_service_all = more.addAction("", self.decide_whole_service)
        self.act_survey = more.addAction("", self.survey_answer)
        self.act_attach = more.addAction("", self.incident_attachments)
        more.addSeparator()
        self.act_edit = more.addAction("", self.edit_incident)
        self.btn_more.setMenu(more)
        buttons = button_row(self.btn_statement, self.btn_decision, self.btn_link, self.btn_more)  # wraps

        # Actions on the selected row of each table, in a row above it.
        self.btn_unlink = SelectionButton(self.matrix, self.unlink_use, needs=self._need_use)
        self.btn_verify = SelectionButton(self.claims, lambda _c: self.verify_claim(), needs=self._need_claim)
        self.btn_verify.setObjectName("verifyClaim")
        self.btn_edit_statement = SelectionButton(self.statements, self.edit_statement, needs=self._need_statement)
        self.btn_claims = SelectionButton(self.statements, lambda _s: self.add_claims(), needs=self._need_statement)
        self.btn_statement_files = SelectionButton(
            self.statements, self.statement_attachments, needs=self._need_statement
        )
        self.btn_remove_statement = SelectionButton(self.statements, self.remove_statement, needs=self._need_statement)
        self.show_retired = QCheckBox()  # retired statements (廃止済み), hidden unless asked for
        self.show_retired.toggled.connect(lambda _on: self.show_overview(self.overview))
        self.btn_delete_claim = SelectionButton(self.claims, self.delete_claim, needs=self._need_claim)
        self.btn_edit_claim = SelectionButton(self.claims, self.edit_claim, needs=self._need_claim)
        self.btn_timeline_add = QPushButton()
        self.btn_timeline_edit = SelectionButton(self.timeline, self.edit_timeline_entry, needs=self._need_entry)
        self.btn_timeline_delete = SelectionButton(self.timeline, self.delete_timeline_entry, needs=self._need_entry)
        self.btn_source_add = QPushButton()
        self.btn_source_edit = SelectionButton(self.sources, self.edit_source, needs=self._need_source)
        self.btn_source_delete = SelectionButton(self.sources, self.delete_source, needs=self._need_source)
        self.btn_request_add = QPushButton()
        self.btn_request_edit = SelectionButton(self.requests, self.edit_request, needs=self._need_request)
        self.btn_request_answer = SelectionButton(self.requests, self.answer_request, needs=self._need_request)
        self.btn_request_delete = SelectionButton(self.requests, self.delete_request, needs=self._need_request)
        self.btn_request_files = SelectionButton(self.requests, self.request_attachments, needs=self._need_request)
        valid = lambda d: d.withdrawal is None  # noqa: E731
        self.btn_withdraw = SelectionButton(
            self.history,
            self.withdraw_decision,
            needs=self._need_decision,
            applies=valid,
            why_not=self._already_withdrawn,
        )
        self.btn_withdraw.setObjectName("withdrawDecision")
        self.btn_correct = SelectionButton(
            self.history,
            self.correct_decision,
            needs=self._need_decision,
            applies=valid,
            why_not=self._already_withdrawn,
        )
        self.btn_decision_files = SelectionButton(self.history, self.decision_attachments, needs=self._need_decision)

        statement_split = QSplitter(Qt.Orientation.Horizontal)
        statement_split.addWidget(
            _boxed(
                button_row(
                    self.btn_edit_statement, self.btn_claims, self.btn_statement_files, self.btn_remove_statement
                ),
                self.statements,
                self.show_retired,
            )
        )
        statement_split.addWidget(
            _boxed(button_row(self.btn_verify, self.btn_edit_claim, self.btn_delete_claim), self.claims)
        )
        statement_split.setSizes([420, 620])
        self.history_label = WrapLabel()
        self.tabs = QTabWidget()
        for w in (
            self.deadlines,
            _boxed(button_row(self.btn_timeline_add, self.btn_timeline_edit, self.btn_timeline_delete), self.timeline),
            statement_split,
            _boxed(button_row(self.btn_source_add, self.btn_source_edit, self.btn_source_delete), self.sources),
            _boxed(
                button_row(
                    self.btn_request_add,
                    self.btn_request_edit,
                    self.btn_request_answer,
                    self.btn_request_delete,
                    self.btn_request_files,
                ),
                self.requests,
            ),
            _boxed(
                self.history_label,
                button_row(self.btn_withdraw, self.btn_correct, self.btn_decision_files),
                self.history,
            ),
        ):
            self.tabs.addTab(w, "")
        self.HISTORY_TAB = 5
        # Columns of a tab are fitted when it is shown: measuring hidden tables slowed every reload.
        self._tab_tables = (
            (self.deadlines,),
            (self.timeline,),
            (self.statements, self.claims),
            (self.sources,),
            (self.requests,),
            (self.history,),
        )
        self._unfitted: set[int] = set()
        self.tabs.currentChanged.connect(self._fit_tab)
        self.matrix_label = WrapLabel()
        self.matrix_label.setWordWrap(True)
        matrix_box = _boxed(self.matrix_label, self.matrix, button_row(self.btn_unlink))
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
        self.matrix.current_row.connect(self._use_chosen)
        self.matrix.activated_row.connect(lambda _row: self.record_decision())
        self.claims.activated_row.connect(lambda _row: self.verify_claim())
        self.timeline.activated_row.connect(self.edit_timeline_entry)
        self.sources.activated_row.connect(self.edit_source)
        self.requests.activated_row.connect(self.edit_request)
        self.deadlines.activated_row.connect(lambda d: open_deadline(self.ctx, d) if d else None)  # its record
        self.btn_statement.clicked.connect(self.record_statement)
        self.btn_decision.clicked.connect(self.record_decision)
        self.btn_link.clicked.connect(self.link_uses)
        self.btn_timeline_add.clicked.connect(self.add_timeline_entry)
        self.btn_source_add.clicked.connect(self.add_source)
        self.btn_request_add.clicked.connect(self.add_request)
        self.retranslate()
        self._enable(False)

    # -- what a disabled button says -------------------------------------------------
    def _need_use(self) -> str:
        return self.tr("Select an affected use in the table above first.")

    def _need_claim(self) -> str:
        return self.tr("Select a claim first (choose a statement on the left, then one of its claims).")

    def _need_statement(self) -> str:
        return self.tr("Select a statement first.")

    def _need_entry(self) -> str:
        return self.tr("Select a timeline entry first.")

    def _need_source(self) -> str:
        return self.tr("Select a source first.")

    def _need_request(self) -> str:
        return self.tr("Select a request first.")

    def _need_decision(self) -> str:
        return self.tr("Select an affected use above, then one of its decisions here.")

    def _already_withdrawn(self) -> str:
        return self.tr("This decision has already been withdrawn.")

    # -- loading -------------------------------------------------------------------
    def load(self, incident_id: int | None) -> None:
        if incident_id != self.incident_id:
            self._clear()  # nothing of the previous incident may stay on screen, not even for a moment
        self.incident_id = incident_id
        if incident_id is None:
            self.show_overview(None)
            return
        if self._ticket is not None:
            self.ctx.runner.cancel(self._ticket)
        self._ticket = self.ctx.call(calls.incident_overview, incident_id, parent=self, on_done=self.show_overview)

    def _clear(self) -> None:
        self.overview = None
        for t in (
            self.matrix,
            self.deadlines,
            self.timeline,
            self.statements,
            self.claims,
            self.sources,
            self.requests,
            self.history,
        ):
            t.source.set_rows([])
        self._enable(False)

    def show_overview(self, overview) -> None:
        self._ticket = None
        same = overview is not None and self.overview is not None and self.overview.incident.id == overview.incident.id
        keep = {
            t: (t.selected() if same else None)
            for t in (
                self.matrix,
                self.statements,
                self.claims,
                self.timeline,
                self.sources,
                self.requests,
                self.history,
            )
        }
        self.overview = overview
        self._enable(overview is not None)
        if overview is None:
            self._clear()
            self.title.setText(self.tr("No incident selected"))
            self.meta.setText(self._empty_hint())
            self.summary.clear()
            self.chips.set_counts({}, self.ctx.lang)
            return
        self.matrix.source.set_rows(overview.affected)
        self.deadlines.source.set_rows(overview.deadlines)
        self._late_timeline.clear()
        self._late_timeline.update(
            columns.late_ids([t.entry for t in overview.timeline], lambda e: e.occurred.start, lambda e: e.entered_at)
        )
        self.timeline.source.set_rows(overview.timeline)
        self.statements.source.set_rows(
            overview.statements + (overview.retired_statements if self.show_retired.isChecked() else ())
        )
        self.sources.source.set_rows(overview.sources)
        self.requests.source.set_rows(overview.requests)
        # Selection is kept by id across reloads: "Down, Enter" after a save opens the row the user expects.
        self._reselect(self.matrix, keep[self.matrix], lambda a: a.use_id)
        self._reselect(self.timeline, keep[self.timeline], lambda e: e.entry.id)
        self._reselect(self.sources, keep[self.sources], lambda s: s.id)
        self._reselect(self.requests, keep[self.requests], lambda q: q.id)
        if not self._reselect(self.statements, keep[self.statements], lambda s: s.id):
            self.statements.selectRow(max(0, len(overview.statements) - 1))
        self._statement_chosen(self.statements.selected())
        self._reselect(self.claims, keep[self.claims], lambda c: c.id)
        self._use_chosen(self.matrix.selected())
        self._reselect(self.history, keep[self.history], lambda d: d.id)
        self._select_pending()
        self._unfitted = set(range(self.tabs.count()))
        self._fit_tab(self.tabs.currentIndex())
        self.matrix.fit_columns(220)  # the place columns at the right must stay in view
        self._render_texts()
        self.loaded.emit(overview)

    @staticmethod
    def _reselect(table: Table, kept, key) -> bool:
        if kept is None:
            return False
        wanted = key(kept)
        return table.select_where(lambda row: key(row) == wanted)

    def _select_pending(self) -> None:
        """Select the exact record a search hit opened (a claim, a statement, a decision, ...)."""
        pending = self.ctx.take_pending(
            "timeline", "statement", "claim", "claim_check", "request", "source", "decision", "use"
        )
        if pending is None or self.overview is None:
            return
        kind, ref_id = pending
        if kind == "timeline":
            self.tabs.setCurrentIndex(1)
            self.timeline.select_where(lambda e: e.entry.id == ref_id)
        elif not self.show_retired.isChecked() and self._retired_holds(kind, ref_id):
            self.ctx.pending = pending  # a retired statement's: shown, and selected on the way
            self.show_retired.setChecked(True)
        elif kind == "statement":
            self.tabs.setCurrentIndex(2)
            self.statements.select_where(lambda s: s.id == ref_id)
        elif kind in ("claim", "claim_check"):
            self.tabs.setCurrentIndex(2)

            def wanted(c) -> bool:  # a claim by its id, a check by the claim it checked
                return c.id == ref_id if kind == "claim" else any(k.id == ref_id for k in c.checks)

            owner = next((s for s in self.statements.source.rows() for c in s.claims if wanted(c)), None)
            if owner is not None:
                self.statements.select_where(lambda s: s.id == owner.id)
                self.claims.select_where(wanted)
        elif kind == "source":
            self.tabs.setCurrentIndex(3)
            self.sources.select_where(lambda s: s.id == ref_id)
        elif kind == "request":
            self.tabs.setCurrentIndex(4)
            self.requests.select_where(lambda q: q.id == ref_id)
        elif kind in ("decision", "use"):
            use = next(
                (
                    a
                    for a in self.overview.affected
                    if (a.use_id == ref_id if kind == "use" else any(d.id == ref_id for d in a.history))
                ),
                None,
            )
            if use is not None:
                self.matrix.select_where(lambda a: a.use_id == use.use_id)
                if kind == "decision":
                    self.tabs.setCurrentIndex(self.HISTORY_TAB)
                    self.history.select_where(lambda d: d.id == ref_id)

    def _retired_holds(self, kind: str, ref_id: int) -> bool:
        """Whether a search hit's statement, claim or check belongs to a retired statement."""
        for st in self.overview.retired_statements if self.overview else ():
            if (kind == "statement" and st.id == ref_id) or any(
                (kind == "claim" and c.id == ref_id)
                or (kind == "claim_check" and any(k.id == ref_id for k in c.checks))
                for c in st.claims
            ):
                return True
        return False

    def _render_texts(self) -> None:
        o = self.overview
        if o is None:
            return
        inc = o.incident
        self.title.setText(inc.title)
        overdue = sum(1 for d in o.deadlines if d.overdue)
        self.meta.setText(
            self.tr("Status: %1 · occurred %2 · known %3 · %4 · %5")
            .replace("%1", INCIDENT_STATUSES.label(inc.status, self.ctx.lang))
            .replace("%2", self.ctx.long(inc.occurred_on))
            .replace("%3", self.ctx.long(inc.known_on))
            .replace("%4", self.tr("%n affected use(s)", "", len(o.affected)))
            .replace("%5", self.tr("%n overdue deadline(s)", "", overdue))
        )
        self.summary.setText(inc.summary)
        self.chips.set_counts(o.counts, self.ctx.lang)
        self._tab_texts()

    def _tab_texts(self) -> None:
        deadlines = self.tr("Deadlines")
        if self.overview is not None:
            overdue = sum(1 for d in self.overview.deadlines if d.overdue)
            upcoming = len(self.overview.deadlines) - overdue
            deadlines = (
                self.tr("Deadlines (%1 overdue, %2 upcoming)").replace("%1", str(overdue)).replace("%2", str(upcoming))
            )
        for i, text in enumerate(
            (
                deadlines,
                self.tr("Timeline"),
                self.tr("Statements and claims"),
                self.tr("Sources"),
                self.tr("Requests"),
                self.tr("Decision history"),
            )
        ):
            self.tabs.setTabText(i, text)

    def _empty_hint(self) -> str:
        return self.tr(
            "Register the services and their uses first (Services and uses), then open an incident "
            "with New incident… (Ctrl+N) and add the affected uses."
        )

    def _enable(self, on: bool) -> None:
        for b in (
            self.btn_statement,
            self.btn_decision,
            self.btn_link,
            self.btn_more,
            self.btn_timeline_add,
            self.btn_source_add,
            self.btn_request_add,
        ):
            b.setEnabled(on)
        if on and self.overview is not None and not self.overview.affected:
            self.btn_decision.setEnabled(False)
            self.btn_decision.setToolTip(self.tr("Add the affected uses first (Add affected uses…)."))
        else:
            self.btn_decision.setToolTip(
                self.tr("Decide for the selected use, or one decision for all selected rows (Ctrl+D)")
            )

    def _statement_chosen(self, statement) -> None:
        self.claims.source.set_rows(statement.claims if statement else [])
        retired = statement is not None and statement.retired_on is not None
        self.btn_remove_statement.setText(self.tr("Use again…") if retired else self.tr("Remove…"))
        claims_tab = 2
        if self.tabs.currentIndex() == claims_tab:
            self._fit_claims()
        else:
            self._unfitted.add(claims_tab)

    def _use_chosen(self, use) -> None:
        """The history tab follows the selected use (newest first), withdrawn decisions included."""
        rows = sorted(use.history, key=lambda d: (d.decided_on, d.entered_at), reverse=True) if use else []
        self.history.source.set_rows(rows)
        if use is None:
            self.history_label.setText(self.tr("Select an affected use above to see its decisions."))
        else:
            self.history_label.setText(
                self.tr("Decisions for %1 / %2, newest first; a withdrawn one is struck through.")
                .replace("%1", use.service_name)
                .replace("%2", use.use_name)
            )
        if self.tabs.currentIndex() == self.HISTORY_TAB:
            self.history.fit_columns()
        else:
            self._unfitted.add(self.HISTORY_TAB)

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

    def edit_timeline_entry(self, entry) -> object | None:
        from ..dialogs.incidents import TimelineDialog

        return None if entry is None else forms.ask(TimelineDialog, self, self.ctx, entry_id=entry.entry.id)

    def delete_timeline_entry(self, entry) -> None:
        record_actions.delete(
            self,
            self.ctx,
            calls.delete_timeline_entry,
            entry.entry.id,
            what=self.tr("the timeline entry"),
            name=entry.entry.text[:40],
            version=entry.entry.version,
        )

    def link_uses(self) -> object | None:
        from ..dialogs.incidents import LinkUsesDialog

        return self._form(LinkUsesDialog)

    def unlink_use(self, use) -> None:
        if self.incident_id is None:
            return
        if use.history:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.tr("Remove affected use"),
                self.tr(
                    "「%1」 has decisions under this incident, so it stays linked. A decision entered by mistake is "
                    "withdrawn in the Decision history tab."
                ).replace("%1", use.use_name),
            )
            return
        if record_actions.confirm(
            self,
            self.tr("Remove affected use"),
            self.tr("Remove 「%1 / %2」 from the uses this incident affects?")
            .replace("%1", use.service_name)
            .replace("%2", use.use_name),
        ):
            self.ctx.change(calls.unlink_use, self.incident_id, use.use_id, parent=self)

    def add_source(self) -> object | None:
        from ..dialogs.incidents import SourceDialog

        return self._form(SourceDialog)

    def edit_source(self, source) -> object | None:
        from ..dialogs.incidents import SourceDialog

        return None if source is None else forms.ask(SourceDialog, self, self.ctx, source_id=source.id)

    def delete_source(self, source) -> None:
        record_actions.delete(
            self,
            self.ctx,
            calls.delete_source,
            source.id,
            what=self.tr("the source"),
            name=source.title,
            version=source.version,
        )

    def add_request(self) -> object | None:
        from ..dialogs.requests import RequestDialog

        return self._form(RequestDialog)

    def edit_request(self, request) -> object | None:
        from ..dialogs.requests import RequestDialog

        return None if request is None else forms.ask(RequestDialog, self, self.ctx, request_id=request.id)

    def answer_request(self, request) -> object | None:
        from ..dialogs.requests import answer_form

        return forms.ask(answer_form(request), self, self.ctx, request_id=request.id)

    def delete_request(self, request) -> None:
        record_actions.delete(
            self,
            self.ctx,
            calls.delete_request,
            request.id,
            what=self.tr("the request"),
            name=request.subject,
            version=request.version,
        )

    def edit_incident(self) -> object | None:
        from ..dialogs.incidents import IncidentDialog

        return self._form(IncidentDialog)

    def record_statement(self) -> object | None:
        from ..dialogs.statements import StatementDialog

        return self._form(StatementDialog)

    def edit_statement(self, statement) -> object | None:
        from ..dialogs.statements import StatementDialog

        if self.overview is None:
            return None
        return forms.ask(
            StatementDialog,
            self,
            self.ctx,
            statement_id=statement.id,
            edit=True,
            incident_title=self.overview.incident.title,
        )

    def record_decision(self) -> object | None:
        """A decision for the selected use; with several rows selected, one decision for all of them."""
        from ..dialogs.decisions import DecisionDialog

        if self.overview is None:
            return None
        chosen = selected_rows(self.matrix)
        if len(chosen) > 1:
            return forms.ask(
                DecisionDialog, self, self.ctx, overview=self.overview, use_ids=tuple(a.use_id for a in chosen)
            )
        use = self.matrix.selected()
        return forms.ask(DecisionDialog, self, self.ctx, overview=self.overview, use_id=use.use_id if use else None)

    def decide_whole_service(self) -> object | None:
        """One decision for every affected use of the selected row's service."""
        from PySide6.QtWidgets import QMessageBox

        from ..dialogs.decisions import DecisionDialog

        use = self.matrix.selected()
        if self.overview is None or use is None:
            QMessageBox.information(self, self.tr("Decide for all uses of a service"), self._need_use())
            return None
        ids = tuple(a.use_id for a in self.overview.affected if a.service_id == use.service_id)
        return forms.ask(DecisionDialog, self, self.ctx, overview=self.overview, use_ids=ids)

    def withdraw_decision(self, decision) -> object | None:
        from ..dialogs.decisions import WithdrawDialog

        return forms.ask(WithdrawDialog, self, self.ctx, decision=decision)

    def correct_decision(self, decision) -> object | None:
        from ..dialogs.decisions import DecisionDialog

        if self.overview is None:
            return None
        return forms.ask(DecisionDialog, self, self.ctx, overview=self.overview, correcting=decision)

    def remove_statement(self, statement) -> None:
        from ..dialogs.statements import remove_statement

        remove_statement(self, self.ctx, statement)

    def add_claims(self) -> object | None:
        from ..dialogs.statements import StatementDialog

        statement = self.statements.selected()
        if statement is None or self.overview is None:
            return None
        return self._form(StatementDialog, statement_id=statement.id, incident_title=self.overview.incident.title)

    def edit_claim(self, claim) -> object | None:
        from ..dialogs.statements import ClaimDialog

        return forms.ask(ClaimDialog, self, self.ctx, claim_id=claim.id)

    def delete_claim(self, claim) -> None:
        record_actions.delete(
            self,
            self.ctx,
            calls.delete_claim,
            claim.id,
            what=self.tr("the claim"),
            name=claim.text[:40],
            version=claim.version,
        )

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

    def _attachments(self, kind: str, owner_id: int, title: str) -> None:
        from ..dialogs.attachments import AttachmentsDialog

        AttachmentsDialog.show_for(self, self.ctx, kind, owner_id, title)

    def incident_attachments(self) -> None:
        if self.overview is not None:
            self._attachments("incident", self.overview.incident.id, self.overview.incident.title)

    def statement_attachments(self, statement) -> None:
        self._attachments(
            "statement", statement.id, f"{self.ctx.fact(statement.made)} {statement.party} {statement.title}"
        )

    def request_attachments(self, request) -> None:
        self._attachments("request", request.id, request.subject)

    def decision_attachments(self, decision) -> None:
        self._attachments(
            "decision",
            decision.id,
            f"{decision.use_name}: "
            f"{decision_label(decision.state, self.ctx.lang)} "
            f"{self.ctx.short(decision.decided_on)}",
        )

    # -- language ------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.btn_statement.setText(self.tr("Record &statement…"))
        self.btn_statement.setToolTip(self.tr("Log what a vendor said, one claim per line (Ctrl+Shift+S)"))
        self.btn_decision.setText(self.tr("Record &decision…"))
        self.btn_link.setText(self.tr("Add &affected uses…"))
        self.btn_link.setToolTip(self.tr("Choose the services and uses this incident affects"))
        self.btn_more.setText(self.tr("&More actions"))
        self.act_service_all.setText(self.tr("Decide for all affected uses of the selected row's ser&vice…"))
        self.act_survey.setText(exchange_actions.survey_text())
        self.act_attach.setText(self.tr("Attachments of this incident…"))
        self.act_edit.setText(self.tr("Edit &incident…"))
        self.btn_unlink.setText(self.tr("Remove from this incident…"))
        self.btn_unlink.set_help(self.tr("Only a use without decisions under this incident can be removed."))
        self.btn_verify.setText(self.tr("&Verify claim…"))
        self.btn_verify.set_help(self.tr("Record a check of the selected claim (Enter)"))
        self.btn_edit_statement.setText(self.tr("Edit statement…"))
        self.btn_claims.setText(self.tr("Add &claims…"))
        self.btn_statement_files.setText(self.tr("Attachments…"))
        self.btn_remove_statement.setText(self.tr("Remove…"))
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
        self.btn_timeline_add.setText(self.tr("Add timeline &entry…"))
        self.btn_timeline_edit.setText(self.tr("Edit…"))
        self.btn_timeline_delete.setText(self.tr("Delete…"))
        self.btn_source_add.setText(self.tr("Add s&ource…"))
        self.btn_source_edit.setText(self.tr("Edit…"))
        self.btn_source_delete.setText(self.tr("Delete…"))
        self.btn_source_delete.set_help(self.tr("A source cited by a timeline entry or a statement cannot be deleted."))
        self.btn_request_add.setText(self.tr("Add &request…"))
        self.btn_request_edit.setText(self.tr("Edit…"))
        self.btn_request_answer.setText(self.tr("Record answer…"))
        self.btn_request_delete.setText(self.tr("Delete…"))
        self.btn_request_files.setText(self.tr("Attachments…"))
        self.btn_withdraw.setText(self.tr("&Withdraw (取消)…"))
        self.btn_withdraw.set_help(self.tr("Mark the selected decision as entered by mistake, with a reason"))
        self.btn_correct.setText(self.tr("Co&rrect…"))
        self.btn_correct.set_help(self.tr("Withdraw the selected decision and record the right one in one step"))
        self.btn_decision_files.setText(self.tr("Attachments…"))
        self.matrix_label.setText(
            self.tr("Affected uses and their current decision (select several rows for one decision for all)")
        )
        self._tab_texts()
        for t in (
            self.matrix,
            self.deadlines,
            self.timeline,
            self.statements,
            self.claims,
            self.sources,
            self.requests,
            self.history,
        ):
            t.source.relabel()
        if self.overview is None:
            self.title.setText(self.tr("No incident selected"))
            self.meta.setText(self._empty_hint())
        else:
            self._render_texts()
            self._use_chosen(self.matrix.selected())
