"""Forms for the catalogue: parties, external services, their uses, data locations and party roles."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from ...domain.errors import LedgerError
from ...domain.inputs import LocationIn, PartyIn, RoleIn, ServiceIn, UseIn
from ...domain.vocab import APPROVALS, CONTRACT_TYPES, DATA_CATEGORIES, LOCATION_KINDS, PARTY_KINDS, SERVICE_ROLES
from .. import calls
from .fields import CodeCombo, CountryCombo, DateField, MultiLineEdit
from .form import FormDialog
from .inline import new_party_button


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
            self.tr("empty: the service's department")
        )
        self.add_field("handles_personal_data", self.tr("Personal data"), QCheckBox(self.tr("&Handles personal data")))
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
    """Record where a service's data is stored or accessed from, by whom and when; context: service_id, and
    location_id to edit one."""

    def build(self) -> None:
        self.record = None
        self.service_id = self.context["service_id"]
        self.location_id = self.context.get("location_id")
        self.setWindowTitle(self.tr("Edit data location") if self.location_id else self.tr("New data location"))
        self.service_label = self.add_info(self.tr("Service"))
        self.add_field("category", self.tr("Data &category"), CodeCombo()).set_vocab(DATA_CATEGORIES, self.ctx.lang)
        self.add_field("detail", self.tr("What data, in &words"), QLineEdit()).setPlaceholderText(
            self.tr("e.g. registration data (ID, phone number)")
        )
        self.add_field("kind", self.tr("&Kind"), CodeCombo()).set_vocab(LOCATION_KINDS, self.ctx.lang)
        self.add_field("country", self.tr("C&ountry"), CountryCombo(self.ctx.lang)).set_code("JP")
        self.add_field("place", self.tr("&Place"), QLineEdit()).setPlaceholderText(
            self.tr("e.g. main building server room, contractor's call centre (city)")
        )
        self.add_field("use_id", self.tr("&Use"), CodeCombo(optional=self.tr("(the whole service)")))
        self.add_field("party_id", self.tr("&By whom"), CodeCombo(optional=True))
        new_party_button(self)
        self.add_field("valid_from", self.tr("In effect &from"), DateField())
        self.add_field(
            "valid_until",
            self.tr("In effect unt&il"),
            DateField(),
            hint=self.tr("Empty: open-ended. A location that ended gets an end date rather than being deleted."),
        )
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit(lines=2))

    def load_call(self):
        return calls.location_form, (self.service_id, self.location_id), {}

    def populate(self, data) -> None:
        detail, parties, self.record = data
        self.service_label.setText(detail.service.name)
        self.widget("use_id").set_choices([(u.id, u.name) for u in detail.uses])
        self.widget("party_id").set_choices(_choices(parties))
        if self.record is not None:
            self.fill_from(self.record)

    def save_call(self):
        data = self.input(LocationIn, self.record, service_id=self.service_id)
        if self.location_id:
            return calls.edit_location, (self.location_id, data), {}
        return calls.add_location, (data,), {}


class AssignPartyDialog(FormDialog):
    """The role a party plays for a service (platform, contractor, subcontractor of another, host, ...), since
    when and until when, and whether the city approved a subcontract; context: service_id, role_id to edit."""

    FIELD_ALIASES = {"party": "party_id"}

    def build(self) -> None:
        self.record = None
        self.service_id = self.context["service_id"]
        self.role_id = self.context.get("role_id")
        self.setWindowTitle(self.tr("Edit party role") if self.role_id else self.tr("Add party to service"))
        self.service_label = self.add_info(self.tr("Service"))
        self.add_field(
            "party_id",
            self.tr("&Party"),
            CodeCombo(optional=self.tr("(choose)")),
            hint=self.tr("Not in the list? Register it with New party… without leaving this form."),
        )
        new_party_button(self)
        self.add_field("role", self.tr("&Role"), CodeCombo()).set_vocab(SERVICE_ROLES, self.ctx.lang)
        self.add_field(
            "upstream_id",
            self.tr("&Work passed on by"),
            CodeCombo(optional=self.tr("(the city)")),
            hint=self.tr("For a subcontractor: the contractor that subcontracted the work to it."),
        )
        approval = self.add_field(
            "approval", self.tr("&Approved by the city"), CodeCombo(optional=self.tr("(not a subcontract)"))
        )
        approval.set_vocab(APPROVALS, self.ctx.lang)
        self.add_field("valid_from", self.tr("&Since"), DateField())
        self.add_field(
            "valid_until",
            self.tr("&Until"),
            DateField(),
            hint=self.tr("A role that ended gets an end date; it then no longer shows as current."),
        )
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit(lines=2))

    def load_call(self):
        return calls.role_form, (self.service_id, self.role_id), {}

    def populate(self, data) -> None:
        detail, parties, self.record = data
        self.service_label.setText(detail.service.name)
        self.widget("party_id").set_choices(_choices(parties))
        self.widget("upstream_id").set_choices(
            [
                (p.id, f"{p.party} ({SERVICE_ROLES.label(p.role, self.ctx.lang)})")
                for p in detail.parties
                if p.id != self.role_id
            ]
        )
        if self.record is not None:
            self.fill_from(self.record)
        elif self.context.get("party_id"):
            self.set_value("party_id", self.context["party_id"])

    def save_call(self):
        if self.value("party_id") is None:
            raise LedgerError("required", field="party")
        data = self.input(RoleIn, self.record, service_id=self.service_id)
        if self.role_id:
            return calls.edit_role, (self.role_id, data), {}
        return calls.assign_party, (data,), {}
