"""A rule of the lawyer's own rule files with a term of months and days, started by a record
(here the transmission of a communication to the government by the UN Working Group on
Arbitrary Detention), whose deadline an earlier version counted months first (30 October
2026 + 1 month 1 day: 1 December, where the days first give 30 November), is brought to
this version's count when the file is next opened, as the rules applied by hand from the
calculator are: its deadline and those it set off, in the audit trail (old → new), said
once to the lawyer. Before, it kept the later day until the record was saved again.

A date set by hand and a closed deadline are kept; a file open read-only is not written.

Today in every test is Friday 2026-11-27 (tests/conftest.py).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.db import read_only
from caseapp.domain import deadline_full, deadline_plans
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.messages import msg
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.casefile_services import user_rules_dir
from tests.conftest import TODAY
from tests.services.test_expiry_recount import reopened

REPLY = "own.wgad.reply"
CHASE = "own.wgad.chase"
TRANSMITTED = "2026-10-30"
OWN_RULES = """
[[rules]]
id = "own.wgad.reply"
version = "1"
title = "Government's reply expected (our practice)"
trigger = "wgad_transmission"
offset = [ { amount = 1, unit = "months" }, { amount = 1, unit = "calendar_days" } ]
roll = "none"
derives = ["own.wgad.chase"]
source = "Office practice"

[[rules]]
id = "own.wgad.chase"
version = "1"
title = "Ask the secretariat whether the reply came"
trigger = "own_reply"
offset = { amount = -3, unit = "calendar_days" }
roll = "none"
source = "Office practice"
"""


def write_own_rules() -> None:
    folder = user_rules_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "own.toml").write_text(OWN_RULES, encoding="utf-8")


def transmitted_under_an_earlier_version(cf: CaseFile, captive_id: int) -> str:
    """A WGAD communication transmitted on 30 October 2026, its deadlines stored as the
    versions that counted the months first stored them; the proceeding's uid."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(deadline_plans, "days_first", lambda *_args: None)
        m.setattr(deadline_full, "days_first", lambda *_args: None)
        cf.rule_set.computed.clear()
        proceeding = cf.international_proceedings.create(
            captive_id=captive_id, body="wgad", kind="communication", lodged_on="2026-09-01",
            communicated_on=TRANSMITTED)
    cf.rule_set.computed.clear()
    return proceeding.uid


def dates_of(cf: CaseFile, uid: str) -> dict[str, date]:
    return {d.rule_id: d.due_on for d in cf.deadlines.list() if d.trigger_uid == uid
            and d.rule_id in (REPLY, CHASE)}


@pytest.fixture
def armen(case_file: CaseFile) -> int:
    write_own_rules()
    return case_file.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                     status="pre_trial").id


def test_an_own_rule_counted_months_first_before_is_the_earlier_day_once_opened(
        case_file: CaseFile, armen: int) -> None:
    uid = transmitted_under_an_earlier_version(case_file, armen)
    assert dates_of(case_file, uid) == {REPLY: date(2026, 12, 1), CHASE: date(2026, 11, 28)}

    again = reopened(case_file)
    try:
        # 30 October + 1 day = 31 October, + 1 month = 30 November (no 31st): the earlier.
        assert dates_of(again, uid) == {REPLY: date(2026, 11, 30), CHASE: date(2026, 11, 27)}
        (head,) = [d for d in again.deadlines.list() if d.trigger_uid == uid
                   and d.rule_id == REPLY]
        assert head.status is DeadlineStatus.OPEN and not head.overridden
        assert any("days added before the months" in str(step) for step in head.explanation)
        (notice,) = again.notices
        assert "Vardanyan Armen" in notice and "Government's reply expected" in notice
        for day in (date(2026, 10, 30), date(2026, 12, 1), date(2026, 11, 30)):
            assert str(msg("{day}", day=day)) in notice
        entries = [e for e in again.audit.for_record(head.uid) if e.field == "due_on"]
        assert [(e.old_value, e.new_value, e.actor) for e in entries][-1] == (
            "2026-12-01", "2026-11-30", again.ctx.actor)
        assert again.check().ok, again.check().problems
    finally:
        again.close()
    third = reopened(case_file)  # nothing more to change, nothing more said
    try:
        assert third.notices == ()
        assert dates_of(third, uid) == {REPLY: date(2026, 11, 30), CHASE: date(2026, 11, 27)}
    finally:
        third.close()


def test_a_date_set_by_hand_is_kept_and_a_closed_deadline_stays_closed(
        case_file: CaseFile, armen: int) -> None:
    uid = transmitted_under_an_earlier_version(case_file, armen)
    by_rule = {d.rule_id: d for d in case_file.deadlines.list() if d.trigger_uid == uid}
    case_file.deadlines.update(by_rule[CHASE].id, due_on="2026-11-29", overridden=True)
    again = reopened(case_file)
    try:
        after = {d.rule_id: d for d in again.deadlines.list() if d.trigger_uid == uid}
        assert after[REPLY].due_on == date(2026, 11, 30)
        assert (after[CHASE].due_on, after[CHASE].overridden) == (date(2026, 11, 29), True)
    finally:
        again.close()
    case_file.deadlines.update(by_rule[REPLY].id, status="done")
    fourth = reopened(case_file)
    try:
        after = {d.rule_id: d for d in fourth.deadlines.list() if d.trigger_uid == uid}
        assert after[REPLY].status is DeadlineStatus.DONE
    finally:
        fourth.close()


