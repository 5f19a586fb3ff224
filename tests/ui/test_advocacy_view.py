"""The advocacy log: filtering, overdue follow-ups in red, jumping to captives, and the
intervention dialog (with refused input that changes nothing)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from caseapp.domain.enums import InterventionStatus
from caseapp.ui.views import advocacy as advocacy_module
from caseapp.ui.views.advocacy import (
    CAPTIVES_COLUMN,
    COLUMN_NAMES,
    AdvocacyView,
    intervention_dialog,
)
from caseapp.ui.views.intervention_rows import OVERDUE, is_overdue
from tests.conftest import TODAY

FOLLOW_UP = COLUMN_NAMES.index("follow_up")
SUBJECT = COLUMN_NAMES.index("subject")




def settle(qtbot, ui) -> None:
    qtbot.waitUntil(lambda: ui.runner.active == 0)


@pytest.fixture
def view(qtbot, ui):
    v = AdvocacyView(ui)
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0)
    settle(qtbot, ui)
    return v


def _subjects(view) -> list[str]:
    return [view.proxy.index(r, SUBJECT).data() for r in range(view.proxy.rowCount())]


def _statuses(view) -> set[str]:
    status = COLUMN_NAMES.index("status")
    return {view.proxy.index(r, status).data() for r in range(view.proxy.rowCount())}


def _row_of(view, subject: str) -> int:
    return _subjects(view).index(subject)


def test_log_lists_every_intervention_newest_first(view, ui) -> None:
    interventions = ui.case_file.interventions.list()
    assert view.proxy.rowCount() == len(interventions)
    assert _subjects(view)[0] == max(interventions, key=lambda i: (i.made_on, i.id)).subject
    row = _row_of(view, "Lawyer access for T. Vardanyan")
    addressee = view.proxy.index(row, COLUMN_NAMES.index("addressee")).data()
    assert "Ombudsman" in addressee and "—" in addressee  # organisation — person
    assert view.proxy.index(row, CAPTIVES_COLUMN).data() == "Tigran Vardanyan"


def test_text_and_status_filters(qtbot, view, ui) -> None:
    qtbot.keyClicks(view.search, "Stepanyan")
    expected = {i.subject for i in ui.case_file.interventions.list()
                if any("Stepanyan" in c.latin_name
                       for c in ui.case_file.captives.list(ids=i.captive_ids))}
    qtbot.waitUntil(lambda: set(_subjects(view)) == expected)
    view.search.clear()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == view.model.rowCount())
    view.set_status_filter(InterventionStatus.CLOSED)
    assert _statuses(view) == {"Closed"}
    view.set_status_filter(advocacy_module.OPEN)
    assert _statuses(view) and "Closed" not in _statuses(view)


def test_overdue_follow_ups_are_red_and_can_be_filtered(view, ui) -> None:
    late = {i.subject for i in ui.case_file.interventions.list() if is_overdue(i, TODAY)}
    assert len(late) >= 2  # the demo has some
    for r in range(view.proxy.rowCount()):
        index = view.proxy.index(r, FOLLOW_UP)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if view.proxy.index(r, SUBJECT).data() in late:
            assert brush is not None and brush.color().name() == OVERDUE
            assert "overdue" in index.data(Qt.ItemDataRole.ToolTipRole)
        else:
            assert brush is None
    view.set_status_filter(advocacy_module.OVERDUE)
    assert set(_subjects(view)) == late
    assert str(len(late)) in view.overdue.text()


def test_jump_to_captive_from_the_captives_column(qtbot, view, ui) -> None:
    row = _row_of(view, "Lawyer access for T. Vardanyan")
    view.table.selectRow(row)
    intervention = view.current_row().intervention
    with qtbot.waitSignal(view.open_captive) as signal:
        view.table.doubleClicked.emit(view.proxy.index(row, CAPTIVES_COLUMN))
    assert signal.args == [intervention.captive_ids[0]]
    # several captives: the details list opens each of them
    view.table.selectRow(_row_of(view, "Request to observe the joint trial"))
    assert view.captives.count() == len(view.current_row().captive_ids) > 1
    with qtbot.waitSignal(view.open_captive) as signal:
        view.captives.itemActivated.emit(view.captives.item(1))
    assert signal.args == [view.current_row().captive_ids[1]]


def test_adding_an_intervention_through_the_dialog(qtbot, view, ui) -> None:
    someone = ui.case_file.captives.list()[0].id
    dialog = intervention_dialog(ui, view.log.organisations, view.log.contacts, parent=view)
    qtbot.addWidget(dialog)
    dialog.widgets["subject"].setText("Request for a consular visit")
    dialog.widgets["organisation_id"].set_value(view.log.organisations[0].id)
    dialog.widgets["follow_up_on"].set_value(TODAY + timedelta(days=10))
    dialog.widgets["captive_ids"].set_value([someone])
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: "Request for a consular visit" in _subjects(view))
    assert view.current_row().intervention.subject == "Request for a consular visit"
    settle(qtbot, ui)
    assert ui.undo.count() == 1
    ui.ops.undo()
    qtbot.waitUntil(lambda: "Request for a consular visit" not in _subjects(view))


@pytest.mark.parametrize(("made_on", "follow_up", "field"), [
    (TODAY + timedelta(days=3), None, "made_on"),  # in the future
    (TODAY, TODAY - timedelta(days=5), "follow_up_on"),  # follow-up before the intervention
    ("2026-11-31", None, "made_on"),  # no such day
])
def test_invalid_intervention_keeps_the_dialog_open(qtbot, view, ui, made_on, follow_up,
                                                    field) -> None:
    before = len(ui.case_file.interventions.list())
    dialog = intervention_dialog(ui, view.log.organisations, view.log.contacts, parent=view)
    qtbot.addWidget(dialog)
    dialog.widgets["subject"].setText("Kept after the error")
    dialog.widgets["made_on"].set_value(made_on)
    dialog.widgets["follow_up_on"].set_value(follow_up)
    dialog.try_save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.errors[field].isHidden() and dialog.errors[field].text()
    assert dialog.widgets["subject"].text() == "Kept after the error"
    assert len(ui.case_file.interventions.list()) == before


def test_editing_keeps_what_was_not_touched(qtbot, view, ui) -> None:
    view.table.selectRow(_row_of(view, "Health concerns of G. Stepanyan"))
    original = view.current_row().intervention
    dialog = intervention_dialog(ui, view.log.organisations, view.log.contacts, original,
                                 parent=view)
    qtbot.addWidget(dialog)
    dialog.widgets["status"].set_value(InterventionStatus.ANSWERED)
    dialog.widgets["response"].setPlainText("The Ombudsman will visit.")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settle(qtbot, ui)
    saved = ui.case_file.interventions.get(original.id)
    assert saved.status is InterventionStatus.ANSWERED
    assert saved.response == "The Ombudsman will visit."
    assert (saved.subject, saved.captive_ids, saved.contact_id, saved.follow_up_on) == \
        (original.subject, original.captive_ids, original.contact_id, original.follow_up_on)
    ui.ops.undo()
    settle(qtbot, ui)
    assert ui.case_file.interventions.get(original.id) == original


def test_models_pass_the_model_tester(qtmodeltester, view) -> None:
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_open_captive_is_offered_only_for_an_intervention_about_someone(qtbot, view, ui) -> None:
    """A note to the press about the detainees in general concerns no one: “Open captive…”
    did nothing when pressed; it is greyed out, as for no selection."""
    general = ui.case_file.interventions.create(made_on="2026-11-20", subject="Press briefing",
                                                status="sent")
    qtbot.waitUntil(lambda: "Press briefing" in _subjects(view), timeout=10000)
    assert view.select_intervention(general.id)
    assert not view.buttons["open"].isEnabled()
    assert view.buttons["edit"].isEnabled() and view.buttons["delete"].isEnabled()
    view.table.selectRow(_row_of(view, "Request to observe the joint trial"))
    assert view.buttons["open"].isEnabled()
