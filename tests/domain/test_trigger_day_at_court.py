"""A moment given in another zone than the court's (a verdict announced at 23:30 in Baku,
typed by a lawyer in Almaty as 00:30+05:00) was counted from the day in the zone typed: the
appeal due a day later than the code gives. A rule of no zone of its own now counts from the
earlier of the day typed and the day where its court sits (its calendar's country, when the
country keeps one zone), and says so."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from caseapp.domain.deadlines import compute
from caseapp.domain.messages import text_of
from caseapp.domain.rule_files import load_rules
from caseapp.domain.rules import RuleSet

RULES = load_rules()


def _appeal(moment: datetime):  # type: ignore[no-untyped-def]
    [appeal] = [d for d in compute(RULES, "az.verdict.appeal", moment, {}, today=None)
                if d.rule_id == "az.verdict.appeal"]
    return appeal


def test_a_moment_typed_east_of_baku_counts_from_the_day_in_baku() -> None:
    almaty = timezone(timedelta(hours=5))
    appeal = _appeal(datetime(2027, 3, 20, 0, 30, tzinfo=almaty))  # 19 Mar 23:30 in Baku
    assert appeal.due_on == date(2027, 4, 8)
    steps = [text_of(s).replace("\xa0", " ") for s in appeal.steps]
    assert "trigger Sat, 20 Mar 2027 00:30 UTC+05:00" in steps
    assert ("where the court sits (Asia/Baku) that moment was on Fri, 19 Mar 2027: counted "
            "from that day, the earlier") in steps


def test_never_later_than_the_day_typed() -> None:
    # 20:30 in New York on 19 Mar is 20 Mar in Baku: the day typed, the earlier, stays.
    appeal = _appeal(datetime(2027, 3, 19, 20, 30, tzinfo=timezone(timedelta(hours=-5))))
    assert appeal.due_on == date(2027, 4, 8)
    assert not any("where the court sits" in text_of(s) for s in appeal.steps)


def test_the_same_day_in_baku_says_nothing_more() -> None:
    baku = timezone(timedelta(hours=4))
    appeal = _appeal(datetime(2027, 3, 19, 23, 30, tzinfo=baku))
    assert appeal.due_on == date(2027, 4, 8)
    assert not any("where the court sits" in text_of(s) for s in appeal.steps)


def test_one_instant_in_two_zones_is_two_computations() -> None:
    # The computations are kept by their trigger: one instant given in two zones compared
    # equal, and the second was given the first's day (and its steps).
    west = datetime(2027, 3, 19, 20, 30, tzinfo=timezone(timedelta(hours=-5)))
    baku = datetime(2027, 3, 20, 5, 30, tzinfo=timezone(timedelta(hours=4)))
    assert west == baku
    first = _appeal(west)
    second = _appeal(baku)
    assert (first.due_on, second.due_on) == (date(2027, 4, 8), date(2027, 4, 9))


RUSSIA = """
[calendars.ru]
country = "RU"

