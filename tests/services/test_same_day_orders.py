"""Two detention orders of one criminal case starting the same day (an order and the one
that replaced it, the term shortened on appeal): the later decision is in force, whichever
was entered first. The captive's clock, the open steps (the Deadlines view, the dossier and
the status report read them) and "Needs attention" give the same expiry either way; when the
decision days do not settle it, the earlier expiry is taken (never a later date when
unsure) and the captive's file says so."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from caseapp.domain.location import Location
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.dossier_data import build_dossier
from caseapp.services.status_report_data import build_status_report
from tests.cli.cli_run import run
from tests.conftest import TODAY, copy_of

EXPIRY = "az.detention.expiry"
START = "2026-11-01"
# The first decision: three months (to 1 February 2027); the later one, on appeal, one
# month from the same day (to 1 December 2026, four days after the tests' today).
FIRST = {"decided_on": "2026-10-30", "term_months": 3}
LATER = {"decided_on": "2026-11-05", "term_months": 1}


def _held(cf: CaseFile, papers: list[dict]) -> int:
    cid = cf.captives.create(names=["Հայկ Պետրոսյան"], capture="2026-10-29",
                             status="pre_trial").id
    case = cf.prosecutions.create(captive_id=cid, case_number="№ 1/2026-77").id
    for paper in papers:
        cf.detention_orders.create(captive_id=cid, prosecution_id=case, start_date=START,
                                   **paper)
    return cid


def _everything(cf: CaseFile, cid: int) -> tuple:
    clock = cf.deadline_engine.clock(cid)
    steps = sorted((d.rule_id, d.due_on) for d in cf.deadlines.list(captive_id=cid)
                   if d.status.value == "open" and d.trigger_kind == "detention_order")
    attention = [(i.kind, i.due_on) for i in cf.reminders.attention().items
                 if i.captive_id == cid and i.kind in ("expiry", "expired")]
    dossier = build_dossier(cf, cid, level="internal")  # its next deadlines, the report's
    expiries = [d.due_on for d in dossier.domestic_deadlines if d.rule_id == EXPIRY]
    report = next(r for r in build_status_report(cf).rows if r.id == cid).next_deadline
    assert expiries == [clock.order_expires_on] and report == min(due for _rule, due in steps)
    return clock.order_expires_on, clock.same_day_start is not None, steps, attention


@pytest.mark.parametrize("papers", [[FIRST, LATER], [LATER, FIRST]],
                         ids=["entered-as-decided", "entered-the-other-way-round"])
def test_the_later_decision_is_in_force_whatever_the_entry_order(
        case_file: CaseFile, papers: list[dict]) -> None:
    expires, unsettled, steps, attention = _everything(case_file, _held(case_file, papers))
    assert expires == date(2026, 12, 1)
    assert not unsettled  # the decision days settle it: nothing to warn of
    assert (EXPIRY, date(2026, 12, 1)) in steps
    assert all(due != date(2027, 2, 1) for _rule, due in steps)  # the replaced expiry
    assert attention == [("expiry", date(2026, 12, 1))]


UNDECIDED = [{"decided_on": None, "term_months": 3}, {"decided_on": None, "term_months": 1}]


@pytest.mark.parametrize("papers", [UNDECIDED, UNDECIDED[::-1]],
                         ids=["longer-first", "shorter-first"])
def test_unsettled_by_the_papers_the_earlier_expiry_is_taken_and_said(
        case_file: CaseFile, db_path: Path, papers: list[dict]) -> None:
    """No decision day recorded: the one expiring first is in force (a date is never moved
    later when unsure), whichever was entered first, and the captive's file says so."""
    expires, unsettled, steps, attention = _everything(case_file, _held(case_file, papers))
    assert expires == date(2026, 12, 1) and unsettled
    assert (EXPIRY, date(2026, 12, 1)) in steps
    assert all(due != date(2027, 2, 1) for _rule, due in steps)
    assert attention == [("expiry", date(2026, 12, 1))]
    case_file.close()
    code, out, err = run("--db", str(db_path), "captives", "show", "1")
    assert code == 0, err
    said = " ".join(out.split())
    assert "Two detention orders of this criminal case start on 1 November 2026" in said
    assert "the earlier expiry is shown" in said


