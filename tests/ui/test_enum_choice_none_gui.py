"""A choice that must be made (a captive's sex, a hearing's kind) given no value shows its
first choice, as a new record's form does: ``set_value(None)`` raised TypeError (None is no
member of the choices) where a form was filled from values that lacked it."""

from __future__ import annotations

from caseapp.domain.enums import HearingKind, Sex
from caseapp.ui.widgets.fields import EnumCombo


def test_a_required_choice_given_none_shows_its_first_choice(qtbot) -> None:
    combo = EnumCombo(HearingKind)
    qtbot.addWidget(combo)
    combo.set_value(HearingKind.APPEAL)
    combo.set_value(None)
    assert combo.currentIndex() == 0
    assert combo.value() == combo.itemData(0)


def test_an_optional_choice_given_none_shows_none(qtbot) -> None:
    combo = EnumCombo(Sex, optional=True)
    qtbot.addWidget(combo)
    combo.set_value(Sex.FEMALE)
    combo.set_value(None)
    assert combo.value() is None
