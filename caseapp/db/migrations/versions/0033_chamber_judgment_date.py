"""The date of an ECHR Chamber judgment on an international proceeding: the three months within
which a party may request referral to the Grand Chamber (Convention Art. 43 § 1), after which
the judgment becomes final if none was requested (Art. 44 § 2 (b)), run from it.

- ``international_proceedings.judgment_on``: empty for every proceeding recorded before (no
  judgment is presumed; the lawyer enters the date from the judgment).

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild), nullable: SQLite and PostgreSQL alike; none where
    # the column is there already (a file whose recorded revision was set back, as the
    # upgrade tests of earlier revisions do, runs this again).
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("international_proceedings")}
    if "judgment_on" not in columns:
        op.add_column("international_proceedings",
                      sa.Column("judgment_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("international_proceedings") as batch:
        batch.drop_column("judgment_on")
