"""The case file's identity: a UUID of its own, which its backups, travel copies and exports
carry, so that the backup of another case file is not restored over it without a word.

A file made by an earlier version gets one made from the first entry of its audit log (its
UUID, random when it was written): a copy of the file made by hand before this upgrade is the
same case file, and gets the same identity when it is upgraded in turn. Its "created" time is
its first audit entry's or file event's, whichever is earlier. A new file, or one with no
audit entry yet, gets a random one when it is opened (``caseapp.services.identity``).

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-06
"""

import uuid
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The namespace of identities made from an audit entry's UUID (a fixed, random UUID).
FROM_AUDIT = uuid.UUID("5d0c8d0e-6a4f-4c1e-9f53-2b7a3f4c1d28")


def upgrade() -> None:
    table = op.create_table(
        "case_file_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identity", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file_identity")),
        sa.UniqueConstraint("identity", name=op.f("uq_case_file_identity_identity")),
    )
    conn = op.get_bind()
    first = conn.execute(sa.text("SELECT uid, at FROM audit_entries ORDER BY id LIMIT 1")).first()
    if first is None:
        return
    event = conn.execute(sa.text("SELECT min(at) FROM file_events")).scalar()
    # (SQLite gives text back from a bare SELECT: both drivers' values are naive UTC)
    made = [t if isinstance(t, datetime) else datetime.fromisoformat(str(t))
            for t in (first[1], event) if t is not None]
    op.bulk_insert(table, [{"id": 1, "identity": str(uuid.uuid5(FROM_AUDIT, str(first[0]))),
                            "created_at": min(made) if made else None}])


def downgrade() -> None:
    op.drop_table("case_file_identity")
