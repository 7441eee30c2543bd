"""Requests and deadlines: surveys from MIC and others with their due dates, and everything else due."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from .. import calls, columns, forms, record_actions
from ..record_actions import SelectionButton
from ..context import AppContext
from ..layouts import flow_row
from ..deadline_banner import open_deadline, snooze_menu
from ..table_models import RowsModel
from ..widgets import FilterBox, Table
from .base import Page


class RequestsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.requests = Table(RowsModel(columns.requests(ctx), self))
        self.requests.setObjectName("requestList")
        self.deadlines = Table(RowsModel(columns.deadlines(ctx), self))
        self.filter = FilterBox(self.requests)
        self.btn_new = QPushButton()
        need = lambda: self.tr("Select a request first.")  # noqa: E731
        self.btn_answer = SelectionButton(self.requests, lambda _r: self.answer(), needs=need)
        self.btn_edit = SelectionButton(self.requests, self.edit, needs=need)
        self.btn_delete = SelectionButton(self.requests, self.delete, needs=need)
        self.btn_files = SelectionButton(self.requests, self.attachments, needs=need)
        self.requests_label = QLabel()
        self.deadlines_label = QLabel()
        self.deadlines_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addLayout(flow_row(self.btn_new, self.btn_answer, self.btn_edit, self.btn_delete, self.btn_files))
        upper = QWidget()
        uv = QVBoxLayout(upper)
        uv.setContentsMargins(0, 0, 0, 0)
        uv.addWidget(self.requests_label)
        uv.addLayout(top)
        uv.addWidget(self.requests)
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        self.btn_calendar = QPushButton()
        self.btn_calendar.clicked.connect(self.export_calendar)
        self.btn_open_deadline = SelectionButton(
            self.deadlines, lambda d: open_deadline(self.ctx, d), needs=lambda: self.tr("Select a deadline first.")
        )
        self.btn_snooze = QPushButton()  # its menu: "snooze until" for the selected deadline
        self.btn_snooze.setMenu(snooze_menu(self.btn_snooze, self.ctx, self.deadlines.selected))
        head = QHBoxLayout()
        head.addWidget(self.deadlines_label, 1)
        head.addWidget(self.btn_open_deadline)
        head.addWidget(self.btn_snooze)
        head.addWidget(self.btn_calendar)
        lv.addLayout(head)
        lv.addWidget(self.deadlines)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.btn_new.clicked.connect(self.new_request)
        self.requests.activated_row.connect(lambda _r: self.answer())
        self.deadlines.activated_row.connect(lambda d: open_deadline(self.ctx, d) if d else None)
        self.ctx.snoozes.changed.connect(self.deadlines.source.relabel)
        self.retranslate()

    def refresh(self) -> None:
        self.ctx.call(calls.requests_and_deadlines, parent=self, on_done=self._fill)

    def _fill(self, result) -> None:
        requests, deadlines = result
        keep = self.requests.selected()
        self.requests.source.set_rows(requests)
        if keep is not None:
            self.requests.select_where(lambda r: r.id == keep.id)
        self.deadlines.source.set_rows(deadlines)
        self.requests.fit_columns(320)
        self.deadlines.fit_columns(420)

    def new_request(self) -> None:
        from ..dialogs.requests import RequestDialog

        forms.ask(RequestDialog, self, self.ctx)

    def answer(self) -> None:
        from ..dialogs.requests import answer_form

        request = self.requests.selected()
        if request is not None:
            forms.ask(answer_form(request), self, self.ctx, request_id=request.id)

    def export_calendar(self) -> None:
        from ..deadline_banner import export_calendar

        export_calendar(self, self.ctx)

    def edit(self, request) -> None:
        from ..dialogs.requests import RequestDialog

        forms.ask(RequestDialog, self, self.ctx, request_id=request.id)

    def delete(self, request) -> None:
        record_actions.delete(
            self,
            self.ctx,
            calls.delete_request,
            request.id,
            what=self.tr("the request"),
            name=request.subject,
            version=request.version,
        )

    def attachments(self, request) -> None:
        from ..dialogs.attachments import AttachmentsDialog

        AttachmentsDialog.show_for(self, self.ctx, "request", request.id, request.subject)

    def open_request(self, request_id: int) -> None:
        self.filter.clear()
        self.requests.select_where(lambda r: r.id == request_id)

    def retranslate(self) -> None:
        self.requests_label.setText(self.tr("Requests from the government and others"))
        self.deadlines_label.setText(
            self.tr("Open deadlines across all incidents (Enter or double-click opens the record each belongs to)")
        )
        self.btn_open_deadline.setText(self.tr("&Open"))
        self.btn_open_deadline.set_help(
            self.tr("The request, the claim that promised the date, or the decision to review (Enter)")
        )
        self.btn_snooze.setText(self.tr("Snoo&ze"))
        self.btn_snooze.setToolTip(self.tr("Leave the selected deadline out of the banner until a day you choose"))
        self.filter.setPlaceholderText(self.tr("Filter requests…"))
        self.btn_new.setText(self.tr("New &request…"))
        self.btn_answer.setText(self.tr("Record &answer…"))
        self.btn_calendar.setText(self.tr("Export to &calendar…"))
        self.btn_calendar.setToolTip(
            self.tr("Save every open deadline as an .ics file for Outlook or another calendar")
        )
        self.requests.set_name(self.tr("Requests"))
        self.deadlines.set_name(self.tr("Open deadlines"))
        self.btn_edit.setText(self.tr("&Edit…"))
        self.btn_delete.setText(self.tr("Delete…"))
        self.btn_files.setText(self.tr("Attachments…"))
        self.requests.source.relabel()
        self.deadlines.source.relabel()
