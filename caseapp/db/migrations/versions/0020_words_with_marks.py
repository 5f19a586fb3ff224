"""A word of a name keeps its combining marks, and a name is read composed (NFC): a name
typed or pasted with its accents apart ("Mu\u0308ller", as a Mac or a PDF gives it) is found
by "Müller" and "Muller", and a name in a script that writes vowels as signs (Devanagari,
Thai) is indexed as its words, no longer as a row of one-letter "initials" (see
:func:`caseapp.domain.name_words.text_words`). The keys a file holds were made by the rules before:
every record is indexed again, as revision 0016 does.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexed once per upgrade, by the last revision of caseapp.db.search.KEYS_REVISIONS it
    # runs; who opens the file hears how far that is (caseapp.db.migrate.upgrade).
    search.rebuild_in_revision(op.get_bind(), revision, context.get_revision_argument(),
                               progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them; an earlier
    CaseApp still finds every spelling it found before, but a name with its accents apart."""
