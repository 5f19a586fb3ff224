"""Redo of a merge of a captive recorded twice merges those two records again, never a
captive added since under the number the other record had once the undo gave it back."""

from __future__ import annotations

from caseapp.services.captive_merge import merge_captives
from caseapp.ui.dialogs.merge_captives import MergeCommand


def test_redo_of_a_merge_never_merges_a_captive_who_took_the_number(ui, message_boxes) -> None:
    cf = ui.case_file
    keep = cf.captives.create(names=["Armen Vardanyan"], status="pre_trial").id
    other = cf.captives.create(names=["Արմեն Վարդանյան"], status="pre_trial").id
    result = ui.ops.run(lambda c: merge_captives(c, keep, other)).value
    ui.ops.push(cf, MergeCommand("Merge captives", result, []))
    assert ui.ops.undo()  # the other record is back, under its number
    cf.captives.delete(other)  # the command line: it was a mistake after all
    newcomer = cf.captives.create(names=["Anahit Davtyan"], status="convicted").id
    assert newcomer == other
    messages: list[str] = []
    ui.ops.message.connect(messages.append)

    assert not ui.ops.redo()

    assert cf.captives.get(newcomer).latin_name == "Anahit Davtyan"  # not merged away
    assert [n.full_name for n in cf.captives.get(keep).names] == ["Armen Vardanyan"]
    assert "Merge captives" in messages[-1], messages
