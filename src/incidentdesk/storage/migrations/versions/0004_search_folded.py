"""the search index holds folded text (ＬＩＮＥ = LINE) and data locations: rebuilt, no table changes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

The search rows of a ledger indexed before this revision lack the NFKC-folded text and the data locations
that storage/search_index.py now writes, so `verify` (which compares the index with what the records would
give) reported them as a mismatch until `incidentdesk reindex`. There is nothing to change in the schema:
opening a ledger at 0003 runs this empty step, and the upgrade rebuilds the whole search index in the same
transaction (storage/database.py `_upgrade`), as it does after every migration. The search index is derived
data and not audited, so the trail is unchanged.
"""

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing in the schema: the upgrade that runs this step rebuilds the search index."""


def downgrade() -> None:
    """Nothing to undo."""
