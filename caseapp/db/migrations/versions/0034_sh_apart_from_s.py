"""A search key keeps sh apart from s (caseapp.domain.name_folding: Cyrillic ш, Armenian շ,
Azerbaijani ş and the Latin sh and š as "w"): folded to s, "Сус" and "Susa", the beginning of
Сусанна, found Шушанян and Shushanyan, and "Шуш", an unambiguous ш typed, found Сусанна
Петросян. The keys a file holds were made with sh as s: every record is indexed again, as
revisions 0016 and 0020 to 0032 do.

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Indexed once per upgrade, by the last revision of caseapp.db.search.KEYS_REVISIONS it
    # runs; who opens the file hears how far that is (caseapp.db.migrate.upgrade).
    search.rebuild_in_revision(op.get_bind(), revision, context.get_revision_argument(),
                               progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them (an earlier
    CaseApp does not find by its search keys a name with an sh, until it indexes again)."""
