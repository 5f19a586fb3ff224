"""A woman's surname in -ova or -eva (Семёнова, Məmmədova, Ağayeva) is given the sound key of
the man's and an a (:func:`caseapp.domain.name_sounds.sound_key`), so that the man's surname typed in
another spelling finds her ("Mamedov" Məmmədova, "Semyonov" Семёнова, "Ağayev" Агаева), as it
finds him. The keys a file holds were made without it: every record is indexed again, as
revisions 0016, 0020, 0022, 0024 and 0025 do.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexed once per upgrade, by the last revision of caseapp.db.search.KEYS_REVISIONS it
    # runs; who opens the file hears how far that is (caseapp.db.migrate.upgrade).
    search.rebuild_in_revision(op.get_bind(), revision, context.get_revision_argument(),
                               progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them (an earlier
    CaseApp finds with them every name it found before, a woman's surname by the man's typed
    in another spelling too, until it indexes again)."""
