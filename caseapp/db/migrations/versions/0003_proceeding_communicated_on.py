"""International proceedings: the date the body communicated, transmitted or registered the
case (the trigger of the government's time limit).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("international_proceedings") as batch:
        batch.add_column(sa.Column("communicated_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("international_proceedings") as batch:
        batch.drop_column("communicated_on")
