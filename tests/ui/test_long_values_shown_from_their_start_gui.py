"""A long value a record dialog opens with is shown from its start: the charge's criminal
code, «Уголовный кодекс Азербайджанской Республики», read «…овный кодекс Азербайджанской
Республики» in Russian (and the Armenian the same, cut at its first words), the field
scrolled to the end where Qt puts the cursor; a hearing's time zone, and a name typed long
ago, the same in an edit dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit

from caseapp.ui.language import apply_language


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_criminal_code_shows_its_first_words(lang: str, qtbot, qapp, armenian_ui) -> None:
    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs.record_kinds import CHARGE

    apply_language(qapp, lang)  # put back after the test (tests/conftest)
    captive_id = armenian_ui.case_file.captives.list()[0].id
    dialog = dlg.make_add_dialog(armenian_ui, CHARGE, captive_id=captive_id)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.minimumWidth(), dialog.height())
    dialog.show()
    qtbot.waitExposed(dialog)
    code = dialog.widgets["code"]
    assert isinstance(code, QLineEdit)
    # longer than its field at the dialog's least width: the case this test is about
    assert code.fontMetrics().horizontalAdvance(code.text()) > code.width()
    assert code.cursorPosition() == 0


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_an_edited_hearings_zone_shows_its_first_words(lang: str, qtbot, qapp,
                                                       armenian_ui) -> None:
    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs.record_kinds import HEARING

    apply_language(qapp, lang)
    hearing = armenian_ui.case_file.hearings.list()[0]
    dialog = dlg.make_edit_dialog(armenian_ui, HEARING, hearing)
    qtbot.addWidget(dialog)
    zone = dialog.widgets["timezone"]
    assert isinstance(zone, QComboBox) and zone.lineEdit() is not None
    assert zone.currentText()
    assert zone.lineEdit().cursorPosition() == 0
