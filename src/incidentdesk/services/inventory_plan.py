"""Comparing an inventory sheet with the catalogue: per row, what importing it would create or change, or why not.

A row is one use (業務) with its service's facts; a row without a use name speaks for its service alone.
It matches the existing use with the same service and use name after NFKC normalisation (case, width and
spaces ignored), whatever its department; a different department is an update. Facts of a service (platform,
followers, contractors ...) come from all its rows: blanks say nothing, and a row that contradicts an earlier
row of the same service is refused. Nothing is deleted: contractors and countries the ledger has but the sheet
lacks are kept and listed, and uses the sheet does not mention are listed as absent.

The plan is pure: it reads a Catalogue snapshot and says, as operations, what `services.inventory.apply` writes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..domain.errors import LedgerError
from ..domain.inputs import PartyIn, ServiceIn, UseIn
from ..domain.typed_values import key
from ..storage.models import clean
from .reads.inventory import ACCESS_KINDS, STORAGE_KINDS, Catalogue

# Inventory fields in sheet order; services/reads/inventory.lines writes the same keys.
SERVICE_ATTRS = {
    "service": "name",
    "platform": "platform",
    "contract_type": "contract_type",
    "followers": "followers",
    "followers_as_of": "followers_as_of",
    "service_started_on": "started_on",
    "url": "url",
}
USE_ATTRS = {
    "use": "name",
    "purpose": "purpose",
    "audience": "audience",
    "handles_personal_data": "handles_personal_data",
    "personal_data": "personal_data",
    "confidentiality": "confidentiality",
    "started_on": "started_on",
    "notes": "notes",
}
ROLE_FIELDS = {"contractors": "contractor", "subcontractors": "subcontractor"}
PLACE_FIELDS = {"storage": ("storage", STORAGE_KINDS), "access": ("access", ACCESS_KINDS)}
FIELDS = (
    "department",
    "service",
    "platform",
    "contract_type",
    "followers",
    "followers_as_of",
    "service_started_on",
    "url",
    "contractors",
    "subcontractors",
    "use",
    "purpose",
    "audience",
    "handles_personal_data",
    "personal_data",
    "confidentiality",
    "started_on",
    "storage",
    "access",
    "notes",
)
REQUIRED = ("department", "service")
KEEP_WHEN_BLANK = frozenset({"contract_type", "confidentiality"})  # a blank must not lower a class or drop a contract
OP_ORDER = ("service+", "service~", "party+", "role+", "use+", "use~", "place+")  # what a record refers to comes first
_INPUT_FIELD = {("service", "name"): "service", ("service", "started_on"): "service_started_on", ("use", "name"): "use"}


@dataclass(frozen=True)
class SheetRow:
    """One row as read from the sheet: typed values of the fields it has columns for, and what could not be read."""

    number: int  # the row number Excel shows
    values: Mapping[str, Any]
    problems: tuple[LedgerError, ...] = ()
    carried: tuple[str, ...] = ()  # fields left blank in the row and taken from the row above (a grouping column)

    def has(self, name: str) -> bool:
        return name in self.values

    def get(self, name: str, default: Any = None) -> Any:
        value = self.values.get(name, default)
        return default if value is None else value

    def text(self, name: str) -> str:
        return str(self.values.get(name) or "").strip()


@dataclass(frozen=True)
class Change:
    """One field of one record: its value in the ledger and its value after the import (None: not written)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Op:
    """One record written on commit. `ref` names a record made earlier in the same import ('s:…', 'p:…', 'u:…')
    or an existing id; `data` is the cleaned input, or the changed columns of an update."""

    kind: str  # service+ | service~ | party+ | role+ | use+ | use~ | place+
    row: int
    ref: str | int
    data: Any


@dataclass(frozen=True)
class RowPlan:
    number: int
    action: str  # create | update | unchanged | refused
    department: str
    service: str
    use: str  # empty: the row speaks for its service only
    new_service: bool = False
    changes: tuple[Change, ...] = ()  # updates, and additions (old None) of contractors and countries
    kept: tuple[Change, ...] = ()  # in the ledger, not in the sheet, kept (new None)
    problems: tuple[LedgerError, ...] = ()
    carried: tuple[str, ...] = ()  # fields taken from the row above


