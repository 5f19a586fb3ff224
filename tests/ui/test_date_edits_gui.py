"""Under Armenian and Russian a day picked in a dialog reads as every day of the window does,
"01.12.2026" (never "01.12.26", whose century a lawyer has to guess): the day a computer
was seized (File → Travel Copy → What Was Exposed…) and the rule calculator's day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit

from caseapp.ui.language import apply_language


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_a_day_picked_in_a_dialog_shows_its_whole_year(lang: str, qtbot, ui) -> None:
    from caseapp.ui.dialogs.rule_calculator import RuleCalculator
    from caseapp.ui.dialogs.travel import ExposureDialog
    from caseapp.ui.widgets.captive_picker import CaptiveSource

    apply_language(QCoreApplication.instance(), lang)  # put back after the test (tests/conftest)
    dialogs = [ExposureDialog(QDate(2026, 12, 1)),
               RuleCalculator(ui.case_file.rule_set, date(2026, 12, 1), CaptiveSource(ui), None,
                              add=lambda *_a: None)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    shown = {type(d).__name__: [e.text() for e in d.findChildren(QDateEdit)] for d in dialogs}
    assert shown == {"ExposureDialog": ["01.12.2026"], "RuleCalculator": ["01.12.2026"]}
