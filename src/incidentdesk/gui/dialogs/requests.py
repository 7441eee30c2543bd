"""Forms for requests from authorities (照会): recording or editing one, and recording the answer sent."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit

from ...domain.inputs import AnswerIn, ReportIn, RequestIn
from ...domain.vocab import REQUEST_DIRECTIONS
from .. import calls
from .fields import CodeCombo, DateField, MultiLineEdit
from .form import FormDialog


class RequestDialog(FormDialog):
    """Record a request with its due date (context: incident_id to file it under), or edit one (request_id)."""

    def build(self) -> None:
        self.record = None
        self.request_id = self.context.get("request_id")
        self.setWindowTitle(self.tr("Edit request") if self.request_id else self.tr("New request"))
        self.add_field("issuer", self.tr("&Issuer"), QLineEdit())
        self.add_field("doc_number", self.tr("Document &number"), QLineEdit())
        self.add_field("subject", self.tr("&Subject"), QLineEdit())
        self.add_field("issued_on", self.tr("&Request date"), DateField())
        self.add_field("due_on", self.tr("&Due date"), DateField())
        self.add_field("incident_id", self.tr("In&cident"), CodeCombo(optional=self.tr("(no incident)")))
        self.add_field("direction", self.tr("Addressed &to"), CodeCombo()).set_vocab(REQUEST_DIRECTIONS, self.ctx.lang)
        self.add_field("addressee", self.tr("Binds wh&om"), QLineEdit()).setPlaceholderText(
            self.tr("when not the city: the vendor, all local governments ...")
        )
        self.add_field("every_months", self.tr("Re&peats every (months)"), QLineEdit()).setPlaceholderText(
            self.tr("empty: answered once")
        )
        self.add_field("asks", self.tr("&What is asked"), MultiLineEdit(lines=4))
        self.setMinimumWidth(520)

    def load_call(self):
        return calls.request_form, (self.request_id,), {}

    def populate(self, data) -> None:
        incidents, self.record = data
        self.widget("incident_id").set_choices([(i.id, i.label) for i in incidents])
        if self.record is not None:
            self.fill_from(self.record)
        else:
            self.set_value("incident_id", self.context.get("incident_id"))
            self.set_value("issued_on", date.today())

    def save_call(self):
        data = self.input(RequestIn, self.record)
        if self.request_id:
            return calls.edit_request, (self.request_id, data), {}
        return calls.add_request, (data,), {}


class AnswerDialog(FormDialog):
    """Record the answer sent to a request and when; context: request_id."""

    def build(self) -> None:
        self.request_id = self.context["request_id"]
        self.setWindowTitle(self.tr("Record answer"))
        self.request_label = self.add_info(self.tr("Request"))
        self.add_field("answered_on", self.tr("&Answered on"), DateField())
        self.add_field("answer", self.tr("A&nswer"), MultiLineEdit(lines=6))
        self.setMinimumWidth(520)

    def load_call(self):
        return calls.get_request, (self.request_id,), {}

    def populate(self, row) -> None:
        self.record = row  # the answer is saved against the version read here
        text = f"{row.issuer}: {row.subject}"
        if row.due_on:
            text += "  " + self.tr("(due %1)").replace("%1", self.ctx.long(row.due_on))
        self.request_label.setText(text)
        self.set_value("answer", row.answer)
        self.set_value("answered_on", row.answered_on or date.today())

    def save_call(self):
        return calls.mark_answered, (self.request_id, self.input(AnswerIn)), {}


class ReportDialog(FormDialog):
    """Record one report sent under a recurring request (context: request_id): the period it covers (its due
    date, by default the first period without a report), when it was sent and what it said. An answer would
    close the request; a recurring one stays open for the next period."""

    def build(self) -> None:
        self.request_id = self.context["request_id"]
        self.setWindowTitle(self.tr("Record report"))
        self.request_label = self.add_info(self.tr("Request"))
        self.add_field("due_on", self.tr("For the period &due on"), DateField())
        self.add_field("reported_on", self.tr("&Reported on"), DateField())
        self.add_field("text", self.tr("&What was reported"), MultiLineEdit(lines=4))
        self.setMinimumWidth(520)

    def load_call(self):
        return calls.get_request, (self.request_id,), {}

    def populate(self, row) -> None:
        self.request_label.setText(f"{row.issuer}: {row.subject}")
        self.set_value("due_on", row.next_due() or row.due_on)
        self.set_value("reported_on", date.today())

    def save_call(self):
        return calls.add_report, (self.input(ReportIn, request_id=self.request_id),), {}


def answer_form(request) -> type[FormDialog]:
    """The form that records what the city sent: a report for a recurring request, else its answer."""
    return ReportDialog if request.every_months else AnswerDialog
