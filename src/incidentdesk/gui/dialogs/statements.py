"""Forms for vendor statements: logging one with its claims typed one per line, adding claims, verifying a claim."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit

from ...domain.errors import LedgerError
from ...domain.inputs import CheckIn, ClaimIn, StatementIn
from ...domain.vocab import CHANNELS, VERIFICATION
from .. import calls
from .checklist import CheckList
from .fields import CodeCombo, DateField, MultiLineEdit
from .form import FormDialog
from .inline import new_party_button, new_source_button


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
        self.editing = bool(self.context.get("edit"))  # correct the statement itself (its claims one by one)
        self.record = None
        adding = self.statement_id is not None and not self.editing
        self.setWindowTitle(
            self.tr("Add claims")
            if adding
            else self.tr("Edit vendor statement")
            if self.editing
            else self.tr("New vendor statement")
        )
        self.incident_label = self.add_info(self.tr("Incident"))
        if adding:
            self.statement_label = self.add_info(self.tr("Statement"))
        else:
            # No vendor preselected: logging a call under the wrong company is the costly mistake.
            self.add_field("party_id", self.tr("&Vendor"), CodeCombo(optional=self.tr("(choose)")))
            new_party_button(self)
            self.add_field("made", self.tr("&Date"), DateField(fact=True))
            self.add_field("channel", self.tr("C&hannel"), CodeCombo()).set_vocab(CHANNELS, self.ctx.lang)
            self.add_field("speaker", self.tr("S&peaker"), QLineEdit())
            self.add_field("title", self.tr("&Title"), QLineEdit())
            self.add_field("taken_by", self.tr("Taken b&y"), QLineEdit()).setPlaceholderText(
                self.tr("who at the city took the call or attended")
            )
            self.add_field(
                "source_ids",
                self.tr("S&ources"),
                CheckList(rows=3),
                hint=self.tr("Space ticks a source; they are cited in the order ticked."),
            )
            new_source_button(self)
        if self.editing:
            self.add_field("notes", self.tr("Note&s"), MultiLineEdit(lines=3))
        else:
            self.add_field(
                "claims",
                self.tr("&Claims"),
                MultiLineEdit(lines=6),
                hint=self.tr("One claim per line. Ctrl+Enter saves."),
            )
        if adding:
            self.add_field("promised_by", self.tr("P&romised by"), DateField())
        self.setMinimumWidth(560)

    def load_call(self):
        if self.editing:
            return calls.statement_edit_form, (self.statement_id,), {}
        if self.statement_id is not None:
            return calls.get_statement, (self.statement_id,), {}
        return calls.statement_form, (self.incident_id,), {}

    def populate(self, data) -> None:
        if self.editing:
            self.record, sources, parties = data
            self.incident_id = self.record.incident_id
            self.incident_label.setText(self.context.get("incident_title", ""))
            self.widget("party_id").set_choices([(p.id, p.label) for p in parties])
            self.widget("source_ids").set_items([(s.id, s.title, False) for s in sources])
            self.fill_from(self.record)
            self.set_value("source_ids", [ref.id for ref in self.record.sources])
            return
        if self.statement_id is not None:
            statement = data
            self.incident_id = statement.incident_id
            self.incident_label.setText(self.context.get("incident_title", ""))
            self.statement_label.setText(f"{self.ctx.fact(statement.made)}  {statement.party}  {statement.title}")
            return
        incident, sources, parties = data
        self.incident_label.setText(incident.title)
        self.widget("party_id").set_choices([(p.id, p.label) for p in parties])
        self.widget("source_ids").set_items([(s.id, s.title, False) for s in sources])
        self.set_value("made", date.today())
        self.set_value("channel", "phone")  # the usual case: a vendor on the phone

    def claims(self) -> list[str]:
        return split_claims(self.value("claims"))

    def save_call(self):
        if self.editing:
            if self.value("party_id") is None:
                raise LedgerError("required", field="party")
            data = self.input(StatementIn, incident_id=self.incident_id)
            return calls.edit_statement, (self.statement_id, data), {}
        if self.statement_id is not None:
            if not self.claims():
                raise LedgerError("no_claims")
            return calls.add_claims, (self.statement_id, self.claims(), self.value("promised_by")), {}
        if self.value("party_id") is None:
            raise LedgerError("required", field="party")
        data = self.input(StatementIn, incident_id=self.incident_id, claims=tuple(self.claims()))
        return calls.log_statement, (data,), {}


class VerificationDialog(FormDialog):
    """Record one check of a claim (appended to its history); context: claim_id.

    The earlier checks are listed above the fields, so a re-check is made knowing what was found before.
    """

    def build(self) -> None:
        self.claim_id = self.context["claim_id"]
        self.setWindowTitle(self.tr("Check claim"))
        self.statement_label = self.add_info(self.tr("Statement"))
        self.claim_label = self.add_info(self.tr("Claim"), wrap=True)  # the whole claim is what is checked
        self.history_label = self.add_info(self.tr("Checked before"), wrap=True)
        # No state preselected: what was found has to be said, not left at a default.
        state = self.add_field("verification", self.tr("&Found"), CodeCombo(optional=self.tr("(choose)")))
        state.set_vocab(VERIFICATION, self.ctx.lang)
        self.add_field("checked_on", self.tr("&Checked on"), DateField())
        self.add_field("checked_how", self.tr("&How it was checked"), MultiLineEdit())
        self.add_field("evidence", self.tr("&Evidence"), MultiLineEdit())
        self.add_field("checked_by", self.tr("Checked b&y"), QLineEdit())
        self.setMinimumWidth(560)

    def load_call(self):
        return calls.get_claim, (self.claim_id,), {}

    def populate(self, detail) -> None:
        statement, claim = detail.statement, detail.claim
        self.statement_label.setText(f"{self.ctx.fact(statement.made)}  {statement.party}  {statement.title}")
        self.claim_label.setText(claim.text)
        lines = [
            f"{self.ctx.short(c.checked_on)}  {VERIFICATION.label(c.verification, self.ctx.lang)}  {c.checked_how}"
            for c in claim.checks
        ]
        self.history_label.setText("\n".join(lines) or self.tr("not checked yet"))
        self.set_value("checked_on", date.today())

    def save_call(self):
        return calls.check_claim, (self.input(CheckIn, claim_id=self.claim_id),), {}


class ClaimDialog(FormDialog):
    """Correct a claim's wording or its promised date; context: claim_id. It keeps its place and its checks."""

    def build(self) -> None:
        self.record = None
        self.claim_id = self.context["claim_id"]
        self.setWindowTitle(self.tr("Edit claim"))
        self.statement_label = self.add_info(self.tr("Statement"))
        self.add_field("text", self.tr("&Claim"), MultiLineEdit(lines=3))
        self.add_field(
            "promised_by",
            self.tr("&Promised by"),
            DateField(),
            hint=self.tr("A date the vendor promised becomes a deadline."),
        )
        self.setMinimumWidth(560)

    def load_call(self):
        return calls.get_claim, (self.claim_id,), {}

    def populate(self, detail) -> None:
        statement, self.record = detail.statement, detail.claim
        self.statement_label.setText(f"{self.ctx.fact(statement.made)}  {statement.party}  {statement.title}")
        self.fill_from(self.record)

    def save_call(self):
        return calls.edit_claim, (self.claim_id, self.input(ClaimIn, self.record)), {}


