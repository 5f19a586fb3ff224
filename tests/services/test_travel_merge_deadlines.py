"""A merge of a travel copy whose deadlines were computed anew on the road (an order's term
corrected there) while the order itself was deleted at home: each deadline not applied is a
line that says why in the user's words — never its stored computation steps, never a title
cut in the middle of a word."""

from __future__ import annotations

import re
from pathlib import Path

from caseapp.config import Location
from caseapp.domain import messages
from caseapp.services.casefile import open_case_file
from caseapp.services.travel_copy import make_travel_copy
from caseapp.services.travel_merge import merge_travel_copy
from tests.conftest import TODAY
from tests.services.test_travel_copy import TRAVEL_PASSPHRASE, _open

NAME = "Aram Petrosyan"


def test_deadlines_of_an_order_deleted_at_home_say_so_in_words(tmp_path: Path) -> None:
    home = open_case_file(Location(path=tmp_path / "main.db"), create=True, actor="home",
                          today=lambda: TODAY)
    try:
        c = home.captives.create(names=[NAME], capture="2026-09-27", status="pre_trial",
                                 sensitivity="public", consent_publicity=True).id
        order = home.detention_orders.create(captive_id=c, start_date="2026-10-06",
                                             term_months=4, sensitivity="public").id
        make_travel_copy(home, tmp_path / "travel.db", level="shareable",
                         passphrase=TRAVEL_PASSPHRASE)
        travel = _open(tmp_path / "travel.db")
        try:
            (abroad,) = travel.detention_orders.list()
            travel.detention_orders.update(abroad.id, term_months=3)  # its deadlines anew
            home.detention_orders.delete(order)  # at home, meanwhile
            report = merge_travel_copy(home, travel)
        finally:
            travel.close()
        in_armenian = home.rule_set.title_in("Detention order expires", "hy")
    finally:
        home.close()
    lines = [c.line() for c in report.conflicts if c.table == "deadlines"]
    assert len(lines) == 4, lines
    for line in lines:
        assert "was deleted in the main file" in line, line
        assert "level" not in line, line  # it was never raised above the copy's level
        assert not re.search(r"[\[{]\s*\"", line), line  # no stored JSON
        assert not re.search(r"\(\s*,|\s,", line), line  # no title cut before its comma
    expiry = next(line for line in lines if "Detention order expires" in line)
    assert "Due date: 6\u00a0Jan\u00a02027" in expiry
    cut = next(line for line in lines if "investigator" in line)
    assert "…, 27\u00a0Dec\u00a02026" in cut, cut  # cut at a word, and said to be cut
    messages.set_language("hy")
    try:
        armenian = [c.line() for c in report.conflicts if c.table == "deadlines"]
    finally:
        messages.set_language("en")
    assert in_armenian != "Detention order expires"
    assert any(f"«{in_armenian}," in line for line in armenian), armenian  # the rule's title
    assert not any("Extension of detention" in line for line in armenian), armenian


def test_a_deadline_computed_on_the_road_from_a_hearing_deleted_at_home_is_not_added(
        tmp_path: Path) -> None:
    """A verdict recorded in the copy sets off the appeal's deadline there; the hearing was
    deleted at home meanwhile (recorded in error). The hearing is a conflict, not added: its
    deadline was added all the same, open, computed from nothing the main file holds, and
    never computed again. It is a conflict too now, its due date kept in its line."""
    home = open_case_file(Location(path=tmp_path / "main.db"), create=True, actor="home",
                          today=lambda: TODAY)
    try:
        c = home.captives.create(names=[NAME], capture="2024-09-27", status="on_trial",
                                 sensitivity="public", consent_publicity=True).id
        case = home.prosecutions.create(captive_id=c, case_number="AZ-1/2024",
                                        sensitivity="public", court="Baku Military Court").id
        hearing = home.hearings.create(captive_ids=[c], prosecution_id=case,
                                       starts_at="2026-11-20 11:00", timezone="Asia/Baku",
                                       court="Baku Military Court", kind="verdict",
                                       sensitivity="public").id
        make_travel_copy(home, tmp_path / "travel.db", level="shareable",
                         passphrase=TRAVEL_PASSPHRASE)
        travel = _open(tmp_path / "travel.db")
        try:
            (abroad,) = travel.hearings.list()
            travel.hearings.update(abroad.id, state="held", outcome="Sentenced to 15 years")
            (appeal,) = travel.deadlines.list()
            home.hearings.delete(hearing)
            report = merge_travel_copy(home, travel)
        finally:
            travel.close()
        assert home.deadlines.list() == []
    finally:
        home.close()
    assert report.added == {}
    (line,) = [c.line() for c in report.conflicts if c.table == "deadlines"]
    assert "was deleted in the main file" in line and "Due date: 10\u00a0Dec\u00a02026" in line
    assert appeal.due_on.isoformat() == "2026-12-10"
