"""The agenda says "Custody ended" of a detention hearing a release made moot, under its kind
and in the details, where it said "Scheduled" as if the court would still sit (the calendar
file cancels it: tests/services/test_calendar_moot_hearings.py); the trial session of the
same captive, which may go on in absentia, stays scheduled. Today is 2026-11-27."""

from __future__ import annotations

from datetime import date

from caseapp.ui.views.hearing_agenda import state_of
from caseapp.ui.views.hearings import HearingsView
from tests.ui.test_hearings_view import settle

DAY = date(2026, 12, 10)


def test_a_detention_hearing_after_a_release_says_custody_ended(qtbot, ui) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], capture="2026-08-01",
                             status="pre_trial").id
    extension = cf.hearings.create(captive_ids=[cid], starts_at=f"{DAY} 11:00",
                                   timezone="Asia/Baku", kind="detention_extension").id
    trial = cf.hearings.create(captive_ids=[cid], starts_at=f"{DAY} 15:00",
                               timezone="Asia/Baku", kind="trial_session").id
    cf.captives.update(cid, status="released", status_since="2026-11-26")
    view = HearingsView(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.select_date(DAY)
    view.set_mode("day")
    qtbot.waitUntil(lambda: {extension, trial} <= {view.model.record(r).hearing.id
                                                  for r in range(view.model.rowCount())})
    settle(qtbot, ui)
    rows = {view.model.record(r).hearing.id: r for r in range(view.model.rowCount())}
    assert state_of(view.model.record(rows[extension])) == "Custody ended"
    assert "Custody ended" in view.model.index(rows[extension], 1).data()
    assert state_of(view.model.record(rows[trial])) == "Scheduled"
    assert "\n" not in view.model.index(rows[trial], 1).data()
