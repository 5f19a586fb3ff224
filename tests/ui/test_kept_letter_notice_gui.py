"""Keep, in the letter dialog, says when the copy is kept above the letter's level: a
shareable letter to a contact marked internal is kept internal (it names them)."""

from __future__ import annotations

from caseapp.domain.enums import Sensitivity
from caseapp.ui.dialogs.letter_dialog import LetterDialog
from tests.ui.test_reports_gui import CAPTIVE, WAIT, click, demo_id


def test_keep_says_the_copy_is_kept_at_the_addressees_level(qtbot, ui) -> None:
    cf = ui.case_file
    cid = demo_id(cf, CAPTIVE)
    to = next(c for c in cf.contacts.list() if c.name == "Pierre Modèle")
    assert to.sensitivity is Sensitivity.INTERNAL
    dialog = LetterDialog(ui, captive_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_template("icrc_request_en")
    qtbot.waitUntil(lambda: dialog.contact.isEnabled(), timeout=WAIT)
    dialog.set_contact(to.id)
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    for name, value in dialog.values().items():  # what the demo does not give
        if not value:
            qtbot.keyClicks(dialog.field_edits[name], f"Given {name}")
    click(qtbot, dialog.generate_button)
    qtbot.waitUntil(lambda: dialog.result_file is not None, timeout=WAIT)
    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: getattr(dialog, "kept", None) is not None, timeout=WAIT)
    assert dialog.kept.document.sensitivity is Sensitivity.INTERNAL
    assert ("The copy is kept at the internal level, not the letter's shareable level: it "
            "names an addressee marked internal.") in dialog.status.text()
