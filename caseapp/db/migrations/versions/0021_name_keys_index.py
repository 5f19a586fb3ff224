"""An index of the names' search keys (no table changes): a search finds the captive whose
name is the query whole ("Ա", "Ara", among the sixty names beginning so) by one lookup in it,
instead of comparing the keys of every match (a search for "v" in a file of 100,000 captives
matches tens of thousands; see :func:`caseapp.db.search_match._named_whole`). Only names are
in it (a partial index), so it stays small.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_search_entries_name_keys"


def upgrade() -> None:
    # ``if_not_exists``: a server a team's owner takes back to an older revision's number
    # (as the upgrade tests of 0018 and 0019 do) already has it.
    op.create_index(INDEX, "search_entries", ["keys"], sqlite_where=sa.text("is_name"),
                    postgresql_where=sa.text("is_name"), if_not_exists=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="search_entries", if_exists=True)
