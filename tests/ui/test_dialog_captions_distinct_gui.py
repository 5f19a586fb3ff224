"""No two fields of a record dialog are captioned alike in Armenian or Russian: the
prosecution's dialog read «Защитник» twice in Russian, over the counsel's name and over how
they came to the case (appointed, chosen), the lawyer not knowing which field was which."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from caseapp.ui.language import apply_language

KINDS = ("NAME", "IDENTITY_DOCUMENT", "DETENTION_PLACE", "WELFARE_CONTACT", "DELIVERY",
         "DETENTION_FACTS", "PROSECUTION", "CHARGE", "DETENTION_ORDER", "HEARING",
         "INTERNATIONAL", "INTERVENTION", "DOCUMENT", "NOTE", "CAPTIVE_PERSON", "CAPTIVE_CASE")


@pytest.mark.parametrize("lang", ["hy", "ru", "en"])
def test_each_field_of_a_record_dialog_has_a_caption_of_its_own(lang: str, qtbot, qapp,
                                                                  armenian_ui) -> None:
    from caseapp.ui.dialogs import captive_dialogs as dlg
    from caseapp.ui.dialogs import captive_kinds, filing_kinds, record_kinds

    apply_language(qapp, lang)  # put back after the test (tests/conftest)
    captive_id = armenian_ui.case_file.captives.list()[0].id
    alike = []
    kinds = {**vars(record_kinds), **vars(filing_kinds), **vars(captive_kinds)}
    for name in KINDS:
        dialog = dlg.make_add_dialog(armenian_ui, kinds[name],
                                     captive_id=captive_id)
        qtbot.addWidget(dialog)
        captions = [label.text().removesuffix(" *").casefold()
                    for label in dialog.findChildren(QLabel)
                    if label.objectName().startswith("label_")]
        assert len(captions) == len(dialog.widgets), name
        alike += [f"{name}: {c}" for c in set(captions) if captions.count(c) > 1]
        dialog.close()
    assert alike == []
