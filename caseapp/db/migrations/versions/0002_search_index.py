"""Search index across scripts: ``search_entries`` and its SQLite FTS5 mirror.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caseapp.db import search

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('search_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('captive_id', sa.Integer(), nullable=True),
    sa.Column('is_name', sa.Boolean(), nullable=False),
    sa.Column('keys', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['captive_id'], ['captives.id'], name=op.f('fk_search_entries_captive_id_captives'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_entries'))
    )
    with op.batch_alter_table('search_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_entries_captive_id'), ['captive_id'], unique=False)
        batch_op.create_index('ix_search_entries_record', ['entity', 'record_id'], unique=True)
    conn = op.get_bind()
    search.create_fts(conn)
    search.rebuild(conn)  # index what earlier versions stored


def downgrade() -> None:
    search.drop_fts(op.get_bind())
    with op.batch_alter_table('search_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_search_entries_record')
        batch_op.drop_index(batch_op.f('ix_search_entries_captive_id'))

    op.drop_table('search_entries')
