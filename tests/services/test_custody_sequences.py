"""Custody recorded in unusual orders (a re-arrest, a conviction, an order moved to another
case, an import on top): every place that shows a date reads one expiry for one custody,
and an undo puts the deadlines back as they were.

The Deadlines view, the calendar, "Needs attention", the status report and the dossier all
read the open deadlines; the captive's file reads the detention clock. Today in every test is
Friday 2026-11-27 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.dto import CaptiveDTO, DetentionOrderDTO, ProsecutionDTO
from caseapp.domain.enums import DeadlineStatus
from caseapp.services.captive_merge import merge_captives, undo_merge
from caseapp.services.captives import NO_STATUS_DATE
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY
from tests.services.test_order_expiry import EXPIRY, captive, open_dates, order_dates

__all__ = ["captive"]  # the fixture, shared with tests/services/test_order_expiry.py


def open_steps(cf: CaseFile, captive_id: int) -> list[tuple[str, str, date]]:
    return sorted((d.trigger_uid, d.rule_id, d.due_on)
                  for d in cf.deadlines.list(captive_id=captive_id)
                  if d.status is DeadlineStatus.OPEN)


@pytest.mark.parametrize("same_case", [False, True], ids=["another case", "same case"])
def test_a_re_arrest_recorded_status_first_leaves_one_expiry_and_undoes_exactly(
        case_file: CaseFile, captive: CaptiveDTO, same_case: bool) -> None:
    """Released on 15 September, arrested again on 20 November in another criminal case: the
    lawyer puts the status back to detained first, then records the new order. The first
    order's expiry of 1 December and its motions stayed open beside the new order's (two
    expiries for one custody), although the captive's file shows only the new one."""
    case_file.captives.update(captive.id, capture="2026-08-01")
    first_case = case_file.prosecutions.create(captive_id=captive.id, case_number="1")
    second_case = (first_case if same_case
                   else case_file.prosecutions.create(captive_id=captive.id, case_number="2"))
    first = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-08-01",
                                              term_months=4, prosecution_id=first_case.id)
    case_file.captives.set_status(captive.id, "released", effective_on="2026-09-15")
    released = open_steps(case_file, captive.id)
    case_file.captives.set_status(captive.id, "pre_trial", effective_on="2026-11-20")
    back = open_steps(case_file, captive.id)
    assert order_dates(case_file, first.uid)[EXPIRY] == date(2026, 12, 1)  # no later order yet
    again = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-20",
                                              term_months=2, prosecution_id=second_case.id)
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (again.id, date(2027, 1, 20))
    assert order_dates(case_file, first.uid) == {}
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 1, 20)]
    closed = [d for d in case_file.deadlines.list(captive_id=captive.id)
              if d.trigger_uid == first.uid and d.rule_id == EXPIRY]
    assert "custody ended" in str(closed[0].status_reason)
    # Undo, step by step (the window's undo deletes the order, then writes the status back).
    case_file.detention_orders.delete(again.id)
    assert open_steps(case_file, captive.id) == back
    case_file.captives.update(captive.id, status="released", status_since="2026-09-15")
    assert open_steps(case_file, captive.id) == released == []


def test_a_conviction_keeps_the_pre_trial_orders_steps_open_and_says_why(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """Convicted on 25 November with the pre-trial order running to 21 March: its expiry and
    the prosecutor's motions stayed in the Deadlines view and the calendar with no word,
    while the captive's file no longer showed the order's expiry. DOMAIN.md has no rule on
    detention after a verdict (a first-instance verdict is not final), so they stay open, on
    their own days, each due after the verdict saying so; the note goes with the conviction."""
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                              term_months=4)
    steps = order_dates(case_file, order.uid)
    case_file.captives.set_status(captive.id, "on_trial", effective_on="2026-11-22")
    before = {d.id: d.notes for d in case_file.deadlines.list(captive_id=captive.id)}
    case_file.captives.set_status(captive.id, "convicted", effective_on="2026-11-25")
    assert order_dates(case_file, order.uid) == steps  # not closed, not moved
    notes = {d.rule_id: d.notes for d in case_file.deadlines.list(captive_id=captive.id)}
    assert all(n.startswith("Convicted on 25\xa0Nov\xa02026: ") and "not verified" in n
               for n in notes.values()), notes
    # The day of the conviction corrected: one note, naming the new day.
    case_file.captives.set_status(captive.id, "convicted", effective_on="2026-11-26")
    expiry = next(d for d in case_file.deadlines.list(captive_id=captive.id)
                  if d.rule_id == EXPIRY)
    assert expiry.notes.count("Convicted on") == 1 and "26\xa0Nov\xa02026" in expiry.notes
    # Undone (the status written back): the notes are as they were.
    case_file.captives.update(captive.id, status="on_trial", status_since="2026-11-22")
    assert {d.id: d.notes for d in case_file.deadlines.list(captive_id=captive.id)} == before


