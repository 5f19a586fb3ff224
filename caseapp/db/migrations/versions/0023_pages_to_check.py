"""The pages of a scan OCR may not have read, kept with the document
(``documents.ocr_unsure_pages``, ``documents.ocr_unchecked_pages``: lists of page numbers; see
:mod:`caseapp.domain.scan_pages`). They were said once, when the scan was read, and lost.

A document read before has none recorded (an empty list): nothing was kept then, and nothing
is made up; reading it again records them. An old JSON export without them imports the same
way.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("ocr_unsure_pages", "ocr_unchecked_pages")


def upgrade() -> None:
    # Plain ADD COLUMNs (no table rebuild): NOT NULL with a default, which SQLite accepts.
    for name in COLUMNS:
        op.add_column("documents", sa.Column(name, sa.JSON(), nullable=False,
                                             server_default=sa.text("'[]'")))
    # A team server's grants and policies are the table's: they cover the new columns.


def downgrade() -> None:
    for name in reversed(COLUMNS):
        op.drop_column("documents", name)
