"""Filing with the ECHR and the UN (issue 18): the Convention articles an international
proceeding invokes, and the family's consent to a submission to the UN Working Group on
Enforced or Involuntary Disappearances.

- ``international_proceedings.convention_articles``: the articles as the lawyer writes them
  ("3, 5 § 1, 5 § 4, P1-1"); empty for the proceedings recorded before (the application
  draft then falls back on the articles named in the proceeding's notes and outcome).
- ``captives.consent_family_wgeid``: the family has consented to the case being submitted to
  the WGEID (false for every captive recorded before: a consent is never presumed).

On a team server the masked view of captives is dropped here and made again, with the new
column, once the upgrade reaches the head.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    from caseapp.db import team_policies

    team_policies.drop_masked_view(conn)
    # Plain ADD COLUMNs (no table rebuild): SQLite accepts NOT NULL with a default.
    op.add_column("international_proceedings",
                  sa.Column("convention_articles", sa.String(200), nullable=False,
                            server_default=""))
    op.add_column("captives", sa.Column("consent_family_wgeid", sa.Boolean(), nullable=False,
                                        server_default=sa.false()))
    # On a team server the policies and the masked view are made again once the upgrade has
    # reached the head (caseapp.services.team.upgrade_server): made here, they would be made
    # from today's models over an older schema.


def downgrade() -> None:
    conn = op.get_bind()
    from caseapp.db import team_policies

    team_policies.drop_masked_view(conn)
    op.drop_column("captives", "consent_family_wgeid")
    op.drop_column("international_proceedings", "convention_articles")
