"""Surnames in the forms their other spellings write them: a woman's -skaya / -ская is given the
sound key of the man's -sky / -ский and an a (:func:`caseapp.domain.name_sounds.sound_key`), so that
"Vysotsky" finds Высоцкая and Vysotskaya as it finds him; an Armenian surname that the Russian
and Western spellings write with the vowel of its given name is given the sound key of the
Eastern one without it ("Sargsyan" finds Саркисян and Sarkissian, "Khachatryan" Хачатурян);
and the sound keys read a Latin j as zh too (Janna, Жанна) and the French gu before e and i
as g (Serguei, Sergei). The keys a file holds were made
without it: every record is indexed again, as revisions 0016, 0020, 0022, 0024, 0025 and 0026
do.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0027"
down_revision: str | None = "0026"
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
