"""Record versions: every editable record counts its saved changes (``row_version``), so that
a save based on a stale read is refused instead of silently overwriting someone else's
change (two lawyers on one team server, or two windows on one file).

Records written before this revision start at version 1. On a team server whose roles and
policies were set up (``caseapp team init``), the masked view of captives is dropped here and
made again, with the new column, once the upgrade reaches the head.

Revision ID: 0011
Revises: 0010 (written against 0010; re-pointed at merge if 0011 lands first)
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "captives", "case_settings", "organisations", "captive_names", "contacts",
    "detention_places", "identity_documents", "international_proceedings", "notes",
    "prosecutions", "status_changes", "welfare_contacts", "charges", "detention_orders",
    "hearings", "interventions", "documents", "deadlines",
)


def upgrade() -> None:
    conn = op.get_bind()
    from caseapp.db import team_policies

    team_policies.drop_masked_view(conn)
    for table in TABLES:
        # A plain ADD COLUMN (no table rebuild): SQLite accepts NOT NULL with a default.
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False,
                                       server_default="1"))
    # On a team server the policies and the masked view are made again once the upgrade has
    # reached the head (caseapp.services.team.upgrade_server): made here, they would be made
    # from today's models over an older schema.


def downgrade() -> None:
    # On a team server the masked view of captives goes with the column; the schema's
    # policies come back with `caseapp team init` run by the software of that revision.
    conn = op.get_bind()
    from caseapp.db import team_policies

    team_policies.drop_masked_view(conn)
    for table in TABLES:
        op.drop_column(table, "row_version")  # SQLite 3.35+ drops a column in place
