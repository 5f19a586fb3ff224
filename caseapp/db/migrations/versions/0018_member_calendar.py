"""A team member's calendar numbers and cancels its events as the owner's does: the server's
functions of :mod:`caseapp.db.team_calendar` (no table changes).

Nothing to do on SQLite (no team). On a team server the upgrade brings the policies up to
date once it reaches the head (caseapp.services.team.upgrade_server), which makes the
functions and their role: this revision is what makes a server at 0017 go through that
upgrade.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04
"""

from collections.abc import Sequence

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # the functions come with the policies (team_policies.apply), after the upgrade


def downgrade() -> None:
    pass  # an older app ignores them
