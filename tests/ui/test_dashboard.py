"""The dashboard shows the demo's counts, silent captives and coming hearings."""

from __future__ import annotations

from caseapp.domain.enums import CaptiveStatus
from caseapp.ui.views.dashboard import DashboardView


def test_dashboard_counts_and_lists(qtbot, ui) -> None:  # noqa: ANN001
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.no_contact.count() > 0, timeout=10000)
    captives = ui.case_file.captives.list()
    for status in CaptiveStatus:
        expected = sum(1 for c in captives if c.status is status)
        assert view.cards[status].count.text() == str(expected)
    assert str(len(captives)) in view.total.text()
    assert view.hearings.count() >= 1
    assert view.recent.count() >= 1
    assert view.deadlines_panel.isVisibleTo(view)


def test_silent_captive_opens_from_the_dashboard(qtbot, ui) -> None:  # noqa: ANN001
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.no_contact.count() > 0, timeout=10000)
    with qtbot.waitSignal(view.open_captive):
        view.no_contact.itemActivated.emit(view.no_contact.item(0))
