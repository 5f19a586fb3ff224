"""Opening in the window a case file whose extension motion an earlier version put on Thu
11 March 2027, the day after Eid al-Fitr's estimated second day, says once, over the window,
that it was counted again to Fri 5 March, and the Deadlines view then shows that day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseapp.ui.main_window import MainWindow
from tests.services.test_estimated_holiday_recount import MOTION, left_by_an_earlier_version
from tests.ui.test_main_window import settings, window  # noqa: F401 - fixtures


def _stale_file(path: Path) -> None:
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from tests.conftest import TODAY

    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                   status="pre_trial")
        cf.detention_orders.create(captive_id=armen.id, start_date="2026-11-16",
                                   term_months=4)
        left_by_an_earlier_version(cf, [d.id for d in cf.deadlines.list()
                                        if d.rule_id == MOTION])
    finally:
        cf.close()


def test_the_window_says_which_deadline_was_counted_again(
        qtbot, window: MainWindow, tmp_path: Path, message_boxes) -> None:  # noqa: F811
    path = tmp_path / "case.db"
    _stale_file(path)
    assert window.open_path(path)
    qtbot.waitUntil(lambda: any(kind == "box" for kind, _text in message_boxes),
                    timeout=20000)
    (said,) = [text for kind, text in message_boxes if kind == "box"]
    said = said.replace("\xa0", " ")
    assert "only estimates" in said
    assert "Vardanyan Armen" in said and "11 Mar 2027 → 5 Mar 2027" in said
    assert window.case_file is not None
    (motion,) = [d for d in window.case_file.deadlines.list()
                 if d.rule_id == MOTION]
    assert motion.due_on == date(2027, 3, 5)
