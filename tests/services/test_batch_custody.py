"""Custody followed inside a batch (the demo's): the steps of a captive's detention orders
closed when custody ended, opened again when the captive is back in custody, closed for
good after a re-arrest, and noted after a conviction, exactly as the same calls one by one
leave them — also when the batch answers from the records it holds (a captive it created)
and those records change under it: a status written after the orders, an order moved to
another captive, rows changed in bulk. Today is 2026-11-27 (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import update

from caseapp.db.models import StatusChange
from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import CaseFile
from caseapp.services.custody_known import known_custody
from tests.services.test_batch_audit import _open

Steps = list[tuple[str, str, date, DeadlineStatus, str, str]]


def _steps(cf: CaseFile, orders: dict[str, str]) -> Steps:
    """Every step of the named orders (``orders``: name by uid): which order, rule, day,
    status, why and notes."""
    return sorted((orders[d.trigger_uid], d.rule_id, d.due_on, d.status, d.status_reason,
                   d.notes) for d in cf.deadlines.list() if d.trigger_uid in orders)


def _both(tmp_path: Path, template: Path,
          scenario: Callable[[CaseFile], dict[str, str]]) -> tuple[Steps, Steps]:
    """The steps ``scenario`` leaves one call at a time, and in one batch."""
    found = []
    for batched in (False, True):
        cf = _open(template, tmp_path / f"{batched}.db")
        try:
            with cf.ctx.batch() if batched else nullcontext():
                orders = scenario(cf)
            found.append(_steps(cf, orders))
        finally:
            cf.close()
    return found[0], found[1]


def _closed_as_custody_ended(steps: Steps, order: str) -> list[date]:
    return [day for name, _rule, day, status, why, _notes in steps
            if name == order and status is DeadlineStatus.DISMISSED and "custody ended" in str(why)]


def _re_arrest(cf: CaseFile) -> dict[str, str]:
    """Released on 15 September, back in custody on 20 November (status first), then the new
    order of another criminal case; a second captive released, put back (a mistake: it ends
    no custody), then convicted."""
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2026-08-01",
                             status="pre_trial").id
    first = cf.detention_orders.create(
        captive_id=cid, start_date="2026-08-01", term_months=4,
        prosecution_id=cf.prosecutions.create(captive_id=cid, case_number="1").id)
    cf.captives.set_status(cid, "released", effective_on="2026-09-15")
    cf.captives.set_status(cid, "pre_trial", effective_on="2026-11-20")
    again = cf.detention_orders.create(
        captive_id=cid, start_date="2026-11-20", term_months=2,
        prosecution_id=cf.prosecutions.create(captive_id=cid, case_number="2").id)
    other = cf.captives.create(names=["Abrahamyan Grigor"], capture="2026-10-01",
                               status="pre_trial").id
    kept = cf.detention_orders.create(captive_id=other, start_date="2026-10-01",
                                      term_months=4)
    cf.captives.set_status(other, "released", effective_on="2026-11-02")
    cf.captives.set_status(other, "pre_trial", effective_on="2026-11-02")
    cf.captives.set_status(other, "convicted", effective_on="2026-11-25")
    return {first.uid: "first", again.uid: "again", kept.uid: "kept"}


def test_a_re_arrest_and_a_conviction_in_a_batch_leave_the_steps_of_one_by_one(
        tmp_path: Path, _empty_template: Path) -> None:
    one_by_one, batched = _both(tmp_path, _empty_template, _re_arrest)
    # What the scenario does: the first custody's steps after the release closed for good,
    # the new order's open, the other captive's due after the verdict noted, none closed.
    assert _closed_as_custody_ended(one_by_one, "first")
    assert not _closed_as_custody_ended(one_by_one, "again")
    assert not _closed_as_custody_ended(one_by_one, "kept")
    assert any("Convicted on" in notes for name, *_rest, notes in one_by_one if name == "kept")
    assert batched == one_by_one


def _moved(cf: CaseFile) -> dict[str, str]:
    """An order recorded for the wrong captive (released on 1 November) and moved, in the
    same batch, to the right one (convicted on 25 November), who is then released too."""
    wrong = cf.captives.create(names=["Vardanyan Armen"], capture="2026-08-01",
                               status="pre_trial").id
    right = cf.captives.create(names=["Abrahamyan Grigor"], capture="2026-08-01",
                               status="pre_trial").id
    cf.captives.set_status(right, "convicted", effective_on="2026-11-25")
    order = cf.detention_orders.create(captive_id=wrong, start_date="2026-09-01",
                                       term_months=4)
    cf.captives.set_status(wrong, "released", effective_on="2026-11-01")
    cf.detention_orders.update(order.id, captive_id=right)
    cf.captives.set_status(right, "released", effective_on="2026-11-26")
    return {order.uid: "moved"}


def test_an_order_moved_to_another_captive_in_a_batch_follows_that_captives_custody(
        tmp_path: Path, _empty_template: Path) -> None:
    """The batch files each order under its captive: an order moved must not be missed by
    the captive it moved to (its release closes the order's steps due after it)."""
    one_by_one, batched = _both(tmp_path, _empty_template, _moved)
    assert _closed_as_custody_ended(one_by_one, "moved")
    assert batched == one_by_one


def test_a_bulk_update_makes_a_batch_read_its_captives_custody_again(
        case_file: CaseFile) -> None:
    """A status history changed by a bulk UPDATE (no record in the session sees it): the
    batch no longer answers the captive's custody from what it holds."""
    with case_file.ctx.batch():
        cid = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-08-01",
                                        status="pre_trial").id
        with case_file.ctx.transaction() as s:
            assert set(known_custody(s, [cid])) == {cid}
            s.execute(update(StatusChange).where(StatusChange.captive_id == cid)
                      .values(effective_on=date(2026, 8, 2)))
            assert known_custody(s, [cid]) == {}


def test_outside_a_batch_custody_is_read_from_the_database(case_file: CaseFile) -> None:
    cid = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-08-01",
                                    status="pre_trial").id
    with case_file.ctx.transaction() as s:
        found: Any = known_custody(s, [cid])
    assert found == {}
