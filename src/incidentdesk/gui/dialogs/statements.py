"""Forms for vendor statements: logging one with its claims typed one per line, adding claims, verifying a claim."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit

from ...domain.errors import LedgerError
from ...domain.vocab import CHANNELS, VERIFICATION
from ...services import queries, statements
from ...services.overview import incident_overview
from .fields import CodeCombo, DateField, MultiLineEdit
from .form import FormDialog
from .incidents import find_in_incidents


def _pick_statement(statement_id: int):
    return lambda o: next((st for st in o.statements if st.id == statement_id), None)


def _pick_claim(claim_id: int):
    def pick(overview):
        for st in overview.statements:
            for claim in st.claims:
                if claim.id == claim_id:
                    return st, claim
        return None
    return pick


def _load_statement_form(db, incident_id: int | None, statement_id: int | None):
    if statement_id is not None:
        overview, statement = find_in_incidents(db, incident_id, _pick_statement(statement_id),
                                                "statement", statement_id)
        return overview, statement, []
    return incident_overview(db, incident_id), None, queries.list_parties(db)


def _load_claim(db, incident_id: int | None, claim_id: int):
    overview, (statement, claim) = find_in_incidents(db, incident_id, _pick_claim(claim_id), "claim", claim_id)
    return overview, statement, claim


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
            self.add_field("channel", self.tr("C&hannel"), CodeCombo()).set_vocab(CHANNELS)
            self.add_field("speaker", self.tr("S&peaker"), QLineEdit())
            self.add_field("title", self.tr("&Title"), QLineEdit())
            self.add_field("source_id", self.tr("S&ource"), CodeCombo(optional=True))
        self.add_field("claims", self.tr("&Claims"), MultiLineEdit(lines=6),
                       hint=self.tr("One claim per line. Ctrl+Enter saves."))
        if adding:
            self.add_field("promised_by", self.tr("P&romised by"), DateField())
        self.setMinimumWidth(560)

    def load_call(self):
        return _load_statement_form, (self.db, self.incident_id, self.statement_id), {}

    def populate(self, data) -> None:
        overview, statement, parties = data
        self.incident_id = overview.incident.id
        self.incident_label.setText(overview.incident.title)
        if statement is not None:
            self.statement_label.setText(f"{statement.made_on.isoformat()}  {statement.party}  {statement.title}")
            return
        self.widget("party_id").set_choices([(p.id, p.name) for p in parties])
        self.widget("source_id").set_choices([(s.id, s.title) for s in overview.sources])
        self.set_value("made_on", date.today())
        self.set_value("channel", "phone")  # the usual case: a vendor on the phone

    def claims(self) -> list[str]:
        return statements.split_claims(self.value("claims"))

    def save_call(self):
        if self.statement_id is not None:
            if not self.claims():
                raise LedgerError("no_claims")
            return statements.add_claims, (self.db,), {"statement_id": self.statement_id, "texts": self.claims(),
                                                        "promised_by": self.value("promised_by")}
        if self.value("party_id") is None:
            raise LedgerError("required", field="party")
        fields = {k: self.value(k) for k in ("party_id", "made_on", "channel", "speaker", "title", "source_id")}
        return statements.log_statement, (self.db,), {"incident_id": self.incident_id, "claims": self.claims(),
                                                       **fields}


class VerificationDialog(FormDialog):
    """Record how a claim was checked and what was found; context: claim_id (and incident_id when known)."""

    KEYS = ("verification", "checked_how", "evidence", "checked_on", "promised_by")

    def build(self) -> None:
        self.claim_id = self.context["claim_id"]
        self.setWindowTitle(self.tr("Verify claim"))
        self.statement_label = self.add_info(self.tr("Statement"))
        self.claim_label = self.add_info(self.tr("Claim"), wrap=True)  # the whole claim is what is checked
        state = self.add_field("verification", self.tr("&Verification"), CodeCombo())
        state.set_vocab(VERIFICATION)
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
        return _load_claim, (self.db, self.context.get("incident_id"), self.claim_id), {}

    def populate(self, data) -> None:
        _overview, statement, claim = data
        self.statement_label.setText(f"{statement.made_on.isoformat()}  {statement.party}  {statement.title}")
        self.claim_label.setText(claim.text)
        for key in self.KEYS:
            self.set_value(key, getattr(claim, key))

    def save_call(self):
        fields = {k: self.value(k) for k in self.KEYS}
        return statements.set_verification, (self.db, self.claim_id), fields
