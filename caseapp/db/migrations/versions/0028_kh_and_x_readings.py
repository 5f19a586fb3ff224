"""A first h or kh, and a Latin x: a word beginning with h or kh before a vowel is given one
more sound key, which meets only another such word (Hasanov, Həsənov, Хасанов and Khasanov;
Khachatryan and Hachatryan), and a Latin x inside a word is read as ks, a last r after a
consonant as er too (Alexander, Aleksandr, Александр; Maxim, Максим): see
:mod:`caseapp.domain.name_letter_readings`. And each two words next to each other of any text
(a note, a contact, a judge), not only of a name, are kept joined too, so that "Terpetrosyan"
finds a note naming Ter Petrosyan, as the lists' filters do. The keys a file holds were made
without them: every record is indexed again, as revisions 0016 and 0020 to 0027 do.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0028"
down_revision: str | None = "0027"
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
