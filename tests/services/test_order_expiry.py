"""A detention order's expiry has one source: the date stored on the order, stated by the
order or computed once from its start and term. The deadlines, the detention clock and
exports all read that date.

How the app counts (resources/rules/azerbaijan.toml, rule az.detention.expiry, and
/work/shared/DOMAIN.md "Detention order expiry"): the expiry is the start plus the term,
months first and then days, the same day number N months later, clamped to a month's last
day when that month is shorter; never rolled off a day off; the court's stated expiry
wins. The AZ extension steps count back from the expiry: the senior prosecutor's motion
5 calendar days before (moved to the previous working day when that is a day off), the
two internal steps 10 and 7 days before (not moved).

Today in every test is Friday 2026-11-27 (tests/conftest.py).
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseapp.config import Location
from caseapp.domain import messages
from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.enums import DeadlineStatus, ExpirySource
from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

EXPIRY = "az.detention.expiry"
MOTION = "az.detention.extension_request"
UPSTREAM_10 = "az.detention.extension_upstream_10"
UPSTREAM_7 = "az.detention.extension_upstream_7"


@pytest.fixture
def captive(case_file: CaseFile) -> CaptiveDTO:
    return case_file.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                     status="pre_trial")


def open_dates(cf: CaseFile, captive_id: int, rule_id: str) -> list[date]:
    return sorted(d.due_on for d in cf.deadlines.list(captive_id=captive_id)
                  if d.rule_id == rule_id and d.status is DeadlineStatus.OPEN)


def order_dates(cf: CaseFile, order_uid: str) -> dict[str, date]:
    return {d.rule_id: d.due_on for d in cf.deadlines.list()
            if d.trigger_uid == order_uid and d.status is DeadlineStatus.OPEN}


def test_an_extension_moves_the_clock_and_the_deadlines_to_the_same_expiry(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    initial = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                                term_months=4)
    # 21 November 2026 + 4 months = 21 March 2027 (March has a 21st: no clamping).
    assert (initial.expires_on, initial.expiry_source) == (date(2027, 3, 21),
                                                          ExpirySource.COMPUTED)
    assert case_file.deadline_engine.clock(captive.id).order_expires_on == date(2027, 3, 21)
    # The extension, decided in advance, continues custody from the day the first ends.
    extension = case_file.detention_orders.create(
        captive_id=captive.id, kind="extension", start_date="2027-03-21", term_months=4)
    assert extension.expires_on == date(2027, 7, 21)  # 21 March + 4 months

    clock = case_file.deadline_engine.clock(captive.id)
    assert clock.order_id == extension.id
    assert clock.order_expires_on == date(2027, 7, 21)
    # 2026-11-27 → 2027-07-21: 3 days of November, then 31+31+28+31+30+31+30, then 21.
    assert clock.days_left == 236
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 7, 21)]
    # The extension's steps count back from its expiry (Wed 21 July 2027): −5 → Fri 16 July,
    # −10 → Sun 11 July, −7 → Wed 14 July (the internal steps are never moved).
    assert order_dates(case_file, extension.uid) == {
        EXPIRY: date(2027, 7, 21), MOTION: date(2027, 7, 16),
        UPSTREAM_10: date(2027, 7, 11), UPSTREAM_7: date(2027, 7, 14)}
    # The first order's steps, all due by the day custody continued, are superseded.
    assert order_dates(case_file, initial.uid) == {}


def test_an_overlapping_order_of_the_same_case_closes_the_earlier_expiry(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """A new order decided before the earlier one ends (not back to back) continues custody
    too: the earlier order's expiry and its motions still to come are superseded, so the
    Deadlines view shows one expiry, the new order's. An order of another criminal case runs
    beside the first and closes nothing of it."""
    case = case_file.prosecutions.create(captive_id=captive.id, case_number="1/23").id
    other = case_file.prosecutions.create(captive_id=captive.id, case_number="2/23").id
    initial = case_file.detention_orders.create(captive_id=captive.id, prosecution_id=case,
                                                start_date="2026-11-21", term_months=4)
    assert order_dates(case_file, initial.uid)[EXPIRY] == date(2027, 3, 21)
    # Another case's order from 1 February 2027: the first order's steps due by then only.
    beside = case_file.detention_orders.create(captive_id=captive.id, prosecution_id=other,
                                               start_date="2027-02-01", term_months=2)
    assert order_dates(case_file, initial.uid)[EXPIRY] == date(2027, 3, 21)
    assert sorted(open_dates(case_file, captive.id, EXPIRY)) == [date(2027, 3, 21), date(2027, 4, 1)]
    # The same case's new order from 1 March 2027, three weeks before the first ends.
    overlapping = case_file.detention_orders.create(
        captive_id=captive.id, prosecution_id=case, kind="extension", start_date="2027-03-01",
        term_months=4)
    assert order_dates(case_file, initial.uid) == {}
    closed = [d for d in case_file.deadlines.list(captive_id=captive.id)
              if d.trigger_uid == initial.uid and d.rule_id == EXPIRY]
    assert [d.status for d in closed] == [DeadlineStatus.DISMISSED]
    assert "Superseded" in str(closed[0].status_reason)
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 4, 1), date(2027, 7, 1)]
    assert order_dates(case_file, beside.uid)[EXPIRY] == date(2027, 4, 1)
    assert order_dates(case_file, overlapping.uid)[EXPIRY] == date(2027, 7, 1)


def test_an_order_replacing_one_from_the_same_day_leaves_one_expiry_open(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """A second order from the same start stating a shorter term (the court shortened it):
    the captive's file reads the later-recorded order (expires 15 January), but the first
    order's expiry (28 February) and its motions stayed open in the Deadlines view, the
    calendar and the status report, two dates for one custody."""
    case_file.captives.update(captive.id, capture="2026-10-31")
    first = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-10-31",
                                              term_months=4)
    assert order_dates(case_file, first.uid)[EXPIRY] == date(2027, 2, 28)  # clamped
    shortened = case_file.detention_orders.create(
        captive_id=captive.id, start_date="2026-10-31", term_months=4, expires_on="2027-01-15",
        expiry_source="stated")
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (shortened.id, date(2027, 1, 15))
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 1, 15)]
    assert order_dates(case_file, first.uid) == {}
    # Fri 15 Jan 2027 − 5 = Sun 10 Jan → the previous working day, Fri 8 Jan.
    assert open_dates(case_file, captive.id, MOTION) == [date(2027, 1, 8)]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_deleting_the_extension_opens_the_earlier_orders_steps_again(
        case_file: CaseFile, captive: CaptiveDTO, monkeypatch: pytest.MonkeyPatch,
        lang: str) -> None:
    """An extension recorded by mistake (or quashed) and deleted: the captive's file said the
    order expires on 21 March again, but that expiry and its motions stayed closed as
    superseded, so the Deadlines view, the calendar and the reminders had nothing before
    then. Written in Russian (the reason is kept in the language of the moment) or not."""
    monkeypatch.setattr(messages, "_language", [lang])
    initial = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                                term_months=4)
    first = case_file.detention_orders.create(captive_id=captive.id, kind="extension",
                                              start_date="2027-03-21", term_months=2)
    second = case_file.detention_orders.create(captive_id=captive.id, kind="extension",
                                               start_date="2027-05-21", term_months=2)
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 7, 21)]
    case_file.detention_orders.delete(second.id)
    # The first extension's steps are open again; the initial order's stay superseded by it.
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (first.id, date(2027, 5, 21))
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 5, 21)]
    case_file.detention_orders.delete(first.id)
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (initial.id, date(2027, 3, 21))
    assert order_dates(case_file, initial.uid) == {
        EXPIRY: date(2027, 3, 21), MOTION: date(2027, 3, 16),
        UPSTREAM_10: date(2027, 3, 11), UPSTREAM_7: date(2027, 3, 14)}


def test_a_release_closes_the_orders_steps_after_it_and_a_status_put_back_opens_them(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """Released on 26 November with an order running to 21 March: the captive's file no
    longer showed the expiry, but the Deadlines view, the calendar, the reminders and the
    status report still announced it and the prosecutor's motions. A status set by mistake
    and put back loses nothing; a step the lawyer dated by hand is left alone."""
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                              term_months=4)
    steps = order_dates(case_file, order.uid)
    assert steps[EXPIRY] == date(2027, 3, 21)
    by_hand = next(d for d in case_file.deadlines.list(captive_id=captive.id)
                   if d.rule_id == UPSTREAM_10)
    case_file.deadlines.update(by_hand.id, due_on="2027-03-10")
    case_file.captives.set_status(captive.id, "released", effective_on="2026-11-26")
    assert order_dates(case_file, order.uid) == {UPSTREAM_10: date(2027, 3, 10)}
    closed = {d.rule_id: d for d in case_file.deadlines.list(captive_id=captive.id)}
    assert closed[EXPIRY].status is DeadlineStatus.DISMISSED
    assert "custody ended" in str(closed[EXPIRY].status_reason)
    case_file.captives.set_status(captive.id, "pre_trial", effective_on="2026-11-27")
    assert order_dates(case_file, order.uid) == {**steps, UPSTREAM_10: date(2027, 3, 10)}


def test_an_order_recorded_after_the_release_has_no_step_after_it(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    case_file.captives.set_status(captive.id, "released", effective_on="2026-11-25")
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-01",
                                              term_months=4)
    assert order_dates(case_file, order.uid) == {}
    assert case_file.deadline_engine.clock(captive.id).warning_kinds == ()


def test_an_order_known_only_by_its_expiry_gets_its_deadlines(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-20",
                                              expires_on="2027-02-10")
    assert (order.term_months, order.term_days) == (0, 0)
    assert order.expiry_source is ExpirySource.STATED  # no term: the date is the order's
    # Expiry Wednesday 10 February 2027; −5 → Friday 5 February (a working day in AZ);
    # −10 → Sunday 31 January; −7 → Wednesday 3 February.
    assert order_dates(case_file, order.uid) == {
        EXPIRY: date(2027, 2, 10), MOTION: date(2027, 2, 5),
        UPSTREAM_10: date(2027, 1, 31), UPSTREAM_7: date(2027, 2, 3)}
    expiry = next(d for d in case_file.deadlines.list(captive_id=captive.id)
                  if d.rule_id == EXPIRY)
    assert any("as the order states it" in step.render("en") for step in expiry.explanation)
    assert case_file.deadline_engine.clock(captive.id).order_expires_on == date(2027, 2, 10)


def test_a_stated_expiry_that_differs_from_the_term_is_kept_and_flagged_stated(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    # The court counted the start day: 21 November + 4 months would be 21 March, the order
    # says 20 March.
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                              term_months=4, expires_on="2027-03-20")
    assert (order.expires_on, order.expiry_source) == (date(2027, 3, 20), ExpirySource.STATED)
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 3, 20)]
    # Editing the term (a typo corrected) keeps the date the order states…
    edited = case_file.detention_orders.update(order.id, term_months=5)
    assert (edited.expires_on, edited.expiry_source) == (date(2027, 3, 20), ExpirySource.STATED)
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 3, 20)]
    # …until the lawyer clears it: then it is computed again (21 November + 5 months).
    cleared = case_file.detention_orders.update(order.id, expires_on=None)
    assert (cleared.expires_on, cleared.expiry_source) == (date(2027, 4, 21),
                                                          ExpirySource.COMPUTED)
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 4, 21)]


def test_a_computed_expiry_follows_a_term_edit(case_file: CaseFile, captive: CaptiveDTO) -> None:
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                              term_months=4)
    edited = case_file.detention_orders.update(order.id, term_months=2)
    # 21 November 2026 + 2 months = 21 January 2027.
    assert (edited.expires_on, edited.expiry_source) == (date(2027, 1, 21), ExpirySource.COMPUTED)
    # −5 days is Saturday 16 January: the motion moves back to Friday 15 January.
    assert order_dates(case_file, order.uid) == {
        EXPIRY: date(2027, 1, 21), MOTION: date(2027, 1, 15),
        UPSTREAM_10: date(2027, 1, 11), UPSTREAM_7: date(2027, 1, 14)}
    # A start at a month's end: 30 November + 3 months = 28 February 2027 (clamped).
    moved = case_file.detention_orders.update(order.id, start_date="2026-11-30", term_months=3)
    assert moved.expires_on == date(2027, 2, 28)
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 2, 28)]


def test_the_computed_date_given_again_stays_computed_and_a_contradiction_is_refused(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    # Undo gives the old start, term and expiry back together: still computed.
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                              term_months=4, expires_on="2027-03-21")
    assert order.expiry_source is ExpirySource.COMPUTED
    with pytest.raises(ValidationError) as err:
        case_file.detention_orders.update(order.id, expires_on="2027-03-25",
                                          expiry_source="computed")
    assert err.value.field == "expires_on"
    assert "not the start plus the term (21\u00a0Mar\u00a02027)" in str(err.value)
    assert case_file.detention_orders.get(order.id).expires_on == date(2027, 3, 21)
    # Marked stated explicitly, the same date is kept when the term changes.
    case_file.detention_orders.update(order.id, expiry_source="stated")
    kept = case_file.detention_orders.update(order.id, term_months=3)
    assert (kept.expires_on, kept.expiry_source) == (date(2027, 3, 21), ExpirySource.STATED)



@pytest.mark.parametrize("fields", [
    {"start_date": "9999-12-15", "term_months": 1},
    {"start_date": "9999-12-15", "term_days": 30},
    {"start_date": "2026-11-21", "term_months": 10**6},
])
def test_a_term_ending_past_the_year_9999_is_refused_and_nothing_is_written(
        case_file: CaseFile, captive: CaptiveDTO, fields: dict[str, Any]) -> None:
    """A mistyped start or term: a message naming the term, not a ValueError from the date
    arithmetic (the dialog would show an internal error); no order, no deadline."""
    with pytest.raises(ValidationError) as err:
        case_file.detention_orders.create(captive_id=captive.id, **fields)
    assert err.value.field == "term_months"
    assert "outside the calendar" in str(err.value)
    assert case_file.detention_orders.list(captive_id=captive.id) == []
    assert case_file.deadlines.list(captive_id=captive.id) == []
    # An order already recorded: a term edited past the calendar is refused the same way.
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                              term_months=4)
    with pytest.raises(ValidationError):
        case_file.detention_orders.update(order.id, term_months=10**6)
    assert case_file.detention_orders.get(order.id).expires_on == date(2027, 3, 21)


# ---- export and import ---------------------------------------------------------------------

def test_old_exports_without_the_flag_import_with_it_derived_and_new_exports_carry_it(
        case_file: CaseFile, captive: CaptiveDTO, tmp_path: Path) -> None:
    orders = case_file.detention_orders
    computed = orders.create(captive_id=captive.id, start_date="2026-11-21", term_months=4)
    differs = orders.create(captive_id=captive.id, start_date="2027-03-21", term_months=4,
                            expires_on="2027-07-20")
    no_term = orders.create(captive_id=captive.id, start_date="2027-07-21",
                            expires_on="2027-09-30")
    case_file.export_json(tmp_path / "new.json")
    data = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))
    rows = {r["uid"]: r for r in data["tables"]["detention_orders"]}
    assert {uid: r["expiry_source"] for uid, r in rows.items()} == {
        computed.uid: "computed", differs.uid: "stated", no_term.uid: "stated"}

    for row in rows.values():  # an export written before orders carried the flag
        del row["expiry_source"]
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")
    other = open_case_file(Location(path=tmp_path / "other.db"), create=True, actor="importer",
                           today=lambda: TODAY)
    try:
        other.import_json(tmp_path / "old.json")
        imported = {o.uid: (o.expires_on, o.expiry_source)
                    for o in other.detention_orders.list()}
        assert imported == {
            computed.uid: (date(2027, 3, 21), ExpirySource.COMPUTED),
            differs.uid: (date(2027, 7, 20), ExpirySource.STATED),
            no_term.uid: (date(2027, 9, 30), ExpirySource.STATED)}
        # The order without a term gets its deadlines from its stated expiry, Thursday
        # 30 September 2027 (−5 → Saturday 25 September → Friday 24 September).
        assert order_dates(other, no_term.uid)[EXPIRY] == date(2027, 9, 30)
        assert order_dates(other, no_term.uid)[MOTION] == date(2027, 9, 24)
    finally:
        other.close()


def test_an_order_under_the_armenian_procedure_has_its_expiry_and_reminders_in_every_output(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """The expiry is the court's date, not a code's: an Armenian case's order expires as
    well, is reminded of, and is in the calendar and the dossier (the status report shows the
    earliest open deadline: the Armenian extension motion, overdue). The Azerbaijani extension
    steps stay out; the Armenian one counts back from the expiry."""
    from icalendar import Calendar
    from pypdf import PdfReader

    from caseapp.domain.lawyer import LawyerProfile
    from caseapp.services import outputs

    case_file.settings.set("procedure", "am")
    case_file.captives.update(captive.id, capture_date="2026-10-01")
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-10-02",
                                              term_months=2)
    dates = order_dates(case_file, order.uid)
    assert set(dates) == {EXPIRY, "am.detention.extension_request"}
    assert dates[EXPIRY] == date(2026, 12, 2)  # 2 October 2026 + 2 months
    # 5 Armenian working days before Wednesday 2 December: Wednesday 25 November, before
    # today (27 November): overdue, the status report's next deadline (marked so); the
    # dossier's next deadlines start with the expiry.
    assert dates["am.detention.extension_request"] == date(2026, 11, 25)

    ics = Calendar.from_ical(outputs.calendar(case_file, level="internal").data)
    [event] = [e for e in ics.walk("VEVENT") if "Detention order expires" in str(e["summary"])]
    assert event.decoded("dtstart") == date(2026, 12, 2)
    assert len(event.walk("VALARM")) == 5  # the rule's reminders: 30, 14, 7, 3 and 1 days before
    lawyer = LawyerProfile(name="Anna Example", city="Yerevan")
    for made, expected in (
            (outputs.dossier(case_file, captive.id, level="internal", author="A",
                             lawyer=lawyer), "Detention order expires"),
            (outputs.status_report(case_file, level="internal", author="A"),
             "Overdue: Extension of detention: motion expected in court")):
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(made.data)).pages)
        assert expected in " ".join(text.split()), made


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_editing_an_order_so_that_it_no_longer_continues_custody_opens_the_earlier_steps(
        case_file: CaseFile, captive: CaptiveDTO, monkeypatch: pytest.MonkeyPatch,
        lang: str) -> None:
    """An earlier order typed with next year's start: it closed the current order's expiry
    of 21 March and its motions as superseded. Corrected to its real start (before the
    current order), the captive's file shows the 21 March expiry again, and the Deadlines
    view has it and its motions open; typed wrong again, they are closed again."""
    monkeypatch.setattr(messages, "_language", [lang])
    initial = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                                term_months=4)
    typo = case_file.detention_orders.create(captive_id=captive.id, start_date="2027-03-05",
                                             term_months=2)
    assert order_dates(case_file, initial.uid) == {}
    case_file.detention_orders.update(typo.id, start_date="2026-11-05")
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (initial.id, date(2027, 3, 21))
    assert order_dates(case_file, initial.uid) == {
        EXPIRY: date(2027, 3, 21), MOTION: date(2027, 3, 16),
        UPSTREAM_10: date(2027, 3, 11), UPSTREAM_7: date(2027, 3, 14)}
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 3, 21)]
    case_file.detention_orders.update(typo.id, start_date="2027-03-05")
    assert order_dates(case_file, initial.uid) == {}
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 5, 5)]


def test_an_order_recorded_after_a_later_one_has_its_steps_superseded(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """The lawyer enters the captive's orders out of order: the latest extension first, the
    initial order (which ended when that extension began) afterwards. The initial order's
    expiry and motions were open beside the extension's, two expiries for one custody, where
    the captive's file shows only the extension's."""
    extension = case_file.detention_orders.create(
        captive_id=captive.id, kind="extension", start_date="2027-03-21", term_months=4)
    initial = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                                term_months=4)
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (extension.id, date(2027, 7, 21))
    assert order_dates(case_file, initial.uid) == {}
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 7, 21)]
    closed = [d for d in case_file.deadlines.list(captive_id=captive.id)
              if d.trigger_uid == initial.uid and d.rule_id == EXPIRY]
    assert [d.status for d in closed] == [DeadlineStatus.DISMISSED]
    assert "Superseded" in str(closed[0].status_reason)


def test_a_re_arrest_recorded_order_first_leaves_one_expiry_open(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """Released on 15 September, arrested again in November: the lawyer records the new
    order first (the file still says released), then puts the status back. The first
    order's expiry of 1 December opened again beside the new order's, two expiries for one
    custody, where the captive's file shows only the new one."""
    case_file.captives.update(captive.id, capture="2026-08-01")
    first = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-08-01",
                                              term_months=4)
    case_file.captives.set_status(captive.id, "released", effective_on="2026-09-15")
    again = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-20",
                                              term_months=2)
    case_file.captives.set_status(captive.id, "pre_trial", effective_on="2026-11-20")
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (again.id, date(2027, 1, 20))
    assert order_dates(case_file, first.uid) == {}
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 1, 20)]
    assert order_dates(case_file, again.uid)[MOTION] == date(2027, 1, 15)