def test_an_import_listing_them_the_other_way_round_gives_the_same(
        case_file: CaseFile, tmp_path: Path, _empty_template: Path) -> None:
    """The orders of an export read in the other order (an export from another program, or
    edited by hand): the import settles them as the papers say."""
    _held(case_file, [FIRST, LATER])
    source = tmp_path / "export.json"
    case_file.export_json(source)
    data = json.loads(source.read_text(encoding="utf-8"))
    data["tables"]["detention_orders"].reverse()
    source.write_text(json.dumps(data), encoding="utf-8")
    other = open_case_file(Location(path=copy_of(_empty_template, tmp_path / "other.db")),
                           actor="tester", today=lambda: TODAY)
    try:
        other.import_json(source)
        [cid] = [c.id for c in other.captives.list()]
        expires, unsettled, steps, attention = _everything(other, cid)
    finally:
        other.close()
    assert expires == date(2026, 12, 1) and not unsettled
    assert (EXPIRY, date(2026, 12, 1)) in steps
    assert all(due != date(2027, 2, 1) for _rule, due in steps)
    assert attention == [("expiry", date(2026, 12, 1))]


def test_the_decision_days_filled_in_afterwards_settle_it(case_file: CaseFile) -> None:
    """Entered from copies without their decision days (the one month in force meanwhile,
    the earlier expiry), then the days filled in: the three months were decided later (on
    appeal), so they are in force, and the one month's steps are closed as superseded."""
    cf = case_file
    cid = _held(cf, [{"term_months": 1}, {"term_months": 3}])
    assert _everything(cf, cid)[:2] == (date(2026, 12, 1), True)
    first, second = sorted(cf.detention_orders.list(captive_id=cid), key=lambda o: o.id)
    cf.detention_orders.update(first.id, decided_on="2026-10-30")
    cf.detention_orders.update(second.id, decided_on="2026-11-05")
    expires, unsettled, steps, attention = _everything(cf, cid)
    assert (expires, unsettled) == (date(2027, 2, 1), False)
    assert all(due != date(2026, 12, 1) for _rule, due in steps)
    assert attention == []


def test_a_superseded_steps_reason_names_the_decision_of_that_day(case_file: CaseFile) -> None:
    """Two orders from 1 November: the steps of the one the 5 November decision replaced say
    so by that decision, not only by the day both start on."""
    cf = case_file
    cid = _held(cf, [FIRST, LATER])
    closed = [d for d in cf.deadlines.list(captive_id=cid)
              if d.status.value == "dismissed" and d.due_on == date(2027, 2, 1)]
    assert closed
    reason = closed[0].status_reason
    assert not isinstance(reason, str)
    said = reason.render("en").replace("\xa0", " ")
    assert "the order decided on 5 Nov 2026, from 1 Nov 2026" in said


def test_captives_show_marks_the_order_in_force(case_file: CaseFile) -> None:
    """`captives show` lists both orders from 1 November: the one decided on the 5th in force,
    the other replaced by it, named by its decision day (both start that day)."""
    import io

    from caseapp.cli.captive_file_text import print_captive_file
    from caseapp.services.level_views import captive_file_at

    cid = _held(case_file, [FIRST, LATER])
    f, _left_out = captive_file_at(case_file, cid, level="internal")
    out = io.StringIO()
    print_captive_file(f, out, today=TODAY)
    lines = [" ".join(line.split()) for line in out.getvalue().splitlines()]
    assert "Initial: 1 Nov 2026 → 1 Dec 2026 (1 m 0 d) — in force" in lines
    assert ("Initial: 1 Nov 2026 → 1 Feb 2027 (3 m 0 d) — replaced by the order of 5 Nov 2026, "
            "from 1 Nov 2026") in lines
