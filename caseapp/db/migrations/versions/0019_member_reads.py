"""What a team member reads, closed further (no table changes): a hearing or an intervention
that concerns only captives above the member's clearance is hidden with them, and the
planner's statistics of what the member may not read are removed, so that ``EXPLAIN``'s row
estimates no longer tell hidden values (:mod:`caseapp.db.team_statistics`).

Nothing to do on SQLite (no team). On a team server the upgrade brings the policies up to
date once it reaches the head (caseapp.services.team.upgrade_server): this revision is what
makes a server at 0018 go through that upgrade.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05
"""

from collections.abc import Sequence

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # the policies and the statistics' targets come with team_policies.apply


def downgrade() -> None:
    pass  # an older app's policies are made again by its team init
