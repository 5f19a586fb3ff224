"""The travel merge's report in the window: with no conflict but a day changed on both sides
(settled on the earlier of the two, which may be the copy's or this file's), its heading said
"Every change of the travel copy was applied", above a line saying one of this file's days
gave way; it now says a day was settled on the earlier of the two."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from caseapp.ui.dialogs.travel import show_merge_report


def _heading(qtbot, earlier: bool) -> str:
    parent = QWidget()
    qtbot.addWidget(parent)
    show_merge_report(parent, ["Added: 0 records.", "• its expiry was changed both here …"],
                      0, earlier)
    box = parent.findChild(QDialog, "travel_merge_report")
    assert box is not None
    text = box.findChild(QLabel).text()
    box.close()
    return text


def test_the_heading_says_a_day_was_settled_on_the_earlier(qtbot) -> None:
    assert "earlier of the two" in _heading(qtbot, True)
    assert "Every change" not in _heading(qtbot, True)
    assert _heading(qtbot, False) == "Every change of the travel copy was applied."
