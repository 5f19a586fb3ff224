"""The lines a French calendar or daily log prints besides the catalogue's: every step of a
deadline's computation, the names of the holidays a step gives, the snooze lines and the
notes CaseApp writes on a deadline it closes, reopens or recomputes. Each has its French in
the documents-only catalogue (``fr.po``), so that a French calendar does not fall back to
English for any of them; and the calendar's reminders are in its own language."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest

from caseapp.domain.deadline_steps import amount, unverified
from caseapp.domain.messages import text_of
from caseapp.domain.rules import Unit
from caseapp.domain.snooze_lines import snooze_line
from caseapp.message_catalogues import extracted, load, plain
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile

# The modules whose messages a calendar's or a daily log's lines are made of.
PRINTED_BY = ("caseapp/domain/deadline_steps.py", "caseapp/domain/holiday_names.py",
              "caseapp/domain/snooze_lines.py", "caseapp/domain/recompute.py",
              "caseapp/services/custody_steps.py", "caseapp/services/deadline_engine.py",
              "caseapp/reports/calendar.py")
# Validation errors made in those modules are said to the user, never printed in a file.
NOT_PRINTED = {"The calendar “{calendar}” has no working day within a year of {day}: check "
               "its closures."}


def test_every_line_of_a_deadlines_computation_has_its_french() -> None:
    french = load("fr")
    missing = []
    for (text, context), places in extracted().items():
        if not any(path in PRINTED_BY for path, _ in places) or plain(text) in NOT_PRINTED:
            continue
        found = french.get(plain(text), context=context)
        strings = (found.string if isinstance(found.string, tuple | list) else (found.string,)
                   ) if found is not None else ()
        if not strings or not all(strings):
            missing.append(plain(text))
    assert missing == [], missing


def test_the_steps_read_in_french() -> None:
    assert text_of(amount(Unit.CALENDAR_DAYS, -10), "fr") == "−10 jours"
    assert text_of(amount(Unit.MONTHS, 4), "fr") == "+4 mois"
    assert text_of(amount(Unit.WORKING_DAYS, 1), "fr") == "+1 jour ouvrable"
    assert text_of(unverified(), "fr").startswith("attention\u00a0: cette règle n’a pas été")
    assert text_of(snooze_line(date(2027, 1, 8)), "fr") == "Rappel reporté au 08/01/2027."


@pytest.mark.parametrize("lang, in_days", [("en", "in 1 day"), ("hy", "1 օրից"),
                                            ("ru", "через 1 день"), ("fr", "dans 1 jour")])
def test_a_calendars_reminders_speak_its_language(case_file: CaseFile, lang: str,
                                                  in_days: str) -> None:
    case_file.deadlines.create(title="REMINDER-MARKER", due_on="2026-12-20")
    made = outputs.calendar(case_file, level="shareable", lang=lang)
    (event,) = [e for e in icalendar.Calendar.from_ical(made.data).walk("VEVENT")
                if "REMINDER-MARKER" in str(e["SUMMARY"])]
    (alarm,) = event.walk("VALARM")  # a deadline entered by hand: one reminder, a day before
    colon = {"en": ": ", "hy": "՝ ", "ru": ": ", "fr": "\u00a0: "}[lang]
    assert str(alarm["DESCRIPTION"]) == f"REMINDER-MARKER{colon}{in_days}"
