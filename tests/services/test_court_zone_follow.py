"""A whole-day deadline ends with its court's day, and its court is its rule's. When the
lawyer changes the court of a rule of her own (its calendar's country, or its ``timezone``)
in her rule file, the open deadlines of that rule follow it from the next opening (on a
team's server only to a court whose day ends earlier: tests/services/
test_court_zone_colleagues.py): the zone changes in the audit trail (old → new), the date
never moves. A deadline recomputed under the changed rule follows it as well (on a team's
server, by a save as by an opening, only to an earlier court). A deadline whose rule
is no longer in force keeps the court it had: nothing says where its court is now, and
dropping the zone could only make its day end later (at the lawyer's own midnight).

Today in every test is Friday 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import CaseFile
from caseapp.services.casefile_services import user_rules_dir
from tests.conftest import TODAY
from tests.services.test_expiry_recount import reopened

RULE = "own.verdict.copy"
OWN_RULES = """
[calendars.paris]
country = "FR"

[[rules]]
id = "own.verdict.copy"
version = "1"
title = "Ask the court for a copy of the verdict"
trigger = "verdict"
offset = { amount = 3, unit = "calendar_days" }
roll = "none"
calendar = "az"
source = "Office practice"
"""


def write_rules(calendar: str = "az", *, gone: bool = False) -> None:
    folder = user_rules_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "own.toml"
    if gone:
        path.unlink()
    else:
        path.write_text(OWN_RULES.replace('calendar = "az"', f'calendar = "{calendar}"'),
                        encoding="utf-8")


def applied(cf: CaseFile, captive_id: int) -> int:
    [made] = cf.deadline_engine.from_rule(captive_id=captive_id, rule_id=RULE,
                                          trigger=TODAY)
    assert (made.due_on, made.due_time, made.timezone) == (date(2026, 11, 30), None,
                                                           "Asia/Baku")
    return made.id


def zone_entries(cf: CaseFile, deadline_id: int) -> list[tuple[str | None, str | None]]:
    uid = cf.deadlines.get(deadline_id).uid
    return [(e.old_value, e.new_value) for e in cf.audit.for_record(uid)
            if e.field == "timezone"]


def test_a_rule_moved_to_another_court_takes_its_open_deadlines_with_it_at_the_next_opening(
        case_file: CaseFile) -> None:
    write_rules("az")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    plain, by_hand, done = (applied(cf, c.id) for _ in range(3))
    cf.deadlines.update(by_hand, due_on="2026-12-01")  # a date set by hand: kept, zone follows
    cf.deadline_engine.mark_done(done)
    own = cf.deadlines.create(title="Call the family", due_on=TODAY.isoformat()).id

    write_rules("paris")  # the lawyer corrects her rule: the court sits in Paris
    again = reopened(cf)
    try:
        got = {i: again.deadlines.get(i) for i in (plain, by_hand, done, own)}
        assert got[plain].timezone == got[by_hand].timezone == "Europe/Paris"
        assert (got[plain].due_on, got[by_hand].due_on) == (date(2026, 11, 30),
                                                            date(2026, 12, 1))
        assert got[by_hand].overridden
        assert got[done].timezone == "Asia/Baku"  # closed: not due, left as it was
        assert got[done].status is DeadlineStatus.DONE
        assert got[own].timezone == ""
        assert zone_entries(again, plain) == [("Asia/Baku", "Europe/Paris")]
        assert again.check().ok, again.check().problems
        (notice,) = again.notices  # said once, with the rule and where its day ends now
        assert notice.startswith("2 open deadlines now end with the day at the court their "
                                 "rules give in your rule files, changed since"), notice
        assert "“Ask the court for a copy of the verdict”: Paris" in notice
    finally:
        again.close()
    third = reopened(cf)
    try:
        assert third.notices == ()
    finally:
        third.close()


def test_the_notice_reads_in_the_lawyers_language(case_file: CaseFile, language) -> None:
    write_rules("az")
    c = case_file.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02",
                                  status="convicted")
    applied(case_file, c.id)
    write_rules("paris")
    language("ru")
    again = reopened(case_file)
    try:
        (notice,) = again.notices
        assert notice.startswith("1 открытый срок теперь истекает"), notice
        assert "Париж" in notice
    finally:
        again.close()


def test_unchanged_rule_files_are_not_read_again(case_file: CaseFile,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.domain import rule_files

    write_rules("az")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    applied(cf, c.id)
    reopened(cf).close()  # the files as they are now are noted

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the rules were read at the opening")

    monkeypatch.setattr(rule_files, "load_rules", refused)
    reopened(cf).close()


def test_a_deadline_whose_rule_is_gone_keeps_the_court_it_had(case_file: CaseFile) -> None:
    write_rules("az")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    kept = applied(cf, c.id)
    write_rules(gone=True)
    again = reopened(cf)
    try:
        assert again.deadlines.get(kept).timezone == "Asia/Baku"
        assert RULE not in again.rule_set
    finally:
        again.close()


def test_a_deadline_recomputed_under_a_changed_rule_follows_its_court(
        case_file: CaseFile) -> None:
    """The verdict is saved again after the rule was changed (here the case file reads its
    rules again in the same run): the copy's deadline, its date unchanged, now ends with the
    day in Paris. (On a team's server a save moves it only to a court whose day ends
    earlier: tests/services/test_court_zone_saves.py.)"""
    from caseapp.domain.rule_files import load_rules
    from caseapp.services.deadline_engine import DeadlineEngine

    write_rules("az")
    cf = case_file
    cid = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-06-01",
                             status="convicted").id
    hearing = cf.hearings.create(captive_ids=[cid], starts_at="2026-11-27 11:00",
                                 timezone="Asia/Baku", court="Baku Court", kind="verdict",
                                 outcome="Convicted")
    [copy] = [d for d in cf.deadlines.list(captive_id=cid) if d.rule_id == RULE]
    assert (copy.due_on, copy.timezone) == (date(2026, 11, 30), "Asia/Baku")

    write_rules("paris")
    cf.deadline_engine = DeadlineEngine(cf.ctx, cf.deadlines, load_rules(user_rules_dir()),
                                        services=cf)
    cf.hearings.update(hearing.id, outcome="Convicted; 12 years")
    after = {d.rule_id: d for d in cf.deadlines.list(captive_id=cid)}
    assert (after[RULE].due_on, after[RULE].timezone) == (date(2026, 11, 30), "Europe/Paris")
    assert zone_entries(cf, copy.id) == [("Asia/Baku", "Europe/Paris")]


def test_a_rule_moved_to_a_calendar_of_no_one_zone_ends_at_the_lawyers_midnight_and_says_so(
        case_file: CaseFile) -> None:
    """Its court is no longer one zone's (a calendar of weekends only): its deadline ends at
    the lawyer's own midnight, as one the rule gives now does, and the opening says so."""
    write_rules("az")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    moved = applied(cf, c.id)
    write_rules("weekends")
    again = reopened(cf)
    try:
        assert again.deadlines.get(moved).timezone == ""
        assert again.deadlines.get(moved).due_on == date(2026, 11, 30)
        [fresh] = again.deadline_engine.from_rule(captive_id=c.id, rule_id=RULE, trigger=TODAY)
        assert fresh.timezone == ""
        (notice,) = again.notices
        assert notice.endswith("“Ask the court for a copy of the verdict”: your own time zone.")
    finally:
        again.close()
