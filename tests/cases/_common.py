"""Small helpers the fixtures share."""

from __future__ import annotations

from dataclasses import dataclass, field

from incidentdesk.domain.inputs import PartyIn, SettingsIn
from incidentdesk.services import catalog, ledger
from incidentdesk.services.reads import incidents as incident_reads
from incidentdesk.storage.database import Database


@dataclass
class Case:
    incident_id: int
    ids: dict[str, int] = field(default_factory=dict)


def settings(db: Database, municipality: str, prefix: str) -> None:
    ledger.save_settings(
        db,
        SettingsIn(
            municipality=municipality,
            department="総務部",
            section="情報政策課",
            contact_name="架空 花子",
            contact_phone="内線 2345",
            addressee="市長",
            marking="取扱注意",
            date_style="era",
            memo_number_prefix=prefix,
        ),
    )


def parties(db: Database, rows: dict[str, tuple[str, str, str]]) -> dict[str, int]:
    return {
        key: catalog.add_party(db, PartyIn(name=name, kind=kind, country=country, notes="架空の事業者")).id
        for key, (name, kind, country) in rows.items()
    }


def claim_ids(db: Database, statement_id: int) -> list[int]:
    with db.reader() as r:
        return [c.id for c in incident_reads.statement(r, statement_id).claims]