def remove_statement(parent, ctx, statement) -> None:
    """Delete a statement logged by mistake with its claims, or, when checks, files or decisions refer to it,
    retire it (廃止済み) instead; a retired one is used again. Each after a confirmation that says which, and
    why; the ledger is asked first what refers to it."""
    from datetime import date

    from PySide6.QtCore import QCoreApplication

    from .. import record_actions

    what = QCoreApplication.translate("StatementActions", "the statement")
    name = statement.title or f"{ctx.fact(statement.made)} {statement.party}"
    if statement.retired_on is not None:
        record_actions.retire(parent, ctx, calls.retire_statement, statement, what=what, name=name)
        return

    def ask(ties: dict[str, int]) -> None:
        if not any(ties.values()):
            record_actions.delete(
                parent, ctx, calls.delete_statement, statement.id, what=what, name=name, version=statement.version
            )
            return
        reason = LedgerError("statement_has_history", **ties).message(ctx.lang)
        question = QCoreApplication.translate(
            "StatementActions",
            "Retire 「%1」 (廃止済み)? It stays in the ledger with its claims, checks and files, "
            "hidden unless “Show retired statements” is ticked, and is left out of memos and deadlines; the next "
            "memo says it was retired.",
        ).replace("%1", name)
        title = QCoreApplication.translate("StatementActions", "Retire statement")
        if record_actions.confirm(parent, title, reason + "\n\n" + question):
            ctx.change(calls.retire_statement, statement.id, date.today(), parent=parent, version=statement.version)

    ctx.call(calls.statement_ties, statement.id, parent=parent, on_done=ask)
