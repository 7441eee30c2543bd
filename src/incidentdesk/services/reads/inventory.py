"""Reads for the inventory sheet: the whole catalogue in one snapshot, and one line per use for the export."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ...storage.reader import Reader
from ..views import PartyRecord, ServiceRecord, UseRecord, select_list


@dataclass(frozen=True)
class PlaceKey:
    """A data location as the inventory sees it: whose (service, or one use), what kind, which country."""

    service_id: int
    use_id: int | None
    kind: str  # storage | access | operation
    country: str


@dataclass(frozen=True)
class Catalogue:
    """Every service, use, party, role and data location, as the importer compares a sheet with them."""

    services: dict[int, ServiceRecord]
    uses: dict[int, UseRecord]
    parties: dict[int, PartyRecord]
    roles: dict[int, list[tuple[int, str]]]  # service id -> (party id, role), in the order they were added
    places: dict[int, list[PlaceKey]]  # service id -> its data locations, in the order they were added
    uses_of: dict[int, list[int]] = field(default_factory=dict)  # service id -> use ids in id order

    def department(self, use: UseRecord) -> str:
        """A use's department: its own, or its service's when it has none."""
        return use.department or self.services[use.service_id].department

    def countries(self, service_id: int, use_id: int | None, kinds: tuple[str, ...]) -> tuple[str, ...]:
        """Countries of the given kinds that apply to a use (its own places and the whole service's), in order."""
        found = [p.country for p in self.places.get(service_id, ()) if p.kind in kinds and p.use_id in (None, use_id)]
        return tuple(dict.fromkeys(found))

    def party_names(self, service_id: int, role: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.parties[pid].name for pid, r in self.roles.get(service_id, ()) if r == role))


def catalogue(r: Reader) -> Catalogue:
    """The catalogue in one read transaction (a prefecture's 40,000 uses are a few megabytes)."""
    services = {
        x.id: ServiceRecord(**x._asdict())
        for x in r.rows(f"SELECT {select_list(ServiceRecord)} FROM external_service ORDER BY id")
    }
    uses = {
        x.id: UseRecord(**x._asdict()) for x in r.rows(f"SELECT {select_list(UseRecord)} FROM service_use ORDER BY id")
    }
    parties = {
        x.id: PartyRecord(**x._asdict()) for x in r.rows(f"SELECT {select_list(PartyRecord)} FROM party ORDER BY id")
    }
    roles: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for service_id, party_id, role in r.rows("SELECT service_id, party_id, role FROM service_party ORDER BY id"):
        roles[service_id].append((party_id, role))
    places: dict[int, list[PlaceKey]] = defaultdict(list)
    for x in r.rows("SELECT service_id, use_id, kind, country FROM data_location ORDER BY id"):
        places[x.service_id].append(PlaceKey(service_id=x.service_id, use_id=x.use_id, kind=x.kind, country=x.country))
    uses_of: dict[int, list[int]] = defaultdict(list)
    for use in uses.values():
        uses_of[use.service_id].append(use.id)
    return Catalogue(
        services=services, uses=uses, parties=parties, roles=dict(roles), places=dict(places), uses_of=dict(uses_of)
    )


@dataclass(frozen=True, kw_only=True)
class InventoryLine:
    """One row of the exported inventory: a use with its service's facts, or a service that has no use yet."""

    service_id: int
    use_id: int | None
    values: dict[str, object]  # inventory field -> value (see services/inventory_plan.FIELDS)


STORAGE_KINDS = ("storage",)
ACCESS_KINDS = ("access", "operation")


def lines(cat: Catalogue) -> list[InventoryLine]:
    """Every use (and every service without one), by department, service and use, as the inventory lists them."""
    out: list[InventoryLine] = []
    for service in cat.services.values():
        common = {
            "service": service.name,
            "platform": service.platform,
            "contract_type": service.contract_type,
            "followers": service.followers,
            "followers_as_of": service.followers_as_of,
            "service_started_on": service.started_on,
            "url": service.url,
            "contractors": cat.party_names(service.id, "contractor"),
            "subcontractors": cat.party_names(service.id, "subcontractor"),
        }
        use_ids = cat.uses_of.get(service.id, [])
        if not use_ids:
            out.append(
                InventoryLine(
                    service_id=service.id,
                    use_id=None,
                    values={
                        **common,
                        "department": service.department,
                        "use": "",
                        "storage": cat.countries(service.id, None, STORAGE_KINDS),
                        "access": cat.countries(service.id, None, ACCESS_KINDS),
                    },
                )
            )
        for use_id in use_ids:
            use = cat.uses[use_id]
            out.append(
                InventoryLine(
                    service_id=service.id,
                    use_id=use.id,
                    values={
                        **common,
                        "department": cat.department(use),
                        "use": use.name,
                        "purpose": use.purpose,
                        "audience": use.audience,
                        "handles_personal_data": use.handles_personal_data,
                        "personal_data": use.personal_data,
                        "confidentiality": use.confidentiality,
                        "started_on": use.started_on,
                        "notes": use.notes,
                        "storage": cat.countries(service.id, use.id, STORAGE_KINDS),
                        "access": cat.countries(service.id, use.id, ACCESS_KINDS),
                    },
                )
            )
    out.sort(
        key=lambda line: (
            str(line.values["department"]),
            str(line.values["service"]),
            line.service_id,
            line.use_id or 0,
        )
    )
    return out
