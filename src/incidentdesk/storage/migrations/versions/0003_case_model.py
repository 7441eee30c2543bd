"""the case model beyond LINE: dates with a precision, contractor chains, relationships in time, check history,
several sources, requests with a direction, decision withdrawals and end dates, versions for concurrent edits

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Every change to existing rows is written to the audit trail in the same transaction (storage/audit_chain.py:
one "migrate" event per table for columns added, renamed or dropped, and ordinary events for the rows this
upgrade creates or changes), so an upgraded ledger still verifies. A new, empty ledger gets no events.
"""

from collections.abc import Mapping, Sequence
from datetime import date, datetime, UTC
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

V: dict[str, Any] = dict(server_default="1", nullable=False)  # a version column: existing rows start at 1

# table -> (audit entity, [(column, type, column kwargs, the value existing rows get, for the trail)])
NewColumn = tuple[str, "sa.types.TypeEngine[Any]", dict[str, Any], object]
ADDED: dict[str, tuple[str, list[NewColumn]]] = {
    "party": ("party", [("retired_on", sa.Date(), {}, None), ("version", sa.Integer(), V, 1)]),
    "external_service": ("service", [("retired_on", sa.Date(), {}, None), ("version", sa.Integer(), V, 1)]),
    "service_use": ("use", [("retired_on", sa.Date(), {}, None), ("version", sa.Integer(), V, 1)]),
    "service_party": (
        "service_party",
        [
            ("upstream_id", sa.Integer(), {}, None),
            ("approval", sa.String(20), dict(server_default="", nullable=False), ""),
            ("valid_from", sa.Date(), {}, None),
            ("valid_until", sa.Date(), {}, None),
            ("version", sa.Integer(), V, 1),
        ],
    ),
    "data_location": (
        "location",
        [
            ("detail", sa.String(200), dict(server_default="", nullable=False), ""),
            ("place", sa.String(200), dict(server_default="", nullable=False), ""),
            ("valid_from", sa.Date(), {}, None),
            ("valid_until", sa.Date(), {}, None),
            ("version", sa.Integer(), V, 1),
        ],
    ),
    "incident": (
        "incident",
        [
            ("personal_data_leak", sa.Boolean(), dict(server_default=sa.false(), nullable=False), False),
            ("unlawful_purpose", sa.Boolean(), dict(server_default=sa.false(), nullable=False), False),
            ("version", sa.Integer(), V, 1),
        ],
    ),
    "incident_use": ("incident_use", [("version", sa.Integer(), V, 1)]),
    "source": (
        "source",
        [
            ("published_until", sa.Date(), {}, None),
            ("published_precision", sa.String(10), dict(server_default="day", nullable=False), "day"),
            ("version", sa.Integer(), V, 1),
        ],
    ),
    "timeline_entry": (
        "timeline",
        [
            ("occurred_until", sa.Date(), {}, None),
            ("occurred_precision", sa.String(10), dict(server_default="day", nullable=False), "day"),
            ("version", sa.Integer(), V, 1),
        ],
    ),
    "statement": (
        "statement",
        [
            ("made_until", sa.Date(), {}, None),
            ("made_precision", sa.String(10), dict(server_default="day", nullable=False), "day"),
            ("taken_by", sa.String(200), dict(server_default="", nullable=False), ""),
            ("notes", sa.Text(), dict(server_default="", nullable=False), ""),
            ("version", sa.Integer(), V, 1),
        ],
    ),
    "claim": ("claim", [("version", sa.Integer(), V, 1)]),
    "request": (
        "request",
        [
            ("direction", sa.String(20), dict(server_default="to_city", nullable=False), "to_city"),
            ("addressee", sa.String(200), dict(server_default="", nullable=False), ""),
            ("every_months", sa.Integer(), {}, None),
            ("version", sa.Integer(), V, 1),
        ],
    ),
    "decision": (
        "decision",
        [
            ("effective_until", sa.Date(), {}, None),
            ("then_state", sa.String(20), dict(server_default="", nullable=False), ""),
        ],
    ),
    "memo": ("memo", [("anchor", sa.String(100), dict(server_default="", nullable=False), "")]),
    "org_settings": ("settings", [("version", sa.Integer(), V, 1)]),
}
DROPPED = {
    "timeline_entry": ["source_id"],
    "statement": ["source_id"],
    "claim": ["verification", "checked_how", "evidence", "checked_on"],
}
RENAMED = {"decision": {"resume_conditions": "conditions"}}
OLD_CATEGORIES = {"talk_text": ("inquiry", "トーク本文"), "registration": ("other", "登録情報")}


