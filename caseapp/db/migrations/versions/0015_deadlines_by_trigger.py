"""The deadlines a record set off, found through an index on what set them off.

Every save of a detention order, a hearing, a status change or a filing looks up the
deadlines it set off (``deadlines.trigger_kind`` and ``trigger_uid``); without an index each
lookup read every deadline of the case file, so that a save took longer the more deadlines
the file held (an order's save: 12 ms at 1,000 captives, 42 ms at 10,000 with 43,000
deadlines; 7 ms at both with the index, benchmarks/saves.py).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_deadlines_trigger", "deadlines", ["trigger_kind", "trigger_uid"])


def downgrade() -> None:
    op.drop_index("ix_deadlines_trigger", table_name="deadlines")