def test_an_order_deleted_after_the_release_stays_closed_when_the_status_is_put_back(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """Released, the order (entered by mistake) deleted, then the release found to be a
    rumour and the status put back: the deleted order's expiry of 21 March came back open in
    the Deadlines view, the calendar and "Needs attention", with no order in the captive's
    file to show it."""
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                              term_months=4)
    case_file.captives.set_status(captive.id, "released", effective_on="2026-11-25")
    case_file.detention_orders.delete(order.id)
    case_file.captives.set_status(captive.id, "pre_trial", effective_on="2026-11-26")
    assert case_file.deadline_engine.clock(captive.id).order_id is None
    assert order_dates(case_file, order.uid) == {}
    assert [r for r in case_file.reminders.due(365) if r.deadline.captive_id == captive.id] == []


def test_an_order_starting_after_a_gap_leaves_the_current_orders_expiry_open(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """The next order typed as starting on 1 January, a month after the current order ends
    on 1 December: the captive's file and "Needs attention" said the order expires in 4 days,
    but the Deadlines view, the calendar and the report had that expiry and its motions closed
    as "superseded" by an order custody does not run under yet. Corrected to 1 December (it
    continues the current order), they are closed as superseded."""
    case_file.captives.update(captive.id, capture="2026-08-01")
    current = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-08-01",
                                                term_months=4)
    later = case_file.detention_orders.create(captive_id=captive.id, kind="extension",
                                              start_date="2027-01-01", term_months=3)
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (current.id, date(2026, 12, 1))
    assert "expired" not in clock.warning_kinds and "expiry" in clock.warning_kinds
    assert order_dates(case_file, current.uid)[EXPIRY] == date(2026, 12, 1)
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2026, 12, 1), date(2027, 4, 1)]
    case_file.detention_orders.update(later.id, start_date="2026-12-01")
    assert case_file.deadline_engine.clock(captive.id).order_id == later.id
    assert order_dates(case_file, current.uid) == {}
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 3, 1)]


