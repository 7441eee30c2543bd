"""The tabs of the incident page below the matrix (timeline, sources, requests, decision history; statements
and claims are in incident_statements.py): each a table with its actions in a row of buttons above it.

A tab is built when it is first shown (or first reached from code), not with the page: most users look at
the deadlines and the matrix first, and every table and button built at start-up delays the first screen.
It then fills from the overview the page holds; later reloads fill it with the page's other tables.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ...domain.vocab import decision_label
from .. import calls, columns, forms, record_actions
from ..layouts import WrapLabel
from ..record_actions import SelectionButton, button_row
from ..table_models import RowsModel
from ..widgets import Table

if TYPE_CHECKING:
    from .incident_view import IncidentView


def reselect(table: Table, kept: Any, key: Callable[[Any], object]) -> bool:
    """Select the row whose `key` is that of `kept` (the row selected before a reload); False if none is."""
    if kept is None:
        return False
    wanted = key(kept)
    return table.select_where(lambda row: key(row) == wanted)


class TabPart(QWidget):
    """One tab's widgets: its tables, the buttons above them and their actions, on the view's incident."""

    def __init__(self, view: IncidentView, index: int):
        super().__init__()
        self.view, self.ctx, self.index = view, view.ctx, index

    def _lay_out(self, *parts: QWidget | Any) -> None:
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        for part in parts:
            if isinstance(part, QWidget):
                v.addWidget(part)
            else:
                v.addLayout(part)

    def tables(self) -> tuple[Table, ...]:
        raise NotImplementedError

    def fill(self, overview: Any, keep: dict[Table, Any]) -> None:
        """Show `overview` (None: nothing), selecting again the rows in `keep` (table -> row before)."""
        raise NotImplementedError

    def fit(self) -> None:
        for table in self.tables():
            table.fit_columns()

    def enable(self, on: bool) -> None:
        """Enable the buttons that need only an incident (adding a record to it)."""

    def retranslate(self) -> None:
        for table in self.tables():
            table.source.relabel()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _delete(self, call, record_id: int, *, what: str, name: str, version: int) -> None:
        record_actions.delete(self.view, self.ctx, call, record_id, what=what, name=name, version=version)


class TimelineTab(TabPart):
    def __init__(self, view: IncidentView, index: int):
        super().__init__(view, index)
        self._late: set[int] = set()
        self.timeline = Table(RowsModel(columns.timeline(self.ctx, self._late), self))
        self.timeline.setObjectName("timeline")
        need = self._need_entry
        self.btn_timeline_add = QPushButton()
        self.btn_timeline_edit = SelectionButton(self.timeline, self.edit_timeline_entry, needs=need)
        self.btn_timeline_delete = SelectionButton(self.timeline, self.delete_timeline_entry, needs=need)
        self._lay_out(
            button_row(self.btn_timeline_add, self.btn_timeline_edit, self.btn_timeline_delete), self.timeline
        )
        self.timeline.activated_row.connect(self.edit_timeline_entry)
        self.btn_timeline_add.clicked.connect(self.add_timeline_entry)
        self.retranslate()

    def _need_entry(self) -> str:
        return self.tr("Select a timeline entry first.")

    def tables(self) -> tuple[Table, ...]:
        return (self.timeline,)

    def fill(self, overview, keep) -> None:
        entries = overview.timeline if overview is not None else ()
        self._late.clear()
        self._late.update(
            columns.late_ids([t.entry for t in entries], lambda e: e.occurred.start, lambda e: e.entered_at)
        )
        self.timeline.source.set_rows(entries)
        reselect(self.timeline, keep.get(self.timeline), lambda e: e.entry.id)

    def enable(self, on: bool) -> None:
        self.btn_timeline_add.setEnabled(on)

    def add_timeline_entry(self) -> object | None:
        from ..dialogs.incidents import TimelineDialog

        return self.view.ask(TimelineDialog)

    def edit_timeline_entry(self, entry) -> object | None:
        from ..dialogs.incidents import TimelineDialog

        return None if entry is None else forms.ask(TimelineDialog, self.view, self.ctx, entry_id=entry.entry.id)

    def delete_timeline_entry(self, entry) -> None:
        self._delete(
            calls.delete_timeline_entry,
            entry.entry.id,
            what=self.tr("the timeline entry"),
            name=entry.entry.text[:40],
            version=entry.entry.version,
        )

    def retranslate(self) -> None:
        self.btn_timeline_add.setText(self.tr("Add timeline &entry…"))
        self.btn_timeline_edit.setText(self.tr("Edit…"))
        self.btn_timeline_delete.setText(self.tr("Delete…"))
        super().retranslate()


class SourcesTab(TabPart):
    def __init__(self, view: IncidentView, index: int):
        super().__init__(view, index)
        self.sources = Table(RowsModel(columns.sources(self.ctx), self))
        self.sources.setObjectName("sources")
        self.btn_source_add = QPushButton()
        self.btn_source_edit = SelectionButton(self.sources, self.edit_source, needs=self._need_source)
        self.btn_source_delete = SelectionButton(self.sources, self.delete_source, needs=self._need_source)
        self._lay_out(button_row(self.btn_source_add, self.btn_source_edit, self.btn_source_delete), self.sources)
        self.sources.activated_row.connect(self.edit_source)
        self.btn_source_add.clicked.connect(self.add_source)
        self.retranslate()

    def _need_source(self) -> str:
        return self.tr("Select a source first.")

    def tables(self) -> tuple[Table, ...]:
        return (self.sources,)

    def fill(self, overview, keep) -> None:
        self.sources.source.set_rows(overview.sources if overview is not None else [])
        reselect(self.sources, keep.get(self.sources), lambda s: s.id)

    def enable(self, on: bool) -> None:
        self.btn_source_add.setEnabled(on)

    def add_source(self) -> object | None:
        from ..dialogs.incidents import SourceDialog

        return self.view.ask(SourceDialog)

    def edit_source(self, source) -> object | None:
        from ..dialogs.incidents import SourceDialog

        return None if source is None else forms.ask(SourceDialog, self.view, self.ctx, source_id=source.id)

    def delete_source(self, source) -> None:
        self._delete(
            calls.delete_source, source.id, what=self.tr("the source"), name=source.title, version=source.version
        )

    def retranslate(self) -> None:
        self.btn_source_add.setText(self.tr("Add s&ource…"))
        self.btn_source_edit.setText(self.tr("Edit…"))
        self.btn_source_delete.setText(self.tr("Delete…"))
        self.btn_source_delete.set_help(self.tr("A source cited by a timeline entry or a statement cannot be deleted."))
        super().retranslate()


class RequestsTab(TabPart):
    def __init__(self, view: IncidentView, index: int):
        super().__init__(view, index)
        self.requests = Table(RowsModel(columns.requests(self.ctx), self))
        self.requests.setObjectName("incidentRequests")
        need = self._need_request
        self.btn_request_add = QPushButton()
        self.btn_request_edit = SelectionButton(self.requests, self.edit_request, needs=need)
        self.btn_request_answer = SelectionButton(self.requests, self.answer_request, needs=need)
        self.btn_request_delete = SelectionButton(self.requests, self.delete_request, needs=need)
        self.btn_request_files = SelectionButton(self.requests, self.request_attachments, needs=need)
        self._lay_out(
            button_row(
                self.btn_request_add,
                self.btn_request_edit,
                self.btn_request_answer,
                self.btn_request_delete,
                self.btn_request_files,
            ),
            self.requests,
        )
        self.requests.activated_row.connect(self.edit_request)
        self.btn_request_add.clicked.connect(self.add_request)
        self.retranslate()

    def _need_request(self) -> str:
        return self.tr("Select a request first.")

    def tables(self) -> tuple[Table, ...]:
        return (self.requests,)

    def fill(self, overview, keep) -> None:
        self.requests.source.set_rows(overview.requests if overview is not None else [])
        reselect(self.requests, keep.get(self.requests), lambda q: q.id)

    def enable(self, on: bool) -> None:
        self.btn_request_add.setEnabled(on)

    def add_request(self) -> object | None:
        from ..dialogs.requests import RequestDialog

        return self.view.ask(RequestDialog)

    def edit_request(self, request) -> object | None:
        from ..dialogs.requests import RequestDialog

        return None if request is None else forms.ask(RequestDialog, self.view, self.ctx, request_id=request.id)

    def answer_request(self, request) -> object | None:
        from ..dialogs.requests import answer_form

        return forms.ask(answer_form(request), self.view, self.ctx, request_id=request.id)

    def delete_request(self, request) -> None:
        self._delete(
            calls.delete_request, request.id, what=self.tr("the request"), name=request.subject, version=request.version
        )

    def request_attachments(self, request) -> None:
        self.view.attachments("request", request.id, request.subject)

    def retranslate(self) -> None:
        self.btn_request_add.setText(self.tr("Add &request…"))
        self.btn_request_edit.setText(self.tr("Edit…"))
        self.btn_request_answer.setText(self.tr("Record answer…"))
        self.btn_request_delete.setText(self.tr("Delete…"))
        self.btn_request_files.setText(self.tr("Attachments…"))
        super().retranslate()


class HistoryTab(TabPart):
    """The decisions of the use selected in the matrix, newest first, withdrawn ones included."""

    def __init__(self, view: IncidentView, index: int):
        super().__init__(view, index)
        self.history = Table(RowsModel(columns.decision_history(self.ctx), self))
        self.history.setObjectName("useHistory")
        valid = lambda d: d.withdrawal is None  # noqa: E731
        need, withdrawn = self._need_decision, self._already_withdrawn
        self.btn_withdraw = SelectionButton(
            self.history, self.withdraw_decision, needs=need, applies=valid, why_not=withdrawn
        )
        self.btn_withdraw.setObjectName("withdrawDecision")
        self.btn_correct = SelectionButton(
            self.history, self.correct_decision, needs=need, applies=valid, why_not=withdrawn
        )
        self.btn_decision_files = SelectionButton(self.history, self.decision_attachments, needs=need)
        self.history_label = WrapLabel()
        self._lay_out(
            self.history_label, button_row(self.btn_withdraw, self.btn_correct, self.btn_decision_files), self.history
        )
        self.retranslate()

    def _need_decision(self) -> str:
        return self.tr("Select an affected use above, then one of its decisions here.")

    def _already_withdrawn(self) -> str:
        return self.tr("This decision has already been withdrawn.")

    def tables(self) -> tuple[Table, ...]:
        return (self.history,)

    def fill(self, overview, keep) -> None:
        self.use_chosen(self.view.matrix.selected())
        reselect(self.history, keep.get(self.history), lambda d: d.id)

    def use_chosen(self, use) -> None:
        rows = sorted(use.history, key=lambda d: (d.decided_on, d.entered_at), reverse=True) if use else []
        self.history.source.set_rows(rows)
        self._label(use)

    def _label(self, use) -> None:
        if use is None:
            self.history_label.setText(self.tr("Select an affected use above to see its decisions."))
        else:
            self.history_label.setText(
                self.tr("Decisions for %1 / %2, newest first; a withdrawn one is struck through.")
                .replace("%1", use.service_name)
                .replace("%2", use.use_name)
            )

    def withdraw_decision(self, decision) -> object | None:
        from ..dialogs.decisions import WithdrawDialog

        return forms.ask(WithdrawDialog, self.view, self.ctx, decision=decision)

    def correct_decision(self, decision) -> object | None:
        from ..dialogs.decisions import DecisionDialog

        if self.view.overview is None:
            return None
        return forms.ask(DecisionDialog, self.view, self.ctx, overview=self.view.overview, correcting=decision)

    def decision_attachments(self, decision) -> None:
        self.view.attachments(
            "decision",
            decision.id,
            f"{decision.use_name}: "
            f"{decision_label(decision.state, self.ctx.lang)} "
            f"{self.ctx.short(decision.decided_on)}",
        )

    def retranslate(self) -> None:
        self.btn_withdraw.setText(self.tr("&Withdraw (取消)…"))
        self.btn_withdraw.set_help(self.tr("Mark the selected decision as entered by mistake, with a reason"))
        self.btn_correct.setText(self.tr("Co&rrect…"))
        self.btn_correct.set_help(self.tr("Withdraw the selected decision and record the right one in one step"))
        self.btn_decision_files.setText(self.tr("Attachments…"))
        if self.view.overview is not None:
            self._label(self.view.matrix.selected())
        super().retranslate()
