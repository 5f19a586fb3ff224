"""The agenda says a sitting still recorded scheduled is "Not recorded" once its day is over
where the court sits: in Paris at 22:30 a sitting of this morning in Baku (its day ended at
21:00 here) asks for what became of it, though the laptop's day is the same."""

from __future__ import annotations

from datetime import date

from caseapp.ui.views.hearing_agenda import state_of
from caseapp.ui.views.hearings import HearingsView
from tests.services.test_deadline_hour_passed import clock_at
from tests.ui.test_hearings_view import settle

DAY = date(2026, 11, 27)


def _state_on(qtbot, ui, when: str, hearing_id: int) -> str:
    clock_at(ui.case_file, when)
    view = HearingsView(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.select_date(DAY)
    view.set_mode("day")
    qtbot.waitUntil(lambda: any(view.model.record(r).hearing.id == hearing_id
                                for r in range(view.model.rowCount())))
    settle(qtbot, ui)
    (row,) = [view.model.record(r) for r in range(view.model.rowCount())
              if view.model.record(r).hearing.id == hearing_id]
    return state_of(row)


def test_a_baku_sitting_is_over_at_22_30_in_paris(qtbot, ui, in_paris) -> None:
    cid = ui.case_file.captives.create(names=["Vardanyan Armen"], capture="2026-01-10",
                                       status="on_trial").id
    hearing = ui.case_file.hearings.create(captive_ids=[cid], starts_at=f"{DAY} 10:00",
                                           timezone="Asia/Baku", kind="trial_session").id
    assert _state_on(qtbot, ui, f"{DAY} 20:30", hearing) == "Scheduled"
    assert _state_on(qtbot, ui, f"{DAY} 22:30", hearing) == "Not recorded"
