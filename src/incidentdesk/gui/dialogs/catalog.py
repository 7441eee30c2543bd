"""Forms for the catalogue: parties, external services, their uses, data locations and party roles."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from ...domain.errors import LedgerError
from ...domain.vocab import CONTRACT_TYPES, DATA_CATEGORIES, LOCATION_KINDS, PARTY_KINDS, SERVICE_ROLES
from ...services import catalog, queries
from .fields import CodeCombo, CountryCombo, DateField, MultiLineEdit
from .form import FormDialog


def _find(rows, ident: int, entity: str):
    for row in rows:
        if row.id == ident:
            return row
    raise LedgerError("not_found", entity=entity, id=ident)


def _party_choices(parties, exclude: int | None = None) -> list[tuple[int, str]]:
    return [(p.id, p.name) for p in parties if p.id != exclude]


# Worker-thread readers: they call query services only.

def _load_use(db, service_id: int | None, use_id: int | None):
    use = None
    if use_id is not None:
        use = _find(queries.list_uses(db, service_id=service_id), use_id, "use")
        service_id = use.service_id
    return queries.service_detail(db, service_id), use


def _load_service_and_parties(db, service_id: int):
    return queries.service_detail(db, service_id), queries.list_parties(db)


class PartyDialog(FormDialog):
    """Add or edit a party (platform provider, contractor, subcontractor, ...); context: party_id to edit."""

    def build(self) -> None:
        self.party_id = self.context.get("party_id")
        self.setWindowTitle(self.tr("Edit party") if self.party_id else self.tr("New party"))
        self.add_field("name", self.tr("&Name"), QLineEdit())
        kind = self.add_field("kind", self.tr("&Kind"), CodeCombo())
        kind.set_vocab(PARTY_KINDS)
        kind.set_code("other")
        self.add_field("country", self.tr("C&ountry"), CountryCombo()).set_code("JP")
        self.add_field("parent_id", self.tr("&Parent company"), CodeCombo(optional=True))
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit())

    def load_call(self):
        return queries.list_parties, (self.db,), {}

    def populate(self, parties) -> None:
        self.widget("parent_id").set_choices(_party_choices(parties, exclude=self.party_id))
        if self.party_id:
            party = _find(parties, self.party_id, "party")
            for key in ("name", "kind", "country", "parent_id", "notes"):
                self.set_value(key, getattr(party, key))

    def save_call(self):
        fields = {k: self.value(k) for k in ("name", "kind", "country", "parent_id", "notes")}
        if self.party_id:
            return catalog.edit_party, (self.db, self.party_id), fields
        return catalog.add_party, (self.db,), fields


class ServiceDialog(FormDialog):
    """Add or edit an external service (a LINE account, a form service, ...); context: service_id to edit."""

    KEYS = ("name", "platform", "department", "contract_type", "followers", "followers_as_of",
            "started_on", "url", "notes")

    def build(self) -> None:
        self.service_id = self.context.get("service_id")
        self.setWindowTitle(self.tr("Edit external service") if self.service_id else self.tr("New external service"))
        self.add_field("name", self.tr("&Name"), QLineEdit())
        self.add_field("platform", self.tr("&Platform"), QLineEdit())
        self.add_field("department", self.tr("Owning &department"), QLineEdit())
        contract = self.add_field("contract_type", self.tr("&Contract type"), CodeCombo())
        contract.set_vocab(CONTRACT_TYPES)
        followers = self.add_field("followers", self.tr("&Followers"), QLineEdit())
        followers.setPlaceholderText(self.tr("number, may be empty"))
        self.add_field("followers_as_of", self.tr("Followers &as of"), DateField())
        self.add_field("started_on", self.tr("&Start date"), DateField())
        self.add_field("url", self.tr("&URL"), QLineEdit())
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit())

    def load_call(self):
        if self.service_id:
            return queries.service_detail, (self.db, self.service_id), {}
        return None

    def populate(self, detail) -> None:
        if detail is None:
            return
        for key in self.KEYS:
            value = getattr(detail.service, key)
            self.set_value(key, "" if value is None else value)

    def save_call(self):
        fields = {k: self.value(k) for k in self.KEYS}
        fields["followers"] = fields["followers"].strip() or None
        if self.service_id:
            return catalog.edit_service, (self.db, self.service_id), fields
        return catalog.add_service, (self.db,), fields


class UseDialog(FormDialog):
    """Add a use (業務) under a service (context: service_id) or edit one (use_id)."""

    KEYS = ("name", "purpose", "audience", "department", "handles_personal_data", "personal_data",
            "confidentiality", "started_on", "notes")

    def build(self) -> None:
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
        return _load_use, (self.db, self.service_id, self.use_id), {}

    def populate(self, data) -> None:
        detail, use = data
        self.service_id = detail.service.id
        self.service_label.setText(detail.service.name)
        if use is not None:
            for key in self.KEYS:
                value = getattr(use, key)
                self.set_value(key, "" if value is None else value)

    def save_call(self):
        fields = {k: self.value(k) for k in self.KEYS}
        if self.use_id:
            return catalog.edit_use, (self.db, self.use_id), fields
        return catalog.add_use, (self.db,), {"service_id": self.service_id, **fields}


class LocationDialog(FormDialog):
    """Record where a service's data is stored or accessed from, and by whom; context: service_id."""

    def build(self) -> None:
        self.service_id = self.context["service_id"]
        self.setWindowTitle(self.tr("New data location"))
        self.service_label = self.add_info(self.tr("Service"))
        self.add_field("category", self.tr("Data &category"), CodeCombo()).set_vocab(DATA_CATEGORIES)
        self.add_field("kind", self.tr("&Kind"), CodeCombo()).set_vocab(LOCATION_KINDS)
        self.add_field("country", self.tr("C&ountry"), CountryCombo()).set_code("JP")
        self.add_field("use_id", self.tr("&Use"), CodeCombo(optional=self.tr("(the whole service)")))
        self.add_field("party_id", self.tr("&By whom"), CodeCombo(optional=True))
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit(lines=2))

    def load_call(self):
        return _load_service_and_parties, (self.db, self.service_id), {}

    def populate(self, data) -> None:
        detail, parties = data
        self.service_label.setText(detail.service.name)
        self.widget("use_id").set_choices([(u.id, u.name) for u in detail.uses])
        self.widget("party_id").set_choices(_party_choices(parties))

    def save_call(self):
        fields = {k: self.value(k) for k in ("category", "kind", "country", "use_id", "party_id", "notes")}
        return catalog.add_location, (self.db,), {"service_id": self.service_id, **fields}


class AssignPartyDialog(FormDialog):
    """Record the role a party plays for a service (platform, contractor, host, ...); context: service_id."""

    def build(self) -> None:
        self.service_id = self.context["service_id"]
        self.setWindowTitle(self.tr("Add party to service"))
        self.service_label = self.add_info(self.tr("Service"))
        self.add_field("party_id", self.tr("&Party"), CodeCombo())
        self.add_field("role", self.tr("&Role"), CodeCombo()).set_vocab(SERVICE_ROLES)
        self.add_field("notes", self.tr("No&tes"), MultiLineEdit(lines=2))

    def load_call(self):
        return _load_service_and_parties, (self.db, self.service_id), {}

    def populate(self, data) -> None:
        detail, parties = data
        self.service_label.setText(detail.service.name)
        self.widget("party_id").set_choices(_party_choices(parties))
        if self.context.get("party_id"):
            self.set_value("party_id", self.context["party_id"])

    def save_call(self):
        party_id = self.value("party_id")
        if party_id is None:
            raise LedgerError("required", field="party")
        return catalog.assign_party, (self.db,), {"service_id": self.service_id, "party_id": party_id,
                                                  "role": self.value("role"), "notes": self.value("notes")}

    FIELD_ALIASES = {"party": "party_id"}
