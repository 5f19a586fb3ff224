"""A Ukrainian given name has the sound keys of its Russian form too (Oleksandr, Олександр:
those of Aleksandr, Александр; caseapp.domain.given_name_forms), the first g of a Latin word
spelt from the Russian (Gadzhi) is read as an h whatever the other words of the name, and a
word with a digit in it has no sound keys. The keys a file holds were made without these:
every record is indexed again, as revisions 0016 and 0020 to 0030 do.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexed once per upgrade, by the last revision of caseapp.db.search.KEYS_REVISIONS it
    # runs; who opens the file hears how far that is (caseapp.db.migrate.upgrade).
    search.rebuild_in_revision(op.get_bind(), revision, context.get_revision_argument(),
                               progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them (an earlier
    CaseApp finds with them every name it found before, until it indexes again)."""