@dataclass(frozen=True)
class AbsentUse:
    use_id: int
    department: str
    service: str
    use: str


@dataclass(frozen=True)
class Plan:
    rows: tuple[RowPlan, ...]
    absent: tuple[AbsentUse, ...]  # uses of the sheet's departments that no row mentions: listed, never deleted
    absent_elsewhere: int  # uses of departments the sheet does not list at all
    ops: tuple[Op, ...]
    fingerprint: str = ""

    def counts(self) -> dict[str, int]:
        out = {"create": 0, "update": 0, "unchanged": 0, "refused": 0}
        for row in self.rows:
            out[row.action] += 1
        return out

    @property
    def refused(self) -> list[RowPlan]:
        return [row for row in self.rows if row.action == "refused"]


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == ()


def _same(a: Any, b: Any) -> bool:
    """Two sheet values say the same (names compared as the matching key compares them)."""
    if isinstance(a, str) and isinstance(b, str):
        return key(a) == key(b)
    return bool(a == b)


def _reword(exc: LedgerError, record: str) -> LedgerError:
    """An input type's error, naming the inventory column (サービス名, 業務名) instead of the table's field."""
    name = exc.params.get("field")
    mapped = _INPUT_FIELD.get((record, str(name)))
    return LedgerError(exc.code, **{**exc.params, "field": mapped}) if mapped else exc


def _fingerprint(rows: Sequence[RowPlan], absent: Sequence[AbsentUse], ops: Sequence[Op]) -> str:
    def problem(e: LedgerError) -> tuple[str, tuple[tuple[str, str], ...]]:
        return e.code, tuple(sorted((k, str(v)) for k, v in e.params.items()))

    parts = [
        (
            r.number,
            r.action,
            r.department,
            r.service,
            r.use,
            r.new_service,
            tuple((c.field, repr(c.old), repr(c.new)) for c in r.changes + r.kept),
            tuple(problem(p) for p in r.problems),
        )
        for r in rows
    ]
    text = repr((parts, [a.use_id for a in absent], [(o.kind, o.row, o.ref, repr(o.data)) for o in ops]))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class _Group:
    """The valid rows of one service in the sheet and what they agree on."""

    name: str
    rows: list[SheetRow] = field(default_factory=list)
    agreed: dict[str, Any] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)  # role field -> party names, in order
    ref: str | int = ""
    department: str = ""
    problem: LedgerError | None = None


