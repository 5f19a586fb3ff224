"""Who a case file is open as (plain data: the window shows it without the team services)."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.domain.enums import Sensitivity


@dataclass(frozen=True)
class TeamLogin:
    """Who the case file is open as: ``clearance`` None means everything is visible (a
    local file, a server database without a team, or the database's owner)."""

    login: str
    clearance: Sensitivity | None
    server: str = ""

    @property
    def restricted(self) -> bool:
        return self.clearance is not None and self.clearance is not Sensitivity.INTERNAL