@pytest.mark.parametrize("own", [None, "days only"])
def test_without_rule_files_of_ones_own_counting_months_no_rule_is_read(
        case_file: CaseFile, monkeypatch: pytest.MonkeyPatch, own: str | None) -> None:
    """The shipped rules have no such term but the order's expiry (counted again from the
    order): an opening without rule files of the lawyer's own, or with files of hers that
    count no month, reads no rule file."""
    from caseapp.domain import rule_files

    if own is not None:
        folder = user_rules_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "own.toml").write_text(
            OWN_RULES.replace('{ amount = 1, unit = "months" }, ', ""), encoding="utf-8")

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the rules were read at the opening")

    monkeypatch.setattr(rule_files, "load_rules", refused)
    again = reopened(case_file)
    try:
        assert again.notices == ()
    finally:
        again.close()


def test_a_file_open_read_only_is_not_written_and_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_own_rules()
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                   status="pre_trial")
        uid = transmitted_under_an_earlier_version(cf, armen.id)
    finally:
        cf.close()
    before = path.read_bytes()
    monkeypatch.setattr(read_only, "reason_not_writable",
                        lambda _path: msg("you may not write to its folder"))
    cf = open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)
    try:
        (notice,) = cf.notices
        assert "open read-only" in notice and "Vardanyan Armen" in notice
        assert dates_of(cf, uid)[REPLY] == date(2026, 12, 1)
    finally:
        cf.close()
    assert path.read_bytes() == before


def test_the_command_line_says_it_once_and_lists_the_earlier_day(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_own_rules()
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                   status="pre_trial")
        transmitted_under_an_earlier_version(cf, armen.id)
    finally:
        cf.close()
    out = io.StringIO()
    assert main(["deadlines", "--db", str(path), "--within", "400", "--format", "json"],
                out=out) == 0
    (line,) = [x for x in capsys.readouterr().err.splitlines() if "counted again" in x]
    assert "Vardanyan Armen" in line and "→" in line
    assert "2026-12-01" not in out.getvalue() and "2026-11-30" in out.getvalue()
    assert main(["check", "--db", str(path)], out=io.StringIO()) == 0
    assert "counted again" not in capsys.readouterr().err  # once


def test_the_shipped_rules_have_no_such_term_but_an_orders_expiry() -> None:
    """What lets an opening without rule files of one's own skip the rules: were a shipped
    rule of months and days started by another record added, its deadlines stored by an
    earlier version would keep the later day; this test says to read the rules then."""
    from caseapp.domain.deadline_plans import mixes_months_and_days
    from caseapp.domain.order_deadlines import sets_expiry
    from caseapp.domain.rule_files import load_rules

    shipped = load_rules(shipped=True).rules.values()
    assert [r.id for r in shipped if mixes_months_and_days(r)] == ["az.detention.expiry"]
    assert all(sets_expiry(r) for r in shipped if mixes_months_and_days(r))


def test_a_deadline_set_off_from_the_old_day_is_counted_again_when_its_head_is_closed(
        case_file: CaseFile, armen: int) -> None:
    # The reply marked done while still at the old day: the chase it set off (counted from
    # 1 December, the later day) was still open and a day late, and was not looked at (the
    # group's test read the deadlines' due days, not the days they count from).
    uid = transmitted_under_an_earlier_version(case_file, armen)
    by_rule = {d.rule_id: d for d in case_file.deadlines.list() if d.trigger_uid == uid}
    case_file.deadlines.update(by_rule[REPLY].id, status="done")
    again = reopened(case_file)
    try:
        after = {d.rule_id: d for d in again.deadlines.list() if d.trigger_uid == uid}
        assert after[REPLY].status is DeadlineStatus.DONE
        assert (after[CHASE].due_on, after[CHASE].status) == (date(2026, 11, 27),
                                                              DeadlineStatus.OPEN)
    finally:
        again.close()
    # Once counted again, the next opening finds nothing to look at: the reply, closed, keeps
    # its old steps, but no deadline of the group is open and counted from the old day (the
    # group's test read due days, and any other deadline of the proceeding due later, the
    # Government's reply in December, had the record counted again at every opening).
    from caseapp.services.deadline_engine import DeadlineEngine

    calls: list[str] = []
    real = DeadlineEngine.count_again_of_record
    with pytest.MonkeyPatch.context() as m:
        m.setattr(DeadlineEngine, "count_again_of_record",
                  lambda self, *a, **k: calls.append(a[2]) or real(self, *a, **k))
        third = reopened(case_file)
        third.close()
    assert calls == []
