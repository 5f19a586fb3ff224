"""Audit anchor: the count and newest hash of the audit log, kept where a DELETE misses it.

Revision ID: 0006
Revises: 0005 (written against 0004; re-pointed at merge)
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caseapp.db import audit_anchor

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables as this revision knows them (not the current models, which may change later).
_entries = sa.table("audit_entries", sa.column("id", sa.Integer), sa.column("hash", sa.String))
_anchor = sa.table(
    "audit_anchor",
    sa.column("id", sa.Integer),
    sa.column("entry_count", sa.Integer),
    sa.column("head_id", sa.Integer),
    sa.column("head_hash", sa.String),
    sa.column("seal", sa.String),
)


def upgrade() -> None:
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_count", sa.Integer(), nullable=False),
        sa.Column("head_id", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("seal", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    # Anchor the entries already written (their chain was checked by nobody yet: `check`
    # still reports a broken chain; the anchor only fixes where the log ends now).
    conn = op.get_bind()
    count = conn.execute(sa.select(sa.func.count()).select_from(_entries)).scalar_one()
    last = conn.execute(sa.select(_entries.c.id, _entries.c.hash)
                        .order_by(_entries.c.id.desc()).limit(1)).first()
    head_id, head_hash = (last[0], last[1]) if last else (0, "")
    conn.execute(sa.insert(_anchor).values(id=audit_anchor.ANCHOR_ID,
                                           **audit_anchor.anchor_values(count, head_id, head_hash)))
    audit_anchor.write_header(conn, count)


def downgrade() -> None:
    op.drop_table("audit_anchor")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA user_version = 0")
