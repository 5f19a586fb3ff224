"""An order's computed expiry stored by an earlier version with the later count (months first:
29 January 2027 + 1 month 1 day = 1 March, where the days first give 28 February) is brought
to this version's count, the earlier day, when the case file is next opened: its expiry, the
deadlines that follow from it, in the audit trail (old → new), said once to the lawyer. A
stated expiry is never changed. On SQLite and on a team's PostgreSQL server.

Today in every test is Friday 2026-11-27 (tests/conftest.py).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from caseapp.cli import main
from caseapp.config import Location
from caseapp.db import read_only
from caseapp.db.models import DetentionOrder
from caseapp.domain.dto import DetentionOrderDTO
from caseapp.domain.enums import DeadlineStatus, ExpirySource
from caseapp.domain.messages import msg
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY
from tests.services.test_order_expiry import EXPIRY, MOTION, UPSTREAM_10, order_dates


def as_an_earlier_version_left_it(cf: CaseFile, order: DetentionOrderDTO, expiry: str) -> None:
    """The order's stored expiry set to ``expiry`` and its deadlines computed from it, as the
    version that counted the months first wrote them."""
    with cf.db.engine.begin() as conn:
        conn.execute(text("UPDATE detention_orders SET expires_on = :day WHERE id = :id"),
                     {"day": date.fromisoformat(expiry), "id": order.id})
    with cf.ctx.transaction() as s:
        obj = s.get(DetentionOrder, order.id)
        assert obj is not None
        cf.deadline_engine.on_written(s, obj)


def reopened(cf: CaseFile) -> CaseFile:
    location = Location(url=cf.db.url) if cf.db.url else Location(path=cf.db.path)
    return open_case_file(location, actor="colleague", today=lambda: TODAY)


def test_an_expiry_counted_months_first_before_is_the_earlier_day_once_the_file_is_opened(
        any_case_file: CaseFile) -> None:
    cf = any_case_file
    armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                               status="pre_trial", sensitivity="shareable")
    ani = cf.captives.create(names=["Petrosyan Ani"], capture="2026-11-01",
                             status="pre_trial", sensitivity="shareable")
    old = cf.detention_orders.create(captive_id=armen.id, start_date="2027-01-29",
                                     term_months=1, term_days=1)
    stated = cf.detention_orders.create(captive_id=ani.id, start_date="2027-01-29",
                                        term_months=1, term_days=1, expires_on="2027-03-01",
                                        expiry_source="stated")
    # The same order recorded by this version: what the old one's deadlines must become.
    fresh = cf.detention_orders.create(captive_id=ani.id, start_date="2027-04-29",
                                       term_months=1, term_days=1)
    expected = order_dates(cf, old.uid)
    assert expected[EXPIRY] == date(2027, 2, 28)
    as_an_earlier_version_left_it(cf, old, "2027-03-01")
    assert order_dates(cf, old.uid)[EXPIRY] == date(2027, 3, 1)  # what it showed until now

    again = reopened(cf)
    try:
        by_uid = {o.uid: o for o in again.detention_orders.list()}
        assert (by_uid[old.uid].expires_on, by_uid[old.uid].expiry_source) == (
            date(2027, 2, 28), ExpirySource.COMPUTED)
        assert order_dates(again, old.uid) == expected
        assert order_dates(again, old.uid)[MOTION] < date(2027, 2, 24)
        assert order_dates(again, old.uid)[UPSTREAM_10] == date(2027, 2, 18)
        # The order's own date is the order's: kept, and so are its deadlines.
        assert by_uid[stated.uid].expires_on == date(2027, 3, 1)
        assert order_dates(again, stated.uid)[EXPIRY] == date(2027, 3, 1)
        assert by_uid[fresh.uid].expires_on == date(2027, 5, 30)
        # Said once, naming the captive, the order and both days.
        (notice,) = again.notices
        assert "Vardanyan Armen" in notice
        for day in (date(2027, 1, 29), date(2027, 3, 1), date(2027, 2, 28)):
            assert str(msg("{day}", day=day)) in notice
        entries = [e for e in again.audit.for_record(old.uid) if e.field == "expires_on"]
        assert [(e.old_value, e.new_value, e.actor) for e in entries][-1] == (
            "2027-03-01", "2027-02-28", again.ctx.actor)
        assert again.check().ok, again.check().problems  # the audit chain included
    finally:
        again.close()
    third = reopened(cf)  # nothing more to change, nothing more said
    try:
        assert third.notices == ()
    finally:
        third.close()



def stale_file(path: Path) -> str:
    """A case file at ``path`` holding one order as the months-first version left it; its uid."""
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                   status="pre_trial")
        order = cf.detention_orders.create(captive_id=armen.id, start_date="2027-01-29",
                                           term_months=1, term_days=1)
        as_an_earlier_version_left_it(cf, order, "2027-03-01")
        return order.uid
    finally:
        cf.close()


def test_the_command_line_says_it_once_and_shows_the_earlier_day(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.db"
    stale_file(path)
    out = io.StringIO()
    assert main(["deadlines", "--db", str(path), "--within", "400", "--format", "json"],
                out=out) == 0
    (line,) = [x for x in capsys.readouterr().err.splitlines() if "counted again" in x]
    assert "Vardanyan Armen" in line and "→" in line
    assert "2027-03-01" not in out.getvalue() and "2027-02-28" in out.getvalue()
    assert main(["check", "--db", str(path)], out=io.StringIO()) == 0
    assert "counted again" not in capsys.readouterr().err  # once


def test_a_file_open_read_only_is_not_written_and_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "case.db"
    uid = stale_file(path)
    before = path.read_bytes()
    monkeypatch.setattr(read_only, "reason_not_writable",
                        lambda _path: msg("you may not write to its folder"))
    cf = open_case_file(Location(path=path), actor="tester", today=lambda: TODAY)
    try:
        assert cf.db.read_only is not None
        (notice,) = cf.notices
        assert "open read-only" in notice and "Vardanyan Armen" in notice
        assert [o.expires_on for o in cf.detention_orders.list() if o.uid == uid] == [
            date(2027, 3, 1)]
    finally:
        cf.close()
    assert path.read_bytes() == before


def test_a_deadline_set_by_hand_is_kept_and_a_closed_one_stays_closed(
        case_file: CaseFile) -> None:
    armen = case_file.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                      status="pre_trial")
    order = case_file.detention_orders.create(captive_id=armen.id, start_date="2027-01-29",
                                              term_months=1, term_days=1)
    as_an_earlier_version_left_it(case_file, order, "2027-03-01")
    deadlines = {d.rule_id: d for d in case_file.deadlines.list()
                 if d.trigger_uid == order.uid}
    case_file.deadlines.update(deadlines[MOTION].id, due_on="2027-02-20", overridden=True)
    case_file.deadlines.update(deadlines[UPSTREAM_10].id, status="done")
    again = reopened(case_file)
    try:
        after = {d.rule_id: d for d in again.deadlines.list() if d.trigger_uid == order.uid}
        assert after[EXPIRY].due_on == date(2027, 2, 28)
        assert (after[MOTION].due_on, after[MOTION].overridden) == (date(2027, 2, 20), True)
        assert after[UPSTREAM_10].status is DeadlineStatus.DONE
    finally:
        again.close()


def test_a_member_of_lower_clearance_opening_the_server_gets_the_earlier_day(
        server_case_file: CaseFile, pg_url: str) -> None:
    """A colleague with shareable clearance is the first to open the team's server with this
    version: the shareable order is counted again (its internal notes' deadlines, if any,
    unseen by the member, follow when someone who can see them opens it)."""
    from tests.postgres import login_url, unique_login

    cf = server_case_file
    armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                               status="pre_trial", sensitivity="shareable")
    order = cf.detention_orders.create(captive_id=armen.id, start_date="2027-01-29",
                                       term_months=1, term_days=1, sensitivity="shareable")
    as_an_earlier_version_left_it(cf, order, "2027-03-01")
    cf.team.init()
    login = unique_login("ani")
    cf.team.add_user(login, clearance="shareable", password="Expiry-Pass-0001")
    member = open_case_file(Location(url=login_url(pg_url, login, "Expiry-Pass-0001")),
                            actor="ani", today=lambda: TODAY)
    try:
        (notice,) = member.notices
        assert "Vardanyan Armen" in notice
        assert [o.expires_on for o in member.detention_orders.list()] == [date(2027, 2, 28)]
        assert order_dates(member, order.uid)[EXPIRY] == date(2027, 2, 28)
    finally:
        member.close()
    assert order_dates(cf, order.uid)[EXPIRY] == date(2027, 2, 28)
    assert cf.check().ok, cf.check().problems
