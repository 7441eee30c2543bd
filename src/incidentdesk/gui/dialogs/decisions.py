"""The decision form: a state for one affected use under an incident, who decided, why, and on which statements."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit

from ...domain.errors import LedgerError
from ...domain.inputs import DecisionIn
from ...domain.vocab import DECISION_STATES, decision_label
from .. import calls
from .checklist import CheckList
from .fields import CodeCombo, DateField, MultiLineEdit
from .form import FormDialog


class DecisionDialog(FormDialog):
    """Record a decision; context: overview (the incident page's IncidentOverview), use_id when opened on a row."""

    FIELD_ALIASES = {"use": "use_id"}

    def build(self) -> None:
        self.overview = self.context["overview"]
        self.incident_id = self.overview.incident.id
        self.setWindowTitle(self.tr("Record decision"))
        self.incident_label = self.add_info(self.tr("Incident"))
        self.add_field("use_id", self.tr("&Use"), CodeCombo())
        self.add_field("state", self.tr("&Decision"), CodeCombo()).set_vocab(DECISION_STATES, self.ctx.lang)
        self.add_field("decided_on", self.tr("Decided o&n"), DateField())
        role = QComboBox()
        role.setEditable(True)
        role.setInsertPolicy(QComboBox.NoInsert)
        role.setMinimumContentsLength(14)
        self.add_field("decided_by_role", self.tr("Decided by (&role)"), role)
        self.add_field("decided_by_name", self.tr("Decided by (na&me)"), QLineEdit())
        self.add_field("rationale", self.tr("R&ationale"), MultiLineEdit())
        self.add_field("conditions", self.tr("C&onditions"), MultiLineEdit(lines=2),
                       hint=self.tr("To continue, or to resume, depending on the decision."))
        self.add_field("next_review_on", self.tr("Ne&xt review"), DateField())
        self.add_field("effective_until", self.tr("Effective unti&l"), DateField())
        self.add_field("then_state", self.tr("T&hen"), CodeCombo(optional=self.tr("(no change)"))).set_vocab(
            DECISION_STATES, self.ctx.lang)
        self.add_field("statement_ids", self.tr("Relied on s&tatements"), CheckList(rows=4),
                       hint=self.tr("Space ticks a statement."))
        self.setMinimumWidth(600)

    def load_call(self):
        return calls.settings, (), {}

    def populate(self, settings) -> None:
        incident_view = self.overview
        self.incident_label.setText(incident_view.incident.title)
        current = self.tr("now")
        self.widget("use_id").set_choices([
            (a.use_id, f"{a.service_name} / {a.use_name}  ({current}: {decision_label(a.state, self.ctx.lang)})")
            for a in incident_view.affected])
        self.widget("decided_by_role").addItems(list(settings.roles()))
        self.widget("decided_by_role").setEditText("")
        items = []
        for st in incident_view.statements:
            claims = self.tr("%n claim(s)", "", len(st.claims))
            # The count before the title, which is the part cut off when the row is too narrow.
            items.append((st.id, f"{self.ctx.fact(st.made)}  {st.party}  ({claims})  {st.title}", False))
        self.widget("statement_ids").set_items(items)
        self.set_value("decided_on", date.today())
        if self.context.get("use_id") is not None:
            self.set_value("use_id", self.context["use_id"])
            affected = next((a for a in incident_view.affected if a.use_id == self.context["use_id"]), None)
            if affected is not None and affected.decision is not None:
                self.set_value("state", affected.state)
            self.widget("state").setFocus()
            self._first = self.widget("state")  # the use is given; what is left to say is the state

    def save_call(self):
        if self.value("use_id") is None:
            raise LedgerError("required", field="use")
        data = self.input(DecisionIn, incident_id=self.incident_id)
        return calls.record_decision, (data,), {}
