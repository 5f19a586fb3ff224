"""A date field reads a month written in words, as lawyers in Armenia and Russia write a
capture known only to its month ("март 2024", "2024 թ. մարտ") and as the spreadsheet import
reads it already: the new captive's form refused «март 2024» — "is not a date" — though the
same words in her spreadsheet came in as March 2024."""

from __future__ import annotations

import pytest

from caseapp.ui.widgets.fields import DateField


@pytest.mark.parametrize(("typed", "stored"), [
    ("март 2024", "2024-03"),
    ("в марте 2024 г.", "2024-03"),
    ("15 марта 2024 г.", "2024-03-15"),
    ("2024 թ. մարտ", "2024-03"),
    ("2024թ. մարտի 15", "2024-03-15"),
    ("1990 г.", "1990"),
    ("~15 марта 2024", "~2024-03-15"),
    ("15.03.2024", "2024-03-15"),
    ("03.2024", "2024-03"),
])
def test_a_month_or_a_day_in_words_is_read(qtbot, russian, typed: str, stored: str) -> None:  # type: ignore[no-untyped-def]
    field = DateField(partial=True)
    qtbot.addWidget(field)
    field.edit.setText(typed)
    assert field.value() == stored
    assert field.problem() is None


@pytest.mark.parametrize("typed", ["весна 2022", "март", "около 1990", "март 2024 или апрель"])
def test_words_that_are_no_date_are_still_refused(qtbot, russian, typed: str) -> None:  # type: ignore[no-untyped-def]
    """A season, a month without its year or a year marked uncertain is said, never guessed."""
    field = DateField(partial=True)
    qtbot.addWidget(field)
    field.edit.setText(typed)
    assert field.problem() is not None
    assert typed in field.problem()


def test_a_field_that_needs_a_day_refuses_a_month_in_words(qtbot, russian) -> None:  # type: ignore[no-untyped-def]
    field = DateField()
    qtbot.addWidget(field)
    field.edit.setText("март 2024")
    assert field.problem() is not None
    field.edit.setText("15 марта 2024")
    assert field.value() == "2024-03-15"
    assert field.problem() is None