def _create_tables() -> None:
    op.create_table(
        "timeline_source",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("timeline_id", sa.Integer(), sa.ForeignKey("timeline_entry.id"), nullable=False),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("source.id"), nullable=False),
        sa.UniqueConstraint("timeline_id", "source_id"),
    )
    op.create_table(
        "statement_source",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("statement_id", sa.Integer(), sa.ForeignKey("statement.id"), nullable=False),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("source.id"), nullable=False),
        sa.UniqueConstraint("statement_id", "source_id"),
    )
    op.create_table(
        "claim_check",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claim.id"), nullable=False),
        sa.Column("verification", sa.String(20), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("checked_how", sa.Text(), server_default="", nullable=False),
        sa.Column("evidence", sa.Text(), server_default="", nullable=False),
        sa.Column("checked_by", sa.String(200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "request_report",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_id", sa.Integer(), sa.ForeignKey("request.id"), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "decision_withdrawal",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("decision_id", sa.Integer(), sa.ForeignKey("decision.id"), nullable=False, unique=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("withdrawn_by_role", sa.String(100), nullable=False),
        sa.Column("withdrawn_by_name", sa.String(100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    for table, column in (
        ("timeline_source", "timeline_id"),
        ("timeline_source", "source_id"),
        ("statement_source", "statement_id"),
        ("statement_source", "source_id"),
        ("claim_check", "claim_id"),
        ("request_report", "request_id"),
    ):
        op.create_index(f"ix_{table}_{column}", table, [column])
    op.create_index("ix_audit_event_entity", "audit_event", ["entity", "entity_id"])


def _counts(bind: Connection) -> dict[str, int]:
    return {t: bind.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() for t in ADDED}


def upgrade() -> None:
    bind = op.get_bind()
    had_rows = {t: n for t, n in _counts(bind).items() if n}
    _create_tables()
    for table, (_entity, added) in ADDED.items():
        with op.batch_alter_table(table) as batch:
            for name, kind, kwargs, _value in added:
                batch.add_column(sa.Column(name, kind, **kwargs))
    with op.batch_alter_table("service_party") as batch:
        batch.create_foreign_key("fk_service_party_upstream", "service_party", ["upstream_id"], ["id"])

    # Data that moves to the new tables, read before the old columns go.
    sources = {
        t: bind.execute(sa.text(f"SELECT id, source_id FROM {t} WHERE source_id IS NOT NULL ORDER BY id")).all()
        for t in ("timeline_entry", "statement")
    }
    checks = bind.execute(
        sa.text(
            "SELECT c.id, c.verification, c.checked_how, c.evidence, c.checked_on, s.made_on FROM claim c "
            "JOIN statement s ON s.id = c.statement_id "
            "WHERE c.verification <> 'unverified' OR c.checked_on IS NOT NULL "
            "OR c.checked_how <> '' OR c.evidence <> '' ORDER BY c.id"
        )
    ).all()

    for table, dropped in DROPPED.items():
        with op.batch_alter_table(table) as batch:
            for column in dropped:
                batch.drop_column(column)
    for table, names in RENAMED.items():
        with op.batch_alter_table(table) as batch:
            for old, new in names.items():
                batch.alter_column(old, new_column_name=new)

    _rows_and_trail(bind, had_rows, sources, checks)


def _rows_and_trail(
    bind: Connection,
    had_rows: dict[str, int],
    sources: Mapping[str, Sequence[Sequence[Any]]],
    checks: Sequence[Sequence[Any]],
) -> None:
    """Create the rows the new tables get from the old columns, and say all of it in the audit trail."""
    from incidentdesk.storage import audit_chain
    from incidentdesk.storage.models import ClaimCheck, DataLocation, StatementSource, TimelineSource

    actor = audit_chain.MIGRATION_ACTOR
    now = datetime.now(UTC)
    with Session(bind=bind) as session:

        def event(
            action: str, entity: str, entity_id: int | None, old: dict[str, Any] | None, new: dict[str, Any] | None
        ) -> None:
            audit_chain.append(
                session, actor=actor, action=action, entity=entity, entity_id=entity_id, old=old, new=new, at=now
            )

        for table, (entity, columns) in ADDED.items():
            if table not in had_rows:
                continue
            change: dict[str, Any] = {
                "add": {name: (v.isoformat() if isinstance(v, date) else v) for name, _k, _kw, v in columns}
            }
            if table in DROPPED:
                change["drop"] = DROPPED[table]
            if table in RENAMED:
                change["rename"] = RENAMED[table]
            event("migrate", entity, None, None, change)
        created: list[TimelineSource | StatementSource | ClaimCheck] = []
        for table, model, owner in (
            ("timeline_entry", TimelineSource, "timeline_id"),
            ("statement", StatementSource, "statement_id"),
        ):
            for row_id, source_id in sources[table]:
                created.append(model(**{owner: row_id, "source_id": source_id}))
        for claim_id, verification, how, evidence, checked_on, made_on in checks:
            day = checked_on or made_on
            created.append(
                ClaimCheck(
                    claim_id=claim_id,
                    verification=verification,
                    checked_how=how or "",
                    evidence=evidence or "",
                    checked_by="",
                    checked_on=day if isinstance(day, date) else date.fromisoformat(day),
                    recorded_at=now,
                )
            )
        for row in created:
            session.add(row)
            session.flush()
            event("create", audit_chain.entity_name(row), row.id, None, audit_chain.snapshot(row))
        for location in session.exec(select(DataLocation).where(col(DataLocation.category).in_(list(OLD_CATEGORIES)))):
            old = audit_chain.snapshot(location)
            location.category, location.detail = OLD_CATEGORIES[location.category]
            session.add(location)
            session.flush()
            new = audit_chain.snapshot(location)
            event(
                "update",
                "location",
                location.id,
                {k: v for k, v in old.items() if new[k] != v},
                {k: v for k, v in new.items() if old[k] != v},
            )
        session.flush()
        session.commit()  # joined to the migration's own transaction: it commits, or not, with the schema


def downgrade() -> None:
    raise NotImplementedError("ledgers are never downgraded; restore the backup taken before the upgrade")
