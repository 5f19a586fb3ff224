"""Opening in the window a case file whose order an earlier version counted later (29 January
2027 + 1 month 1 day: 1 March, where this version counts 28 February) says once, over the
window, which order's expiry was counted again, old day → new day."""

from __future__ import annotations

from pathlib import Path

from caseapp.ui.main_window import MainWindow
from tests.services.test_expiry_recount import stale_file
from tests.ui.test_main_window import settings, window  # noqa: F401 - fixtures


def test_the_window_says_which_expiry_was_counted_again(
        qtbot, window: MainWindow, tmp_path: Path, message_boxes) -> None:  # noqa: F811
    path = tmp_path / "case.db"
    stale_file(path)
    assert window.open_path(path)
    qtbot.waitUntil(lambda: any(kind == "box" for kind, _text in message_boxes),
                    timeout=20000)
    (said,) = [text for kind, text in message_boxes if kind == "box"]
    assert "Vardanyan Armen, the order from 29\xa0Jan\xa02027: 1\xa0Mar\xa02027 → 28\xa0Feb\xa02027" in said
    assert window.case_file is not None
    (order,) = window.case_file.detention_orders.list()
    assert str(order.expires_on) == "2027-02-28"


def test_dozens_of_orders_counted_again_are_listed_in_the_details_and_the_box_fits_the_screen(
        qtbot, window: MainWindow) -> None:  # noqa: F811
    one = ("Vardanyan Armen, the order from 29\xa0Jan\xa02027: 1\xa0Mar\xa02027 → "
           "28\xa0Feb\xa02027")
    notice = "The expiries of 40 detention orders were counted again …: " + "; ".join([one] * 40)
    box = window.notices_box((notice,))
    # every order, old day and new day (the details' plain text has plain spaces)
    assert box.detailedText().replace("\xa0", " ") == notice.replace("\xa0", " ")
    assert one not in box.text()
    box.show()
    qtbot.waitExposed(box)
    assert box.sizeHint().height() < 600  # OK stays on a small screen (1024×600)
    box.close()
    short = window.notices_box((one,))
    assert short.text() == one and short.detailedText() == ""


def test_the_window_says_which_rule_applied_by_hand_was_counted_again(
        qtbot, window: MainWindow, tmp_path: Path, message_boxes) -> None:  # noqa: F811
    """A rule of 1 month 1 day applied by hand to 29 January 2027 from the deadline calculator
    by a version that counted the months first (1 March): 28 February, said over the window."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from tests.conftest import TODAY
    from tests.services.test_hand_rule_recount import applied_by_an_earlier_version

    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                   status="pre_trial")
        applied_by_an_earlier_version(cf, armen.id)
    finally:
        cf.close()
    assert window.open_path(path)
    qtbot.waitUntil(lambda: any(kind == "box" for kind, _text in message_boxes),
                    timeout=20000)
    (said,) = [text for kind, text in message_boxes if kind == "box"]
    assert ("Vardanyan Armen, “Detention order expires” applied to 29\xa0Jan\xa02027: "
            "1\xa0Mar\xa02027 → 28\xa0Feb\xa02027") in said
    assert window.case_file is not None
    assert "2027-02-28" in {str(d.due_on) for d in window.case_file.deadlines.list()}
    assert "2027-03-01" not in {str(d.due_on) for d in window.case_file.deadlines.list()}


def test_the_window_says_which_deadline_of_a_rule_of_ones_own_was_counted_again(
        qtbot, window: MainWindow, tmp_path: Path, message_boxes) -> None:  # noqa: F811
    """A rule of the lawyer's own rule files, 1 month 1 day from a WGAD transmission on 30
    October 2026, counted months first by an earlier version (1 December): 30 November, said
    over the window; a long list's summary names such rules too."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file
    from tests.conftest import TODAY
    from tests.services.test_own_rule_recount import (
        transmitted_under_an_earlier_version,
        write_own_rules,
    )

    write_own_rules()
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="tester", today=lambda: TODAY)
    try:
        armen = cf.captives.create(names=["Vardanyan Armen"], capture="2026-11-01",
                                   status="pre_trial")
        transmitted_under_an_earlier_version(cf, armen.id)
    finally:
        cf.close()
    assert window.open_path(path)
    qtbot.waitUntil(lambda: any(kind == "box" for kind, _text in message_boxes),
                    timeout=20000)
    (said,) = [text for kind, text in message_boxes if kind == "box"]
    assert ("Vardanyan Armen, “Government's reply expected (our practice)” applied to "
            "30\xa0Oct\xa02026: 1\xa0Dec\xa02026 → 30\xa0Nov\xa02026") in said
    assert window.case_file is not None
    days = {str(d.due_on) for d in window.case_file.deadlines.list()}
    assert "2026-11-30" in days and "2026-12-01" not in days
    long = window.notices_box((said + "; " + "; ".join([said] * 10),))
    assert "Show Details… lists each change" in long.text()
    assert long.detailedText().count("was counted again") == 11 * said.count("was counted again")


def test_a_file_open_read_only_says_in_its_title_that_nothing_was_changed(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch, message_boxes) -> None:  # noqa: F811
    """A file open read-only changes nothing as it opens: its box of notices (what the next
    opening where it can be written will count again) was titled "Changed as the case file
    was opened", and its summary of a long list said that opening it had changed deadlines."""
    from PySide6.QtWidgets import QMessageBox

    from caseapp.db import read_only
    from caseapp.domain.messages import msg

    path = tmp_path / "case.db"
    stale_file(path)
    monkeypatch.setattr(read_only, "reason_not_writable",
                        lambda _path: msg("you may not write to its folder"))
    titles: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: titles.append(box.windowTitle()) or 0)
    assert window.open_path(path)
    qtbot.waitUntil(lambda: bool(titles), timeout=20000)
    assert titles == ["Not changed: the case file is open read-only"]
    assert window.case_file is not None
    (notice,) = window.case_file.notices
    long = window.notices_box((notice + "; " + "; ".join([notice] * 10),), changed=False)
    assert "nothing in it was changed" in long.text() and "Opening the case file changed" \
        not in long.text()
    assert window.notices_box((notice,)).windowTitle() == "Changed as the case file was opened"
