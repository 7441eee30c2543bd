"""Forms for vendor statements: logging one with its claims typed one per line, adding claims, verifying a claim."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit

from ...domain.errors import LedgerError
from ...domain.inputs import CheckIn, StatementIn
from ...domain.vocab import CHANNELS, VERIFICATION
from .. import calls
from .fields import CodeCombo, DateField, MultiLineEdit
from .form import FormDialog


def split_claims(text: str) -> list[str]:
    """Claims typed one per line; blank lines and list bullets are dropped."""
    out = []
    for line in (text or "").splitlines():
        line = line.strip().lstrip("・-*•").strip()
        if line:
            out.append(line)
    return out


class StatementDialog(FormDialog):
    """Log what a vendor said (context: incident_id), one claim per line; with statement_id, add claims to it."""

    FIELD_ALIASES = {"claim": "claims", "party": "party_id"}

    def build(self) -> None:
        self.incident_id = self.context.get("incident_id")
        self.statement_id = self.context.get("statement_id")
        adding = self.statement_id is not None
        self.setWindowTitle(self.tr("Add claims") if adding else self.tr("New vendor statement"))
        self.incident_label = self.add_info(self.tr("Incident"))
        if adding:
            self.statement_label = self.add_info(self.tr("Statement"))
        else:
            # No vendor preselected: logging a call under the wrong company is the costly mistake.
            self.add_field("party_id", self.tr("&Vendor"), CodeCombo(optional=self.tr("(choose)")))
            self.add_field("made_on", self.tr("&Date"), DateField())
            self.add_field("channel", self.tr("C&hannel"), CodeCombo()).set_vocab(CHANNELS, self.ctx.lang)
            self.add_field("speaker", self.tr("S&peaker"), QLineEdit())
            self.add_field("title", self.tr("&Title"), QLineEdit())
            self.add_field("source_id", self.tr("S&ource"), CodeCombo(optional=True))
        self.add_field("claims", self.tr("&Claims"), MultiLineEdit(lines=6),
                       hint=self.tr("One claim per line. Ctrl+Enter saves."))
        if adding:
            self.add_field("promised_by", self.tr("P&romised by"), DateField())
        self.setMinimumWidth(560)

    def load_call(self):
        if self.statement_id is not None:
            return calls.get_statement, (self.statement_id,), {}
        return calls.statement_form, (self.incident_id,), {}

    def populate(self, data) -> None:
        if self.statement_id is not None:
            statement = data
            self.incident_id = statement.incident_id
            self.incident_label.setText(self.context.get("incident_title", ""))
            self.statement_label.setText(f"{statement.made_on.isoformat()}  {statement.party}  {statement.title}")
            return
        incident, sources, parties = data
        self.incident_label.setText(incident.title)
        self.widget("party_id").set_choices([(p.id, p.label) for p in parties])
        self.widget("source_id").set_choices([(s.id, s.title) for s in sources])
        self.set_value("made_on", date.today())
        self.set_value("channel", "phone")  # the usual case: a vendor on the phone

    def claims(self) -> list[str]:
        return split_claims(self.value("claims"))

    def save_call(self):
        if self.statement_id is not None:
            if not self.claims():
                raise LedgerError("no_claims")
            return calls.add_claims, (self.statement_id, self.claims(), self.value("promised_by")), {}
        if self.value("party_id") is None:
            raise LedgerError("required", field="party")
        data = self.input(StatementIn, incident_id=self.incident_id, claims=tuple(self.claims()))
        return calls.log_statement, (data,), {}


class VerificationDialog(FormDialog):
    """Record how a claim was checked and what was found; context: claim_id (and incident_id when known)."""

    def build(self) -> None:
        self.claim_id = self.context["claim_id"]
        self.setWindowTitle(self.tr("Verify claim"))
        self.statement_label = self.add_info(self.tr("Statement"))
        self.claim_label = self.add_info(self.tr("Claim"), wrap=True)  # the whole claim is what is checked
        state = self.add_field("verification", self.tr("&Verification"), CodeCombo())
        state.set_vocab(VERIFICATION, self.ctx.lang)
        state.currentIndexChanged.connect(self._default_checked_on)
        self.add_field("checked_how", self.tr("&How it was checked"), MultiLineEdit())
        self.add_field("evidence", self.tr("&Evidence"), MultiLineEdit())
        self.add_field("checked_on", self.tr("&Checked on"), DateField())
        self.add_field("promised_by", self.tr("&Promised by"), DateField())
        self.setMinimumWidth(520)

    def _default_checked_on(self) -> None:
        # A claim is usually marked the day it is checked; shown, so it can be corrected.
        if self.ready and self.value("verification") != "unverified" and not self.value("checked_on"):
            self.set_value("checked_on", date.today())

    def load_call(self):
        return calls.get_claim, (self.claim_id,), {}

    def populate(self, detail) -> None:
        statement, claim = detail.statement, detail.claim
        self.statement_label.setText(f"{statement.made_on.isoformat()}  {statement.party}  {statement.title}")
        self.claim_label.setText(claim.text)
        for key in CheckIn.names():
            self.set_value(key, getattr(claim, key))

    def save_call(self):
        return calls.set_verification, (self.claim_id, self.input(CheckIn)), {}
