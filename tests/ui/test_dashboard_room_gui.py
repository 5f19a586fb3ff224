"""The dashboard at 1024×768 in Armenian, Russian and English: at least five recent changes
whole, one line each (a change took two lines and the box showed one and a half), and the
items that need attention in sight beside the hearings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QListWidget

from caseapp.ui.views.dashboard import CAPTIVE_ROLE
from tests.ui.captive_pages import WAIT
from tests.ui.small_screen import demo_window


def _whole_rows(widget: QListWidget) -> int:
    """How many of the list's rows are in sight whole (from its top, unscrolled)."""
    viewport = widget.viewport().rect()
    return sum(1 for row in range(widget.count())
               if viewport.contains(widget.visualItemRect(widget.item(row))))


@pytest.mark.parametrize("language", ["hy", "ru", "en"])
def test_five_recent_changes_and_the_attention_items_in_sight(
        qtbot, tmp_path: Path, armenian_demo_template: Path, language: str) -> None:
    with demo_window(qtbot, tmp_path, language, armenian_demo_template) as window:
        window.show_view("dashboard")
        view = window.views["dashboard"]
        qtbot.waitUntil(lambda: view.recent.count() >= 5 and view.attention.count() >= 2,
                        timeout=WAIT)
        qtbot.wait(50)  # laid out (no time asserted)
        assert _whole_rows(view.recent) >= 5
        assert _whole_rows(view.attention) >= 2
        text = view.recent.item(0).text()
        assert view.recent.item(0).toolTip() == text  # the whole change, however long


@pytest.mark.parametrize("language", ["hy", "ru"])
def test_each_hearing_of_the_next_14_days_on_one_line(
        qtbot, tmp_path: Path, armenian_demo_template: Path, language: str) -> None:
    """A hearing of the next 14 days went on two or three lines at 1024×768 (its long kind,
    its co-defendants): one line each now, its kind said short as in the Hearings list, the
    whole of it in its tooltip (the kind in full, every captive, the court and the hour)."""
    from caseapp.domain.enums import HearingKind
    from caseapp.ui.labels import label, short_hearing_kind

    with demo_window(qtbot, tmp_path, language, armenian_demo_template) as window:
        window.show_view("dashboard")
        view = window.views["dashboard"]
        qtbot.waitUntil(lambda: view.hearings.count() >= 2
                        and view.hearings.item(0).data(CAPTIVE_ROLE) is not None, timeout=WAIT)
        qtbot.wait(50)  # laid out (no time asserted)
        hearings = view.hearings
        line = hearings.fontMetrics().lineSpacing()
        shortened = 0
        for row in range(hearings.count()):
            item = hearings.item(row)
            assert hearings.visualItemRect(item).height() < 2 * line, item.text()
            kind = next(k for k in HearingKind if f"  {short_hearing_kind(k)} — " in item.text())
            assert label(kind) in item.toolTip()  # the kind in full
            assert item.toolTip().startswith(item.text().replace(short_hearing_kind(kind), label(kind)))
            shortened += short_hearing_kind(kind) != label(kind)
        assert shortened, "no hearing with a long kind: the test shows nothing"
        assert not hearings.horizontalScrollBar().isVisible()  # cut with "…", not scrolled
