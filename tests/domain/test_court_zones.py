"""The court's zone a whole-day deadline keeps when a save recomputes it: alone in her case
file, the lawyer's rule files decide; on a team's server, only a court whose day ends earlier
replaces the one it keeps (Baku's day ends at 20:00 UTC, Paris's at 23:00 in winter)."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.court_zones import zone_saved

DUE = date(2026, 11, 30)
BAKU, PARIS = "Asia/Baku", "Europe/Paris"


@pytest.mark.parametrize(("stored", "zone"), [(BAKU, PARIS), (PARIS, BAKU), (BAKU, "")])
def test_alone_the_lawyers_rule_files_decide(stored: str, zone: str) -> None:
    assert zone_saved(DUE, stored, zone, earlier_only=False) == zone


@pytest.mark.parametrize(("stored", "zone", "kept"), [
    (BAKU, PARIS, BAKU),  # Paris's day ends three hours later: kept in Baku
    (PARIS, BAKU, BAKU),  # Baku's ends earlier: moved there
    (BAKU, "", BAKU),  # "" (the lawyer's own midnight, wherever she is) is no court's
    ("", PARIS, PARIS),  # one keeping none (an earlier version's) is given its court
    (BAKU, BAKU, BAKU)])
def test_on_a_team_server_the_earlier_end_of_the_day_is_kept(stored: str, zone: str,
                                                             kept: str) -> None:
    assert zone_saved(DUE, stored, zone, earlier_only=True) == kept
