"""A name's, a proceeding's and a contact's language is chosen and shown by its name in the
interface's language ("Армянский"), never as the code stored ("hy"); a code or a name may
still be typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.ui.dialogs import captive_dialogs as dlg
from caseapp.ui.dialogs.record_kinds import NAME
from caseapp.ui.language import apply_language
from caseapp.ui.views.captive_columns import name_columns
from caseapp.ui.views.captive_header import name_tag
from caseapp.ui.widgets.fields import LanguageCombo

ARMENIAN = {"en": "Armenian", "ru": "Армянский", "hy": "Հայերեն"}
GEORGIAN = {"en": "Georgian", "ru": "грузинский", "hy": "վրացերեն"}


@pytest.mark.parametrize("lang", ["en", "ru", "hy"])
def test_a_new_captive_s_name_language_is_named_not_coded(lang: str, qtbot, ui) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    dialog = dlg.make_new_captive_dialog(ui)
    qtbot.addWidget(dialog)
    combo = dialog.widgets["native_language"]
    assert isinstance(combo, LanguageCombo)
    assert combo.currentText() == ARMENIAN[lang] and combo.value() == "hy"

    for typed, code in (("az", "az"), ("RU", "ru"), (GEORGIAN[lang], "ka"), ("Kurdish", "ku"),
                        ("", ""), ("Lezgi dialect", "Lezgi dialect")):
        combo.setCurrentText(typed)
        assert combo.value() == code, typed


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_a_recorded_language_reads_as_its_name_in_the_captive_file(lang: str, qtbot, ui) -> None:
    apply_language(QCoreApplication.instance(), lang)
    cf = ui.case_file
    cid = cf.captives.create(names=[{"full_name": "Արամ Սարգսյան", "language": "hy",
                                     "kind": "native", "is_primary": True}],
                             capture="2023-09-20", status="held").id
    name = cf.captives.get(cid).names[0]
    language_column = next(c for c in name_columns() if c.title == "Language")
    assert language_column.text(name) == ARMENIAN[lang]
    assert ARMENIAN[lang] in name_tag(name) and " hy" not in name_tag(name)

    dialog = dlg.make_edit_dialog(ui, NAME, name)
    qtbot.addWidget(dialog)
    assert dialog.widgets["language"].currentText() == ARMENIAN[lang]
    assert dialog.changed_values() == {}  # shown by name, read back as the same code
