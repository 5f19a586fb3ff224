"""Case settings: the domestic procedure, warning periods, custody maxima, default levels and
the lawyer's details, kept in the case file (they were the desktop app's own settings).

No rows are written: a setting without a row has its declared default (the procedure of
Azerbaijan, as before), so an upgraded file gives the same deadlines as it did.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_settings")),
        sa.UniqueConstraint("key", "scope", name="uq_case_settings_key_scope"),
        sa.UniqueConstraint("uid", name=op.f("uq_case_settings_uid")),
    )


def downgrade() -> None:
    op.drop_table("case_settings")
