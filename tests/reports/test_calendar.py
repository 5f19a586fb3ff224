"""The .ics export: one event per open deadline and hearing, alarms, stable UIDs."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import icalendar

from caseapp.reports.calendar import DEFAULT_DEADLINE_LEAD_DAYS, write_ics
from caseapp.services.casefile import CaseFile


def fill(cf: CaseFile) -> tuple[list, list]:
    c = cf.captives.create(names=["Vardanyan Armen"], capture="2026-06-01", status="pre_trial")
    cf.detention_orders.create(captive_id=c.id, start_date="2026-10-31", term_months=4)
    cf.deadlines.create(captive_id=c.id, title="Rule 39: medical report", due_on="2026-12-03",
                        due_time="16:00", timezone="Europe/Paris")
    done = cf.deadlines.create(captive_id=c.id, title="Old", due_on="2026-11-01")
    cf.deadline_engine.mark_done(done.id)
    cf.hearings.create(captive_ids=[c.id], starts_at="2026-12-10T11:00", timezone="Asia/Baku",
                       kind="detention_extension", court="Baku Grave Crimes Court")
    return cf.deadlines.list(), cf.hearings.list()


def parse(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_one_event_per_open_deadline_and_hearing(case_file: CaseFile, tmp_path: Path) -> None:
    deadlines, hearings = fill(case_file)
    out = tmp_path / "cal.ics"
    n = write_ics([*deadlines, *hearings], out, lead_days=case_file.rule_set.reminder_days())
    events = parse(out).walk("VEVENT")
    open_deadlines = [d for d in deadlines if d.status == "open"]
    assert n == len(events) == len(open_deadlines) + len(hearings)
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {f"{x.uid}@caseapp" for x in [*open_deadlines, *hearings]}

    expiry = next(d for d in deadlines if d.rule_id == "az.detention.expiry")
    ev = by_uid[f"{expiry.uid}@caseapp"]
    assert ev.decoded("DTSTART") == expiry.due_on  # all-day
    assert len(ev.walk("VALARM")) == 5  # the rule's lead days 30, 14, 7, 3, 1

    rule39 = next(d for d in deadlines if d.title.startswith("Rule 39"))
    start = by_uid[f"{rule39.uid}@caseapp"].decoded("DTSTART")
    assert start.time() == time(16, 0) and str(start.tzinfo) == "Europe/Paris"

    hearing = by_uid[f"{hearings[0].uid}@caseapp"]
    start = hearing.decoded("DTSTART")
    assert (start.date(), start.hour) == (date(2026, 12, 10), 11)
    assert str(start.tzinfo) == "Asia/Baku"
    assert hearing.walk("VALARM")
    assert parse(out).walk("VTIMEZONE")


def test_a_second_export_keeps_the_uids(case_file: CaseFile, tmp_path: Path) -> None:
    deadlines, hearings = fill(case_file)
    write_ics([*deadlines, *hearings], tmp_path / "a.ics")
    write_ics([*case_file.deadlines.list(), *case_file.hearings.list()], tmp_path / "b.ics")
    uids = [sorted(str(e["UID"]) for e in parse(tmp_path / p).walk("VEVENT"))
            for p in ("a.ics", "b.ics")]
    assert uids[0] == uids[1] and len(uids[0]) == len(set(uids[0]))


def test_the_demo_case_file_calendar(demo_file: CaseFile, tmp_path: Path) -> None:
    """The whole demo: one event per open deadline and coming hearing, each with the
    alarms of its rule, in its own time zone; exporting again keeps every UID."""
    events = demo_file.reminders.calendar(365)
    assert len(events.deadlines) > 20 and len(events.hearings) >= 2
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    write_ics([*events.deadlines, *events.hearings], first, lead_days=events.lead_days)
    cal = parse(first)
    vevents = list(cal.walk("VEVENT"))
    expected = {f"{d.uid}@caseapp" for d in events.deadlines} | \
        {f"{h.uid}@caseapp" for h in events.hearings}
    assert {str(e["UID"]) for e in vevents} == expected and len(vevents) == len(expected)
    by_uid = {str(e["UID"]): e for e in vevents}
    for d in events.deadlines:
        # Alarms at the rule's lead days; a deadline entered by hand gets the default ones.
        leads = set(events.lead_days.get(d.rule_id, ()) or DEFAULT_DEADLINE_LEAD_DAYS)
        alarms = list(by_uid[f"{d.uid}@caseapp"].walk("VALARM"))
        assert {-a["TRIGGER"].dt.days for a in alarms} == leads
    hearing = by_uid[f"{events.hearings[0].uid}@caseapp"]
    assert hearing["DTSTART"].dt.tzinfo is not None
    assert str(hearing["DTSTART"].dt.tzinfo) == events.hearings[0].timezone
    again = demo_file.reminders.calendar(365)
    write_ics([*again.deadlines, *again.hearings], second, lead_days=again.lead_days)
    assert {str(e["UID"]) for e in parse(second).walk("VEVENT")} == expected


def test_the_same_calendar_is_the_same_file(case_file: CaseFile, tmp_path: Path) -> None:
    """Its time zones in the order of their names (icalendar adds them in a set's order,
    which changed from one run to the next)."""
    c = case_file.captives.create(names=["Vardanyan Armen"], status="pre_trial")
    for zone in ("Europe/Paris", "Asia/Baku", "America/New_York", "Asia/Yerevan"):
        case_file.deadlines.create(captive_id=c.id, title=f"Reply ({zone})", due_on="2026-12-03",
                                   due_time="16:00", timezone=zone)
    write_ics(case_file.deadlines.list(), tmp_path / "a.ics")
    zones = [str(z["TZID"]) for z in parse(tmp_path / "a.ics").walk("VTIMEZONE")]
    assert zones == sorted(zones) and len(zones) == 4


def test_the_categories_are_in_the_calendars_language(case_file: CaseFile,
                                                      tmp_path: Path) -> None:
    """A calendar app lists an event's categories beside it: a Russian or Armenian calendar's
    say "Срок" / "Судебное заседание" ("Ժամկետ" / "Դատական նիստ"), not "Deadline"."""
    deadlines, hearings = fill(case_file)
    words = {"en": ("Deadline", "Hearing"), "ru": ("Срок", "Судебное заседание"),
             "hy": ("Ժամկետ", "Դատական նիստ")}
    for lang, (deadline, hearing) in words.items():
        out = tmp_path / f"{lang}.ics"
        write_ics([*deadlines, *hearings], out, lead_days={}, lang=lang)
        found = {tuple(str(c) for c in e["CATEGORIES"].cats) for e in parse(out).walk("VEVENT")}
        assert found == {("CaseApp", deadline), ("CaseApp", hearing)}, lang


def test_each_change_of_the_clocks_is_a_line_of_its_own(case_file: CaseFile,
                                                        tmp_path: Path) -> None:
    """A hearing in Strasbourg on 1 July 2027 at 09:00 is at 07:00 UTC. Written as icalendar
    writes a zone (the clock changes of 60 years as one list of dates), a second reader
    (vobject) missed every change after the first and put it at 08:00: one date a line."""
    c = case_file.captives.create(names=["Vardanyan Armen"], status="pre_trial")
    case_file.hearings.create(captive_ids=[c.id], starts_at="2027-07-01T09:00",
                              timezone="Europe/Paris", kind="trial_session")
    write_ics(case_file.hearings.list(), tmp_path / "a.ics")
    text = (tmp_path / "a.ics").read_bytes().replace(b"\r\n ", b"").decode()
    rdates = [line for line in text.splitlines() if line.startswith("RDATE")]
    assert len(rdates) > 100  # the changes in spring and autumn since 1976
    assert not [line for line in rdates if "," in line]
    assert "RDATE:20270328T030000" in rdates and "RDATE:20271031T030000" in rdates
    [hearing] = parse(tmp_path / "a.ics").walk("VEVENT")
    [zone] = parse(tmp_path / "a.ics").walk("VTIMEZONE")
    start = hearing.decoded("DTSTART").replace(tzinfo=zone.to_tz())
    assert start.utcoffset() == timedelta(hours=2)


def test_a_reminder_on_the_day_itself_says_today(case_file: CaseFile, tmp_path: Path) -> None:
    """A rule's reminder of 0 days (allowed in a rule file) is an alarm on the due day: its
    text says "today" in the calendar's language, not "in 0 days"."""
    c = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-06-01",
                                  status="pre_trial")
    d = case_file.deadlines.create(captive_id=c.id, title="Appeal", due_on="2026-12-03")
    words = {"en": ("Appeal: today", "Appeal: in 2 days"),
             "ru": ("Appeal: сегодня", "Appeal: через 2 дня"),
             "hy": ("Appeal՝ այսօր", "Appeal՝ 2 օրից")}
    for lang, expected in words.items():
        out = tmp_path / f"{lang}.ics"
        write_ics([d], out, lead_days={d.rule_id: (0, 2)}, lang=lang)
        (event,) = parse(out).walk("VEVENT")
        alarms = {-a["TRIGGER"].dt.days: str(a["DESCRIPTION"]) for a in event.walk("VALARM")}
        assert (alarms[0], alarms[2]) == expected, lang


