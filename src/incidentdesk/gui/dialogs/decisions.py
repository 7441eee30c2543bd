"""The decision forms: a state for one or several affected uses under an incident, who decided and why;
withdrawing (取消) a decision entered by mistake; correcting one (withdrawal and new decision in one step).

A decision is permanent (it is never edited, only withdrawn), so these forms are hard to get wrong: no state
is preselected (the current one is shown beside the field), the rationale and the decider's role are
required, and before saving a confirmation says in words what will be recorded, with "Go back" as its
default button, so Enter, Enter never records anything by accident.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QSizePolicy

from ...domain.errors import LedgerError
from ...domain.inputs import DecisionIn, WithdrawalIn
from ...domain.vocab import DECISION_STATES, decision_label
from .. import calls
from .checklist import CheckList
from .fields import CodeCombo, DateField, MultiLineEdit
from .form import FormDialog


def _role_box() -> QComboBox:
    role = QComboBox()
    role.setEditable(True)
    role.setInsertPolicy(QComboBox.NoInsert)
    role.setMinimumContentsLength(14)
    role.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)  # a role such as 市民部長 is read whole
    return role


class Confirming:
    """A form whose save asks first, in words, with "Go back" as the default button."""

    def confirmation_text(self) -> str:
        raise NotImplementedError

    def confirmation_box(self, text: str) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(text)
        box.setInformativeText(
            QCoreApplication.translate(
                "Confirming",
                "A decision is never changed once recorded; a mistake can only be withdrawn (取消) with a "
                "reason, and stays in the history.",
            )
        )
        self.record_button = box.addButton(QCoreApplication.translate("Confirming", "&Record"), QMessageBox.AcceptRole)
        back = box.addButton(QCoreApplication.translate("Confirming", "&Go back"), QMessageBox.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        return box

    def ask_box(self, box: QMessageBox) -> bool:
        """Show the confirmation; True when the user chose to record (tests replace this)."""
        box.exec()
        return box.clickedButton() is self.record_button

    def save(self) -> None:  # noqa: D102 - FormDialog.save, with the confirmation first
        if not self.ready or self.saving:
            return
        self.clear_errors()
        try:
            text = self.confirmation_text()
        except LedgerError as exc:
            self.show_error(exc.message(self.ctx.lang), self.error_field(exc))
            return
        box = self.confirmation_box(text)
        try:
            if not self.ask_box(box):
                return
        finally:
            box.deleteLater()
        super().save()


class DecisionDialog(Confirming, FormDialog):
    """Record a decision. Context: overview (the incident page's IncidentOverview); use_id when opened on a row;
    use_ids for one decision for several uses; correcting (a DecisionRow) to withdraw it and record this instead."""

    FIELD_ALIASES = {"use": "use_id", "decision_id": "reason"}

    def build(self) -> None:
        self.overview = self.context["overview"]
        self.incident_id = self.overview.incident.id
        self.correcting = self.context.get("correcting")
        self.use_ids: tuple[int, ...] = tuple(self.context.get("use_ids") or ())
        if self.correcting is not None:
            self.use_ids = ()
            self.setWindowTitle(self.tr("Correct decision"))
        elif len(self.use_ids) > 1:
            self.setWindowTitle(self.tr("Record one decision for %1 uses").replace("%1", str(len(self.use_ids))))
        else:
            self.setWindowTitle(self.tr("Record decision"))
        self.incident_label = self.add_info(self.tr("Incident"))
        if len(self.use_ids) > 1:
            self.uses_label = self.add_info(self.tr("Uses"), wrap=True)
        else:
            self.add_field("use_id", self.tr("&Use"), CodeCombo(optional=self.tr("(choose)")))
            self.widget("use_id").currentIndexChanged.connect(lambda _i: self._show_current())
        if self.correcting is not None:
            self.add_field(
                "reason",
                self.tr("&Why the decision is corrected"),
                MultiLineEdit(lines=2),
                hint=self.tr(
                    "The wrong decision is withdrawn (取消) with this reason and stays in the history, struck through."
                ),
            )
        state = self.add_field("state", self.tr("&Decision"), CodeCombo(optional=self.tr("(choose)")))
        state.set_vocab(DECISION_STATES, self.ctx.lang)
        # The current state beside the field, not in it: the habit of pressing Down must not start from it.
        self.current_label = QLabel(self)
        self.current_label.setObjectName("currentState")
        row = state.parentWidget().layout()
        holder = QHBoxLayout()
        row.removeWidget(state)
        holder.addWidget(state, 1)
        holder.addWidget(self.current_label)
        row.insertLayout(0, holder)
        self.add_field(
            "decided_on",
            self.tr("Decided o&n"),
            DateField(),
            hint=self.tr("May be before the latest decision (entered late): it takes its place by date."),
        )
        self.add_field("decided_by_role", self.tr("Decided by (&role)"), _role_box())
        self.add_field("decided_by_name", self.tr("Decided by (na&me)"), QLineEdit())
        self.add_field("rationale", self.tr("R&ationale"), MultiLineEdit())
        self.add_field(
            "conditions",
            self.tr("C&onditions"),
            MultiLineEdit(lines=2),
            hint=self.tr("To continue, or to resume, depending on the decision."),
        )
        state.currentIndexChanged.connect(lambda _i: self._conditions_caption())
        self.add_field("next_review_on", self.tr("Ne&xt review"), DateField())
        self.add_field("effective_until", self.tr("Effective unti&l"), DateField())
        self.add_field("then_state", self.tr("T&hen"), CodeCombo(optional=self.tr("(no change)"))).set_vocab(
            DECISION_STATES, self.ctx.lang
        )
        self.add_field(
            "statement_ids",
            self.tr("Relied on s&tatements"),
            CheckList(rows=4),
            hint=self.tr("Space ticks a statement."),
        )
        self.setMinimumWidth(640)

    def load_call(self):
        return calls.settings, (), {}

    def _affected(self, use_id):
        return next((a for a in self.overview.affected if a.use_id == use_id), None)

    def populate(self, settings) -> None:
        incident_view = self.overview
        self.incident_label.setText(incident_view.incident.title)
        if len(self.use_ids) > 1:
            now = self.tr("now: %1")  # a literal: lupdate does not read a tr() inside an f-string
            self.uses_label.setText(
                "\n".join(
                    f"{a.service_name} / {a.use_name}  ({now.replace('%1', decision_label(a.state, self.ctx.lang))})"
                    for a in (self._affected(u) for u in self.use_ids)
                    if a is not None
                )
            )
        else:
            self.widget("use_id").set_choices(
                [(a.use_id, f"{a.service_name} / {a.use_name}") for a in incident_view.affected]
            )
        self.widget("decided_by_role").addItems(list(settings.roles()))
        self.widget("decided_by_role").setEditText("")
        items = []
        for st in incident_view.statements:
            claims = self.tr("%n claim(s)", "", len(st.claims))
            # The count before the title, which is the part cut off when the row is too narrow.
            items.append((st.id, f"{self.ctx.fact(st.made)}  {st.party}  ({claims})  {st.title}", False))
        self.widget("statement_ids").set_items(items)
        self.set_value("decided_on", date.today())
        given = self.correcting.use_id if self.correcting is not None else self.context.get("use_id")
        if given is not None and "use_id" in self._fields:
            self.set_value("use_id", given)
            self._first = self.widget("state")  # the use is given; what is left to say is the state
        if self.correcting is not None:
            self.widget("use_id").setEnabled(False)
            self._first = self.widget("reason")
        self._show_current()

    def _show_current(self) -> None:
        if len(self.use_ids) > 1:
            found = (self._affected(u) for u in self.use_ids)
            text = " / ".join(decision_label(s, self.ctx.lang) for s in sorted({a.state for a in found if a}))
        else:
            affected = self._affected(self.value("use_id"))
            text = decision_label(affected.state, self.ctx.lang) if affected is not None else "—"
        self.current_label.setText(self.tr("now: %1").replace("%1", text))
        self._conditions_caption()

    def _conditions_caption(self) -> None:
        caption = self.form.labelForField(self.widget("conditions").parentWidget())
        if caption is None:
            return
        state = self.value("state")
        if state in ("suspend", "partial", "terminate"):
            caption.setText(self.tr("C&onditions to resume"))
        elif state in ("continue", "conditional", "resume"):
            caption.setText(self.tr("C&onditions to continue"))
        else:
            caption.setText(self.tr("C&onditions"))

    # -- what will be recorded ----------------------------------------------------
    def targets(self) -> list[int]:
        if len(self.use_ids) > 1:
            return list(self.use_ids)
        use_id = self.value("use_id")
        if use_id is None:
            raise LedgerError("required", field="use")
        return [use_id]

    def check(self) -> DecisionIn:
        targets = self.targets()
        if self.correcting is not None and not self.value("reason").strip():
            raise LedgerError("required", field="reason")
        if not self.value("state"):
            raise LedgerError("required", field="state")
        if not self.value("rationale").strip():
            raise LedgerError("required", field="rationale")
        if not self.value("decided_by_role").strip():
            raise LedgerError("required", field="decided_by_role")
        data = self.input(DecisionIn, incident_id=self.incident_id, use_id=targets[0])
        # The service's own rules (dates, order of dates) before confirming; lengths are checked when saving,
        # without loading the storage layer on the window's thread.
        return data.clean({})

    def confirmation_text(self) -> str:
        data = self.check()
        lang = self.ctx.lang
        who = (
            "、".join(x for x in (data.decided_by_role, data.decided_by_name) if x)
            if lang == "ja"
            else ", ".join(x for x in (data.decided_by_role, data.decided_by_name) if x)
        )
        new = decision_label(data.state, lang)
        lines = []
        for use_id in self.targets():
            a = self._affected(use_id)
            old = decision_label(a.state if a else "undecided", lang)
            if self.correcting is not None:
                old = decision_label(self.correcting.state, lang)
            name = a.use_name if a else str(use_id)
            if lang == "ja":
                lines.append(f"{name}: {old} → {new}({self.ctx.long(data.decided_on)}、{who})")
            else:
                lines.append(f"{name}: {old} → {new} ({self.ctx.long(data.decided_on)}, {who})")
        if data.effective_until:
            then = decision_label(data.then_state, lang) if data.then_state else self.tr("(no change)")
            lines.append(
                self.tr("until %1, then %2").replace("%1", self.ctx.long(data.effective_until)).replace("%2", then)
            )
        head = self.tr("This will be recorded:")
        if self.correcting is not None:
            head = (
                self.tr("The decision of %1 (%2) is withdrawn and this is recorded instead:")
                .replace("%1", self.ctx.long(self.correcting.decided_on))
                .replace("%2", decision_label(self.correcting.state, lang))
            )
        return head + "\n\n" + "\n".join(lines)

    def save_call(self):
        data = self.check()
        if self.correcting is not None:
            withdrawal = WithdrawalIn(
                decision_id=self.correcting.id,
                withdrawn_on=data.decided_on if data.decided_on >= self.correcting.decided_on else date.today(),
                reason=self.value("reason"),
                withdrawn_by_role=data.decided_by_role,
                withdrawn_by_name=data.decided_by_name,
            )
            return calls.correct_decision, (withdrawal, data), {}
        if len(self.use_ids) > 1:
            return calls.record_decisions, (data, list(self.use_ids)), {}
        return calls.record_decision, (data,), {}


class WithdrawDialog(Confirming, FormDialog):
    """Withdraw (取消) a decision entered by mistake; context: decision (a DecisionRow)."""

    FIELD_ALIASES = {"decision_id": "reason"}

    def build(self) -> None:
        self.decision = self.context["decision"]
        self.setWindowTitle(self.tr("Withdraw decision"))
        self.decision_label = self.add_info(self.tr("Decision"), wrap=True)
        self.add_field(
            "reason",
            self.tr("&Reason"),
            MultiLineEdit(lines=3),
            hint=self.tr(
                "Why it was entered by mistake. The decision stays in the history, struck "
                "through; the use falls back to the previous valid decision."
            ),
        )
        self.add_field("withdrawn_on", self.tr("Withdrawn o&n"), DateField())
        self.add_field("withdrawn_by_role", self.tr("Withdrawn by (r&ole)"), _role_box())
        self.add_field("withdrawn_by_name", self.tr("Withdrawn by (na&me)"), QLineEdit())

    def load_call(self):
        return calls.settings, (), {}

    def populate(self, settings) -> None:
        d = self.decision
        self.decision_label.setText(self.describe(d))
        self.widget("withdrawn_by_role").addItems(list(settings.roles()))
        self.widget("withdrawn_by_role").setEditText("")
        self.set_value("withdrawn_on", date.today())

    def describe(self, d) -> str:
        who = " ".join(x for x in (d.decided_by_role, d.decided_by_name) if x)
        return (
            f"{d.service_name} / {d.use_name}: {decision_label(d.state, self.ctx.lang)} "
            f"({self.ctx.long(d.decided_on)}{', ' + who if who else ''})"
        )

    def check(self) -> WithdrawalIn:
        return self.input(WithdrawalIn, decision_id=self.decision.id).clean({})

    def confirmation_text(self) -> str:
        data = self.check()
        return (
            self.tr("This decision will be withdrawn (取消):")
            + "\n\n"
            + self.describe(self.decision)
            + "\n"
            + self.tr("Reason: %1").replace("%1", data.reason)
        )

    def confirmation_box(self, text: str) -> QMessageBox:
        box = super().confirmation_box(text)
        box.setInformativeText(self.tr("The withdrawal is permanent too; it is shown in the history."))
        self.record_button.setText(self.tr("&Withdraw"))
        return box

    def save_call(self):
        return calls.withdraw_decision, (self.check(),), {}
