"""The dashboard shows the demo's counts, silent captives and coming hearings."""

from __future__ import annotations

from caseapp.domain.enums import CaptiveStatus
from caseapp.ui.views.dashboard import DashboardView


def test_dashboard_counts_and_lists(qtbot, ui) -> None:
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


def test_silent_captive_opens_from_the_dashboard(qtbot, ui) -> None:
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.no_contact.count() > 0, timeout=10000)
    with qtbot.waitSignal(view.open_captive):
        view.no_contact.itemActivated.emit(view.no_contact.item(0))


def test_a_pow_confined_beyond_art_103_is_listed(qtbot, ui) -> None:
    from datetime import date

    from caseapp.services.reminders import Attention, AttentionItem, Group

    view = DashboardView(ui)
    qtbot.addWidget(view)
    item = AttentionItem("pow_confinement", 7, "Սարգսյան Լևոն", "sentence", date(2026, 10, 31),
                         days=119, limit=92)
    view.show_attention(Attention(date(2026, 11, 27), (item,), {g: 0 for g in Group}))
    [text] = [view.attention.item(i).text() for i in range(view.attention.count())]
    assert text == ("Սարգսյան Լևոն: Prisoner of war confined awaiting trial for 119 days; "
                    "GC III Art. 103 allows three months (until 2026-10-31).")
