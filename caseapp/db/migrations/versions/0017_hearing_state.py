"""What became of a hearing: ``hearings.state``, scheduled, held, adjourned (to its
``next_date``) or cancelled. Only a scheduled hearing is still to come
(:mod:`caseapp.domain.moot_hearings`).

Every hearing recorded before is ``scheduled``, past ones included: the file never said
whether a past hearing sat, was adjourned or was cancelled (the outcome is the court's words,
free text), and a dossier or a filing must not say "held" of a sitting the lawyer never
recorded as held. A past hearing still scheduled reads as "not recorded"; it is no longer to
come by its date. An old JSON export without the state imports the same way.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild): SQLite accepts NOT NULL with a default.
    op.add_column("hearings", sa.Column("state", sa.String(32), nullable=False,
                                        server_default="scheduled"))


def downgrade() -> None:
    op.drop_column("hearings", "state")