class _Planner:
    def __init__(self, cat: Catalogue, rows: Sequence[SheetRow]):
        self.cat = cat
        self.rows = list(rows)
        self.present = {name for row in rows for name in row.values}
        self.services = {key(s.name): s for s in cat.services.values()}
        self.uses = {(u.service_id, key(u.name)): u for u in cat.uses.values()}
        self.parties = {key(p.name): p.id for p in cat.parties.values()}
        self.problems: dict[int, list[LedgerError]] = {r.number: list(r.problems) for r in rows}
        self.changes: dict[int, list[Change]] = {r.number: [] for r in rows}
        self.kept: dict[int, list[Change]] = {r.number: [] for r in rows}
        self.ops: list[Op] = []
        self.groups: dict[str, _Group] = {}
        self.matched: set[int] = set()
        self.new_party_refs: set[str] = set()

    # -- phase 1: each row alone, then rows against each other ----------------------------------
    def check_rows(self) -> None:
        seen: dict[tuple[str, str], int] = {}
        for row in self.rows:
            problems = self.problems[row.number]
            for name in REQUIRED:
                if not row.text(name):
                    problems.append(LedgerError("required", field=name))
            if row.text("use") and row.text("service"):
                pair = (key(row.text("service")), key(row.text("use")))
                if pair in seen:
                    problems.append(LedgerError("sheet_row_duplicate", other=seen[pair]))
                elif not problems:
                    seen[pair] = row.number
            if not problems:
                self.groups.setdefault(key(row.text("service")), _Group(row.text("service"))).rows.append(row)

    def agree(self, group: _Group) -> None:
        """Service facts from the group's rows: blanks say nothing, and a row that contradicts an earlier one is
        refused whole. Which of two values is the edit cannot be told (importing the same sheet twice must change
        nothing the second time), so the rows must agree."""
        accepted: list[SheetRow] = []
        for row in group.rows:
            conflicts = [
                (name, group.agreed[name], row.values[name])
                for name in SERVICE_ATTRS
                if name != "service"
                and not _blank(row.values.get(name))
                and name in group.agreed
                and not _same(group.agreed[name], row.values[name])
            ]
            if conflicts:
                name, first, value = conflicts[0]
                self.problems[row.number].append(
                    LedgerError(
                        "sheet_row_conflict",
                        field=name,
                        service=group.name,
                        value=_show(value),
                        other_value=_show(first),
                        other=next(r.number for r in accepted if _same(r.values.get(name), first)),
                    )
                )
                continue
            accepted.append(row)
            for name in SERVICE_ATTRS:
                if name != "service" and not _blank(row.values.get(name)):
                    group.agreed.setdefault(name, row.values[name])
            for name in ROLE_FIELDS:
                for party in row.get(name, ()):
                    known = group.names.setdefault(name, [])
                    if all(key(party) != key(k) for k in known):
                        known.append(party)
        group.rows = accepted

    # -- phase 2: services ----------------------------------------------------------------------
    def locate_service(self, group: _Group) -> None:
        """The existing service the group names, or the ref of the one its import creates (department: first row's)."""
        existing = self.services.get(key(group.name))
        if existing is None:
            group.ref, group.department = f"s:{key(group.name)}", group.rows[0].text("department")
        else:
            group.ref, group.department = existing.id, existing.department

    def plan_service(self, group: _Group) -> None:
        first = group.rows[0]
        sheet_values = {
            attr: group.agreed.get(name)
            for name, attr in SERVICE_ATTRS.items()
            if name in self.present and name != "service"
        }
        if isinstance(group.ref, str):
            values = {k: v for k, v in sheet_values.items() if not _blank(v)}
            try:
                data = clean(
                    ServiceIn.from_values({**values, "name": first.text("service"), "department": group.department})
                )
            except LedgerError as exc:
                group.problem = _reword(exc, "service")
                return
            self.ops.append(Op("service+", first.number, group.ref, data))
            return
        existing = self.cat.services[group.ref]
        new = {**{a: getattr(existing, a) for a in ServiceIn.names()}, "name": first.text("service")}
        for attr, value in sheet_values.items():
            if _blank(value) and _name_of(attr) in KEEP_WHEN_BLANK:
                continue
            new[attr] = (
                value if not _blank(value) else (None if attr in ("followers", "followers_as_of", "started_on") else "")
            )
        try:
            data = clean(ServiceIn.from_values(new))
        except LedgerError as exc:
            group.problem = _reword(exc, "service")
            return
        diff = {a: getattr(data, a) for a in ServiceIn.names() if getattr(data, a) != getattr(existing, a)}
        if diff:
            self.ops.append(Op("service~", first.number, existing.id, diff))
            self.changes[first.number] += [Change(_name_of(a), getattr(existing, a), v) for a, v in diff.items()]

    def plan_roles(self, group: _Group) -> None:
        first = group.rows[0]
        existing_roles = self.cat.roles.get(group.ref, []) if isinstance(group.ref, int) else []
        for name, role in ROLE_FIELDS.items():
            if name not in self.present:
                continue
            wanted = group.names.get(name, [])
            have = [self.cat.parties[pid].name for pid, r in existing_roles if r == role]
            for party in wanted:
                party_ref = self.party_ref(party, role, first.number)
                if party_ref is None:
                    continue
                if isinstance(party_ref, int) and (party_ref, role) in existing_roles:
                    continue
                self.ops.append(
                    Op("role+", first.number, f"r:{group.ref}:{party_ref}:{role}", (group.ref, party_ref, role))
                )
                self.changes[first.number].append(Change(name, None, party))
            for party in have:
                if all(key(party) != key(w) for w in wanted):
                    self.kept[first.number].append(Change(name, party, None))

    def party_ref(self, name: str, role: str, row: int) -> str | int | None:
        found = self.parties.get(key(name))
        if found is not None:
            return found
        ref = f"p:{key(name)}"
        if ref not in self.new_party_refs:
            try:
                data = clean(PartyIn(name=name, kind=role))
            except LedgerError as exc:
                self.problems[row].append(_reword(exc, "party"))
                return None
            self.new_party_refs.add(ref)
            self.ops.append(Op("party+", row, ref, data))
        return ref

    def plan_places(self, group: _Group, use_refs: dict[int, str | int | None]) -> None:
        """Countries common to every row of the service go to the service; the rest to the row's own use."""
        for name, (kind, kinds) in PLACE_FIELDS.items():
            if name not in self.present:
                continue
            listed = [r for r in group.rows if r.get(name, ())]
            common = set.intersection(*(set(r.values[name]) for r in listed)) if listed else set()
            existing_id = group.ref if isinstance(group.ref, int) else None
            service_level = set(self.cat.countries(existing_id, None, kinds)) if existing_id else set()
            first = group.rows[0]
            for country in [c for c in listed[0].values[name] if c in common] if listed else []:
                if country not in service_level:
                    self.ops.append(
                        Op("place+", first.number, f"l:{group.ref}::{kind}:{country}", (group.ref, None, kind, country))
                    )
                    self.changes[first.number].append(Change(name, None, country))
            for row in group.rows:
                use_ref = use_refs.get(row.number)
                has = set(service_level) | common
                if isinstance(use_ref, int) and existing_id:
                    has |= set(self.cat.countries(existing_id, use_ref, kinds))
                for country in row.get(name, ()):
                    if country not in has:
                        self.ops.append(
                            Op(
                                "place+",
                                row.number,
                                f"l:{group.ref}:{use_ref}:{kind}:{country}",
                                (group.ref, use_ref, kind, country),
                            )
                        )
                        self.changes[row.number].append(Change(name, None, country))
                if existing_id and row.has(name):
                    own = self.cat.countries(existing_id, use_ref if isinstance(use_ref, int) else None, kinds)
                    for country in own:
                        if country not in row.get(name, ()):
                            self.kept[row.number].append(Change(name, country, None))

    # -- phase 3: uses --------------------------------------------------------------------------
    def plan_use(self, group: _Group, row: SheetRow) -> str | int | None:
        """The use's ref (None for a service-only row), after queuing its create or update."""
        if not row.text("use"):
            return None
        department = row.text("department")
        own_department = "" if key(department) == key(group.department) else department
        existing = self.uses.get((group.ref, key(row.text("use")))) if isinstance(group.ref, int) else None
        sheet = {attr: row.values.get(name) for name, attr in USE_ATTRS.items() if name in self.present}
        if existing is None:
            values = {k: v for k, v in sheet.items() if not _blank(v)}
            if values.get("handles_personal_data") is None:
                values["handles_personal_data"] = bool(values.get("personal_data"))
            try:
                # the service id comes on commit
                data = clean(UseIn.from_values({**values, "service_id": 1, "department": own_department}))
            except LedgerError as exc:
                self.problems[row.number].append(_reword(exc, "use"))
                return None
            ref = f"u:{row.number}"
            self.ops.append(Op("use+", row.number, ref, (group.ref, data)))
            return ref
        self.matched.add(existing.id)
        new = {a: getattr(existing, a) for a in UseIn.names()}
        if key(self.cat.department(existing)) != key(department):
            new["department"] = own_department
        for attr, value in sheet.items():
            if _blank(value) and _name_of(attr, use=True) in KEEP_WHEN_BLANK:
                continue
            if attr == "handles_personal_data" and value is None:
                personal = sheet.get("personal_data", existing.personal_data)
                value = bool(personal) if "personal_data" in sheet else existing.handles_personal_data
            new[attr] = value if value is not None else (None if attr == "started_on" else "")
        try:
            data = clean(UseIn.from_values(new))
        except LedgerError as exc:
            self.problems[row.number].append(_reword(exc, "use"))
            return existing.id
        diff = {a: getattr(data, a) for a in UseIn.names() if getattr(data, a) != getattr(existing, a)}
        if diff:
            self.ops.append(Op("use~", row.number, existing.id, diff))
            for attr, value in diff.items():
                if attr == "department":
                    self.changes[row.number].append(Change("department", self.cat.department(existing), department))
                else:
                    self.changes[row.number].append(Change(_name_of(attr, use=True), getattr(existing, attr), value))
        return existing.id

    # -- the whole plan -------------------------------------------------------------------------
    def plan(self) -> Plan:
        self.check_rows()
        for group in self.groups.values():
            self.locate_service(group)
            use_refs = {row.number: self.plan_use(group, row) for row in group.rows}
            group.rows = [row for row in group.rows if not self.problems[row.number]]
            self.agree(group)  # only rows that will be written speak for the service
            if not group.rows:
                continue
            self.plan_service(group)
            if group.problem is not None:
                for row in group.rows:
                    self.problems[row.number].append(group.problem)
                group.rows = []
                continue
            self.plan_roles(group)
            self.plan_places(group, use_refs)
        refused = {n for n, p in self.problems.items() if p}
        ops = sorted((op for op in self.ops if op.row not in refused), key=lambda op: OP_ORDER.index(op.kind))
        created = {op.row for op in ops if op.kind == "use+"}
        rows = [self.row_plan(row, refused, created) for row in self.rows]
        absent, elsewhere = self.absent_uses()
        return Plan(
            rows=tuple(rows),
            absent=tuple(absent),
            absent_elsewhere=elsewhere,
            ops=tuple(ops),
            fingerprint=_fingerprint(rows, absent, ops),
        )

    def row_plan(self, row: SheetRow, refused: set[int], created: set[int]) -> RowPlan:
        group = self.groups.get(key(row.text("service")))
        new_service = bool(group and isinstance(group.ref, str) and group.rows and group.rows[0] is row)
        refused_plan = RowPlan(
            number=row.number,
            action="refused",
            department=row.text("department"),
            service=row.text("service"),
            use=row.text("use"),
            problems=tuple(self.problems[row.number]),
            carried=row.carried,
        )
        if row.number in refused:
            return refused_plan
        is_new = row.number in created or (new_service and not row.text("use"))
        changes = tuple(self.changes[row.number])
        action = "create" if is_new else "update" if changes or new_service else "unchanged"
        return replace(
            refused_plan,
            action=action,
            new_service=new_service,
            changes=changes if not is_new else (),
            kept=tuple(self.kept[row.number]),
            problems=(),
        )

    def absent_uses(self) -> tuple[list[AbsentUse], int]:
        departments = {key(r.text("department")) for r in self.rows if r.text("department")}
        listed, elsewhere = [], 0
        for use in self.cat.uses.values():
            if use.id in self.matched:
                continue
            department = self.cat.department(use)
            if key(department) in departments:
                listed.append(
                    AbsentUse(
                        use_id=use.id,
                        department=department,
                        service=self.cat.services[use.service_id].name,
                        use=use.name,
                    )
                )
            else:
                elsewhere += 1
        listed.sort(key=lambda a: (a.department, a.service, a.use_id))
        return listed, elsewhere


def _name_of(attr: str, *, use: bool = False) -> str:
    """The inventory field of an input type's attribute."""
    table = USE_ATTRS if use else SERVICE_ATTRS
    return next((name for name, a in table.items() if a == attr), attr)


def _show(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "、".join(map(str, value))
    return str(value)


def plan(cat: Catalogue, rows: Sequence[SheetRow]) -> Plan:
    """What importing `rows` into the catalogue would do, row by row (nothing is written)."""
    return _Planner(cat, rows).plan()
