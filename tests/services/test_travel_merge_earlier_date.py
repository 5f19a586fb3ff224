"""A date that counts deadlines changed differently in the travel copy and at home meanwhile
(an order's expiry, a deadline set by hand, a hearing moved): the merge cannot tell which is
right, so it keeps the earlier day — a deadline shown a day early costs a day, one shown late
can cost the case — recomputes the deadlines counted from it, and says so in a line of its own
giving both days. A later day in the copy stays a conflict: the main file's earlier one is kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import merge_travel_copy
from tests.conftest import TODAY, copy_of
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open

NAME = "Aram Petrosyan"
EXPIRES = "Detention order expires"


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("merge-earlier") / "main.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        c = cf.captives.create(names=[NAME], capture="2023-09-27", status="pre_trial",
                               sensitivity="public", consent_publicity=True).id
        order = cf.detention_orders.create(captive_id=c, ordering_court="Sabail District Court",
                                           decided_on="2026-10-05", start_date="2026-10-05",
                                           term_months=4,
                                           kind="extension", sensitivity="public").id
        by_hand = cf.deadlines.create(captive_id=c, title="Reply to the ombudsman",
                                      due_on="2026-12-20", sensitivity="public").id
        hearing = cf.hearings.create(captive_ids=[c], starts_at="2027-01-12 11:00",
                                     timezone="Asia/Baku", court="Baku Military Court",
                                     kind="trial_session", sensitivity="public").id
    finally:
        cf.close()
    return path, {"captive": c, "order": order, "by_hand": by_hand, "hearing": hearing}


@pytest.fixture
def home(_template: tuple[Path, dict[str, int]], tmp_path: Path
         ) -> Iterator[tuple[CaseFile, dict[str, int]]]:
    path, ids = _template
    cf = open_case_file(Location(path=copy_of(path, tmp_path / "main.db")), actor="tester",
                        today=lambda: TODAY)
    yield cf, ids
    cf.close()


def _copy(cf: CaseFile, tmp_path: Path) -> CaseFile:
    make_travel_copy(cf, tmp_path / "travel.db", level="public", passphrase=TRAVEL_PASSPHRASE)
    return _open(tmp_path / "travel.db")


def _open_due(cf: CaseFile, captive: int) -> dict[str, date]:
    return {d.title: d.due_on for d in cf.deadlines.list(captive_id=captive)
            if d.status.value == "open"}


def test_an_expiry_changed_on_both_sides_keeps_the_earlier_day_and_its_deadlines(
        home: tuple[CaseFile, dict[str, int]], tmp_path: Path) -> None:
    cf, ids = home
    travel = _copy(cf, tmp_path)
    try:
        (order,) = travel.detention_orders.list()
        travel.detention_orders.update(order.id, expires_on="2027-01-20")  # read abroad
        cf.detention_orders.update(ids["order"], expires_on="2027-01-25")  # entered at home
        report = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    assert cf.detention_orders.get(ids["order"]).expires_on == date(2027, 1, 20)
    due = _open_due(cf, ids["captive"])
    assert due[EXPIRES] == date(2027, 1, 20)
    assert all(day <= date(2027, 1, 20) for day in due.values())
    (line,) = report.earlier_kept
    assert line == (
        f"Detention order “Extension, 5\u00a0Oct\u00a02026 — {NAME}”: its expiry was changed "
        "both here (25\u00a0Jan\u00a02027) and in the travel copy (20\u00a0Jan\u00a02027) since "
        "the copy was made; the earlier day, 20\u00a0Jan\u00a02027, is kept, with the deadlines "
        "counted from it. Check it against the court's decision.")
    # the order's deadlines, recomputed from the day kept, are no conflicts of their own
    assert [c.line() for c in report.conflicts] == []
    assert merge_travel_copy(cf, _open(tmp_path / "travel.db")).earlier_kept == ()


def test_a_later_expiry_in_the_copy_stays_a_conflict_and_the_earlier_day_at_home_is_kept(
        home: tuple[CaseFile, dict[str, int]], tmp_path: Path) -> None:
    cf, ids = home
    travel = _copy(cf, tmp_path)
    try:
        (order,) = travel.detention_orders.list()
        travel.detention_orders.update(order.id, expires_on="2027-01-28")
        cf.detention_orders.update(ids["order"], expires_on="2027-01-25")
        report = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    assert cf.detention_orders.get(ids["order"]).expires_on == date(2027, 1, 25)
    assert _open_due(cf, ids["captive"])[EXPIRES] == date(2027, 1, 25)
    assert report.earlier_kept == ()
    assert any("Expires on: 28\u00a0Jan\u00a02027" in c.line() for c in report.conflicts)


def test_a_deadline_and_a_hearing_moved_on_both_sides_keep_the_earlier_day(
        home: tuple[CaseFile, dict[str, int]], tmp_path: Path) -> None:
    cf, ids = home
    travel = _copy(cf, tmp_path)
    try:
        mine = next(d for d in travel.deadlines.list() if d.title == "Reply to the ombudsman")
        travel.deadlines.update(mine.id, due_on="2026-12-14", notes="Told so by phone")
        cf.deadlines.update(ids["by_hand"], due_on="2026-12-18", notes="Letter says 18th")
        (hearing,) = travel.hearings.list()
        travel.hearings.update(hearing.id, starts_at="2027-01-08 10:00")
        cf.hearings.update(ids["hearing"], starts_at="2027-01-15 10:00")
        report = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    kept = cf.deadlines.get(ids["by_hand"])
    assert kept.due_on == date(2026, 12, 14)
    assert kept.notes == "Letter says 18th"  # the notes stay a conflict: the main file's kept
    assert cf.hearings.get(ids["hearing"]).starts_at.date() == date(2027, 1, 8)
    assert len(report.earlier_kept) == 2
    assert any("14\u00a0Dec\u00a02026" in line and "18\u00a0Dec\u00a02026" in line
               for line in report.earlier_kept)
    assert [c.fields for c in report.conflicts] == [("notes",)]


def test_each_field_a_merge_writes_is_in_the_records_audit_trail_old_to_new(
        home: tuple[CaseFile, dict[str, int]], tmp_path: Path) -> None:
    """The merge wrote the copy's changes without an entry of their own: the order's history
    said its expiry was 25 January (the last entry at home) while it was 20 January."""
    cf, ids = home
    travel = _copy(cf, tmp_path)
    try:
        (order,) = travel.detention_orders.list()
        travel.detention_orders.update(order.id, expires_on="2027-01-20")
        cf.detention_orders.update(ids["order"], expires_on="2027-01-25")
        (hearing,) = travel.hearings.list()
        travel.hearings.update(hearing.id, outcome="Adjourned to 20 January")  # the copy only
        merge_travel_copy(cf, travel)
    finally:
        travel.close()

    def changes(record_uid: str) -> list[tuple[str, str | None, str | None]]:
        return [(e.field, e.old_value, e.new_value) for e in cf.audit.for_record(record_uid)
                if e.action.value == "update" and e.field]

    order_uid = cf.detention_orders.get(ids["order"]).uid
    assert ("expires_on", "2027-01-25", "2027-01-20") in changes(order_uid)
    hearing_uid = cf.hearings.get(ids["hearing"]).uid
    assert ("outcome", "", "Adjourned to 20 January") in changes(hearing_uid)


def test_a_second_merge_keeps_the_rest_of_a_record_changed_on_both_sides_a_conflict(
        home: tuple[CaseFile, dict[str, int]], tmp_path: Path) -> None:
    """The earlier day was written, the notes were not: merged again, the copy's notes must
    not pass for a change of the copy alone and overwrite the main file's."""
    cf, ids = home
    travel = _copy(cf, tmp_path)
    try:
        mine = next(d for d in travel.deadlines.list() if d.title == "Reply to the ombudsman")
        travel.deadlines.update(mine.id, due_on="2026-12-14", notes="Told so by phone")
        cf.deadlines.update(ids["by_hand"], due_on="2026-12-18", notes="Letter says 18th")
        first = merge_travel_copy(cf, travel)
        second = merge_travel_copy(cf, travel)
    finally:
        travel.close()
    assert cf.deadlines.get(ids["by_hand"]).notes == "Letter says 18th"
    assert cf.deadlines.get(ids["by_hand"]).due_on == date(2026, 12, 14)
    assert [c.fields for c in second.conflicts] == [c.fields for c in first.conflicts] \
        == [("notes",)]
    assert second.applied == 0 and second.earlier_kept == ()
