"""A whole-day deadline in its court's time zone (an Azerbaijani or Armenian rule's, or one the
lawyer gave a zone) is overdue once that day has ended there (caseapp.domain.dates.due_moment):
the Deadlines view says so, and now the calendar's event does too (under its rule's line,
above the rule's steps), in the calendar's language, with the moment in UTC (a calendar file
has no "your time zone"); the event stays a whole-day DATE event. Before, its description said
nothing of it: on a phone in Paris the event of 10 December looked open until midnight, three
hours after it was overdue in Baku."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import text

from caseapp.services import outputs
from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import run


def _event(cf: CaseFile, marker: str, lang: str = "en") -> icalendar.Event:
    made = outputs.calendar(cf, level="shareable", lang=lang)
    (event,) = [e for e in icalendar.Calendar.from_ical(made.data).walk("VEVENT")
                if marker in str(e["SUMMARY"])]
    return event


@pytest.mark.parametrize(("zone", "lang", "said"), [
    ("Asia/Baku", "en", "Due by the end of 10 December 2026 in Baku (20:00 UTC)."),
    ("Asia/Yerevan", "en", "Due by the end of 10 December 2026 in Yerevan (20:00 UTC)."),
    ("Asia/Baku", "ru", "Срок истекает в конце дня 10 декабря 2026\u00a0г. по местному времени суда "
                        "(Баку), в 20:00 UTC."),
    ("Asia/Yerevan", "hy", "Ժամկետը լրանում է 2026 թ. դեկտեմբերի 10-ի օրվա վերջում՝ դատարանի "
                           "տեղական ժամանակով (Երևան), UTC-ով՝ ժամը 20:00-ին։"),
    ("Asia/Baku", "fr", "Échéance\u00a0: fin de la journée du 10 décembre 2026, heure locale du "
                        "tribunal (Bakou), soit 20:00 UTC."),
])
def test_a_whole_day_in_a_courts_zone_says_when_it_ends_there(
        case_file: CaseFile, zone: str, lang: str, said: str) -> None:
    case_file.deadlines.create(title="DAY-END-MARKER", due_on="2026-12-10", timezone=zone)
    event = _event(case_file, "DAY-END-MARKER", lang)
    assert str(event["DESCRIPTION"]).splitlines()[0] == said
    # still a whole-day event on that day
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (date(2026, 12, 10),
                                                                  date(2026, 12, 11))


def test_a_court_west_of_utc_gives_the_day_in_utc_too(case_file: CaseFile) -> None:
    case_file.deadlines.create(title="DAY-END-MARKER", due_on="2026-12-10",
                               timezone="America/New_York")
    description = str(_event(case_file, "DAY-END-MARKER")["DESCRIPTION"])
    assert description.splitlines()[0] == ("Due by the end of 10 December 2026 in New York "
                                           "(05:00 UTC on 11 December 2026).")


@pytest.mark.parametrize("fields", [
    {"due_on": "2026-12-10"},  # no zone: due by the end of the lawyer's own day
    {"due_on": "2026-12-10", "due_time": "16:00", "timezone": "Europe/Paris"},  # at an hour
    # a zone not known, stored before CaseApp refused one (caseapp check names it)
    {"due_on": "2026-12-10", "timezone": "Asia/Baku", "stored_zone": "Mars/Olympus"},
])
def test_no_such_sentence_where_the_day_does_not_end_in_a_courts_zone(
        case_file: CaseFile, fields: dict[str, str]) -> None:
    stored_zone = fields.pop("stored_zone", None)
    d = case_file.deadlines.create(title="DAY-END-MARKER", **fields)
    if stored_zone is not None:
        with case_file.db.engine.begin() as conn:
            conn.execute(text("UPDATE deadlines SET timezone = :zone WHERE id = :id"),
                         {"zone": stored_zone, "id": d.id})
    event = _event(case_file, "DAY-END-MARKER")
    assert "Due by the end of" not in str(event.get("DESCRIPTION", ""))


def test_the_command_lines_calendar_of_an_azerbaijani_order_says_it(
        case_file: CaseFile, db_path: Path, tmp_path: Path) -> None:
    """`caseapp deadlines --format ics`: the court motion an Azerbaijani order's expiry sets
    (28 February 2027 − 5 days) is due by the end of its day in Baku."""
    captive = case_file.captives.create(names=["Արտաշես Մկրտչյան"], capture="2026-10-20",
                                        status="pre_trial")
    case_file.detention_orders.create(captive_id=captive.id, start_date="2026-10-31",
                                      term_months=4)
    case_file.close()
    out = tmp_path / "deadlines.ics"
    code, _, err = run("deadlines", "--db", str(db_path), "--within", "3650", "--format", "ics",
                       "-o", str(out))
    assert code == 0, err
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    (motion,) = [e for e in events if "lodged in court" in str(e["SUMMARY"])]
    assert motion.decoded("DTSTART") == date(2027, 2, 23)
    lines = str(motion["DESCRIPTION"]).splitlines()
    assert lines[0].startswith("Rule: ")  # under its rule's line, above the rule's steps
    assert lines[1] == "Due by the end of 23 February 2027 in Baku (20:00 UTC)."
