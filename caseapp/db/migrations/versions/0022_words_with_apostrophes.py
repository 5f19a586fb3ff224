"""An apostrophe inside a word no longer cuts it in two, whichever apostrophe it is (T'adevosyan,
T’adevosyan, Tʻadevosyan and Tadevosyan are one word), nor do the Armenian marks over a vowel
(Պետրո՛սյան); a word with a hyphen or an apostrophe is indexed as its parts and as the whole of
it joined (Ter-Petrosyan is found by "Terpetrosyan", l'ombudsman by "ombudsman"): see
:func:`caseapp.domain.names._compounds`. The keys a file holds were made by the rules before:
every record is indexed again, as revisions 0016 and 0020 do.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op
from sqlalchemy import text

from caseapp.db import search

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.execute(text("SELECT 1 FROM search_entries LIMIT 1")).first() is None:
        return  # a new case file: nothing indexed yet, nothing to index again
    # Who opens the file hears how far the rebuild is (caseapp.db.migrate.upgrade).
    search.rebuild(conn, progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them; an earlier
    CaseApp finds a name with an apostrophe by its plain typing, but no longer by its parts."""
