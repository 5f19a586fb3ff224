"""Sensitivity levels for status changes, deadlines and organisations, the last records that
could carry free text without a level of their own.

Existing rows get the safest level that keeps them usable:
- a status change or deadline with a note is ``internal`` (the note may say anything; one
  leaked into a public dossier), one without a note is ``shareable`` (it then says no more than
  the captive's status or the record it was computed from, whose own level still applies);
- a family organisation is ``internal`` (its name and address identify the family), and so is
  one with notes (as a note makes any of these records internal, and as the JSON import makes
  an old export's organisation with notes); any other organisation (ICRC, an embassy, a
  court) ``shareable``. (Until session 22 an organisation's notes were left shareable here
  while the import made them internal.)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LEVEL = sa.Enum("public", "shareable", "internal", name="sensitivity", native_enum=False,
                 length=32)

# table -> SQL condition under which an existing row becomes internal
_INTERNAL_WHEN = {
    "status_changes": "TRIM(COALESCE(note, '')) != ''",
    "deadlines": "TRIM(COALESCE(notes, '')) != ''",
    "organisations": "kind = 'family' OR TRIM(COALESCE(notes, '')) != ''",
}


def upgrade() -> None:
    for table, internal_when in _INTERNAL_WHEN.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("sensitivity", _LEVEL, nullable=False,
                                       server_default="shareable"))
        op.execute(f"UPDATE {table} SET sensitivity = 'internal' WHERE {internal_when}")
        with op.batch_alter_table(table) as batch:
            batch.alter_column("sensitivity", server_default=None, existing_type=_LEVEL,
                               existing_nullable=False)


def downgrade() -> None:
    for table in _INTERNAL_WHEN:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sensitivity")
