"""Forms for the catalogue: parties, external services, their uses, data locations and party roles."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from ...domain.errors import LedgerError
from ...domain.inputs import LocationIn, PartyIn, RoleIn, ServiceIn, UseIn
from ...domain.vocab import CONTRACT_TYPES, DATA_CATEGORIES, LOCATION_KINDS, PARTY_KINDS, SERVICE_ROLES
from .. import calls
from .fields import CodeCombo, CountryCombo, DateField, MultiLineEdit
from .form import FormDialog


def _choices(choices, exclude: int | None = None) -> list[tuple[int, str]]:
    return [(c.id, c.label) for c in choices if c.id != exclude]


class PartyDialog(FormDialog):
    """Add or edit a party (platform provider, contractor, subcontractor, ...); context: party_id to edit."""

    def build(self) -> None:
        self.record = None
        self.party_id = self.context.get("party_id")
        self.setWindowTitle(self.tr("Edit party") if self.party_id else self.tr("New party"))
        self.add_field("name", self.tr("&Name"), QLineEdit())
        kind = self.add_field("kind", self.tr("&Kind"), CodeCombo())
        kind.set_vocab(PARTY_KINDS, self.ctx.lang)
        kind.set_code("other")
        self.add_field("country", self.tr("C&ountry"), CountryCombo(self.ctx.lang)).set_code("JP")
        self.add_field("parent_id", self.tr("&Parent company"), CodeCombo(optional=True))
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit())

    def load_call(self):
        return calls.party_form, (self.party_id,), {}

    def populate(self, data) -> None:
        parties, self.record = data
        self.widget("parent_id").set_choices(_choices(parties, exclude=self.party_id))
        if self.record is not None:
            self.fill_from(self.record)

    def save_call(self):
        data = self.input(PartyIn, self.record)
        if self.party_id:
            return calls.edit_party, (self.party_id, data), {}
        return calls.add_party, (data,), {}


class ServiceDialog(FormDialog):
    """Add or edit an external service (a LINE account, a form service, ...); context: service_id to edit."""

    def build(self) -> None:
        self.record = None
        self.service_id = self.context.get("service_id")
        self.setWindowTitle(self.tr("Edit external service") if self.service_id else self.tr("New external service"))
        self.add_field("name", self.tr("&Name"), QLineEdit())
        self.add_field("platform", self.tr("&Platform"), QLineEdit())
        self.add_field("department", self.tr("Owning &department"), QLineEdit())
        contract = self.add_field("contract_type", self.tr("&Contract type"), CodeCombo())
        contract.set_vocab(CONTRACT_TYPES, self.ctx.lang)
        followers = self.add_field("followers", self.tr("&Followers"), QLineEdit())
        followers.setPlaceholderText(self.tr("number, may be empty"))
        self.add_field("followers_as_of", self.tr("Followers &as of"), DateField())
        self.add_field("started_on", self.tr("&Start date"), DateField())
        self.add_field("url", self.tr("&URL"), QLineEdit())
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit())

    def load_call(self):
        if self.service_id:
            return calls.get_service, (self.service_id,), {}
        return None

    def populate(self, record) -> None:
        self.record = record
        if record is None:
            return
        self.fill_from(record)

    def save_call(self):
        data = self.input(ServiceIn, self.record)
        if self.service_id:
            return calls.edit_service, (self.service_id, data), {}
        return calls.add_service, (data,), {}


class UseDialog(FormDialog):
    """Add a use (業務) under a service (context: service_id) or edit one (use_id)."""

    def build(self) -> None:
        self.record = None
        self.use_id = self.context.get("use_id")
        self.service_id = self.context.get("service_id")
        self.setWindowTitle(self.tr("Edit use") if self.use_id else self.tr("New use"))
        self.service_label = self.add_info(self.tr("Service"))
        self.add_field("name", self.tr("&Name"), QLineEdit())
        self.add_field("purpose", self.tr("&Purpose"), MultiLineEdit())
        self.add_field("audience", self.tr("&Audience"), QLineEdit())
        self.add_field("department", self.tr("&Department"), QLineEdit()).setPlaceholderText(
            self.tr("empty: the service's department"))
        self.add_field("handles_personal_data", self.tr("Personal data"),
                       QCheckBox(self.tr("&Handles personal data")))
        self.add_field("personal_data", self.tr("&What personal data"), MultiLineEdit(lines=2))
        level = self.add_field("confidentiality", self.tr("&Confidentiality"), CodeCombo())
        level.set_choices([(1, self.tr("Class 1")), (2, self.tr("Class 2")), (3, self.tr("Class 3"))])
        self.add_field("started_on", self.tr("&Start date"), DateField())
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit(lines=2))

    def load_call(self):
        return calls.use_form, (self.service_id, self.use_id), {}

    def populate(self, data) -> None:
        service, self.record = data
        self.service_id = service.id
        self.service_label.setText(service.name)
        if self.record is not None:
            self.fill_from(self.record)

    def save_call(self):
        data = self.input(UseIn, self.record, service_id=self.service_id)
        if self.use_id:
            return calls.edit_use, (self.use_id, data), {}
        return calls.add_use, (data,), {}


class LocationDialog(FormDialog):
    """Record where a service's data is stored or accessed from, and by whom; context: service_id."""

    def build(self) -> None:
        self.service_id = self.context["service_id"]
        self.setWindowTitle(self.tr("New data location"))
        self.service_label = self.add_info(self.tr("Service"))
        self.add_field("category", self.tr("Data &category"), CodeCombo()).set_vocab(DATA_CATEGORIES, self.ctx.lang)
        self.add_field("kind", self.tr("&Kind"), CodeCombo()).set_vocab(LOCATION_KINDS, self.ctx.lang)
        self.add_field("country", self.tr("C&ountry"), CountryCombo(self.ctx.lang)).set_code("JP")
        self.add_field("use_id", self.tr("&Use"), CodeCombo(optional=self.tr("(the whole service)")))
        self.add_field("party_id", self.tr("&By whom"), CodeCombo(optional=True))
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit(lines=2))

    def load_call(self):
        return calls.service_and_parties, (self.service_id,), {}

    def populate(self, data) -> None:
        detail, parties = data
        self.service_label.setText(detail.service.name)
        self.widget("use_id").set_choices([(u.id, u.name) for u in detail.uses])
        self.widget("party_id").set_choices(_choices(parties))

    def save_call(self):
        return calls.add_location, (self.input(LocationIn, service_id=self.service_id),), {}


class AssignPartyDialog(FormDialog):
    """Record the role a party plays for a service (platform, contractor, host, ...); context: service_id."""

    def build(self) -> None:
        self.service_id = self.context["service_id"]
        self.setWindowTitle(self.tr("Add party to service"))
        self.service_label = self.add_info(self.tr("Service"))
        self.add_field("party_id", self.tr("&Party"), CodeCombo())
        self.add_field("role", self.tr("&Role"), CodeCombo()).set_vocab(SERVICE_ROLES, self.ctx.lang)
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit(lines=2))

    def load_call(self):
        return calls.service_and_parties, (self.service_id,), {}

    def populate(self, data) -> None:
        detail, parties = data
        self.service_label.setText(detail.service.name)
        self.widget("party_id").set_choices(_choices(parties))
        if self.context.get("party_id"):
            self.set_value("party_id", self.context["party_id"])

    def save_call(self):
        if self.value("party_id") is None:
            raise LedgerError("required", field="party")
        return calls.assign_party, (self.input(RoleIn, service_id=self.service_id),), {}

    FIELD_ALIASES = {"party": "party_id"}
