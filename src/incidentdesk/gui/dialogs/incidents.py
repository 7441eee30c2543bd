"""Forms for incidents: opening and editing one, linking affected uses, timeline entries and sources."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit

from ...domain.errors import LedgerError
from ...domain.vocab import INCIDENT_STATUSES
from ...services import incidents, queries
from ...services.overview import incident_overview
from .checklist import CheckList
from .fields import CodeCombo, DateField, MultiLineEdit
from .form import FormDialog


def find_in_incidents(db, incident_id: int | None, pick, entity: str, ident: int):
    """The incident overview holding a record, and the record: `pick(overview)` returns it or None.

    There is no query for one timeline entry or claim by id; the caller usually knows the incident,
    and otherwise the incidents are searched one by one (on the worker thread).
    """
    ids = [incident_id] if incident_id is not None else [row.id for row in queries.list_incidents(db)]
    for candidate in ids:
        overview = incident_overview(db, candidate)
        found = pick(overview)
        if found is not None:
            return overview, found
    raise LedgerError("not_found", entity=entity, id=ident)


def _load_timeline(db, incident_id: int | None, entry_id: int | None):
    if entry_id is None:
        return incident_overview(db, incident_id), None
    return find_in_incidents(db, incident_id, lambda o: next((e for e in o.timeline if e.id == entry_id), None),
                             "timeline", entry_id)


def _load_link_choices(db, incident_id: int):
    """The incident, every service, and every use labelled "service / use" in label order (built here, off
    the GUI thread, since a prefecture has tens of thousands)."""
    overview = incident_overview(db, incident_id)
    services = [(s.id, s.name) for s in queries.list_services(db)]
    names = dict(services)
    uses = sorted(((u.id, f"{names.get(u.service_id, '')} / {u.name}", False) for u in queries.list_uses(db)),
                  key=lambda item: item[1])
    return overview, services, uses


class IncidentDialog(FormDialog):
    """Open a new incident, or edit one (context: incident_id)."""

    KEYS = ("title", "summary", "status", "occurred_on", "known_on", "closed_on")

    def build(self) -> None:
        self.incident_id = self.context.get("incident_id")
        self.setWindowTitle(self.tr("Edit incident") if self.incident_id else self.tr("New incident"))
        self.add_field("title", self.tr("&Title"), QLineEdit())
        self.add_field("summary", self.tr("S&ummary"), MultiLineEdit(lines=4))
        self.add_field("status", self.tr("St&atus"), CodeCombo()).set_vocab(INCIDENT_STATUSES)
        self.add_field("occurred_on", self.tr("&Occurred on"), DateField())
        self.add_field("known_on", self.tr("&Known on"), DateField())
        self.add_field("closed_on", self.tr("&Closed on"), DateField())

    def load_call(self):
        if self.incident_id:
            return incident_overview, (self.db, self.incident_id), {}
        return None

    def populate(self, overview) -> None:
        if overview is not None:
            for key in self.KEYS:
                self.set_value(key, getattr(overview.incident, key))

    def save_call(self):
        fields = {k: self.value(k) for k in self.KEYS}
        if self.incident_id:
            return incidents.edit_incident, (self.db, self.incident_id), fields
        return incidents.open_incident, (self.db,), fields


class LinkUsesDialog(FormDialog):
    """Mark uses as affected by an incident: every use of a service, or ticked uses; context: incident_id."""

    FIELD_ALIASES = {"use": "use_ids"}

    def build(self) -> None:
        self.incident_id = self.context["incident_id"]
        self.setWindowTitle(self.tr("Link affected uses"))
        self.incident_label = self.add_info(self.tr("Incident"))
        self.add_field("service_id", self.tr("Every use of &service"),
                       CodeCombo(optional=self.tr("(none)")))
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
        self.add_field("use_ids", self.tr("&Uses"), CheckList(rows=10),
                       hint=self.tr("Space ticks a use; uses already linked are greyed."))
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit(lines=2))
        self.setMinimumSize(600, 540)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt naming
        # Enter in the filter goes to the list rather than saving half-chosen links.
        if obj is self.filter and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._filter_timer.stop()
            self.widget("use_ids").set_filter(self.filter.text())
            self.widget("use_ids").setFocus()
            return True
        return super().eventFilter(obj, event)

    def load_call(self):
        return _load_link_choices, (self.db, self.incident_id), {}

    def populate(self, data) -> None:
        overview, services, uses = data
        self.incident_label.setText(overview.incident.title)
        self.widget("service_id").set_choices(services)
        self.widget("use_ids").set_items(uses, locked={a.use_id for a in overview.affected})

    def save_call(self):
        service_id, use_ids = self.value("service_id"), self.value("use_ids")
        if service_id is None and not use_ids:
            raise LedgerError("required", field="use")
        return incidents.link_uses, (self.db,), {
            "incident_id": self.incident_id, "use_ids": use_ids or [],
            "service_ids": [service_id] if service_id is not None else [], "notes": self.value("notes")}


class TimelineDialog(FormDialog):
    """Add a timeline entry to an incident (context: incident_id) or edit one (entry_id)."""

    def build(self) -> None:
        self.incident_id = self.context.get("incident_id")
        self.entry_id = self.context.get("entry_id")
        self.setWindowTitle(self.tr("Edit timeline entry") if self.entry_id else self.tr("New timeline entry"))
        self.incident_label = self.add_info(self.tr("Incident"))
        self.add_field("occurred_on", self.tr("&Date"), DateField())
        self.add_field("text", self.tr("&What happened"), MultiLineEdit(lines=4))
        self.add_field("source_id", self.tr("S&ource"), CodeCombo(optional=True))

    def load_call(self):
        return _load_timeline, (self.db, self.incident_id, self.entry_id), {}

    def populate(self, data) -> None:
        overview, entry = data
        self.incident_label.setText(overview.incident.title)
        self.widget("source_id").set_choices([(s.id, s.title) for s in overview.sources])
        if entry is not None:
            for key in ("occurred_on", "text", "source_id"):
                self.set_value(key, getattr(entry, key))

    def save_call(self):
        fields = {k: self.value(k) for k in ("occurred_on", "text", "source_id")}
        if self.entry_id:
            return incidents.edit_timeline_entry, (self.db, self.entry_id), fields
        return incidents.add_timeline_entry, (self.db,), {"incident_id": self.incident_id, **fields}


class SourceDialog(FormDialog):
    """Cite a source (press release, notice, article) for an incident; context: incident_id."""

    FIELD_ALIASES = {"occurred_on": "published_on"}

    def build(self) -> None:
        self.incident_id = self.context["incident_id"]
        self.setWindowTitle(self.tr("New source"))
        self.add_field("title", self.tr("&Title"), QLineEdit())
        self.add_field("publisher", self.tr("&Publisher"), QLineEdit())
        self.add_field("published_on", self.tr("Published &on"), DateField())
        self.add_field("url", self.tr("&URL"), QLineEdit())
        self.setMinimumWidth(480)

    def save_call(self):
        fields = {k: self.value(k) for k in ("title", "publisher", "published_on", "url")}
        return incidents.add_source, (self.db,), {"incident_id": self.incident_id, **fields}
