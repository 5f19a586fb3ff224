"""A moment given in another zone than the court's (a verdict announced at 23:30 in Baku,
typed by a lawyer in Almaty as 00:30+05:00) was counted from the day in the zone typed: the
appeal due a day later than the code gives. A rule of no zone of its own now counts from the
earlier of the day typed and the day where its court sits (its calendar's country, when the
country keeps one zone), and says so."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from caseapp.domain.deadlines import compute
from caseapp.domain.messages import text_of
from caseapp.domain.rule_files import load_rules

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
    east = datetime(2027, 3, 20, 0, 30, tzinfo=timezone(timedelta(hours=5)))
    west = datetime(2027, 3, 19, 14, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert east == west
    first = compute(RULES, "generic.follow_up", east, {"days": 10}, today=None)[0]
    second = compute(RULES, "generic.follow_up", west, {"days": 10}, today=None)[0]
    assert (first.due_on, second.due_on) == (date(2027, 3, 30), date(2027, 3, 29))
