"""A word's first e stays e in its sound keys (caseapp.domain.name_sounds.sound_of): read as i,
it made Елена, the Russian form of Olena, one word with Ильина, Ilyina and Ilina, so that a
search for Olena or Elena listed Ilyina. The keys a file holds were made with it: every record
is indexed again, as revisions 0016 and 0020 to 0031 do.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexed once per upgrade, by the last revision of caseapp.db.search.KEYS_REVISIONS it
    # runs; who opens the file hears how far that is (caseapp.db.migrate.upgrade).
    search.rebuild_in_revision(op.get_bind(), revision, context.get_revision_argument(),
                               progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them (an earlier
    CaseApp finds with them every name it found before but Elena's, Erik's, and the other
    names whose first e it read as i, until it indexes again)."""
