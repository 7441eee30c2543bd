"""Reproducible benchmark ledgers (city, prefecture), written in bulk and cached as SQLite files."""

from __future__ import annotations

import hashlib
import random
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta, UTC
from pathlib import Path

from sqlalchemy import insert

from incidentdesk.services.changes import entity_name
from incidentdesk.storage import audit_chain, models as m, search_index
from incidentdesk.storage.database import Database, open_database
from incidentdesk.storage.sqlite_file import head_revision

from . import ja_text as ja

SEED = 20210317
MAIN_INCIDENT = 1  # the incident the page, the memo and the bench open
CACHE_DIR = Path(__file__).with_name(".cache")
BATCH = 20_000


@dataclass(frozen=True)
class Scale:
    name: str
    services: int
    uses: int
    incidents: int
    affected: int  # uses affected by MAIN_INCIDENT
    timeline: int
    main_timeline: int  # of `timeline`, the entries of MAIN_INCIDENT
    audit_events: int | None  # None: one create event per row, which verify requires of a valid ledger
    attachments: tuple[int, ...] = ()  # sizes in bytes of the files attached to incident 1 (incompressible)


# Years of closed incidents carry most of the timeline; the open one has what a memo can show.
# Issue 5 asks for 100,000 audit events at prefecture scale, but verify replays the trail against
# every audited table, so a valid ledger of 100,000 timeline entries and 40,000 uses needs one event
# per row: about 200,000.
CITY = Scale("city", 50, 200, 3, 50, 60, 20, None)
PREFECTURE = Scale("prefecture", 10_000, 40_000, 400, 1_000, 100_000, 200, None)
# The city set with 300 MB of attachments: 50 files of 5 MB and one of 50 MB, so the export's and import's
# memory can be compared with "250 MB plus the largest single attachment" (issue 11).
ATTACHMENTS = Scale("attachments", 50, 200, 3, 50, 60, 20, None, attachments=(5_000_000,) * 50 + (50_000_000,))
SCALES = {s.name: s for s in (CITY, PREFECTURE, ATTACHMENTS)}

# Insertion order: every foreign key points at a table written earlier.
TABLE_ORDER = [
    m.OrgSettings,
    m.Party,
    m.ExternalService,
    m.ServiceParty,
    m.Use,
    m.DataLocation,
    m.Incident,
    m.IncidentUse,
    m.Source,
    m.TimelineEntry,
    m.TimelineSource,
    m.Statement,
    m.StatementSource,
    m.Claim,
    m.ClaimCheck,
    m.Request,
    m.Decision,
    m.DecisionBasis,
    m.Attachment,
]
# Audit order: the records a user cares about first, so a capped trail (a Scale may ask for one,
# though verify then reports the uncovered rows) still covers them.
AUDIT_ORDER = [
    m.OrgSettings,
    m.Party,
    m.ExternalService,
    m.Use,
    m.Incident,
    m.IncidentUse,
    m.Source,
    m.Statement,
    m.StatementSource,
    m.Claim,
    m.ClaimCheck,
    m.Request,
    m.Decision,
    m.DecisionBasis,
    m.TimelineEntry,
    m.TimelineSource,
    m.ServiceParty,
    m.DataLocation,
    m.Attachment,
]


def _defaults(model) -> dict:
    return {
        name: None if f.is_required() else f.get_default(call_default_factory=True)
        for name, f in model.model_fields.items()
    }


class _Rows:
    """Full column dicts per table, ids assigned here so foreign keys need no round trip."""

    def __init__(self) -> None:
        self.tables: dict[type, list[dict]] = {model: [] for model in TABLE_ORDER}
        self._defaults = {model: _defaults(model) for model in TABLE_ORDER}

    def add(self, model, **values) -> int:
        rows = self.tables[model]
        row = {**self._defaults[model], **values}
        row.setdefault("id", None)
        if row["id"] is None:
            row["id"] = len(rows) + 1
        rows.append(row)
        return row["id"]


def _day(rng: random.Random, start: date, span_days: int) -> date:
    return start + timedelta(days=rng.randrange(max(1, span_days)))


