"""What the status line says of a calendar written counts each thing with its plural forms:
the events (1 событие, 2 события, 5 событий; Armenian keeps the noun singular after a count),
the items the level left out, and the deadlines closed and the records deleted lately the
file cancels."""

from __future__ import annotations

import pytest

from caseapp.domain.enums import Sensitivity
from caseapp.ui.views.deadline_calendar import _written

PATH = "/tmp/cal.ics"


def _said(events: int, *, left_out: int = 0, closed: int = 0, deleted: int = 0) -> str:
    return _written((events, events, 0, left_out, closed, deleted), PATH, Sensitivity.INTERNAL)


def test_each_count_has_its_english_form(qapp) -> None:  # type: ignore[no-untyped-def]
    assert _said(1, closed=1) == (
        f"Wrote 1 event (deadlines: 1, hearings: 0) at the internal level to {PATH}. "
        "The file also cancels 1 deadline closed lately (done or dismissed).")
    assert _said(3, left_out=2, closed=2, deleted=1) == (
        f"Wrote 3 events (deadlines: 3, hearings: 0) at the internal level to {PATH}. "
        "2 items left out at that level. "
        "The file also cancels 2 deadlines closed lately (done or dismissed). "
        "The file also cancels 1 hearing or deadline deleted lately.")
    assert _said(0) == f"Wrote 0 events (deadlines: 0, hearings: 0) at the internal level to {PATH}."


@pytest.mark.parametrize("count, word, closed", [
    (1, "событие", "закрытый срок"), (2, "события", "закрытых срока"),
    (5, "событий", "закрытых сроков"), (21, "событие", "закрытый срок")])
def test_russian_counts_take_their_plural_forms(  # type: ignore[no-untyped-def]
        russian, count: int, word: str, closed: str) -> None:
    said = _said(count, closed=count)
    assert said.startswith(f"Записано {count} {word} (сроков: {count}, судебных заседаний: 0)")
    assert f"отменяет {count} недавно {closed}" in said


def test_armenian_keeps_the_noun_singular_after_a_count(armenian) -> None:  # type: ignore[no-untyped-def]
    said = _said(5, closed=2)
    assert said.startswith("5 իրադարձություն (ժամկետներ՝ 5, դատական նիստեր՝ 0)")
    assert "վերջերս փակված 2 ժամկետ (կատարված կամ չեղարկված)" in said