def test_every_reminder_says_whose_deadline_or_hearing_it_is(case_file: CaseFile,
                                                             tmp_path: Path) -> None:
    """A reminder pops up alone, among those of every captive: "Appeal: in 3 days" did not
    say whose appeal. Each alarm names the captives, as the event's summary does."""
    _deadlines, hearings = fill(case_file)
    second = case_file.captives.create(names=["Petrosyan Hayk"], capture="2026-06-01",
                                       status="pre_trial")
    case_file.deadlines.create(captive_id=second.id, title="Appeal", due_on="2026-12-20")
    names = {c.id: c.primary_name for c in case_file.captives.list()}
    out = tmp_path / "cal.ics"
    write_ics([*case_file.deadlines.list(), *hearings], out, names=names,
              lead_days=case_file.rule_set.reminder_days(), lang="ru")
    alarms = [(str(e["SUMMARY"]), str(a["DESCRIPTION"]))
              for e in parse(out).walk("VEVENT") for a in e.walk("VALARM")]
    assert alarms and len({summary for summary, _text in alarms}) == len(parse(out).walk("VEVENT"))
    for summary, text in alarms:
        whose = "Petrosyan Hayk" if "Petrosyan Hayk" in summary else "Vardanyan Armen"
        assert whose in summary and whose in text, (summary, text)
    assert ("Срок: Appeal (Petrosyan Hayk)", "Appeal (Petrosyan Hayk): через 1 день") in alarms
