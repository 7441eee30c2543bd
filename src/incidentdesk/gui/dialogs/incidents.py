"""Forms for incidents: opening and editing one, linking affected uses, timeline entries and sources."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit

from ...domain.errors import LedgerError
from ...domain.inputs import IncidentIn, LinkIn, SourceIn, TimelineIn
from ...domain.vocab import INCIDENT_STATUSES
from .. import calls
from .checklist import CheckList
from .fields import CodeCombo, DateField, MultiLineEdit
from .form import FormDialog
from .inline import new_source_button


class IncidentDialog(FormDialog):
    """Open a new incident, or edit one (context: incident_id)."""

    def build(self) -> None:
        self.record = None
        self.incident_id = self.context.get("incident_id")
        self.setWindowTitle(self.tr("Edit incident") if self.incident_id else self.tr("New incident"))
        self.add_field("title", self.tr("&Title"), QLineEdit())
        self.add_field("summary", self.tr("S&ummary"), MultiLineEdit(lines=4))
        self.add_field("status", self.tr("St&atus"), CodeCombo()).set_vocab(INCIDENT_STATUSES, self.ctx.lang)
        self.add_field("occurred_on", self.tr("&Occurred on"), DateField())
        self.add_field("known_on", self.tr("&Known on"), DateField())
        self.add_field("closed_on", self.tr("&Closed on"), DateField())
        self.add_field(
            "personal_data_leak",
            self.tr("Personal-data leak"),
            QCheckBox(self.tr("Residents' personal data &leaked, or may have")),
            hint=self.tr(
                "Since 1 April 2023 the city reports such a leak to the Personal Information "
                "Protection Commission when more than 100 people are concerned, or any number "
                "for sensitive data, possible financial harm or an unlawful purpose."
            ),
        )
        self.add_field(
            "unlawful_purpose",
            self.tr("Unlawful purpose"),
            QCheckBox(self.tr("The leak may be for an unlawful &purpose (final report within 60 days)")),
        )
        self.offer: StatutoryOfferDialog | None = None
        self.setMinimumWidth(640)  # the leak checkboxes' text on one line

    def load_call(self):
        if self.incident_id:
            return calls.get_incident, (self.incident_id,), {}
        return None

    def populate(self, record) -> None:
        self.record = record
        if record is not None:
            self.fill_from(record)

    def save_call(self):
        data = self.input(IncidentIn, self.record)
        if self.incident_id:
            return calls.edit_incident, (self.incident_id, data), {}
        return calls.open_incident, (data,), {}

    # -- an incident newly marked as a personal-data leak: offer the reports the law asks for --------
    def _saved(self, result) -> None:
        newly_marked = bool(getattr(result, "personal_data_leak", False)) and not (
            self.record is not None and self.record.personal_data_leak
        )
        if not newly_marked:
            super()._saved(result)
            return
        # The incident is saved; the form stays busy (nothing to save twice) until the offer is answered.
        self._tickets.append(
            self.ctx.call(
                calls.memo_statutory,
                result.id,
                on_done=lambda proposals: self._offer(result, proposals),
                on_error=lambda _exc: FormDialog._saved(self, result),
            )
        )

    def _offer(self, result, proposals: list) -> None:
        if not proposals:  # learned of before 2023-04-01, or already recorded
            FormDialog._saved(self, result)
            return
        self.offer = StatutoryOfferDialog(self, self.ctx, incident_id=result.id, proposals=proposals)
        self.offer.finished.connect(lambda _code: FormDialog._saved(self, result))
        self.offer.open()


class StatutoryOfferDialog(FormDialog):
    """The prompt (速報) and final (確報) report to the Personal Information Protection Commission, offered
    as requests addressed to the city when an incident is marked as a leak (context: incident_id, proposals
    from services/statutory.proposals). The due dates are computed (domain/statutory.py) and editable;
    Not now records nothing (the memo page offers them again)."""

    def build(self) -> None:
        self.incident_id = self.context["incident_id"]
        self.proposals = list(self.context["proposals"])
        self.setWindowTitle(self.tr("Reports to the Personal Information Protection Commission"))
        intro = QLabel(
            self.tr(
                "The city must report this leak to the Commission: a prompt report soon after "
                "learning of it and a final report within 30 days (60 for an unlawful purpose), "
                "counted from the day the city learned of it. Record them as requests to the "
                "city? The due dates can be changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        for i, p in enumerate(self.proposals, start=1):
            self.add_field(f"due_{i}", f"{p.subject} (&{i})", DateField(), hint=p.asks)
        self.setMinimumWidth(560)

    def populate(self, _data) -> None:
        for i, p in enumerate(self.proposals, start=1):
            self.set_value(f"due_{i}", p.due_on)
        self.save_button.setText(self.tr("Record as requests"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("FormDialog", "Not now"))

    def save_call(self):
        due = {p.subject: self.value(f"due_{i}") for i, p in enumerate(self.proposals, start=1)}
        return calls.add_statutory, (self.incident_id, due), {}


class LinkUsesDialog(FormDialog):
    """Mark uses as affected by an incident: every use of a service, or ticked uses; context: incident_id."""

    FIELD_ALIASES = {"use": "use_ids"}

    def build(self) -> None:
        self.incident_id = self.context["incident_id"]
        self.setWindowTitle(self.tr("Link affected uses"))
        self.incident_label = self.add_info(self.tr("Incident"))
        self.uses_of: dict[int, list[int]] = {}
        self.add_field(
            "service_id",
            self.tr("Every use of &service"),
            CodeCombo(optional=self.tr("(none)")),
            hint=self.tr("Choosing a service ticks its uses below; untick any it does not affect."),
        )
        self.widget("service_id").currentIndexChanged.connect(lambda _i: self._tick_service())
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("type to narrow the list"))
        self.filter.setClearButtonEnabled(True)
        # Filtering 40,000 uses takes a moment: wait for a pause in typing rather than redo it per key.
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(lambda: self.widget("use_ids").set_filter(self.filter.text()))
        self.filter.textChanged.connect(self._filter_timer.start)
        self.filter.installEventFilter(self)
        caption = QLabel(self.tr("&Filter"), self)
        caption.setBuddy(self.filter)
        self.form.addRow(caption, self.filter)
        self.add_field(
            "use_ids",
            self.tr("&Uses"),
            CheckList(rows=10),
            hint=self.tr("Space ticks a use; uses already linked are greyed."),
        )
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit(lines=2))
        self.setMinimumWidth(600)
        self.resize(600, 540)  # room for the list of uses; less on a small screen (fit_to_screen)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        # Enter in the filter goes to the list rather than saving half-chosen links.
        if obj is self.filter and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._filter_timer.stop()
            self.widget("use_ids").set_filter(self.filter.text())
            self.widget("use_ids").setFocus()
            return True
        return super().eventFilter(obj, event)

    def load_call(self):
        return calls.link_choices, (self.incident_id,), {}

    def populate(self, data) -> None:
        incident, linked, services, uses, self.uses_of = data
        self.incident_label.setText(incident.title)
        self.widget("service_id").set_choices([(c.id, c.label) for c in services])
        self.widget("use_ids").set_items([(c.id, c.label, False) for c in uses], locked=linked)

    def _tick_service(self) -> None:
        """Tick every use of the chosen service (those already linked stay greyed), keeping other ticks."""
        service_id = self.value("service_id")
        if service_id is None:
            return
        uses = self.widget("use_ids")
        uses.set_checked({*uses.checked_ids(), *self.uses_of.get(service_id, [])})

    def save_call(self):
        use_ids = self.value("use_ids")
        if not use_ids:
            raise LedgerError("required", field="use")
        data = LinkIn(incident_id=self.incident_id, use_ids=tuple(use_ids), notes=self.value("notes"))
        return calls.link_uses, (data,), {}


class TimelineDialog(FormDialog):
    """Add a timeline entry to an incident (context: incident_id) or edit one (entry_id)."""

    def build(self) -> None:
        self.record = None
        self.incident_id = self.context.get("incident_id")
        self.entry_id = self.context.get("entry_id")
        self.setWindowTitle(self.tr("Edit timeline entry") if self.entry_id else self.tr("New timeline entry"))
        self.incident_label = self.add_info(self.tr("Incident"))
        self.add_field(
            "occurred",
            self.tr("&Date"),
            DateField(fact=True),
            hint=self.tr(
                "A day, or as far as it is known, with its year: 令和5年3月, 令和5年5月下旬, "
                "令和5年3月〜4月, 令和4年7月21日・22日"
            ),
        )
        self.add_field("text", self.tr("&What happened"), MultiLineEdit(lines=4))
        self.add_field(
            "source_ids",
            self.tr("S&ources"),
            CheckList(rows=4),
            hint=self.tr("Space ticks a source; they are cited in the order ticked."),
        )
        new_source_button(self)

    def load_call(self):
        return calls.timeline_form, (self.incident_id, self.entry_id), {}

    def populate(self, data) -> None:
        incident, sources, self.record = data
        self.incident_id = incident.id
        self.incident_label.setText(incident.title)
        self.widget("source_ids").set_items([(s.id, s.title, False) for s in sources])
        if self.record is not None:
            self.fill_from(self.record)

    def save_call(self):
        data = self.input(TimelineIn, self.record, incident_id=self.incident_id)
        if self.entry_id:
            return calls.edit_timeline_entry, (self.entry_id, data), {}
        return calls.add_timeline_entry, (data,), {}


class SourceDialog(FormDialog):
    """Cite a source (press release, notice, article) for an incident (context: incident_id), or edit one
    (source_id)."""

    FIELD_ALIASES = {"occurred": "published"}

    def build(self) -> None:
        self.record = None
        self.incident_id = self.context.get("incident_id")
        self.source_id = self.context.get("source_id")
        self.setWindowTitle(self.tr("Edit source") if self.source_id else self.tr("New source"))
        self.add_field("title", self.tr("&Title"), QLineEdit())
        self.add_field("publisher", self.tr("&Publisher"), QLineEdit())
        self.add_field("published", self.tr("Published &on"), DateField(fact=True))
        self.add_field("url", self.tr("&URL"), QLineEdit())
        self.setMinimumWidth(480)

    def load_call(self):
        return (calls.source_form, (self.source_id,), {}) if self.source_id else None

    def populate(self, record) -> None:
        self.record = record
        if record is not None:
            self.incident_id = record.incident_id
            self.fill_from(record)

    def save_call(self):
        data = self.input(SourceIn, self.record, incident_id=self.incident_id)
        if self.source_id:
            return calls.edit_source, (self.source_id, data), {}
        return calls.add_source, (data,), {}