def test_an_edit_undone_leaves_no_note_on_the_steps_it_kept(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """Released, then the order's start corrected and the correction undone (written back):
    the closed steps kept a note that "the rule now gives" another day, although the rule gives
    their own day again; a step dated by hand said the rule gives two different days."""
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-21",
                                              term_months=4)
    by_hand = next(d for d in case_file.deadlines.list(captive_id=captive.id)
                   if d.rule_id == MOTION)
    case_file.deadlines.update(by_hand.id, due_on="2027-03-12")
    case_file.captives.set_status(captive.id, "released", effective_on="2026-11-25")
    def said(d) -> str:  # the steps saying the rules differ, read in English
        return " ".join(str(s) for s in d.explanation if "Rules differ" in str(s))
    before = {d.id: said(d) for d in case_file.deadlines.list(captive_id=captive.id)}
    case_file.detention_orders.update(order.id, start_date="2026-11-05")
    edited = {d.id: said(d) for d in case_file.deadlines.list(captive_id=captive.id)}
    assert all("the rule now gives" in edited[i] for i in before)
    case_file.detention_orders.update(order.id, start_date="2026-11-21")
    after = {d.id: said(d) for d in case_file.deadlines.list(captive_id=captive.id)}
    assert {i: n for i, n in after.items() if i != by_hand.id} == {
        i: n for i, n in before.items() if i != by_hand.id}
    assert after[by_hand.id].count("Rules differ") == 1
    assert "16\xa0Mar\xa02027" in after[by_hand.id]


