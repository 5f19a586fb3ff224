"""A prisoner of war whose capture is known only to its month or year ("2026-11") gets a
capture card deadline counted from the period's first day, marked an estimate. Those an
earlier version recorded got none until their record was saved again: they get it when the
case file is opened (once: a card the lawyer deletes afterwards does not come back at every
opening), on SQLite and on a team's server."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from caseapp.domain.deadline_steps import is_estimated
from caseapp.services.casefile import CaseFile
from tests.services.test_expiry_recount import reopened


def _cards(cf: CaseFile, captive_id: int) -> list:
    return [d for d in cf.deadlines.list(captive_id=captive_id)
            if d.rule_id == "geneva.capture_card"]


def test_a_capture_known_to_its_month_gets_its_card_when_the_file_is_opened(
        any_case_file: CaseFile) -> None:
    cf = any_case_file
    levon = cf.captives.create(names=["Sargsyan Levon"], category="serviceman",
                               capture="2026-11", status="held").id
    aram = cf.captives.create(names=["Sargsyan Aram"], category="civilian",
                              capture="2026-11", status="held").id
    assert len(_cards(cf, levon)) == 1
    with cf.ctx.transaction() as s:  # as an earlier version left it: no card
        s.execute(text("DELETE FROM deadlines"))
    assert _cards(cf, levon) == []
    again = reopened(cf)
    try:
        [card] = _cards(again, levon)
        assert (card.trigger_date, card.due_on) == (date(2026, 11, 1), date(2026, 11, 8))
        assert is_estimated(card.explanation)
        assert _cards(again, aram) == []  # a civilian: no capture card
        again.deadlines.delete(card.id)  # the lawyer's choice, kept
    finally:
        again.close()
    third = reopened(cf)
    try:
        assert _cards(third, levon) == []
    finally:
        third.close()


def test_a_member_of_lower_clearance_opening_first_opens_the_file_and_leaves_it_as_it_is(
        server_case_file: CaseFile, pg_url: str) -> None:
    """A colleague with shareable clearance is the first to open the team's server with this
    version: she opens it as before (she may not write the file's events, nor sees every
    captive), and the owner's next opening gives the cards."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from tests.conftest import TODAY
    from tests.postgres import login_url, unique_login

    cf = server_case_file
    levon = cf.captives.create(names=["Sargsyan Levon"], category="serviceman",
                               capture="2026-11", status="held", sensitivity="shareable").id
    with cf.ctx.transaction() as s:  # as an earlier version left it: no card
        s.execute(text("DELETE FROM deadlines"))
    cf.team.init()
    login = unique_login("ani")
    cf.team.add_user(login, clearance="shareable", password="Cards-Pass-0001")
    member = open_case_file(Location(url=login_url(pg_url, login, "Cards-Pass-0001")),
                            actor="ani", today=lambda: TODAY)
    try:
        assert [c.id for c in member.captives.list()] == [levon]
    finally:
        member.close()
    again = reopened(cf)
    try:
        assert len(_cards(again, levon)) == 1
    finally:
        again.close()
