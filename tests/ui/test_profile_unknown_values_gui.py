"""The Profile tab says a fact is not known one way, in English, Armenian and Russian: the
sex not known read «Неизвестно» with a capital among «Дата рождения: неизвестно»,
«Место рождения: неизвестно»."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.ui.language import apply_language
from caseapp.ui.views.captive_header import ProfilePanel


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_every_unknown_fact_of_the_profile_reads_alike(qtbot, ui, lang: str) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test
    cf = ui.case_file
    captive = cf.captives.get(cf.captives.create(names=["Արամ Նմուշյան"], status="held").id)
    assert captive.sex.value == "unknown" and captive.birth is None
    panel = ProfilePanel()
    qtbot.addWidget(panel)
    panel.set_captive(captive)
    unknown = {key: panel.values[key].text() for key in
               ("sex", "birth", "birth_place", "citizenship", "capture", "capturing_authority")}
    assert len(set(unknown.values())) == 1, unknown
    assert unknown["sex"] == unknown["sex"].lower()