def test_a_re_arrest_in_another_case_leaves_the_order_of_the_first_custody_closed(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """Released on 15 September, arrested again on 20 November in another criminal case, the
    new order recorded before the status is put back: the first custody's order, which
    ended with the release, had its expiry of 1 December open again beside the new one."""
    case_file.captives.update(captive.id, capture="2026-08-01")
    first_case = case_file.prosecutions.create(captive_id=captive.id, case_number="1")
    second_case = case_file.prosecutions.create(captive_id=captive.id, case_number="2")
    first = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-08-01",
                                              term_months=4, prosecution_id=first_case.id)
    case_file.captives.set_status(captive.id, "released", effective_on="2026-09-15")
    again = case_file.detention_orders.create(captive_id=captive.id, start_date="2026-11-20",
                                              term_months=2, prosecution_id=second_case.id)
    case_file.captives.set_status(captive.id, "pre_trial", effective_on="2026-11-20")
    assert case_file.deadline_engine.clock(captive.id).order_id == again.id
    assert order_dates(case_file, first.uid) == {}
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 1, 20)]
    # a release set by mistake and undone (what the window's undo writes back), no order
    # after it: the steps open again (a status dated before the release, typed after it,
    # would go into the history by its date and leave the release: tests/services/
    # test_status_date_order.py)
    before = case_file.custody.state(captive.id)
    case_file.custody.set_status(captive.id, "released", effective_on="2026-11-25")
    assert open_dates(case_file, captive.id, EXPIRY) == []
    case_file.custody.update(captive.id, **before)
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2027, 1, 20)]


