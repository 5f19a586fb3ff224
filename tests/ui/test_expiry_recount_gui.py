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
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _text in message_boxes),
                    timeout=20000)
    (said,) = [text for kind, text in message_boxes if kind == "information"]
    assert "Vardanyan Armen, the order from 29\xa0Jan\xa02027: 1\xa0Mar\xa02027 → 28\xa0Feb\xa02027" in said
    assert window.case_file is not None
    (order,) = window.case_file.detention_orders.list()
    assert str(order.expires_on) == "2027-02-28"
