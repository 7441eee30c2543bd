"""Ledgers as an older version of the program left them: the schema at an earlier revision (through the
migrations themselves) and rows written through the tables as they were, each with its audit event."""

from __future__ import annotations

import json
from datetime import date

from alembic import command
from sqlalchemy import MetaData, create_engine
from sqlmodel import Session

from incidentdesk.storage import audit_chain
from incidentdesk.storage.database import alembic_config, to_url

SERVICE = "春日市LINE公式アカウント"
USE_PURPOSE = "粗大ごみ収集の申込受付"


def upgrade_to(target: str, revision: str) -> None:
    engine = create_engine(to_url(target))
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()


def insert_old_rows(target: str) -> None:
    """Rows written the way an older version would have: through the tables as they were, plus audit events."""
    engine = create_engine(to_url(target))
    try:
        with engine.begin() as conn:
            tables = MetaData()
            tables.reflect(conn)
            service = tables.tables["external_service"]
            use = tables.tables["service_use"]
            service_id = conn.execute(
                service.insert()
                .values(
                    name=SERVICE,
                    platform="LINE",
                    department="環境課",
                    contract_type="terms",
                    url="",
                    notes="",
                    started_on=date(2019, 4, 1),
                )
                .returning(service.c.id)
            ).scalar_one()
            use_id = conn.execute(
                use.insert()
                .values(
                    service_id=service_id,
                    name="粗大ごみ受付",
                    purpose=USE_PURPOSE,
                    audience="市民",
                    department="",
                    handles_personal_data=True,
                    personal_data="氏名・住所・電話番号",
                    confidentiality=2,
                    notes="",
                )
                .returning(use.c.id)
            ).scalar_one()
            with Session(bind=conn) as session:
                # The old version audited every row it wrote with the row's full values.
                for entity, table, row_id in (("service", service, service_id), ("use", use, use_id)):
                    row = conn.execute(table.select().where(table.c.id == row_id)).mappings().one()
                    audit_chain.append(
                        session,
                        actor="old-version",
                        action="create",
                        entity=entity,
                        entity_id=row_id,
                        old=None,
                        new=json.loads(audit_chain.canonical(dict(row))),
                    )
                session.flush()
    finally:
        engine.dispose()
