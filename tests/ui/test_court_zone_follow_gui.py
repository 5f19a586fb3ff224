"""A rule of the lawyer's own first written for a court in Baku and then moved, in its file,
to a court in Yerevan: at the next opening the Deadlines view says its deadline's day ended
in Yerevan (at 21:00 in Paris), and its details name Yerevan, its date unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group
from caseapp.ui.views.deadline_details import details_html
from caseapp.ui.views.deadlines import DeadlinesView
from tests.conftest import TODAY
from tests.services.test_court_zone_follow import RULE, write_rules
from tests.services.test_deadline_hour_passed import clock_at
from tests.services.test_expiry_recount import reopened
from tests.ui.test_main_window import settings, window  # noqa: F401 - fixtures

WAIT = 10000


@pytest.fixture
def moved(case_file: CaseFile, in_paris: None) -> Iterator[tuple[CaseFile, int]]:
    """The case file opened again after the rule moved from Baku to Yerevan, and the
    deadline the rule gave before (due today)."""
    write_rules("az")
    c = case_file.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02",
                                  status="convicted")
    [made] = case_file.deadline_engine.from_rule(captive_id=c.id, rule_id=RULE,
                                                 trigger=TODAY - timedelta(days=3))
    assert made.timezone == "Asia/Baku"
    write_rules("am")
    again = reopened(case_file)
    yield again, made.id
    again.close()


def test_the_view_names_the_court_the_rule_was_moved_to(qtbot, moved) -> None:
    from caseapp.ui.session import CaseFileSession

    cf, deadline = moved
    clock_at(cf, "2026-11-27 22:00")
    session = CaseFileSession(None, None)
    session.open(cf)
    try:
        view = DeadlinesView(session.ui)
        qtbot.addWidget(view)
        view.resize(1100, 500)
        view.show()
        qtbot.waitUntil(lambda: deadline in {r.id for r in view.rows}, timeout=WAIT)
        row = next(r for r in view.rows if r.id == deadline)
        assert (row.deadline.due_on, row.group) == (date(2026, 11, 27), Group.OVERDUE)
        assert view.when_text(row) == "day ended in Yerevan at 21:00"
        html = details_html(row, when=view.when_text(row), rule_set=cf.rule_set)
        assert "Due by the end of 27 November 2026 in Yerevan" in html and "Baku" not in html
    finally:
        assert session.ops.wait(WAIT) and session.runner.wait(WAIT)


def test_opening_says_once_over_the_window_that_the_deadline_follows_its_rule(
        qtbot, window, tmp_path, message_boxes) -> None:  # noqa: F811
    """Said over the window as the file opens, under a title that does not claim any date
    was counted again (none was)."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    write_rules("az")
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02",
                               status="convicted")
        cf.deadline_engine.from_rule(captive_id=c.id, rule_id=RULE, trigger=TODAY)
    finally:
        cf.close()
    write_rules("am")
    assert window.open_path(path)
    qtbot.waitUntil(lambda: any(kind == "box" for kind, _text in message_boxes),
                    timeout=20000)
    (said,) = [text for kind, text in message_boxes if kind == "box"]
    assert "its date is unchanged: “Ask the court for a copy of the verdict”: Yerevan." in said
    assert window.case_file is not None
    box = window.notices_box(window.case_file.notices)
    assert box.windowTitle() == "Changed as the case file was opened"


def test_a_long_notice_of_courts_moved_is_not_summed_up_as_dates_counted_again(
        window) -> None:  # noqa: F811
    """Twenty rules moved to another court at once: the box tells it in a line with the list
    in its details, and that line must not say that dates were counted again (none was)."""
    moved = ("24 open deadlines now end with the day at the court their rules give in your "
             "rule files, changed since the case file was last opened; their dates are "
             "unchanged: " + ", ".join(f"“Rule number {n} of the lawyer's own file”: Yerevan"
                                       for n in range(24)) + ".")
    box = window.notices_box((moved,))
    assert box.detailedText() == moved
    assert "counted" not in box.text() and "Show Details…" in box.text()
