"""Reads of the catalogue: parties, external services, their uses, roles and data locations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from ...domain.errors import LedgerError
from ...domain.vocab import HOME_COUNTRY
from ...storage.reader import Reader, like_pattern
from ..views import (
    Choice,
    LocationRecord,
    PartyRecord,
    RoleRecord,
    PartyRole,
    Place,
    ServiceDetail,
    ServiceRecord,
    ServiceRow,
    UseRecord,
    select_list,
)
from . import decisions as decision_reads


def party(r: Reader, party_id: int) -> PartyRecord:
    row = r.one(f"SELECT {select_list(PartyRecord)} FROM party WHERE id = ?", (party_id,))
    if row is None:
        raise LedgerError("not_found", entity="party", id=party_id)
    return PartyRecord.from_row(row._asdict())


def parties(r: Reader, *, text: str = "") -> list[PartyRecord]:
    sql, params = f"SELECT {select_list(PartyRecord)} FROM party", tuple[str, ...]()
    if text:
        sql += " WHERE lower(name) LIKE ? ESCAPE '\\' OR lower(notes) LIKE ? ESCAPE '\\'"
        params = (like_pattern(text),) * 2
    return [PartyRecord.from_row(x._asdict()) for x in r.rows(sql + " ORDER BY name, id", params)]


def party_choices(r: Reader) -> list[Choice]:
    return [Choice(id=i, label=name) for i, name in r.rows("SELECT id, name FROM party ORDER BY name, id")]


def service(r: Reader, service_id: int) -> ServiceRecord:
    row = r.one(f"SELECT {select_list(ServiceRecord)} FROM external_service WHERE id = ?", (service_id,))
    if row is None:
        raise LedgerError("not_found", entity="service", id=service_id)
    return ServiceRecord.from_row(row._asdict())


def services(r: Reader, *, text: str = "", department: str = "") -> list[ServiceRow]:
    sql = f"SELECT {select_list(ServiceRecord)} FROM external_service"
    where, params = [], []
    if text:
        where.append(
            "(lower(name) LIKE ? ESCAPE '\\' OR lower(platform) LIKE ? ESCAPE '\\' "
            "OR lower(department) LIKE ? ESCAPE '\\')"
        )
        params += [like_pattern(text)] * 3
    if department:
        where.append("department = ?")
        params.append(department)
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = r.rows(sql + " ORDER BY department, name, id", params)
    counts = dict(r.rows("SELECT service_id, count(*) AS n FROM service_use GROUP BY service_id"))
    abroad = {
        sid for (sid,) in r.rows("SELECT DISTINCT service_id FROM data_location WHERE country <> ?", (HOME_COUNTRY,))
    }
    by_contractor = contractors(r)
    return [
        ServiceRow(
            id=x.id,
            name=x.name,
            platform=x.platform,
            department=x.department,
            contract_type=x.contract_type,
            followers=x.followers,
            followers_as_of=x.followers_as_of,
            started_on=x.started_on,
            use_count=counts.get(x.id, 0),
            contractors=by_contractor.get(x.id, ()),
            abroad=x.id in abroad,
            retired_on=x.retired_on,
        )
        for x in rows
    ]


def service_choices(r: Reader) -> list[Choice]:
    return [Choice(id=i, label=name) for i, name in r.rows("SELECT id, name FROM external_service ORDER BY name, id")]


def use(r: Reader, use_id: int) -> UseRecord:
    row = r.one(f"SELECT {select_list(UseRecord)} FROM service_use WHERE id = ?", (use_id,))
    if row is None:
        raise LedgerError("not_found", entity="use", id=use_id)
    return UseRecord.from_row(row._asdict())


def uses(r: Reader, *, service_id: int | None = None) -> list[UseRecord]:
    sql, params = f"SELECT {select_list(UseRecord)} FROM service_use", tuple[int, ...]()
    if service_id is not None:
        sql, params = sql + " WHERE service_id = ?", (service_id,)
    return [UseRecord.from_row(x._asdict()) for x in r.rows(sql + " ORDER BY service_id, id", params)]


def use_choices(r: Reader) -> list[Choice]:
    """Every use labelled "service / use", in label order (tens of thousands at a prefecture)."""
    rows = r.rows(
        "SELECT u.id, s.name AS service, u.name FROM service_use u JOIN external_service s ON s.id = u.service_id"
    )
    return sorted((Choice(id=x.id, label=f"{x.service} / {x.name}") for x in rows), key=lambda c: (c.label, c.id))


def places(r: Reader, where: str = "", params: Sequence[object] = ()) -> dict[int, list[Place]]:
    """service id -> its data locations with party names; `where` filters on `l` (data_location)."""
    sql = (
        "SELECT l.id, l.service_id, l.category, l.kind, l.country, coalesce(p.name, '') AS party, l.use_id, l.notes, "
        "l.detail, l.place, l.valid_from, l.valid_until, l.version "
        "FROM data_location l LEFT JOIN party p ON p.id = l.party_id"
    )
    if where:
        sql += " WHERE " + where
    out: dict[int, list[Place]] = defaultdict(list)
    for place in r.models(Place, sql + " ORDER BY l.id", params):
        out[place.service_id].append(place)
    return out


def location(r: Reader, location_id: int) -> LocationRecord:
    row = r.one(f"SELECT {select_list(LocationRecord)} FROM data_location WHERE id = ?", (location_id,))
    if row is None:
        raise LedgerError("not_found", entity="location", id=location_id)
    return LocationRecord.from_row(row._asdict())


def role(r: Reader, role_id: int) -> RoleRecord:
    row = r.one(f"SELECT {select_list(RoleRecord)} FROM service_party WHERE id = ?", (role_id,))
    if row is None:
        raise LedgerError("not_found", entity="service_party", id=role_id)
    return RoleRecord.from_row(row._asdict())


CHAIN_ROLES = ("contractor", "subcontractor")  # the roles a chain of contractors is made of


def contractors(
    r: Reader, where: str = "", params: Sequence[object] = (), *, on: date | None = None
) -> dict[int, tuple[str, ...]]:
    """service id -> contractor names (direct contractors, in effect on `on`) in the order they were added;
    `where` filters on `sp` (service_party)."""
    sql = (
        "SELECT sp.service_id, p.name, sp.valid_from, sp.valid_until FROM service_party sp "
        "JOIN party p ON p.id = sp.party_id WHERE sp.role = 'contractor'"
    )
    if where:
        sql += " AND " + where
    out: dict[int, list[str]] = defaultdict(list)
    day = on or date.today()
    for x in r.rows(sql + " ORDER BY sp.id", params):
        if (x.valid_from is None or x.valid_from <= day) and (x.valid_until is None or day <= x.valid_until):
            out[x.service_id].append(x.name)
    return {k: tuple(v) for k, v in out.items()}


def _roles(r: Reader, where: str, params: Sequence[object]) -> list[PartyRole]:
    return r.models(
        PartyRole,
        "SELECT sp.id, sp.service_id, sp.party_id, p.name AS party, p.kind, p.country, sp.role, sp.notes, "
        "coalesce(parent.name, '') AS parent, sp.upstream_id, sp.approval, sp.valid_from, sp.valid_until, sp.version "
        "FROM service_party sp JOIN party p ON p.id = sp.party_id "
        f"LEFT JOIN party parent ON parent.id = p.parent_id WHERE {where} ORDER BY sp.id",
        params,
    )


def roles(r: Reader, service_id: int) -> list[PartyRole]:
    return _roles(r, "sp.service_id = ?", (service_id,))


def roles_in(r: Reader, where: str, params: Sequence[object]) -> dict[int, list[PartyRole]]:
    """service id -> its party roles; `where` filters on `sp` (service_party)."""
    out: dict[int, list[PartyRole]] = defaultdict(list)
    for role in _roles(r, where, params):
        out[role.service_id].append(role)
    return out


def chains_in(r: Reader, where: str, params: Sequence[object], day: date) -> dict[int, tuple[PartyRole, ...]]:
    """service id -> its contractors in chain order on `day` (see chain()), for the services `where` picks on `sp`;
    only the contractor roles are read (a quarter of a service's roles at a prefecture)."""
    listed = ", ".join(f"'{role}'" for role in CHAIN_ROLES)
    return {
        service_id: chain(roles, day)
        for service_id, roles in roles_in(r, f"({where}) AND sp.role IN ({listed})", params).items()
    }


def chain(roles: Sequence[PartyRole], day: date) -> tuple[PartyRole, ...]:
    """The contractors of a service in chain order (city → contractor → subcontractor → ...), in effect on `day`."""
    links = [x for x in roles if x.role in CHAIN_ROLES and x.in_effect(day)]
    below: dict[int | None, list[PartyRole]] = defaultdict(list)
    for link in links:
        below[link.upstream_id].append(link)
    out: list[PartyRole] = []
    placed: set[int] = set()  # by id: comparing read models field by field cost 1,700 calls of __eq__ here

    def walk(upstream: int | None) -> None:
        for link in below.get(upstream, []):
            if link.id not in placed:
                placed.add(link.id)
                out.append(link)
                walk(link.id)

    walk(None)
    out += [x for x in links if x.id not in placed]  # a link whose upstream ended or is not a contractor
    return tuple(out)


def service_detail(r: Reader, service_id: int) -> ServiceDetail:
    record = service(r, service_id)
    history = decision_reads.decisions(
        r, "use_id IN (SELECT id FROM service_use WHERE service_id = ?)", (service_id,), whole=True
    )
    history.sort(key=lambda d: (d.decided_on, d.id), reverse=True)
    return ServiceDetail(
        service=record,
        uses=tuple(uses(r, service_id=service_id)),
        locations=tuple(places(r, "l.service_id = ?", (service_id,)).get(service_id, [])),
        parties=tuple(roles(r, service_id)),
        history=tuple(history),
    )
