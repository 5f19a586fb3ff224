"""Names are indexed by the rules of this version (:func:`caseapp.domain.names.name_keys`):
the Russian ё romanised "yo" is read as the e it is written with (Semyonov, Fyodorov find
Семёнов, Семенов, Фёдоров), a run of three or more of one letter is no longer folded to one
("aaaaaaaaaa" is not every name in A), and a captive's name keeps each two words next to
each other joined too (Ter Petrosyan is found by "Terpetrosyan"). The keys a file holds were
made by the rules before: every record is indexed again, as revisions 0016, 0020 and 0022 do.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexed once per upgrade, by the last revision of caseapp.db.search.KEYS_REVISIONS it
    # runs; who opens the file hears how far that is (caseapp.db.migrate.upgrade).
    search.rebuild_in_revision(op.get_bind(), revision, context.get_revision_argument(),
                               progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them. An earlier
    CaseApp finds with them every name it found before; it no longer puts first a name of
    several words typed whole (its keys hold the words joined too), until it indexes again."""
