"""A deadline added from a rule (the calculator's “Add to captive”) is one step of the undo
history like any other: undone it is deleted (after asking), redone it is there again with
the same date from the same rule, and undone again it is gone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caseapp.ui.dialogs.rule_calculator import RuleCalculator, open_calculator


def _appeal(cf, cid: int) -> list[tuple[date, str]]:
    return [(d.due_on, d.status.value) for d in cf.deadlines.list(captive_id=cid)
            if d.rule_id == "az.verdict.appeal"]


def test_a_deadline_added_from_a_rule_is_undone_redone_and_undone_again(
        qtbot, ui, message_boxes) -> None:
    cf = ui.case_file
    cid = cf.captives.create(names=["Sahakyan Davit"], capture="2026-10-28",
                             status="pre_trial").id
    parent = QWidget()
    qtbot.addWidget(parent)
    open_calculator(ui, parent, captive_id=cid, rule_id="az.verdict.appeal")
    calc = parent.findChild(RuleCalculator)
    calc.trigger.setDate(date(2026, 11, 20))
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    assert _appeal(cf, cid) == [(date(2026, 12, 10), "open")]
    step = ui.ops.next_undo().text()
    assert step == "Add deadline from rule — Sahakyan Davit"
    messages: list[str] = []
    ui.ops.message.connect(messages.append)

    assert ui.ops.undo(), messages
    assert _appeal(cf, cid) == []
    assert ui.ops.redo(), messages  # was: “cannot be added again”, and the step gone
    assert _appeal(cf, cid) == [(date(2026, 12, 10), "open")]
    assert ui.ops.next_undo().text() == step
    assert ui.ops.undo(), messages
    assert _appeal(cf, cid) == []


def _by_hand(qtbot, ui, cid: int, rule_id: str, day: date, **params: int) -> QWidget:
    """The calculator's “Add to captive”; the window it was opened from (keep it)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    open_calculator(ui, parent, captive_id=cid, rule_id=rule_id)
    calc = parent.findChild(RuleCalculator)
    calc.trigger.setDate(day)
    for name, value in params.items():
        calc.params[name].setValue(value)
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    return parent


def _manual(cf, cid: int) -> list[tuple[str, date, str]]:
    return sorted((d.rule_id, d.due_on, d.status.value)
                  for d in cf.deadlines.list(captive_id=cid) if d.trigger_kind == "manual")


def test_an_order_s_expiry_applied_by_hand_undoes_with_the_deadlines_it_set_off(
        qtbot, ui, message_boxes) -> None:
    """The expiry of an order sets off the extension request and the upstream reminders:
    one click, four deadlines; one Undo takes all four back, one Redo gives all four."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Sahakyan Davit"], status="pre_trial").id
    _parent = _by_hand(qtbot, ui, cid, "az.detention.expiry", date(2026, 11, 20), term_months=4)
    added = _manual(cf, cid)
    assert len(added) == 4 and added[0][0].startswith("az.detention.")

    assert ui.ops.undo()
    assert "deletes the 4 deadlines of the rule" in message_boxes[-1][1]
    assert _manual(cf, cid) == []
    assert ui.ops.redo()
    assert _manual(cf, cid) == added
    assert ui.ops.undo()
    assert _manual(cf, cid) == []


def test_undo_of_a_rule_applied_by_hand_is_dropped_once_one_of_its_deadlines_was_closed(
        qtbot, ui, message_boxes) -> None:
    """One of the four marked done meanwhile (the command line, a colleague): Undo deletes
    none of them, and says why."""
    cf = ui.case_file
    cid = cf.captives.create(names=["Sahakyan Davit"], status="pre_trial").id
    _parent = _by_hand(qtbot, ui, cid, "az.detention.expiry", date(2026, 11, 20), term_months=4)
    added = _manual(cf, cid)
    last = max(cf.deadlines.list(captive_id=cid), key=lambda d: d.id)
    cf.deadline_engine.mark_done(last.id, "Extension request filed on 1 March.")
    messages: list[str] = []
    ui.ops.message.connect(messages.append)

    assert not ui.ops.undo()
    assert len(_manual(cf, cid)) == len(added)
    assert "was changed since" in messages[-1], messages
