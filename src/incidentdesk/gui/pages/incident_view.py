"""One incident at a glance: counts by decision, the use × decision matrix, and tabs for deadlines, timeline,
statements and claims, sources, requests and the selected use's decision history, each with its own actions.

What is shown always belongs to what is selected: another incident clears every child view at once, a reload
keeps the selected rows by id, and a button that needs a selection is disabled without one (its tooltip says
what to select).

Only the deadlines tab is built with the page; the others (incident_tabs.py, incident_statements.py) are built
when first shown, or when code first reaches one of their widgets through the view's attributes below.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QPushButton, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ...domain.vocab import INCIDENT_STATUSES
from .. import calls, columns, exchange_actions, forms, record_actions
from ..context import AppContext
from ..layouts import WrapLabel
from ..record_actions import SelectionButton, button_row, selected_rows
from ..table_models import RowsModel
from ..widgets import StateChips, Table, heading
from .incident_statements import StatementsTab
from .incident_tabs import HistoryTab, RequestsTab, SourcesTab, TabPart, TimelineTab, reselect

TIMELINE_TAB, STATEMENTS_TAB, SOURCES_TAB, REQUESTS_TAB, HISTORY_TAB = 1, 2, 3, 4, 5
PARTS: dict[int, type[TabPart]] = {
    TIMELINE_TAB: TimelineTab,
    STATEMENTS_TAB: StatementsTab,
    SOURCES_TAB: SourcesTab,
    REQUESTS_TAB: RequestsTab,
    HISTORY_TAB: HistoryTab,
}


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


def _on_tab(index: int, name: str) -> Any:
    """A widget of a tab, reached through the view (the window's tests and search hits do); reaching it builds
    the tab if it was never shown."""
    return property(lambda view: getattr(view.part(index), name), doc=f"{PARTS[index].__name__}.{name}")


class IncidentView(QWidget):
    """Shows an IncidentOverview; its buttons open the forms with this incident filled in."""

    loaded = Signal(object)  # the IncidentOverview just shown
    HISTORY_TAB = HISTORY_TAB

    # The widgets of the tabs built when first shown, kept reachable here.
    timeline = _on_tab(TIMELINE_TAB, "timeline")
    btn_timeline_add = _on_tab(TIMELINE_TAB, "btn_timeline_add")
    btn_timeline_edit = _on_tab(TIMELINE_TAB, "btn_timeline_edit")
    btn_timeline_delete = _on_tab(TIMELINE_TAB, "btn_timeline_delete")
    statements = _on_tab(STATEMENTS_TAB, "statements")
    claims = _on_tab(STATEMENTS_TAB, "claims")
    show_retired = _on_tab(STATEMENTS_TAB, "show_retired")
    btn_verify = _on_tab(STATEMENTS_TAB, "btn_verify")
    btn_edit_statement = _on_tab(STATEMENTS_TAB, "btn_edit_statement")
    btn_claims = _on_tab(STATEMENTS_TAB, "btn_claims")
    btn_statement_files = _on_tab(STATEMENTS_TAB, "btn_statement_files")
    btn_remove_statement = _on_tab(STATEMENTS_TAB, "btn_remove_statement")
    btn_edit_claim = _on_tab(STATEMENTS_TAB, "btn_edit_claim")
    btn_delete_claim = _on_tab(STATEMENTS_TAB, "btn_delete_claim")
    sources = _on_tab(SOURCES_TAB, "sources")
    btn_source_add = _on_tab(SOURCES_TAB, "btn_source_add")
    btn_source_edit = _on_tab(SOURCES_TAB, "btn_source_edit")
    btn_source_delete = _on_tab(SOURCES_TAB, "btn_source_delete")
    requests = _on_tab(REQUESTS_TAB, "requests")
    btn_request_add = _on_tab(REQUESTS_TAB, "btn_request_add")
    btn_request_edit = _on_tab(REQUESTS_TAB, "btn_request_edit")
    btn_request_answer = _on_tab(REQUESTS_TAB, "btn_request_answer")
    btn_request_delete = _on_tab(REQUESTS_TAB, "btn_request_delete")
    btn_request_files = _on_tab(REQUESTS_TAB, "btn_request_files")
    history = _on_tab(HISTORY_TAB, "history")
    history_label = _on_tab(HISTORY_TAB, "history_label")
    btn_withdraw = _on_tab(HISTORY_TAB, "btn_withdraw")
    btn_correct = _on_tab(HISTORY_TAB, "btn_correct")
    btn_decision_files = _on_tab(HISTORY_TAB, "btn_decision_files")

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
        self.btn_unlink = SelectionButton(self.matrix, self.unlink_use, needs=self._need_use)

        # The deadlines tab, then an empty box per other tab: its part (a TabPart) goes in when first shown.
        self.tabs = QTabWidget()
        self.tabs.addTab(self.deadlines, "")
        for _ in PARTS:
            self.tabs.addTab(_boxed(), "")
        self._parts: dict[int, TabPart] = {}
        # Columns of a tab are fitted when it is shown: measuring hidden tables slowed every reload.
        self._unfitted: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
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

        self.matrix.current_row.connect(self._use_chosen)
        self.matrix.activated_row.connect(lambda _row: self.record_decision())
        self.deadlines.activated_row.connect(self._open_deadline)  # its record
        self.btn_statement.clicked.connect(self.record_statement)
        self.btn_decision.clicked.connect(self.record_decision)
        self.btn_link.clicked.connect(self.link_uses)
        self.retranslate()
        self._enable(False)

    # -- the tabs built when first shown ----------------------------------------------
    def part(self, index: int) -> Any:
        """The widgets of tab `index` (1-5), built and filled with what is shown if they were not yet."""
        part = self._parts.get(index)
        if part is None:
            part = PARTS[index](self, index)
            self._parts[index] = part
            box = self.tabs.widget(index)
            box.layout().addWidget(part)
            # Shown and laid out now, not at the next turn of the event loop (Qt queues the show of a widget
            # added to a visible one): a search hit selects a row and scrolls to it right after.
            part.show()
            box.layout().activate()
            part.enable(self.overview is not None)
            part.fill(self.overview, {})
            self._unfitted.add(index)
        return part

    def _tab_shown(self, index: int) -> None:
        if index in PARTS:
            self.part(index)
        self._fit_tab(index)

    def rows_changed(self, index: int, fit) -> None:
        """A table of tab `index` got other rows: `fit` its columns now if the tab shows, else when it is shown."""
        if self.tabs.currentIndex() == index:
            fit()
        else:
            self._unfitted.add(index)

    def _fit_tab(self, index: int) -> None:
        if index not in self._unfitted:
            return
        self._unfitted.discard(index)
        if index == 0:
            self.deadlines.fit_columns()
        elif index in self._parts:
            self._parts[index].fit()

    # -- what a disabled button says -------------------------------------------------
    def _need_use(self) -> str:
        return self.tr("Select an affected use in the table above first.")

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
        self.matrix.source.set_rows([])
        self.deadlines.source.set_rows([])
        for part in self._parts.values():
            part.fill(None, {})
        self._enable(False)

    def _open_deadline(self, deadline) -> None:
        if deadline:
            from ..deadline_banner import open_deadline  # the banner's module comes after the first page

            open_deadline(self.ctx, deadline)

    def show_overview(self, overview) -> None:
        self._ticket = None
        same = overview is not None and self.overview is not None and self.overview.incident.id == overview.incident.id
        tables = (self.matrix, *(t for part in self._parts.values() for t in part.tables()))
        keep = {t: (t.selected() if same else None) for t in tables}
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
        # Selection is kept by id across reloads: "Down, Enter" after a save opens the row the user expects.
        reselect(self.matrix, keep[self.matrix], lambda a: a.use_id)
        for part in self._parts.values():  # the decision history after the matrix: it follows its selection
            part.fill(overview, keep)
        self._select_pending()
        self._unfitted = {0, *self._parts}
        self._fit_tab(self.tabs.currentIndex())
        self.matrix.fit_columns(220)  # the place columns at the right must stay in view
        self._render_texts()
        self.loaded.emit(overview)

    def _select_pending(self) -> None:
        """Select the exact record a search hit opened (a claim, a statement, a decision, ...)."""
        pending = self.ctx.take_pending(
            "timeline", "statement", "claim", "claim_check", "request", "source", "decision", "use"
        )
        if pending is None or self.overview is None:
            return
        kind, ref_id = pending
        if kind == "timeline":
            self.tabs.setCurrentIndex(TIMELINE_TAB)
            self.timeline.select_where(lambda e: e.entry.id == ref_id)
        elif self._retired_holds(kind, ref_id) and not self.show_retired.isChecked():
            self.ctx.pending = pending  # a retired statement's: shown, and selected on the way
            self.show_retired.setChecked(True)
        elif kind in ("statement", "claim", "claim_check"):
            self.tabs.setCurrentIndex(STATEMENTS_TAB)
            self.part(STATEMENTS_TAB).select(kind, ref_id)
        elif kind == "source":
            self.tabs.setCurrentIndex(SOURCES_TAB)
            self.sources.select_where(lambda s: s.id == ref_id)
        elif kind == "request":
            self.tabs.setCurrentIndex(REQUESTS_TAB)
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
                    self.tabs.setCurrentIndex(HISTORY_TAB)
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
        for b in (self.btn_statement, self.btn_decision, self.btn_link, self.btn_more):
            b.setEnabled(on)
        for part in self._parts.values():
            part.enable(on)
        if on and self.overview is not None and not self.overview.affected:
            self.btn_decision.setEnabled(False)
            self.btn_decision.setToolTip(self.tr("Add the affected uses first (Add affected uses…)."))
        else:
            self.btn_decision.setToolTip(
                self.tr("Decide for the selected use, or one decision for all selected rows (Ctrl+D)")
            )

    def _use_chosen(self, use) -> None:
        """The history tab follows the selected use (newest first), withdrawn decisions included."""
        part = self._parts.get(HISTORY_TAB)
        if isinstance(part, HistoryTab):
            part.use_chosen(use)
            self.rows_changed(HISTORY_TAB, part.fit)

    # -- actions (each imports its form when first used, not while the window starts) -------------
    def ask(self, form, **context) -> object | None:
        if self.incident_id is None:
            return None
        return forms.ask(form, self, self.ctx, incident_id=self.incident_id, **context)

    def _shortcut_statement(self) -> None:
        if self.btn_statement.isEnabled():
            self.record_statement()

    def _shortcut_decision(self) -> None:
        if self.btn_decision.isEnabled():
            self.record_decision()

    def link_uses(self) -> object | None:
        from ..dialogs.incidents import LinkUsesDialog

        return self.ask(LinkUsesDialog)

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

    def edit_incident(self) -> object | None:
        from ..dialogs.incidents import IncidentDialog

        return self.ask(IncidentDialog)

    def record_statement(self) -> object | None:
        from ..dialogs.statements import StatementDialog

        return self.ask(StatementDialog)

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

    def survey_answer(self) -> object | None:
        if self.overview is None:
            return None
        return exchange_actions.open_survey(self, self.ctx, self.overview.incident.id, self.overview.incident.title)

    def attachments(self, kind: str, owner_id: int, title: str) -> None:
        from ..dialogs.attachments import AttachmentsDialog

        AttachmentsDialog.show_for(self, self.ctx, kind, owner_id, title)

    def incident_attachments(self) -> None:
        if self.overview is not None:
            self.attachments("incident", self.overview.incident.id, self.overview.incident.title)

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
        self.matrix_label.setText(
            self.tr("Affected uses and their current decision (select several rows for one decision for all)")
        )
        self._tab_texts()
        self.matrix.source.relabel()
        self.deadlines.source.relabel()
        if self.overview is None:
            self.title.setText(self.tr("No incident selected"))
            self.meta.setText(self._empty_hint())
        else:
            self._render_texts()
