"""Deadline control: a deadline may be hard (set by a court, cannot be missed) and may name
the document it came from (the order, the Court's letter).

Deadlines recorded before this revision are not hard and name no document.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hard", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("document_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_deadlines_document_id_documents"), "documents", ["document_id"],
            ["id"], ondelete="SET NULL")
        batch_op.create_index(batch_op.f("ix_deadlines_document_id"), ["document_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("deadlines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadlines_document_id"))
        batch_op.drop_constraint(batch_op.f("fk_deadlines_document_id_documents"),
                                 type_="foreignkey")
        batch_op.drop_column("document_id")
        batch_op.drop_column("hard")
