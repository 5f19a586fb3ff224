"""Every holiday of the shipped rules' calendars has an Armenian and a Russian name, from
CaseApp's own catalogue (the holidays package has no Russian for them, and no Armenian for
Azerbaijan's or France's)."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from caseapp import message_catalogues as mc
from caseapp.domain.deadlines import compute
from caseapp.domain.holiday_names import NAMES, day_name, holiday_name
from caseapp.domain.messages import Listed, Message
from caseapp.domain.rule_files import load_rules

YEARS = range(2020, 2031)


def _shipped_calendars() -> list[tuple[str, str | None]]:
    found = {(c.country, c.subdivision) for c in load_rules().calendars.values() if c.country}
    return sorted(found, key=str)  # type: ignore[arg-type]


def _english_names() -> dict[str, tuple[str, date]]:
    """Every name the package gives a day off in those calendars and years, with one day."""
    names: dict[str, tuple[str, date]] = {}
    for country, subdivision in _shipped_calendars():
        for year in YEARS:
            for day, name in holidays.country_holidays(country, subdiv=subdivision, years=year,
                                                       language="en_US").items():
                names.setdefault(name, (country, day))
    return names


def _messages(value: object) -> list[Message]:
    """A name's messages, and the messages inside them (a variant's name)."""
    if isinstance(value, Listed):
        return [m for item in value.items for m in _messages(item)]
    if isinstance(value, Message):
        return [value, *(m for _k, v in value.values for m in _messages(v))]
    return []


def test_the_shipped_rules_use_the_calendars_of_azerbaijan_armenia_and_strasbourg() -> None:
    countries = {country for country, _sub in _shipped_calendars()}
    assert {"AZ", "AM", "FR"} <= countries


def test_the_catalogue_knows_every_holiday_of_the_shipped_calendars() -> None:
    unknown = [f"{country} {day}: {name!r}" for name, (country, day) in _english_names().items()
               if day_name(name) is None]
    assert not unknown, "holidays without a message in caseapp/domain/holiday_names.py:\n" \
        + "\n".join(unknown)


@pytest.mark.parametrize("lang", mc.LANGUAGES)
def test_every_holiday_name_of_the_shipped_calendars_is_translated(lang: str) -> None:
    catalogue = mc.load(lang)
    missing = set()
    for name in _english_names():
        for message in _messages(day_name(name)):
            entry = catalogue.get(message.text, context=message.context)
            if entry is None or not entry.string or entry.fuzzy:
                missing.add(f"{message.text!r} (context {message.context!r})")
    assert not missing, f"{len(missing)} holiday name(s) without a {lang} translation:\n" \
        + "\n".join(sorted(missing))


def test_the_package_variants_of_a_name_keep_the_name_inside() -> None:
    observed = holiday_name("Eid al-Adha (observed, estimated)")
    assert observed is not None
    assert observed.text == "{name} (observed, estimated)"
    assert dict(observed.values)["name"] == NAMES["Eid al-Adha"]
    assert holiday_name("Something Day (observed)") is None  # an unknown name stays unknown


def test_a_day_off_moved_from_a_saturday_names_that_day_as_the_language_writes_dates() -> None:
    # the package writes the American month/day/year: 12/28/2019 is 28 December 2019
    moved = holiday_name("Day off (substituted from 12/28/2019)")
    assert moved is not None
    assert moved.render("en") == "Day off (substituted from 28\u00a0Dec\u00a02019)"
    assert "28.12.2019" in moved.render("ru")
    assert holiday_name("Day off (substituted from 13/45/2019)") is None  # not a date


def test_two_holidays_on_one_day_are_both_named() -> None:
    both = day_name("Victory Day; National Flag Day")
    assert isinstance(both, Listed)
    assert [m.text for m in both.items] == ["Victory Day", "National Flag Day"]


def test_a_deadline_rolled_over_novruz_names_it_from_the_catalogue() -> None:
    # The request to extend detention is due 5 days before the order expires, moved to the
    # previous working day. An order expiring on Monday 31 March 2025: 26 March, a day off in
    # lieu of Novruz ("observed"), as is 25 March; Novruz itself 20–24 March; the previous
    # working day is Wednesday 19 March 2025.
    [deadline] = compute(load_rules(), "az.detention.extension_request", date(2025, 3, 31))
    assert deadline.due_on == date(2025, 3, 19)
    english = " ".join(s.render("en") for s in deadline.steps)
    assert "“Spring Festival”" in english and "“Spring Festival (observed)”" in english
    stored = [m for s in deadline.steps for m in _messages(s)]
    assert NAMES["Spring Festival"] in stored  # a message of the catalogue, not English text
