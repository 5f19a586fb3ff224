"""A charge's article in the captive's file reads in the interface's language, as the
dossier prints it ("ст. 318(1)", "հոդ. 318(1)"), never the English "Art."."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from caseapp.ui.dialogs.record_kinds import CHARGE
from caseapp.ui.language import apply_language
from caseapp.ui.views.captive_columns import charge_columns

ARTICLE = {"en": "Art. 318(1)", "ru": "ст. 318(1)", "hy": "հոդ. 318(1)"}


@pytest.mark.parametrize("lang", ["en", "ru", "hy"])
def test_the_article_column_and_the_undo_step_say_article_in_the_language(lang: str,
                                                                          ui) -> None:
    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    cf = ui.case_file
    cid = cf.captives.create(names=["Էդգար Զաքարյան"], status="pre_trial").id
    case = cf.prosecutions.create(captive_id=cid, case_number="DEMO-1/2025")
    charge = cf.charges.create(prosecution_id=case.id, code="УК АР", article="318",
                               part="1", title="Незаконное пересечение границы")
    column = next(c for c in charge_columns() if c.title == "Article")
    assert column.text(charge) == f"УК АР {ARTICLE[lang]}"
    assert column.tooltip(charge) == f"УК АР {ARTICLE[lang]}"
    assert CHARGE.describe(charge) == f"УК АР {ARTICLE[lang]} Незаконное пересечение границы"