[[rules]]
id = "ru.appeal"
version = "1"
title = "Ten days, in Russia"
trigger = "verdict"
offset = { amount = 10, unit = "calendar_days" }
calendar = "ru"
verified = true
counting_verified = true
source = "test"
"""


@pytest.fixture(scope="module")
def russia(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder: Path = tmp_path_factory.mktemp("russia")
    (folder / "ru.toml").write_text(RUSSIA, encoding="utf-8")
    return load_rules(folder, shipped=False)


def _steps(deadline) -> list[str]:  # type: ignore[no-untyped-def]
    return [text_of(s).replace("\xa0", " ") for s in deadline.steps]


def test_a_country_of_several_zones_counts_from_its_earliest_day(russia: RuleSet) -> None:
    # 00:30 in Moscow on 20 Mar is 23:30 on 19 Mar in Kaliningrad: a court in Kaliningrad
    # had the verdict on the 19th. Typed in Moscow, it was counted from the 20th.
    moscow = datetime(2027, 3, 20, 0, 30, tzinfo=ZoneInfo("Europe/Moscow"))
    [due] = compute(russia, "ru.appeal", moscow, {}, today=None)
    assert due.due_on == date(2027, 3, 29)
    assert ("the court's time zone is not known (RU keeps several): in Europe/Kaliningrad, "
            "the country's earliest day, that moment was on Fri, 19 Mar 2027: counted from "
            "that day, the earlier") in _steps(due)


def test_a_country_of_several_zones_keeps_the_day_typed_when_it_is_earlier(
        russia: RuleSet) -> None:
    # 23:30 in Kaliningrad on 19 Mar: the 19th, already the earliest day in Russia.
    kaliningrad = datetime(2027, 3, 19, 23, 30, tzinfo=ZoneInfo("Europe/Kaliningrad"))
    [due] = compute(russia, "ru.appeal", kaliningrad, {}, today=None)
    assert due.due_on == date(2027, 3, 29)
    assert not any("time zone is not known" in s for s in _steps(due))


def test_a_rule_of_no_country_counts_from_the_earliest_day_on_earth() -> None:
    # 08:00 on 20 Mar in Auckland (NZDT, +13) is 19:00 on 19 Mar UTC and 07:00 on 19 Mar at
    # UTC-12: somewhere the 19th still. Counted from the 20th before.
    auckland = datetime(2027, 3, 20, 8, 0, tzinfo=ZoneInfo("Pacific/Auckland"))
    first = compute(RULES, "generic.follow_up", auckland, {"days": 10}, today=None)[0]
    assert first.due_on == date(2027, 3, 29)
    assert ("the rule names no country, so where the event took place is not known: at "
            "UTC−12, the earliest day on Earth, that moment was on Fri, 19 Mar 2027: counted "
            "from that day, the earlier") in _steps(first)


def test_a_rule_of_no_country_typed_on_the_earliest_day_says_nothing_more() -> None:
    # 23:00 on 19 Mar in New York is 15:00 on 19 Mar at UTC-12: the same day.
    new_york = datetime(2027, 3, 19, 23, 0, tzinfo=ZoneInfo("America/New_York"))
    first = compute(RULES, "generic.follow_up", new_york, {"days": 10}, today=None)[0]
    assert first.due_on == date(2027, 3, 29)
    assert not any("not known" in s for s in _steps(first))


def test_the_step_is_written_in_the_readers_language() -> None:
    auckland = datetime(2027, 3, 20, 8, 0, tzinfo=ZoneInfo("Pacific/Auckland"))
    first = compute(RULES, "generic.follow_up", auckland, {"days": 10}, today=None)[0]
    [said] = [s for s in first.steps if "UTC" in s.render("en") and "Earth" in s.render("en")]
    for lang in ("hy", "ru", "fr"):
        assert "earliest day on Earth" not in said.render(lang)
        assert "UTC−12" in said.render(lang)


def test_the_echr_limit_of_a_decision_at_midnight_on_1_february_2022_is_never_the_later_rule(
        ) -> None:
    """A final decision at 23:30 on 31 January 2022, Paris time, was on 1 February where the
    court sat in Baku: four months, due 1 June 2022. Counted from the day in Paris, the six
    months of the decisions before 1 February gave 31 July, two months later. Where the
    court sits is not known (the rule names no country): of the days that moment fell on,
    the one whose rule ends earliest is taken, and the steps say so."""
    paris = datetime(2022, 1, 31, 23, 30, tzinfo=ZoneInfo("Europe/Paris"))
    [limit] = compute(RULES, "echr.application", paris, {}, today=None)
    assert limit.due_on == date(2022, 6, 1)
    assert limit.applied_rule_id == "echr.application"
    assert ("where the court sits is not known, and that moment fell on Tue, 1 Feb 2022 in "
            "some time zones: the rule for a decision of that day ends earliest, so it is "
            "counted from that day") in _steps(limit)


def test_a_decision_well_before_1_february_keeps_six_months() -> None:
    evening = datetime(2022, 1, 30, 20, 0, tzinfo=ZoneInfo("Europe/Paris"))  # 30 Jan at UTC−12
    [limit] = compute(RULES, "echr.application", evening, {}, today=None)
    assert (limit.applied_rule_id, limit.due_on) == ("echr.application.6m", date(2022, 7, 30))


def test_a_decision_of_1_february_everywhere_keeps_four_months() -> None:
    noon = datetime(2022, 2, 1, 12, 0, tzinfo=UTC)  # 1 Feb from UTC−12 to UTC+11
    [limit] = compute(RULES, "echr.application", noon, {}, today=None)
    assert (limit.applied_rule_id, limit.due_on) == ("echr.application", date(2022, 6, 1))


@pytest.mark.parametrize("lang", ["hy", "ru", "fr"])
def test_the_earliest_rules_day_is_said_in_the_readers_language(lang: str) -> None:
    paris = datetime(2022, 1, 31, 23, 30, tzinfo=ZoneInfo("Europe/Paris"))
    [limit] = compute(RULES, "echr.application", paris, {}, today=None)
    assert not any("ends earliest" in s.render(lang) for s in limit.steps)
