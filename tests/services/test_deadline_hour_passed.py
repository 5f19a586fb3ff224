"""A deadline due at an hour in a zone (the ECHR's 16:00 Strasbourg cut-off, 48 hours from an
arrest at 02:00 in Baku) is overdue once that moment has passed, not at the next midnight:
the Deadlines view's groups, "Needs attention", the reminders (the banner and the tray) and
the status report said "due today" of a cut-off that had passed hours before."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.dates import deadline_overdue, local_zone
from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group


def clock_at(cf: CaseFile, when: str) -> None:
    """Sets the file's clock to ``when`` on the laptop's clock ("2026-11-27 15:59"): its
    today and its moment."""
    moment = datetime.fromisoformat(when).replace(tzinfo=local_zone())
    cf.ctx.today = lambda: moment.date()
    cf.ctx.clock = lambda: moment.astimezone(UTC)


def _row(cf: CaseFile, did: int):
    return next(r for r in cf.reminders.rows() if r.id == did)


def _everywhere(cf: CaseFile, did: int) -> tuple[Group, bool, bool, bool]:
    """The Deadlines view's group, whether the reminders announce it, "Needs attention"'s
    group count and item agree, and whether the item is overdue."""
    group = _row(cf, did).group
    announced = [r.id for r in cf.reminders.alerts().deadlines] == [did]
    a = cf.reminders.attention()
    assert a.counts[group] == 1  # the dashboard's counts say what the list says
    [item] = a.of_kind("deadline")
    return group, announced, item.overdue, (item.overdue == (group is Group.OVERDUE))


CUT_OFF = dict(title="Rule 39: medical report", due_on="2026-11-27", due_time="16:00",
               timezone="Europe/Paris")


@pytest.mark.parametrize(("laptop", "before", "at", "after"), [
    ("Europe/Paris", "2026-11-27 15:59", "2026-11-27 16:00", "2026-11-27 16:01"),
    ("Asia/Baku", "2026-11-27 18:59", "2026-11-27 19:00", "2026-11-27 19:01"),
    ("America/New_York", "2026-11-27 09:59", "2026-11-27 10:00", "2026-11-27 10:01"),
])
def test_a_cut_off_is_overdue_from_its_hour_not_from_midnight(
        case_file: CaseFile, laptop_in, laptop: str, before: str, at: str, after: str) -> None:
    laptop_in(laptop)
    cf = case_file
    did = cf.deadlines.create(**CUT_OFF).id
    clock_at(cf, before)
    assert _everywhere(cf, did) == (Group.TODAY, True, False, True)
    for moment in (at, after):
        clock_at(cf, moment)
        assert _everywhere(cf, did) == (Group.OVERDUE, True, True, True)
        assert cf.reminders.attention().counts[Group.TODAY] == 0


def test_an_arrest_at_two_in_baku_lapses_at_five_in_new_york(case_file: CaseFile,
                                                              laptop_in) -> None:
    """48 hours from an arrest: due at 02:00 in Baku on the 28th, 17:00 on the 27th in New
    York."""
    laptop_in("America/New_York")
    cf = case_file
    did = cf.deadlines.create(title="Bring before a judge", due_on="2026-11-28",
                              due_time="02:00", timezone="Asia/Baku").id
    clock_at(cf, "2026-11-27 16:59")
    assert _everywhere(cf, did) == (Group.TODAY, True, False, True)
    clock_at(cf, "2026-11-27 17:00")
    assert _everywhere(cf, did) == (Group.OVERDUE, True, True, True)
    clock_at(cf, "2026-11-27 17:01")
    assert _everywhere(cf, did) == (Group.OVERDUE, True, True, True)


def test_seen_from_kiritimati_a_cut_off_is_overdue_from_its_own_days_end(
        case_file: CaseFile, laptop_in) -> None:
    """16:00 in Strasbourg on the 27th is 05:00 on the 28th in Kiritimati: it is counted on
    the 27th there (never a day later: "today" that evening, not "tomorrow"), due today still
    in the first hours of the 28th, and overdue at 05:00 — not at midnight, with five hours
    left."""
    laptop_in("Pacific/Kiritimati")
    cf = case_file
    did = cf.deadlines.create(**CUT_OFF).id
    clock_at(cf, "2026-11-27 23:59")
    assert _everywhere(cf, did) == (Group.TODAY, True, False, True)
    clock_at(cf, "2026-11-28 04:59")
    assert _everywhere(cf, did) == (Group.TODAY, True, False, True)
    clock_at(cf, "2026-11-28 05:00")
    assert _everywhere(cf, did) == (Group.OVERDUE, True, True, True)


def test_a_whole_day_and_a_time_without_zone_are_due_until_midnight(
        case_file: CaseFile, laptop_in) -> None:
    laptop_in("Europe/Paris")
    cf = case_file
    whole = cf.deadlines.create(title="Whole day", due_on="2026-11-27").id
    clock_at(cf, "2026-11-27 23:59")
    assert _row(cf, whole).group is Group.TODAY
    assert not deadline_overdue(date(2026, 11, 27), datetime(2026, 1, 1).time(), "",
                                today=date(2026, 11, 27),
                                now=datetime(2026, 11, 27, 22, 0, tzinfo=UTC))


def test_the_rule_compares_moments_not_wall_clocks() -> None:
    paris = ZoneInfo("Europe/Paris")
    cut_off = dict(due_on=date(2026, 11, 27), due_time=datetime(2026, 1, 1, 16).time(),
                   zone="Europe/Paris", today=date(2026, 11, 27), here=paris)
    assert not deadline_overdue(**cut_off, now=datetime(2026, 11, 27, 14, 59, tzinfo=UTC))
    assert deadline_overdue(**cut_off, now=datetime(2026, 11, 27, 15, 0, tzinfo=UTC))
    # summer time: 16:00 in Paris is 14:00 UTC
    summer = {**cut_off, "due_on": date(2027, 7, 1), "today": date(2027, 7, 1)}
    assert not deadline_overdue(**summer, now=datetime(2027, 7, 1, 13, 59, tzinfo=UTC))
    assert deadline_overdue(**summer, now=datetime(2027, 7, 1, 14, 0, tzinfo=UTC))


def test_the_status_report_marks_a_passed_cut_off_overdue(case_file: CaseFile,
                                                          laptop_in) -> None:
    from caseapp.services.outputs import status_report

    laptop_in("Asia/Baku")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-25", status="held")
    cf.deadlines.create(captive_id=c.id, **CUT_OFF)
    clock_at(cf, "2026-11-27 18:59")
    (row,) = status_report(cf, level="internal", author="", fmt="xlsx", lang="en").record.rows
    assert row.next_deadline_overdue is False
    clock_at(cf, "2026-11-27 19:00")
    (row,) = status_report(cf, level="internal", author="", fmt="xlsx", lang="en").record.rows
    assert row.next_deadline_overdue is True


def test_the_dossier_marks_a_passed_cut_off_overdue(case_file: CaseFile, laptop_in,
                                                    tmp_path) -> None:
    from caseapp.reports.dossier import render_dossier
    from caseapp.services.dossier_data import build_dossier
    from tests.reports.pdf_words import pdf_words

    laptop_in("Europe/Paris")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-25", status="held")
    did = cf.deadlines.create(captive_id=c.id, **CUT_OFF).id
    for when, overdue in (("2026-11-27 15:59", False), ("2026-11-27 16:00", True)):
        clock_at(cf, when)
        dossier = build_dossier(cf, c.id, level="internal")
        assert (did in (dossier.overdue_deadlines or ())) is overdue
        words = pdf_words(render_dossier(dossier), tmp_path)
        assert ("Overdue: Rule 39: medical report" in words) is overdue


def test_the_files_moment_follows_its_day(case_file: CaseFile, laptop_in) -> None:
    """Without a clock of its own, the file's moment is now on its day: noon on a day set
    by hand (the tests'), so that a deadline due at an hour that day reads the same
    whenever they run (on the computer's own day, the computer's moment)."""
    from caseapp.domain.dates import now_on

    laptop_in("Asia/Baku")
    cf = case_file
    cf.ctx.today = lambda: date(2026, 11, 27)
    assert cf.ctx.now() == datetime(2026, 11, 27, 8, 0, tzinfo=UTC)  # 12:00 in Baku
    assert now_on(date(2026, 11, 28)) == datetime(2026, 11, 28, 8, 0, tzinfo=UTC)


def test_a_cut_off_west_of_the_laptop_is_due_today_until_its_hour_not_overdue(
        case_file: CaseFile, laptop_in) -> None:
    """23:00 in New York on the 26th is 08:00 on the 27th in Baku. Counted on its own day (never
    a day later than it), it is due "today" in Baku on the 26th; on the morning of the 27th,
    with an hour left, it was "1 day overdue" — a lawyer told a deadline has passed may give
    up on it. It is due today until 08:00, overdue from then."""
    laptop_in("Asia/Baku")
    cf = case_file
    did = cf.deadlines.create(title="Reply to the Government's observations", due_on="2026-11-26",
                              due_time="23:00", timezone="America/New_York").id
    clock_at(cf, "2026-11-26 20:00")
    assert _everywhere(cf, did) == (Group.TODAY, True, False, True)
    clock_at(cf, "2026-11-27 07:00")
    assert _everywhere(cf, did) == (Group.TODAY, True, False, True)
    [item] = cf.reminders.attention().of_kind("deadline")
    assert item.days == 0  # "today", never a negative count of days for what is still open
    clock_at(cf, "2026-11-27 08:00")
    assert _everywhere(cf, did) == (Group.OVERDUE, True, True, True)


def test_of_two_deadlines_on_one_day_the_one_due_at_an_hour_comes_first(
        case_file: CaseFile, laptop_in) -> None:
    """A whole day's deadline and the Court's 16:00 cut-off on the same day: the status
    report's "next deadline" and the dossier's list gave the one recorded first (by id), the
    whole day's, though the cut-off falls hours before its end; and of two due at hours in
    different zones, the one whose moment comes first (11:00 in New York is 17:00 in Paris:
    after 12:00 and 16:00 in Paris, though its hour reads earlier)."""
    from caseapp.services.dossier_data import build_dossier
    from caseapp.services.outputs import status_report

    laptop_in("Europe/Paris")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-25", status="held")
    day = cf.deadlines.create(captive_id=c.id, title="Ask the ICRC for a visit",
                              due_on="2026-11-27").id
    new_york = cf.deadlines.create(captive_id=c.id, title="UN: reply to the Committee",
                                   due_on="2026-11-27", due_time="11:00",
                                   timezone="America/New_York").id
    paris = cf.deadlines.create(captive_id=c.id, **CUT_OFF).id
    noon = cf.deadlines.create(captive_id=c.id, title="Rule 39: request", due_on="2026-11-27",
                               due_time="12:00", timezone="Europe/Paris").id
    clock_at(cf, "2026-11-27 09:00")
    (row,) = status_report(cf, level="internal", author="", fmt="xlsx", lang="en").record.rows
    assert row.next_deadline_title == "Rule 39: request"
    dossier = build_dossier(cf, c.id, level="internal")
    for part in (dossier.domestic_deadlines, dossier.international_deadlines):
        ids = [d.id for d in part]
        assert ids == [i for i in (noon, paris, new_york, day) if i in ids], ids


def _forgotten(cf: CaseFile) -> list[int | None]:
    """The captives "Needs attention" lists with nothing ahead of them."""
    return [i.captive_id for i in cf.reminders.attention().of_kind("forgotten")]


def test_a_captive_whose_only_deadline_passed_an_hour_ago_has_nothing_ahead(
        case_file: CaseFile, laptop_in) -> None:
    """The Court's 16:00 Strasbourg cut-off passed at 16:00 Paris time: at 17:00 the captive
    has nothing ahead (a forgotten file), as the Deadlines view calls it overdue; it was
    counted "ahead" until midnight."""
    laptop_in("Europe/Paris")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-25", status="held")
    did = cf.deadlines.create(captive_id=c.id, **CUT_OFF).id
    clock_at(cf, "2026-11-27 15:59")
    assert _forgotten(cf) == []
    clock_at(cf, "2026-11-27 17:00")
    assert _row(cf, did).group is Group.OVERDUE
    assert _forgotten(cf) == [c.id]


def test_a_cut_off_west_of_the_laptop_still_to_come_is_ahead(case_file: CaseFile,
                                                            laptop_in) -> None:
    """23:00 in New York on the 26th is 08:00 on the 27th in Baku: at 07:00 there it is still
    ahead (due today, not overdue), though its own day is before today; at 08:00 it has
    passed."""
    laptop_in("Asia/Baku")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-25", status="held")
    did = cf.deadlines.create(captive_id=c.id, title="Reply to the Registry",
                              due_on="2026-11-26", due_time="23:00",
                              timezone="America/New_York").id
    clock_at(cf, "2026-11-27 07:00")
    assert _row(cf, did).group is Group.TODAY
    assert _forgotten(cf) == []
    clock_at(cf, "2026-11-27 08:00")
    assert _forgotten(cf) == [c.id]
