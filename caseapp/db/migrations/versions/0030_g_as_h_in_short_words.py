"""The Azerbaijani h that Russian writes Г, in the Latin spelling made from the Russian one: a
short word of a name of Azerbaijani form (Gadzhi Gasanov, Geydar Aliyev) is given the sound
key with its first g left out too, as the Cyrillic Гаджи has, so that "Haji" and "Hacı" find
Gadzhi (see :func:`caseapp.domain.name_sounds.reading_sounds`). The keys a file holds were made
without it: every record is indexed again, as revisions 0016 and 0020 to 0028 do.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0030"
down_revision: str | None = "0029"
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
