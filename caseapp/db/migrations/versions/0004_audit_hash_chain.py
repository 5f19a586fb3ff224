"""Audit log hash chain: ``prev_hash`` and ``hash`` on audit entries, existing entries chained.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caseapp.db import audit_chain
from caseapp.db.base import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The columns as this revision knows them (not the current model, which may change later).
_entries = sa.table(
    "audit_entries",
    sa.column("id", sa.Integer),
    sa.column("at", UTCDateTime()),
    *(sa.column(name, sa.Text) for name in audit_chain.FIELDS if name != "at"),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), server_default="",
                                      nullable=False))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), server_default="",
                                      nullable=False))
    # Chain the entries already written, oldest first.
    conn = op.get_bind()
    rows = conn.execute(sa.select(_entries).order_by(_entries.c.id)).mappings()
    links = audit_chain.chain_rows(rows, "")
    if links:
        conn.execute(
            sa.update(_entries).where(_entries.c.id == sa.bindparam("entry_id"))
            .values(prev_hash=sa.bindparam("prev_hash"), hash=sa.bindparam("hash")),
            links,
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
