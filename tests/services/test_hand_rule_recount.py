"""A rule of a term of months and days applied by hand from the deadline calculator (the
expiry of an order the file does not record: 29 January 2027 + 1 month 1 day) by an earlier
version, which counted the months first (1 March, where the days first give 28 February), is
brought to this version's count when the file is next opened: its deadline and those it set
off, in the audit trail (old → new), said once to the lawyer. A date set by hand and a closed
deadline are kept; a file open read-only is not written. On SQLite and on a team's server.

Today in every test is Friday 2026-11-27 (tests/conftest.py).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from caseapp.cli import main
from caseapp.config import Location
from caseapp.db import read_only
from caseapp.domain import deadline_full, deadline_plans
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.messages import msg
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.expiry_recount import applied_by_hand_later
from tests.conftest import TODAY
from tests.services.test_expiry_recount import reopened
from tests.services.test_order_expiry import EXPIRY, MOTION, UPSTREAM_7, UPSTREAM_10

START = date(2027, 1, 29)


def applied_by_an_earlier_version(cf: CaseFile, captive_id: int, *, days: int = 1) -> str:
    """``EXPIRY`` applied by hand to 29 January 2027 for 1 month and ``days`` as the versions
    that counted the months first stored it (their steps: no step saying the days came
    first); the trigger's uid."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(deadline_plans, "days_first", lambda *_args: None)
        m.setattr(deadline_full, "days_first", lambda *_args: None)
        cf.rule_set.computed.clear()
        (head, *_rest) = [d for d in cf.deadline_engine.from_rule(
            captive_id=captive_id, rule_id=EXPIRY, trigger=START,
            params={"term_months": 1, "term_days": days}) if d.rule_id == EXPIRY]
    cf.rule_set.computed.clear()
    return head.trigger_uid


def dates_of(cf: CaseFile, uid: str) -> dict[str, date]:
    return {d.rule_id: d.due_on for d in cf.deadlines.list() if d.trigger_uid == uid}


def applied_now(cf: CaseFile, captive_id: int) -> dict[str, date]:
    """What this version stores for the same rule applied by hand today."""
    out = cf.deadline_engine.from_rule(captive_id=captive_id, rule_id=EXPIRY, trigger=START,
                                       params={"term_months": 1, "term_days": 1})
    return {d.rule_id: d.due_on for d in out}


@pytest.fixture
def two(any_case_file: CaseFile) -> Iterator[tuple[CaseFile, int, int]]:
    cf = any_case_file
    armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                               status="pre_trial", sensitivity="shareable")
    ani = cf.captives.create(names=["Petrosyan Ani"], capture="2026-11-01",
                             status="pre_trial", sensitivity="shareable")
    yield cf, armen.id, ani.id


def test_a_rule_applied_by_hand_months_first_before_is_the_earlier_day_once_opened(
        two: tuple[CaseFile, int, int]) -> None:
    cf, armen, ani = two
    uid = applied_by_an_earlier_version(cf, armen)
    assert dates_of(cf, uid)[EXPIRY] == date(2027, 3, 1)  # what it showed until now
    expected = applied_now(cf, ani)
    assert expected[EXPIRY] == date(2027, 2, 28)
    assert expected[MOTION] < date(2027, 2, 24)

    again = reopened(cf)
    try:
        assert dates_of(again, uid) == expected
        (head,) = [d for d in again.deadlines.list() if d.trigger_uid == uid
                   and d.rule_id == EXPIRY]
        assert head.status is DeadlineStatus.OPEN and not head.overridden
        # Its steps say how it is counted now (the days first), not the old count.
        assert any("days added before the months" in str(step) for step in head.explanation)
        # Said once, naming the captive, the rule applied and both days.
        (notice,) = again.notices
        assert "Vardanyan Armen" in notice and "Detention order expires" in notice
        assert "calculator" in notice
        for day in (START, date(2027, 3, 1), date(2027, 2, 28)):
            assert str(msg("{day}", day=day)) in notice
        entries = [e for e in again.audit.for_record(head.uid) if e.field == "due_on"]
        assert [(e.old_value, e.new_value, e.actor) for e in entries][-1] == (
            "2027-03-01", "2027-02-28", again.ctx.actor)
        assert again.check().ok, again.check().problems  # the audit chain included
    finally:
        again.close()
    third = reopened(cf)  # nothing more to change, nothing more said
    try:
        assert third.notices == ()
        assert dates_of(third, uid) == expected
    finally:
        third.close()


