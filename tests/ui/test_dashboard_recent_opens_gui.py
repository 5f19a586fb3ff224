"""The dashboard's Recently changed list: a change to a captive's file opens that file when
chosen, as every other list of the dashboard does (it did nothing); a change about no captive,
or about one deleted since, opens nothing."""

from __future__ import annotations

from caseapp.ui.views.dashboard import CAPTIVE_ROLE, DashboardView


def test_a_recent_change_opens_the_file_of_the_captive_it_changed(qtbot, ui) -> None:
    cf = ui.case_file
    kept = cf.captives.create(names=["Aram Sargsyan"], status="held")
    gone = cf.captives.create(names=["Babken Babayan"], status="held")
    cf.welfare_contacts.create(captive_id=kept.id, contact_on="2026-11-20", kind="family_call")
    cf.captives.delete(gone.id)
    view = DashboardView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.recent.count() >= 4, timeout=10000)
    items = [view.recent.item(i) for i in range(view.recent.count())]
    about_kept = [i for i in items if "Aram Sargsyan" in i.text() or "family" in i.text().lower()]
    assert about_kept and all(i.data(CAPTIVE_ROLE) == kept.id for i in about_kept)
    about_gone = [i for i in items if "Babken" in i.text()]
    assert about_gone and all(i.data(CAPTIVE_ROLE) is None for i in about_gone)
    with qtbot.waitSignal(view.open_captive) as opened:
        view.recent.itemActivated.emit(about_kept[0])
    assert opened.args == [kept.id]