def test_concurrent_orders_of_two_cases_the_clock_names_the_one_still_running(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """Orders in two criminal cases: the second case's order (started later) expired on
    1 November while the first case's runs until 10 March. The captive's file and "Needs
    attention" said the order expired and no later one was recorded; they name the order
    that holds the captive, with its expiry, as the Deadlines view keeps it open."""
    case_file.captives.update(captive.id, capture="2026-09-01")
    first = case_file.prosecutions.create(captive_id=captive.id, case_number="1-11/2026")
    second = case_file.prosecutions.create(captive_id=captive.id, case_number="1-22/2026")
    running = case_file.detention_orders.create(
        captive_id=captive.id, prosecution_id=first.id, start_date="2026-09-10", term_months=6)
    case_file.detention_orders.create(captive_id=captive.id, prosecution_id=second.id,
                                      start_date="2026-10-01", term_months=1)
    clock = case_file.deadline_engine.clock(captive.id)
    assert (clock.order_id, clock.order_expires_on) == (running.id, date(2027, 3, 10))
    assert "expired" not in clock.warning_kinds
    assert not case_file.reminders.attention().of_kind("expired")
    assert date(2027, 3, 10) in open_dates(case_file, captive.id, EXPIRY)


def _two_cases_expiring(cf: CaseFile, captive: CaptiveDTO) -> tuple[Any, Any]:
    """Held under orders in two criminal cases, both expiring within the warning period:
    the first case's on 1 December, the second's on 5 December."""
    first = cf.prosecutions.create(captive_id=captive.id, case_number="1-11/2026")
    second = cf.prosecutions.create(captive_id=captive.id, case_number="1-22/2026")
    one = cf.detention_orders.create(captive_id=captive.id, prosecution_id=first.id,
                                     start_date="2026-09-01", term_months=3)
    two = cf.detention_orders.create(captive_id=captive.id, prosecution_id=second.id,
                                     start_date="2026-10-05", term_months=2)
    return one, two


def test_concurrent_orders_each_expiry_is_warned_naming_its_case(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """Two running orders of two criminal cases: "Needs attention" warned only of the one
    expiring last (5 December); the first case's order lapses on 1 December, an event the
    lawyer must act on too. Each is warned, naming its case, as the Deadlines view keeps
    both expiries open."""
    case_file.captives.update(captive.id, capture="2026-09-01")
    one, two = _two_cases_expiring(case_file, captive)
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2026, 12, 1), date(2026, 12, 5)]
    items = case_file.reminders.attention().of_kind("expiry")
    assert [(i.order_id, i.due_on, i.days, i.case_number) for i in items] == [
        (one.id, date(2026, 12, 1), 4, "1-11/2026"), (two.id, date(2026, 12, 5), 8, "1-22/2026")]
    assert "criminal case 1-11/2026 expires in 4 days" in items[0].text
    assert "criminal case 1-22/2026 expires in 8 days" in items[1].text
    clock = case_file.deadline_engine.clock(captive.id)
    assert clock.order_id == two.id  # custody lasts until the later expiry
    assert clock.warning_kinds.count("expiry") == 2