def test_an_export_of_such_files_imports_with_the_same_open_steps_and_notes(
        case_file: CaseFile, captive: CaptiveDTO, tmp_path: Path) -> None:
    """A re-arrest recorded status first and a conviction, exported and imported into a new
    case file, and imported again on top of the same file: the open steps, their days and
    their notes are those of the file exported."""
    case_file.captives.update(captive.id, capture="2026-08-01")
    case_file.detention_orders.create(captive_id=captive.id, start_date="2026-08-01",
                                      term_months=4)
    case_file.captives.set_status(captive.id, "released", effective_on="2026-09-15")
    case_file.captives.set_status(captive.id, "pre_trial", effective_on="2026-11-20")
    case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-20",
                                      term_months=2)
    case_file.captives.set_status(captive.id, "convicted", effective_on="2026-11-25")

    def steps(cf: CaseFile) -> list[tuple[str, date, str]]:
        return sorted((d.rule_id, d.due_on, d.notes) for d in cf.deadlines.list()
                      if d.status is DeadlineStatus.OPEN)

    exported = steps(case_file)
    assert [due for rule, due, _notes in exported if rule == EXPIRY] == [date(2027, 1, 20)]
    assert all("Convicted on" in notes for _rule, _due, notes in exported)
    case_file.export_json(tmp_path / "export.json")
    other = open_case_file(Location(path=tmp_path / "other.db"), create=True, actor="tester",
                           today=lambda: TODAY)
    try:
        other.import_json(tmp_path / "export.json")
        assert steps(other) == exported
    finally:
        other.close()
    case_file.import_json(tmp_path / "export.json")
    assert steps(case_file) == exported


def test_a_release_undone_closes_nothing_when_an_order_of_another_case_follows(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """A release set by mistake and undone (the status written back as of 1 August), then an
    order of a second criminal case from 1 October: the first order, still running to
    1 December, must keep its expiry and motions open; the release ended no custody."""
    case_file.captives.update(captive.id, capture="2026-08-01", status_since="2026-08-01")
    first_case = case_file.prosecutions.create(captive_id=captive.id, case_number="1")
    second_case = case_file.prosecutions.create(captive_id=captive.id, case_number="2")
    first = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-08-01",
                                              term_months=4, prosecution_id=first_case.id)
    steps = order_dates(case_file, first.uid)
    before = case_file.custody.state(captive.id)  # what the window's undo writes back
    case_file.custody.set_status(captive.id, "released", effective_on="2026-09-15")
    case_file.custody.update(captive.id, **before)
    case_file.detention_orders.create(captive_id=captive.id, start_date="2026-10-01",
                                      term_months=4, prosecution_id=second_case.id)
    assert order_dates(case_file, first.uid) == steps
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2026, 12, 1), date(2027, 2, 1)]


def test_merging_a_captive_recorded_twice_leaves_one_expiry_and_undoes_exactly(
        case_file: CaseFile) -> None:
    """The initial order recorded under one spelling, its extension under another: merged,
    both expiries (1 December and 1 April) stayed open, where the captive's file shows only
    the extension's."""
    kept = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-08-01",
                                     status="pre_trial")
    twin = case_file.captives.create(names=["Vardanian Armen"], capture="2026-08-01",
                                     status="pre_trial")
    case_file.detention_orders.create(captive_id=kept.id, start_date="2026-08-01",
                                      term_months=4)
    case_file.detention_orders.create(captive_id=twin.id, start_date="2026-12-01",
                                      term_months=4, kind="extension")
    before = open_steps(case_file, kept.id), open_steps(case_file, twin.id)
    merged = merge_captives(case_file, kept.id, twin.id)
    assert case_file.deadline_engine.clock(kept.id).order_expires_on == date(2027, 4, 1)
    assert open_dates(case_file, kept.id, EXPIRY) == [date(2027, 4, 1)]
    undo_merge(case_file, merged.undo)
    assert (open_steps(case_file, kept.id), open_steps(case_file, twin.id)) == before


def first_order_of_two_cases(cf: CaseFile, captive_id: int) -> tuple[DetentionOrderDTO,
                                                                     ProsecutionDTO]:
    """Captured on 1 August, held under a 6-month order (to 1 February) of a first criminal
    case; a second case opened: that order and the second case."""
    cf.captives.update(captive_id, capture="2026-08-01")
    first_case = cf.prosecutions.create(captive_id=captive_id, case_number="1")
    second_case = cf.prosecutions.create(captive_id=captive_id, case_number="2")
    first = cf.detention_orders.create(captive_id=captive_id, start_date="2026-08-01",
                                       term_months=6, prosecution_id=first_case.id)
    return first, second_case


def test_after_a_re_arrest_the_clock_leaves_the_order_the_release_ended(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """Released on 15 September, re-arrested on 20 November in another case under a 2-month
    order: the first custody's order (to 1 February) ended with the release, its steps closed
    in Deadlines; the captive's file and Needs attention name the new order, not the first
    one because it expires later."""
    first, second_case = first_order_of_two_cases(case_file, captive.id)
    case_file.captives.set_status(captive.id, "released", effective_on="2026-09-15")
    case_file.captives.set_status(captive.id, "pre_trial", effective_on="2026-11-20")
    again = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-20",
                                              term_months=2, prosecution_id=second_case.id)
    assert order_dates(case_file, first.uid) == {}
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (again.id, date(2027, 1, 20))
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 1, 20)]


def test_a_release_undone_to_no_day_ends_no_custody(case_file: CaseFile,
                                                    captive: CaptiveDTO) -> None:
    """The captive had no status day; a release set by mistake is undone (the status written
    back with no day, as the window's undo does): an order of another case recorded next
    leaves the first order's expiry and motions open, custody never ended."""
    first, second_case = first_order_of_two_cases(case_file, captive.id)
    steps = order_dates(case_file, first.uid)
    case_file.captives.set_status(captive.id, "released", effective_on="2026-09-15")
    case_file.captives.update(captive.id, status="pre_trial", status_since=NO_STATUS_DATE)
    assert case_file.captives.get(captive.id).status_since is None
    assert order_dates(case_file, first.uid) == steps
    case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-20",
                                      term_months=2, prosecution_id=second_case.id)
    assert order_dates(case_file, first.uid) == steps
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (first.id, date(2027, 2, 1))
