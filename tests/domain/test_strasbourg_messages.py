"""The ECHR pack's warnings are messages: the Rule 39 arrival warning and the length counts are
shown in the lawyer's language, their dates and counts as that language writes them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from caseapp.domain.rule_files import load_rules
from caseapp.domain.strasbourg import FORM_SECTIONS, length_count, rule39_arrival

PARIS = ZoneInfo("Europe/Paris")
NBSP = "\u00a0"


def test_a_request_on_christmas_day_is_dealt_with_on_the_next_working_day() -> None:
    # Friday 25 December 2026 is a public holiday in France; Saturday 26 December is both a
    # weekend day and Saint Stephen's Day in Alsace; Sunday 27 is a weekend day: the Court
    # deals with it on Monday 28 December at 08:00.
    arrival = rule39_arrival(load_rules(), datetime(2026, 12, 25, 10, 0, tzinfo=PARIS))
    assert arrival.warning is not None
    assert arrival.warning.render("en") == (
        "Arriving on Friday, 25 December 2026 at 10:00 Strasbourg time, a day the Court "
        "is closed (public holiday in FR, “Christmas Day”): it will be dealt with from "
        "Monday, 28 December 2026 at 08:00. Telephone the Registry first if the risk "
        "cannot wait. This warning does not move any time limit.")
    # in Russian the days are written as Russian writes them, whatever the catalogue holds yet
    russian = arrival.warning.render("ru")
    assert f"пятница, 25 декабря 2026{NBSP}г." in russian and f"понедельник, 28 декабря 2026{NBSP}г. в 08:00" in russian


def test_a_request_within_office_hours_has_no_warning() -> None:
    # Thursday 3 December 2026 at 11:00: a working day, within 08:00–16:00
    arrival = rule39_arrival(load_rules(), datetime(2026, 12, 3, 11, 0, tzinfo=PARIS))
    assert arrival.warning is None and arrival.closed_because is None


def test_an_evening_request_is_outside_office_hours_not_on_a_closed_day() -> None:
    arrival = rule39_arrival(load_rules(), datetime(2026, 12, 3, 17, 30, tzinfo=PARIS))
    assert arrival.closed_because is None and arrival.warning is not None
    assert "outside the Court's office hours" in arrival.warning.render("en")
    assert "Friday, 4 December 2026 at 08:00" in arrival.warning.render("en")


def test_the_length_count_groups_its_numbers_by_language() -> None:
    # 2,130 words "слово" and a 3,000-letter word: 2,131 words; 6 × 2,130 + 3,000 = 15,780
    # characters; 15,780 / 3,800 = 4.15… → "about 4.2" of the 3 pages section E is given
    count = length_count(FORM_SECTIONS[0], "слово " * 2130 + "x" * 3000)
    assert count.over
    assert count.line().render("en") == (
        "Section E: 2,131 words, 15,780 characters, about 4.2 of 3 form pages (over the "
        "form's space: shorten it).")
    russian = count.line().render("ru")
    assert f"2{NBSP}131" in russian and f"15{NBSP}780" in russian and "4,2" in russian


def test_a_short_section_is_within_the_space_and_one_page_is_singular() -> None:
    # section G is given one page; 3 words of 4 letters and 2 spaces: 14 characters, 14 / 3,800
    # rounds to 0.0 pages, which CLDR writes "0"
    count = length_count(FORM_SECTIONS[2], "word word word")
    assert count.line().render("en") == (
        "Section G: 3 words, 14 characters, about 0 of 1 form page (within the form's space).")
