"""Names of a Ter- or Melik- line written as one word (Terpetrosyan, Տերպետրոսյան,
Melikshahnazaryan) are indexed with the surname after the particle too
(:data:`caseapp.domain.names._LINE_PARTICLE`), so that "Petrosyan" finds them as it finds
Ter-Petrosyan. The keys a file holds were made without it: every record is indexed again, as
revisions 0016, 0020, 0022 and 0024 do.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op
from sqlalchemy import text

from caseapp.db import search

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.execute(text("SELECT 1 FROM search_entries LIMIT 1")).first() is None:
        return  # a new case file: nothing indexed yet, nothing to index again
    # Who opens the file hears how far the rebuild is (caseapp.db.migrate.upgrade).
    search.rebuild(conn, progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them (an earlier
    CaseApp finds with them every name it found before, and the surnames after a Ter- or
    Melik- particle too, until it indexes again)."""
