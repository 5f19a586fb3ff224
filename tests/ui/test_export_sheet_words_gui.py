"""Export Captives List in Armenian and Russian: the file box's hint named the file in English
("captives.xlsx или captives.csv") while the name offered is «Пленные 2026-11-27.xlsx»."""

from __future__ import annotations

import pytest

from caseapp.ui.dialogs.sheet_export import ExportSheetDialog
from caseapp.ui.language import apply_language


@pytest.mark.parametrize(("lang", "word"), [("hy", "Գերիներ"), ("ru", "Пленные")])
def test_the_hint_names_the_file_as_it_is_offered(qtbot, qapp, ui, lang: str, word: str) -> None:
    apply_language(qapp, lang)
    dialog = ExportSheetDialog(ui)
    qtbot.addWidget(dialog)
    hint = dialog.path.placeholderText()
    assert "captives" not in hint and word.casefold() in hint.casefold(), hint
