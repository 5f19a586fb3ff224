"""A dossier printed in Russian or Armenian names the lawyer as she wrote her name in that
script in her details («Имя кириллицей», «Անունը հայերեն տառերով»), as her letters are signed:
her first dossier in Russian said "Представитель — Имя: Anna Petrosyan" and "Подготовил(а):
Anna Petrosyan" though she had typed «Анна Петросян»."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.domain.lawyer import LawyerProfile
from caseapp.ui.dialogs.report_dialogs import DossierDialog
from tests.reports.pdf_words import pdf_words

LAWYER = LawyerProfile(name="Anna Petrosyan", organisation="Палата адвокатов Республики Армения",
                       name_hy="Աննա Պետրոսյան", name_ru="Анна Петросян")


@pytest.mark.parametrize(("lang", "own", "other"), [
    ("ru", "Анна Петросян", "Աննա Պետրոսյան"),
    ("hy", "Աննա Պետրոսյան", "Анна Петросян"),
    ("en", "Anna Petrosyan", "Анна Петросян"),
])
def test_the_dossier_names_the_lawyer_in_its_language(qtbot, fresh_ui, tmp_path: Path, lang: str,
                                                      own: str, other: str) -> None:  # type: ignore[no-untyped-def]
    cf = fresh_ui.case_file
    cf.settings.set_lawyer(LAWYER)
    captive = cf.captives.create(names=["Արամ Վարդանյան", "Aram Vardanyan", "Арам Варданян"],
                                 capture="2024-03", status="pre_trial")
    dialog = DossierDialog(fresh_ui, captive_id=captive.id)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    made = dialog.produce()()
    words = pdf_words(made.data, tmp_path)
    # the representative block and the "prepared by" line
    assert words.count(own) >= 2, words
    assert other not in words
    if lang != "en":
        assert "Anna Petrosyan" not in words