def _catalog(rows: _Rows, rng: random.Random, scale: Scale) -> dict[int, str]:
    """Parties, services, their roles and data locations, and uses; returns use id -> platform."""
    for name, kind, country in ja.PARTIES:
        parent = 1 if name.startswith("LINE ") else None
        rows.add(m.Party, name=name, kind=kind, country=country, parent_id=parent)
    munis = ja.MUNICIPALITIES if scale.services > len(ja.DEPARTMENTS) * len(ja.CHANNELS) else ja.MUNICIPALITIES[:1]
    combos = len(munis) * len(ja.DEPARTMENTS) * len(ja.CHANNELS)
    counts = [scale.uses // scale.services] * scale.services
    for i in range(scale.uses - sum(counts)):
        counts[i] += 1
    for _ in range(scale.services // 2):  # uneven, as real catalogues are
        a, b = rng.randrange(scale.services), rng.randrange(scale.services)
        if counts[b] > 1 and counts[a] < len(ja.TASKS):
            counts[a], counts[b] = counts[a] + 1, counts[b] - 1
    use_platform: dict[int, str] = {}
    for index, combo in enumerate(rng.sample(range(combos), scale.services)):
        muni = munis[combo % len(munis)]
        dept = ja.DEPARTMENTS[combo // len(munis) % len(ja.DEPARTMENTS)]
        channel, platform, contract = ja.CHANNELS[combo // (len(munis) * len(ja.DEPARTMENTS))]
        department = dept if len(munis) == 1 else f"{muni}{dept}"
        started = _day(rng, date(2014, 4, 1), 2500)
        followers = rng.randrange(200, 120_000) if platform in ("LINE", "LINE (Messaging API)", "X") else None
        sid = rows.add(
            m.ExternalService,
            name=f"{muni}{dept} {channel}",
            platform=platform,
            department=department,
            contract_type=contract,
            followers=followers,
            followers_as_of=date(2021, 3, 17) if followers else None,
            started_on=started,
            url=f"https://example.jp/{combo}",
            notes=f"{department}が{started.year}年度から運用。",
        )
        platform_party = ja.PLATFORM_PARTY[platform]
        rows.add(m.ServiceParty, service_id=sid, party_id=platform_party, role="platform")
        store = platform_party
        if contract == "individual":
            rows.add(m.ServiceParty, service_id=sid, party_id=rng.choice(ja.CONTRACTORS), role="contractor")
            store = rng.choice(ja.HOSTS)
            rows.add(m.ServiceParty, service_id=sid, party_id=store, role="host")
            rows.add(
                m.DataLocation, service_id=sid, category="application", kind="storage", country="JP", party_id=store
            )
        category = "inquiry" if platform.startswith("LINE") else "application"
        rows.add(
            m.DataLocation,
            service_id=sid,
            category=category,
            kind="storage",
            country=ja.PARTIES[platform_party - 1][2],
            party_id=platform_party,
        )
        if platform.startswith("LINE"):
            rows.add(m.DataLocation, service_id=sid, category="media", kind="storage", country="KR", party_id=1)
            rows.add(m.DataLocation, service_id=sid, category="inquiry", kind="access", country="CN", party_id=3)
        for task, purpose, audience, personal, conf in rng.sample(ja.TASKS, counts[index]):
            uid = rows.add(
                m.Use,
                service_id=sid,
                name=task,
                purpose=purpose,
                audience=audience,
                handles_personal_data=bool(personal),
                personal_data=personal,
                confidentiality=conf,
                started_on=started,
            )
            use_platform[uid] = platform
    return use_platform


def _incident(rows: _Rows, rng: random.Random, number: int, affected: list[int], timeline: int, spacing: int) -> None:
    """One incident with its sources, timeline, statements and claims, requests and decisions."""
    occurred = date(2026, 3, 15) - timedelta(days=spacing * (number - 1))
    span = 60 if number == MAIN_INCIDENT else 120
    title = ja.INCIDENT_TITLES[(number - 1) % len(ja.INCIDENT_TITLES)]
    iid = rows.add(
        m.Incident,
        title=f"{title}({occurred.year}年{occurred.month}月)",
        summary=f"{occurred.year}年{occurred.month}月、{title}が報道された。影響する業務を調査中。",
        status="open" if number == MAIN_INCIDENT else "closed",
        occurred_on=occurred,
        known_on=occurred,
        closed_on=None if number == MAIN_INCIDENT else occurred + timedelta(days=span),
    )
    for use_id in affected:
        rows.add(m.IncidentUse, incident_id=iid, use_id=use_id)
    sources = [
        rows.add(
            m.Source,
            incident_id=iid,
            title=f"{title}に関するお知らせ(第{k + 1}報)",
            publisher=ja.PARTIES[[0, 17, 18][k] if k < 3 else 0][0],
            published_on=occurred + timedelta(days=k * 3),
            published_precision="day",
            url=f"https://example.jp/news/{iid}/{k}",
        )
        for k in range(3)
    ]
    for k in range(timeline):
        text = rng.choice(ja.TIMELINE).format(
            party=ja.PARTIES[rng.choice([0, 9, 10, 11])][0],
            dept=rng.choice(ja.DEPARTMENTS),
            topic=rng.choice(ja.TOPICS),
            authority=rng.choice(ja.ISSUERS),
        )
        entry = rows.add(
            m.TimelineEntry, incident_id=iid, occurred_on=_day(rng, occurred, span), text=f"{text}(記録{k + 1})"
        )
        cited = rng.choice(sources + [None, None])
        if cited is not None:
            rows.add(m.TimelineSource, timeline_id=entry, source_id=cited)
    statement_ids = []
    for k, party in enumerate((1, 1, rng.choice(ja.CONTRACTORS))):
        sid = rows.add(
            m.Statement,
            incident_id=iid,
            party_id=party,
            made_on=occurred + timedelta(days=2 + 5 * k),
            channel=["press_release", "briefing", "document"][k],
            speaker=ja.PARTIES[party - 1][0],
            title=f"{title}についての説明(第{k + 1}回)",
        )
        rows.add(m.StatementSource, statement_id=sid, source_id=sources[k])
        statement_ids.append(sid)
        for pos, claim in enumerate(rng.sample(ja.CLAIMS, 4)):
            promised = occurred + timedelta(days=90) if "{month}" in claim else None
            cid = rows.add(
                m.Claim,
                statement_id=sid,
                position=pos,
                text=claim.format(month=(occurred.month + 2) % 12 + 1),
                promised_by=promised,
            )
            verdict = rng.choice(["unverified", "confirmed", "disputed"])
            if verdict != "unverified":
                checked = occurred + timedelta(days=6 + 5 * k)
                rows.add(
                    m.ClaimCheck,
                    claim_id=cid,
                    verification=verdict,
                    checked_on=checked,
                    checked_how="契約書と構成図で確認",
                    checked_by="山田 太郎",
                    recorded_at=datetime(checked.year, checked.month, checked.day, 9, 0, tzinfo=UTC),
                )
    for k in range(2):
        rows.add(
            m.Request,
            incident_id=iid,
            issuer=ja.ISSUERS[k],
            doc_number=f"総行情第{100 + number * 7 + k}号",
            issued_on=occurred + timedelta(days=3 + k),
            due_on=occurred + timedelta(days=14 + k * 7),
            subject=f"{title}に係る利用状況の調査について",
            asks="利用している業務と保存される情報を回答されたい。",
            answer="" if number == MAIN_INCIDENT and k else "別紙のとおり回答します。",
            answered_on=None if number == MAIN_INCIDENT and k else occurred + timedelta(days=10 + k * 7),
        )
    share = 0.7 if number == MAIN_INCIDENT else 1.0
    for use_id in affected:
        if rng.random() >= share:
            continue
        previous = None
        for step in range(2 if rng.random() < 0.2 else 1):
            role, name = rng.choice(ja.ROLES)
            decided = occurred + timedelta(days=4 + step * 10)
            state = rng.choice(list(ja.DECISIONS))
            rationale, condition = ja.DECISIONS[state]
            did = rows.add(
                m.Decision,
                incident_id=iid,
                use_id=use_id,
                state=state,
                decided_on=decided,
                decided_by_role=role,
                decided_by_name=name,
                rationale=rationale,
                conditions=condition,
                next_review_on=None if state == "continue" else decided + timedelta(days=30),
                supersedes_id=previous,
                recorded_at=datetime(decided.year, decided.month, decided.day, 8, 0, tzinfo=UTC),
            )
            rows.add(m.DecisionBasis, decision_id=did, statement_id=rng.choice(statement_ids))
            previous = did


def build(scale: Scale, seed: int = SEED) -> dict[type, list[dict]]:
    """Every row of the ledger as column dicts, the same for the same scale and seed."""
    rng = random.Random(seed)
    rows = _Rows()
    rows.add(
        m.OrgSettings,
        id=1,
        municipality="青葉市",
        department="総務部",
        section="情報政策課",
        contact_name="山田 太郎",
        contact_phone="000-000-0000",
        memo_number_prefix="青情",
    )
    use_platform = _catalog(rows, rng, scale)
    line_uses = [u for u, p in use_platform.items() if p.startswith("LINE")]
    other_uses = [u for u, p in use_platform.items() if not p.startswith("LINE")]
    main = rng.sample(line_uses, min(scale.affected, len(line_uses)))
    main += rng.sample(other_uses, scale.affected - len(main))
    closed = scale.incidents - 1
    per_closed, extra = divmod(scale.timeline - scale.main_timeline, max(1, closed))
    spacing = 3650 // scale.incidents  # ten years of incidents
    for number in range(1, scale.incidents + 1):
        if number == MAIN_INCIDENT:
            _incident(rows, rng, number, sorted(main), scale.main_timeline, spacing)
        else:
            count = per_closed + (1 if number - 2 < extra else 0)
            _incident(rows, rng, number, sorted(rng.sample(other_uses, 5)), count, spacing)
    for k, size in enumerate(scale.attachments, start=1):
        data = rng.randbytes(size)
        rows.add(
            m.Attachment,
            owner_kind="incident",
            owner_id=MAIN_INCIDENT,
            filename=f"資料{k:03d}.pdf",
            mime="application/pdf",
            data=data,
            sha256=hashlib.sha256(data).hexdigest(),
            added_at=datetime(2026, 3, 20, 9, 0, tzinfo=UTC) + timedelta(minutes=k),
        )
    return rows.tables


def audit_events(tables: dict[type, list[dict]], limit: int | None) -> list[dict]:
    """A valid hash chain of create events over the rows, in AUDIT_ORDER, capped at `limit`."""
    events: list[dict] = []
    prev, start = audit_chain.GENESIS, datetime(2019, 4, 1, tzinfo=UTC)
    for model in AUDIT_ORDER:
        entity = entity_name(model)
        for row in tables[model]:
            if limit is not None and len(events) >= limit:
                return events
            seq = len(events) + 1
            at = (start + timedelta(minutes=9 * seq)).isoformat(timespec="microseconds")
            actor = ja.ACTORS[seq % len(ja.ACTORS)]
            new = audit_chain.canonical(row)
            digest = audit_chain.event_hash(prev, seq, at, actor, "create", entity, row["id"], "", new)
            events.append(
                {
                    "id": seq,
                    "seq": seq,
                    "at": at,
                    "actor": actor,
                    "action": "create",
                    "entity": entity,
                    "entity_id": row["id"],
                    "old": "",
                    "new": new,
                    "prev_hash": prev,
                    "hash": digest,
                }
            )
            prev = digest
    return events


def _write(db: Database, model, rows: list[dict]) -> None:
    batch = 10 if model is m.Attachment else BATCH  # 10 files of 5 MB per statement, not 300 MB at once
    for start in range(0, len(rows), batch):
        with db.write() as s:
            s.execute(insert(model), rows[start : start + batch])


def generate(scale: Scale, path: Path, seed: int = SEED) -> dict[str, int]:
    """Write the dataset into a new ledger at `path`; returns row counts per table."""
    path.unlink(missing_ok=True)
    tables = build(scale, seed)
    events = audit_events(tables, scale.audit_events)
    db = open_database(str(path), actor="bench")
    try:
        for model in TABLE_ORDER:
            _write(db, model, tables[model])
        _write(db, m.AuditEvent, events)
        with db.write() as s:
            last = events[-1]
            audit_chain.set_head(s, last["seq"], last["hash"])
            indexed = search_index.rebuild(s)
    finally:
        db.close()
    counts = {model.__tablename__: len(rows) for model, rows in tables.items()}
    counts.update(audit_event=len(events), search_doc=indexed)
    return counts


def cache_key(scale: Scale, seed: int = SEED) -> str:
    """Changes whenever the generator, the schema or the scale changes, so a stale file is never reused."""
    digest = hashlib.sha256(f"{scale!r}:{seed}:{head_revision()}".encode())
    for source in (
        Path(__file__),
        Path(ja.__file__),
        Path(m.__file__),
        Path(audit_chain.__file__),
        Path(search_index.__file__),
    ):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def ensure(scale: Scale, cache_dir: Path = CACHE_DIR, seed: int = SEED) -> tuple[Path, float | None]:
    """The cached ledger for `scale` and the seconds spent generating it (None when it was cached)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"{scale.name}-{cache_key(scale, seed)}.db"
    if path.exists():
        return path, None
    for stale in cache_dir.glob(f"{scale.name}-*.db*"):
        stale.unlink()
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    generate(scale, partial, seed)
    partial.rename(path)
    return path, time.perf_counter() - started


def main() -> int:
    """`python -m bench.datasets`: make sure both ledgers are cached; prints {name: {path, generated_s}}."""
    import json

    out = {}
    for scale in (CITY, PREFECTURE, ATTACHMENTS):
        path, seconds = ensure(scale)
        out[scale.name] = {"path": str(path), "generated_s": seconds}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