def test_a_date_set_by_hand_is_kept_and_a_closed_deadline_stays_closed(
        case_file: CaseFile) -> None:
    armen = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                      status="pre_trial")
    uid = applied_by_an_earlier_version(case_file, armen.id)
    by_rule = {d.rule_id: d for d in case_file.deadlines.list() if d.trigger_uid == uid}
    case_file.deadlines.update(by_rule[MOTION].id, due_on="2027-02-20", overridden=True)
    case_file.deadlines.update(by_rule[UPSTREAM_10].id, status="done")
    done_on = by_rule[UPSTREAM_10].due_on
    again = reopened(case_file)
    try:
        after = {d.rule_id: d for d in again.deadlines.list() if d.trigger_uid == uid}
        assert after[EXPIRY].due_on == date(2027, 2, 28)
        assert after[UPSTREAM_7].due_on < by_rule[UPSTREAM_7].due_on
        assert (after[MOTION].due_on, after[MOTION].overridden) == (date(2027, 2, 20), True)
        assert (after[UPSTREAM_10].due_on, after[UPSTREAM_10].status) == (
            done_on, DeadlineStatus.DONE)
    finally:
        again.close()


def test_a_deadline_the_lawyer_set_by_hand_on_the_rule_itself_is_kept(
        case_file: CaseFile) -> None:
    """Its own date typed by the lawyer: kept, the deadlines it set off still counted."""
    armen = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                      status="pre_trial")
    uid = applied_by_an_earlier_version(case_file, armen.id)
    by_rule = {d.rule_id: d for d in case_file.deadlines.list() if d.trigger_uid == uid}
    case_file.deadlines.update(by_rule[EXPIRY].id, due_on="2027-03-01", overridden=True)
    again = reopened(case_file)
    try:
        after = {d.rule_id: d for d in again.deadlines.list() if d.trigger_uid == uid}
        assert (after[EXPIRY].due_on, after[EXPIRY].overridden) == (date(2027, 3, 1), True)
        assert after[MOTION].due_on < by_rule[MOTION].due_on
    finally:
        again.close()
    # Nothing left to count again: the next opening does not look at it again (nor read the
    # rule files to do so).
    assert applied_by_hand_later(case_file.db) == {}


def test_steps_stored_as_english_text_by_the_oldest_versions_are_read_too(
        case_file: CaseFile) -> None:
    armen = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                      status="pre_trial")
    uid = applied_by_an_earlier_version(case_file, armen.id)
    old_steps = ["trigger 2027-01-29 (Friday)",
                 "+1 month (Term of the order (months)) → 2027-02-28 (clamped to the month's "
                 "end: February has no 29th)",
                 "+1 day (Term of the order (days)) → 2027-03-01"]
    with case_file.db.engine.begin() as conn:
        conn.execute(text("UPDATE deadlines SET explanation = :steps WHERE trigger_uid = :uid "
                          "AND rule_id = :rule"),
                     {"steps": json.dumps(old_steps), "uid": uid, "rule": EXPIRY})
    again = reopened(case_file)
    try:
        assert dates_of(again, uid)[EXPIRY] == date(2027, 2, 28)
        assert len(again.notices) == 1
    finally:
        again.close()


def test_a_term_where_both_orders_agree_is_left_alone(case_file: CaseFile) -> None:
    """10 January + 1 month 10 days: 20 February either way; nothing to count again."""
    armen = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                      status="pre_trial")
    with pytest.MonkeyPatch.context() as m:
        m.setattr(deadline_plans, "days_first", lambda *_args: None)
        m.setattr(deadline_full, "days_first", lambda *_args: None)
        case_file.rule_set.computed.clear()
        out = case_file.deadline_engine.from_rule(
            captive_id=armen.id, rule_id=EXPIRY, trigger=date(2027, 1, 10),
            params={"term_months": 1, "term_days": 10})
    case_file.rule_set.computed.clear()
    again = reopened(case_file)
    try:
        assert again.notices == ()
        assert dates_of(again, out[0].trigger_uid) == {d.rule_id: d.due_on for d in out}
    finally:
        again.close()


def test_a_file_open_read_only_is_not_written_and_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                   status="pre_trial")
        uid = applied_by_an_earlier_version(cf, armen.id)
    finally:
        cf.close()
    before = path.read_bytes()
    monkeypatch.setattr(read_only, "reason_not_writable",
                        lambda _path: msg("you may not write to its folder"))
    cf = open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)
    try:
        (notice,) = cf.notices
        assert "open read-only" in notice and "Vardanyan Armen" in notice
        assert dates_of(cf, uid)[EXPIRY] == date(2027, 3, 1)
    finally:
        cf.close()
    assert path.read_bytes() == before


def test_the_command_line_says_it_once_and_lists_the_earlier_day(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                   status="pre_trial")
        applied_by_an_earlier_version(cf, armen.id)
    finally:
        cf.close()
    out = io.StringIO()
    assert main(["deadlines", "--db", str(path), "--within", "400", "--format", "json"],
                out=out) == 0
    (line,) = [x for x in capsys.readouterr().err.splitlines() if "counted again" in x]
    assert "Vardanyan Armen" in line and "→" in line
    assert "2027-03-01" not in out.getvalue() and "2027-02-28" in out.getvalue()
    assert main(["check", "--db", str(path)], out=io.StringIO()) == 0
    assert "counted again" not in capsys.readouterr().err  # once
