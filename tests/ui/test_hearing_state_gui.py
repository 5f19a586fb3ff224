"""The hearing dialogs record what became of a hearing; the hearings view says it; a hearing
saved as adjourned to a day offers the hearing of that day, with the same court, kind, judge,
case and defendants (never added without the lawyer's yes)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QDialog, QMessageBox

from caseapp.domain.enums import HearingState
from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs import next_hearing
from caseapp.ui.dialogs.record_dialog import RecordDialog
from caseapp.ui.dialogs.record_kinds import HEARING
from caseapp.ui.views import hearing_writes
from caseapp.ui.views.hearings import HearingsView
from tests.ui.test_hearings_view import _show_joint_day, settle


def test_adjourning_a_hearing_offers_the_next_one_prefilled_and_the_view_says_it(
        qtbot, ui, monkeypatch) -> None:
    view = HearingsView(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    settle(qtbot, ui)
    _show_joint_day(qtbot, view)
    hearing = view.current_row().hearing
    to = hearing.starts_at.date() + timedelta(days=21)
    asked: list[str] = []
    monkeypatch.setattr(next_hearing.QMessageBox, "question", lambda _p, _t, text, *_a: (
        asked.append(text) or QMessageBox.StandardButton.Yes))
    opened: list[RecordDialog] = []

    def run(dialog: RecordDialog):  # the edit saved as adjourned, then the offered one shown
        qtbot.addWidget(dialog)
        opened.append(dialog)
        if len(opened) > 1:
            return None
        assert [dialog.widgets["state"].itemData(i)
                for i in range(dialog.widgets["state"].count())] == list(HearingState)
        dialog.widgets["state"].set_value(HearingState.ADJOURNED)
        dialog.widgets["next_date"].set_value(to)
        dialog.try_save()
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.result_value
    monkeypatch.setattr(hearing_writes, "run_dialog", run)
    view.edit_hearing()
    settle(qtbot, ui)

    assert ui.case_file.hearings.get(hearing.id).state is HearingState.ADJOURNED
    assert len(asked) == 1 and str(to.day) in asked[0]
    offered = opened[1].values()
    starts = datetime.fromisoformat(str(offered["starts_at"]))
    assert (starts.date(), starts.time()) == (to, hearing.starts_at.time().replace(tzinfo=None))
    assert offered["timezone"] == hearing.timezone
    assert (offered["court"], offered["kind"], offered["judge"]) == (
        hearing.court, hearing.kind, hearing.judge)
    assert sorted(offered["captive_ids"]) == sorted(hearing.captive_ids)
    assert offered["state"] == HearingState.SCHEDULED
    # The agenda says what became of it, under its kind, and the selected hearing too.
    _show_joint_day(qtbot, view)
    qtbot.waitUntil(lambda: "Adjourned to" in view.proxy.index(0, 1).data())
    assert "Adjourned to" in view.detail_fields["state"].text()


def test_the_captive_files_hearing_dialog_has_the_state(qtbot, ui) -> None:
    cid = ui.case_file.captives.create(names=["Vardanyan Armen"], status="pre_trial").id
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=cid)
    qtbot.addWidget(dialog)
    combo = dialog.widgets["state"]
    assert combo.value() == HearingState.SCHEDULED
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Scheduled", "Held", "Adjourned", "Cancelled"]  # not a captive "Held, no charges known"


def test_undoing_and_redoing_a_verdicts_cancellation_closes_and_opens_its_deadlines(
        qtbot, session) -> None:
    """Edit → Undo of "cancelled" on a verdict hearing gives its appeal deadline back, open,
    on its day; Redo closes it again: the two steps are symmetrical."""
    from caseapp.domain.enums import DeadlineStatus

    cf = session.case_file
    cid = cf.captives.create(names=["Vardanyan Armen"], status="on_trial").id
    hid = cf.hearings.create(captive_ids=[cid], starts_at="2026-11-20T11:00",
                             timezone="Asia/Baku", kind="verdict",
                             outcome="Sentenced to 15 years").id
    before = {d.id: (d.status, d.due_on) for d in cf.deadlines.list(captive_id=cid)}
    assert before and all(s is DeadlineStatus.OPEN for s, _ in before.values())

    def now() -> dict[int, tuple[DeadlineStatus, object]]:
        return {d.id: (d.status, d.due_on) for d in cf.deadlines.list(captive_id=cid)}
    session.ops.update("hearings", hid, {"state": "cancelled"}, action="Edit hearing",
                       describe=lambda h: "")
    closed = {i: (DeadlineStatus.DISMISSED, day) for i, (_, day) in before.items()}
    assert now() == closed
    assert session.ops.undo()
    assert now() == before
    assert session.ops.redo()
    assert now() == closed
    assert session.ops.undo()
    assert now() == before
