"""Search by sound: the index learns the sound keys of its words (Казарян is found as
Ghazaryan, Оганесян as Hovhannisyan; see :func:`caseapp.domain.name_sounds.sound_key`), and on
SQLite its FTS5 mirror keeps prefix indexes of one and two letters so that a one-letter
search reads one index entry instead of every word. Every record is indexed again.

On a PostgreSQL server a second full-text index covers the search keys and the sound keys
together.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from caseapp.db import search

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    search.drop_fts(conn)  # the mirror's columns change: built again by the rebuild
    op.add_column("search_entries", sa.Column("sounds", sa.Text(), nullable=False,
                                              server_default=""))
    search.rebuild(conn)  # (on SQLite this creates the new mirror)
    search.create_server_sound_index(conn)


def downgrade() -> None:
    conn = op.get_bind()
    search.drop_server_sound_index(conn)
    search.drop_fts(conn)
    op.drop_column("search_entries", "sounds")
    search.create_fts(conn)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) "
                             "VALUES ('rebuild')")
