"""a statement can be retired (廃止済み): kept with its claims' checks and attachments, hidden by default

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

A statement logged by mistake is deleted with its claims while nothing refers to it; once a claim has been
checked, a file is attached to it or a decision relies on it, it is retired instead (services/statements.py).
This adds the column that says since when (NULL: in use, as every existing statement is). A ledger with
statements gets one "migrate" event for the column, in the same transaction (as 0003 does), so its trail
still replays to the rows and `verify` passes.
"""

from datetime import datetime, UTC

import sqlalchemy as sa
from alembic import op
from sqlmodel import Session

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    had_rows = bind.execute(sa.text("SELECT count(*) FROM statement")).scalar_one() > 0
    with op.batch_alter_table("statement") as batch:
        batch.add_column(sa.Column("retired_on", sa.Date(), nullable=True))
    if not had_rows:
        return  # a new or statement-less ledger: nothing existed without the column, nothing to say
    from incidentdesk.storage import audit_chain

    with Session(bind=bind) as session:
        audit_chain.append(
            session,
            actor=audit_chain.MIGRATION_ACTOR,
            action="migrate",
            entity="statement",
            entity_id=None,
            old=None,
            new={"add": {"retired_on": None}},
            at=datetime.now(UTC),
        )
        session.flush()
        session.commit()  # joined to the migration's own transaction: it commits, or not, with the schema


def downgrade() -> None:
    raise NotImplementedError("ledgers are never downgraded; restore the backup taken before the upgrade")
