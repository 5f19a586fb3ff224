"""A hearing moved twice, then the moves undone and redone: the captives list, the header of
the captive's file, the dashboard's hearings of the next 14 days and the detention clock
name the same next hearing after every step, in the court's zone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import HEARING
from caseapp.ui.formats import long_date, time_text
from caseapp.ui.views.formatters import short_when
from tests.ui.small_screen import demo_window

WAIT = 10000


def _surfaces(qtbot, window, cid: int) -> dict[str, object]:
    cf = window.session.ui.case_file
    expected = cf.deadline_engine.clock(cid).next_hearing
    window.show_view("captives")
    captives = window.views["captives"]

    def in_list() -> object:
        row = captives.model.row_of(cid)
        return captives.model.row_at(row).next_hearing if row >= 0 else "not listed"
    qtbot.waitUntil(lambda: in_list() == expected, timeout=WAIT)
    window.show_view("dashboard")
    dashboard = window.views["dashboard"]
    day = short_when(expected, weekday=True)  # as the dashboard writes it

    def listed() -> list[str]:
        return [dashboard.hearings.item(i).text() for i in range(dashboard.hearings.count())
                if "Zadig" in dashboard.hearings.item(i).text()]
    qtbot.waitUntil(lambda: any(day in t for t in listed()), timeout=WAIT)
    window.open_captive(cid)
    page = window.views["captive"]
    said = f"Next hearing {long_date(expected.date())} {time_text(expected)}"
    qtbot.waitUntil(lambda: page.file is not None and said in page.header.facts.text(),
                    timeout=WAIT)
    return {"clock": expected, "dashboard": listed()}


def _move(qtbot, window, hearing_id: int, when: datetime) -> None:
    ui = window.session.ui
    dialog = dlg.make_edit_dialog(ui, HEARING, ui.case_file.hearings.get(hearing_id))
    qtbot.addWidget(dialog)
    dialog.widgets["starts_at"].set_value(when)
    dialog.try_save()
    assert dialog.result_value is not None, dialog.general_error.text()


@pytest.mark.parametrize("zone", ["Asia/Baku", "America/Los_Angeles"])
def test_a_hearing_moved_twice_is_the_same_next_hearing_everywhere(
        qtbot, tmp_path: Path, demo_template: Path, zone: str) -> None:
    court = ZoneInfo(zone)
    with demo_window(qtbot, tmp_path, "en", demo_template) as window:
        cf = window.session.ui.case_file
        cid = cf.captives.create(names=["Zadig Zadigyan"], status="pre_trial",
                                 capture="2026-03-01").id
        first = datetime(2026, 12, 3, 10, 0, tzinfo=court)
        h = cf.hearings.create(captive_ids=[cid], starts_at=first, timezone=zone,
                               kind="trial_session")
        seen = [_surfaces(qtbot, window, cid)["clock"]]
        # moved to the 8th, then to 23:30 on the 1st (a day near midnight)
        for when in (datetime(2026, 12, 8, 10, 0, tzinfo=court),
                     datetime(2026, 12, 1, 23, 30, tzinfo=court)):
            _move(qtbot, window, h.id, when)
            seen.append(_surfaces(qtbot, window, cid)["clock"])
        undo, redo = window.actions_by_id["undo"], window.actions_by_id["redo"]
        for action in (undo, undo, redo, redo):
            action.trigger()
            seen.append(_surfaces(qtbot, window, cid)["clock"])
        days = [s.strftime("%d %H:%M") for s in seen]  # type: ignore[union-attr]
        assert days == ["03 10:00", "08 10:00", "01 23:30", "08 10:00", "03 10:00",
                        "08 10:00", "01 23:30"]
