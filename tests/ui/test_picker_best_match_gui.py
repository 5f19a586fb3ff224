"""Enter in a captive picker takes the best match of what was typed, not the first name of the
alphabet among those that only sound alike: a hearing's co-defendant is the person named."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import HEARING
from tests.ui.driving import picker_of, shown_ids

WAIT = 10000


def test_enter_takes_the_name_typed_not_a_namesake_by_sound(qtbot, ui) -> None:
    cf = ui.case_file
    owner = cf.captives.create(names=["Davit Hakobyan"], status="pre_trial").id
    by_sound = cf.captives.create(names=["Vardanov Ruben"], status="pre_trial").id
    wanted = cf.captives.create(names=["Վարդանյան Ռուբեն", "Vardanyan Ruben"],
                                status="pre_trial").id
    dialog = dlg.make_add_dialog(ui, HEARING, captive_id=owner)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = picker_of(dialog)
    qtbot.waitUntil(lambda: picker.total is not None, timeout=WAIT)
    picker.search.setFocus()
    with qtbot.waitSignal(picker.searched, timeout=WAIT):
        qtbot.keyClicks(picker.search, "Vardanyan Ruben")
    qtbot.waitUntil(lambda: picker.search.text() == "Vardanyan Ruben"
                    and set(shown_ids(picker)) == {wanted, by_sound}, timeout=WAIT)
    assert shown_ids(picker)[0] == wanted  # listed first, and highlighted
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.value() == [owner, wanted]
