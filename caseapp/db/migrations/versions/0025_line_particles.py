"""Names of a Ter- or Melik- line written as one word (Terpetrosyan, Տերպետրոսյան,
Melikshahnazaryan) are indexed with the surname after the particle too
(:data:`caseapp.domain.name_words._LINE_PARTICLE`), so that "Petrosyan" finds them as it finds
Ter-Petrosyan. The keys a file holds were made without it: every record is indexed again, as
revisions 0016, 0020, 0022 and 0024 do.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexed once per upgrade, by the last revision of caseapp.db.search.KEYS_REVISIONS it
    # runs; who opens the file hears how far that is (caseapp.db.migrate.upgrade).
    search.rebuild_in_revision(op.get_bind(), revision, context.get_revision_argument(),
                               progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them (an earlier
    CaseApp finds with them every name it found before, and the surnames after a Ter- or
    Melik- particle too, until it indexes again)."""
