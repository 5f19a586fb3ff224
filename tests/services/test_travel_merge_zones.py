"""Whole-day deadlines come back from a travel copy ending with their court's day: the ones
made on the road by this version carry their rule's zone, and those an earlier version left
without one (made on the road, or changed there) are given it by the merge, as an import of
an older export gives it; a deadline the main file keeps its zone for is not emptied by a
copy that kept none. Dates are not moved.

Today in every test is Friday 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from caseapp.services.casefile import CaseFile
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import merge_travel_copy
from tests.conftest import TODAY
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open

NAME = "Tigran Vardanyan"
APPEAL = "az.verdict.appeal"


def appeal_by_hand(cf: CaseFile, captive_id: int) -> int:
    made = cf.deadline_engine.from_rule(captive_id=captive_id, rule_id=APPEAL,
                                        trigger=TODAY - timedelta(days=10))
    return next(d.id for d in made if d.rule_id == APPEAL)


def test_whole_days_come_back_from_the_road_with_their_courts_zone(
        any_case_file: CaseFile, tmp_path: Path) -> None:
    """From and into a case file on this computer, and a team's server."""
    home = any_case_file
    c = home.captives.create(names=[NAME], capture="2026-09-27", status="convicted",
                             sensitivity="shareable").id
    kept, emptied = (home.deadlines.get(appeal_by_hand(home, c)).uid for _ in range(2))
    make_travel_copy(home, tmp_path / "travel.db", level="shareable",
                     passphrase=TRAVEL_PASSPHRASE)
    travel = _open(tmp_path / "travel.db")
    try:
        there = {d.uid: d for d in travel.deadlines.list()}
        assert {u: d.timezone for u, d in there.items()} == {kept: "Asia/Baku",
                                                             emptied: "Asia/Baku"}
        for d in there.values():  # the family told on the road
            travel.deadlines.update(d.id, notes="Family informed")
        with travel.ctx.transaction() as s:  # as an earlier version kept it: no zone
            s.execute(text("UPDATE deadlines SET timezone = '' WHERE uid = :uid"),
                      {"uid": emptied})
        own = travel.deadlines.create(title="Call the family", due_on=TODAY.isoformat(),
                                      captive_id=c, sensitivity="shareable").uid
        report = merge_travel_copy(home, travel)
    finally:
        travel.close()
    assert not report.conflicts, [c.line() for c in report.conflicts]
    back = {d.uid: d for d in home.deadlines.list()}
    for uid in (kept, emptied):
        assert (back[uid].timezone, back[uid].notes) == ("Asia/Baku", "Family informed")
        assert back[uid].due_on == TODAY + timedelta(days=10)
    assert back[own].timezone == ""  # the lawyer's own: her own midnight
