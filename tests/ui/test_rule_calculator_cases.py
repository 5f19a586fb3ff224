"""The rule calculator (the Deadlines view's "From a rule…") gives the hand-made dates of
tests/services/test_deadline_cases.py: the trigger entered as a lawyer enters it (the day, and
for a rule counted in hours or with a cut-off, the time on the rule's own clock, the zone shown
beside it), the values in their boxes."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QTime

from caseapp.domain.deadlines import parse_trigger
from caseapp.domain.rule_files import load_rules
from caseapp.ui.dialogs.rule_calculator import RuleCalculator
from tests.services.test_deadline_cases import CASES, Case, dates_of


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_the_calculator_gives_the_date_worked_out_by_hand(qtbot, case: Case) -> None:
    rules = load_rules()
    dialog = RuleCalculator(rules, date(2026, 11, 27), None)
    qtbot.addWidget(dialog)
    dialog.set_rule(case.rule)
    rule = rules.get(case.rule)
    trigger = parse_trigger(case.trigger)
    if isinstance(trigger, datetime):  # the time on the rule's clock, as the label says
        zone = rule.timezone or "UTC"
        assert dialog.zone_label.text() == rule.timezone
        trigger = trigger.astimezone(ZoneInfo(zone))
        dialog.use_time.setChecked(True)
        dialog.time.setTime(QTime(trigger.hour, trigger.minute))
    day = trigger.date() if isinstance(trigger, datetime) else trigger
    dialog.trigger.setDate(QDate(day.year, day.month, day.day))
    for name, value in case.params.items():
        dialog.params[name].setValue(value)
    assert dates_of(dialog.results) == case.due
