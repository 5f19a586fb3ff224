"""On a PostgreSQL server: a full-text index over the search keys, so that a search there is
an index look-up like SQLite's FTS5 mirror (the keys are folded across scripts, so
``Vardanian`` finds ``Վարդանյան`` as on SQLite). Nothing changes in a SQLite case file.

Revision ID: 0010
Revises: 0008 (written against 0008; 0009 is added in parallel and this one is re-pointed to
it at merge)
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

from caseapp.db import search

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    search.create_server_index(op.get_bind())


def downgrade() -> None:
    search.drop_server_index(op.get_bind())
