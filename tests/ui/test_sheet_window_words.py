"""The window's words for a status (of a man and of a woman), a category and a sex, in each
language of its catalogue, are read back by the spreadsheet import as the same values: a row
copied from the captives list into a colleague's sheet imports as it was shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from caseapp.domain.enums import Sex
from caseapp.services.casefile import CaseFile
from caseapp.ui.i18n import LANGUAGES, install_translators
from caseapp.ui.labels import label, status_label
from tests.sheets.test_sheet_app_words import CATEGORIES, STATUSES, read_back


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_status_category_and_sex_the_window_writes_is_read_back(
        qapp: object, case_file: CaseFile, tmp_path: Path, lang: str) -> None:
    combos = [(s, c, x) for s in STATUSES for c in CATEGORIES for x in Sex]
    try:
        install_translators(qapp, QLocale(lang))  # type: ignore[arg-type]
        said = [(status_label(s, x), label(c), label(x)) for s, c, x in combos]
    finally:
        install_translators(qapp, QLocale("en"))  # type: ignore[arg-type]
    got = read_back(case_file, tmp_path, said)
    wrong = [(words, row) for words, combo, row in zip(said, combos, got, strict=True)
             if row != (*combo, [], ())]
    assert not wrong, f"{len(wrong)} of {len(combos)} not read back, e.g. {wrong[:3]}"



@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_captives_lists_short_statuses_are_read_back(
        qapp: object, case_file: CaseFile, tmp_path: Path, lang: str) -> None:
    """The list's narrow status column says a status in a word or two: a row copied from it
    («Под стражей до суда») came in as held with no charges known, «до суда» in the notes."""
    from caseapp.ui.labels import short_status_label

    combos = [(s, c, x) for s in STATUSES for c in CATEGORIES[:1] for x in Sex]
    try:
        install_translators(qapp, QLocale(lang))  # type: ignore[arg-type]
        said = [(short_status_label(s, x), label(c), label(x)) for s, c, x in combos]
    finally:
        install_translators(qapp, QLocale("en"))  # type: ignore[arg-type]
    got = read_back(case_file, tmp_path, said)
    wrong = [(words, row) for words, combo, row in zip(said, combos, got, strict=True)
             if row != (*combo, [], ())]
    assert not wrong, f"{len(wrong)} of {len(combos)} not read back, e.g. {wrong[:3]}"
