"""An apostrophe inside a word no longer cuts it in two, whichever apostrophe it is (T'adevosyan,
T’adevosyan, Tʻadevosyan and Tadevosyan are one word), nor do the Armenian marks over a vowel
(Պետրո՛սյան); a word with a hyphen or an apostrophe is indexed as its parts and as the whole of
it joined (Ter-Petrosyan is found by "Terpetrosyan", l'ombudsman by "ombudsman"): see
:func:`caseapp.domain.name_words.compound_words`. The keys a file holds were made by the rules before:
every record is indexed again, as revisions 0016 and 0020 do.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexed once per upgrade, by the last revision of caseapp.db.search.KEYS_REVISIONS it
    # runs; who opens the file hears how far that is (caseapp.db.migrate.upgrade).
    search.rebuild_in_revision(op.get_bind(), revision, context.get_revision_argument(),
                               progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them; an earlier
    CaseApp finds a name with an apostrophe by its plain typing, but no longer by its parts."""