def test_a_hearing_in_the_other_case_does_not_silence_an_order_s_expiry(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """Two running orders of two criminal cases; a hearing of the second case on 30 November
    comes before both expiries. It may decide the second case's order, not the first's: the
    first case's expiry (1 December) is still warned of, in "Needs attention" and in the
    captive's clock; the second case's is not. A hearing of no recorded case silences both, as
    one order's hearing always did."""
    case_file.captives.update(captive.id, capture="2026-09-01")
    one, two = _two_cases_expiring(case_file, captive)
    case_file.hearings.create(captive_ids=[captive.id], prosecution_id=two.prosecution_id,
                              starts_at="2026-11-30 10:00", timezone="Asia/Baku",
                              kind="detention_extension")
    items = case_file.reminders.attention().of_kind("expiry")
    assert [(i.order_id, i.case_number) for i in items] == [(one.id, "1-11/2026")]
    clock = case_file.deadline_engine.clock(captive.id)
    assert clock.warning_kinds.count("expiry") == 1
    assert "1-11/2026" in " ".join(clock.warnings)
    case_file.hearings.create(captive_ids=[captive.id], starts_at="2026-11-29 10:00",
                              timezone="Asia/Baku", kind="detention_extension")
    assert not case_file.reminders.attention().of_kind("expiry")


def test_an_order_replaced_in_its_own_case_is_not_warned_of(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """An extension in the first case decided in advance (from 1 December) supersedes that
    case's expiry, in the Deadlines view and in "Needs attention" alike: the second case's
    expiry alone is warned of (and not named: one order is due)."""
    case_file.captives.update(captive.id, capture="2026-09-01")
    one, two = _two_cases_expiring(case_file, captive)
    case_file.detention_orders.create(captive_id=captive.id, prosecution_id=one.prosecution_id,
                                      start_date="2026-12-01", term_months=2)
    assert open_dates(case_file, captive.id, EXPIRY) == [date(2026, 12, 5), date(2027, 2, 1)]
    items = case_file.reminders.attention().of_kind("expiry")
    assert [(i.order_id, i.due_on, i.case_number) for i in items] == [
        (two.id, date(2026, 12, 5), "1-22/2026")]


def test_an_order_of_a_case_without_a_number_is_named_by_its_start(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    case_file.captives.update(captive.id, capture="2026-09-01")
    first = case_file.prosecutions.create(captive_id=captive.id)
    second = case_file.prosecutions.create(captive_id=captive.id, case_number="1-22/2026")
    case_file.detention_orders.create(captive_id=captive.id, prosecution_id=first.id,
                                      start_date="2026-09-01", term_months=3)
    case_file.detention_orders.create(captive_id=captive.id, prosecution_id=second.id,
                                      start_date="2026-10-05", term_months=2)
    items = case_file.reminders.attention().of_kind("expiry")
    assert [(i.case_number, i.order_start) for i in items] == [
        ("", date(2026, 9, 1)), ("1-22/2026", date(2026, 10, 5))]
    assert "The detention order of 1\xa0Sept\xa02026 expires in 4 days" in items[0].text


def test_an_order_of_months_and_days_ends_on_the_earlier_count(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """29 January 2027 + 1 month 1 day: 1 March adding the months first, 28 February adding
    the day first. Which the court means is not verified: the order, its deadlines and the
    clock say 28 February, and the deadline's explanation says why."""
    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2027-01-29",
                                              term_months=1, term_days=1)
    assert (order.expires_on, order.expiry_source) == (date(2027, 2, 28), ExpirySource.COMPUTED)
    assert order_dates(case_file, order.uid)[EXPIRY] == date(2027, 2, 28)
    assert case_file.deadline_engine.clock(captive.id).order_expires_on == date(2027, 2, 28)
    expiry = next(d for d in case_file.deadlines.list() if d.trigger_uid == order.uid
                  and d.rule_id == EXPIRY)
    assert "the days first" in " ".join(map(str, expiry.explanation))


def test_an_order_counted_months_first_before_is_counted_again_when_next_saved(
        case_file: CaseFile, captive: CaptiveDTO) -> None:
    """An order recorded by an earlier version, its expiry computed months first (1 March
    2027 for 29 January + 1 month 1 day): saving it again (an appeal added) is not refused
    as "not the start plus the term"; its expiry becomes the earlier count."""
    from sqlalchemy import text

    order = case_file.detention_orders.create(captive_id=captive.id, start_date="2027-01-29",
                                              term_months=1, term_days=1)
    with case_file.db.engine.begin() as conn:
        conn.execute(text("UPDATE detention_orders SET expires_on = '2027-03-01' "
                          "WHERE id = :id"), {"id": order.id})
    saved = case_file.detention_orders.update(order.id, notes="appeal prepared")
    assert (saved.expires_on, saved.expiry_source) == (date(2027, 2, 28), ExpirySource.COMPUTED)
    assert order_dates(case_file, order.uid)[EXPIRY] == date(2027, 2, 28)


def test_an_export_of_an_order_counted_months_first_imports_with_the_earlier_count(
        case_file: CaseFile, tmp_path: Path) -> None:
    """An export written by an earlier version: 30 October 2026 + 1 month 1 day, its expiry
    computed months first (1 December). Imported, not refused as "not the start plus the
    term": its expiry is 30 November (the day first), and so are its deadlines."""
    from tests.services.test_import_validation import ORDER, valid_export, write

    data = valid_export()
    data["tables"]["detention_orders"][0].update(
        start_date="2026-10-30", term_months=1, term_days=1, expires_on="2026-12-01",
        expiry_source="computed")
    case_file.import_json(write(tmp_path, data))
    (order,) = [o for o in case_file.detention_orders.list() if o.uid == ORDER]
    assert (order.expires_on, order.expiry_source) == (date(2026, 11, 30), ExpirySource.COMPUTED)
    assert order_dates(case_file, ORDER)[EXPIRY] == date(2026, 11, 30)


def test_an_export_older_than_the_flag_with_an_order_counted_months_first_imports_earlier(
        case_file: CaseFile, tmp_path: Path) -> None:
    """An export written before orders said where their expiry comes from (no
    ``expiry_source``): 30 October 2026 + 1 month 1 day, 1 December as those versions
    computed it (months first). It is the computed expiry, as revision 0008 takes such an
    order in a case file: imported with the earlier count (30 November) and its deadlines,
    not kept as a date "stated" by the order that only the earlier arithmetic gave."""
    from tests.services.test_import_validation import ORDER, valid_export, write

    data = valid_export()
    row = data["tables"]["detention_orders"][0]
    row.update(start_date="2026-10-30", term_months=1, term_days=1, expires_on="2026-12-01")
    row.pop("expiry_source", None)
    case_file.import_json(write(tmp_path, data))
    (order,) = [o for o in case_file.detention_orders.list() if o.uid == ORDER]
    assert (order.expires_on, order.expiry_source) == (date(2026, 11, 30), ExpirySource.COMPUTED)
    assert order_dates(case_file, ORDER)[EXPIRY] == date(2026, 11, 30)
    assert case_file.check().ok, case_file.check().problems
