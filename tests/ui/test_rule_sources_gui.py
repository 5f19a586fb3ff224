"""The window gives a deadline rule's source in the interface's language: the Deadlines
view's explanation of a deadline and the rule calculator cite the code as a lawyer of that
language does («УПК Азербайджанской Республики, ст. 384»), not the English citation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from caseapp.domain.rule_files import load_rules
from caseapp.ui.dialogs.rule_calculator import RuleCalculator
from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 10000
APPEAL = {"ru": "УПК Азербайджанской Республики, ст. 384: апелляционная жалоба",
          "hy": "Ադրբեջանի Հանրապետության քրեական դատավարության օրենսգիրք, հոդված 384"}
CASSATION = {"ru": "УПК Азербайджанской Республики, ст. 410.1.1",
             "hy": "Ադրբեջանի Հանրապետության քրեական դատավարության օրենսգիրք, հոդված 410.1.1"}


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_a_deadlines_explanation_cites_its_source_in_the_language(qtbot, qapp, ui,
                                                                 lang: str) -> None:
    from caseapp.ui.language import apply_language

    apply_language(qapp, lang)  # put back after the test (tests/conftest)
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    view.set_group_filter("@all")
    appeal = next(r for r in view.rows if r.deadline.rule_id == "az.verdict.appeal")
    assert view.select_deadline(appeal.deadline.id)
    qtbot.waitUntil(lambda: APPEAL[lang] in view.details.toPlainText(), timeout=WAIT)
    assert "AZ CCrP" not in view.details.toPlainText()


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_the_rule_calculator_cites_the_source_in_the_language(qtbot, qapp, lang: str) -> None:
    from caseapp.ui.language import apply_language

    apply_language(qapp, lang)
    dialog = RuleCalculator(load_rules(), date(2026, 11, 27), None)
    qtbot.addWidget(dialog)
    dialog.set_rule("az.cassation")
    dialog.trigger.setDate(QDate(2024, 1, 31))
    text = dialog.result_text.toPlainText()
    assert CASSATION[lang] in text
    assert "AZ CCrP" not in text
