"""The line that says undo steps were dropped with a deleted record counts them as each
language counts: English said "1 undo step(s) about it were taken off", Russian said
"Тигран Варданян удалено: связанные шаги отмены (1) …", the name made neuter."""

from __future__ import annotations

import pytest

from caseapp.ui.undo_words import dropped_text


def test_english_counts_its_steps(qapp) -> None:
    one, two = dropped_text(1, "Tigran Vardanyan"), dropped_text(2, "Tigran Vardanyan")
    assert "(s)" not in one + two
    assert one == "Tigran Vardanyan was deleted; the undo history no longer holds 1 step about it."
    assert "no longer holds 2 steps about it" in two


@pytest.mark.parametrize(("count", "steps"), [(1, "1 связанный с ним шаг"), (2, "2 связанных с ним шага"),
                                               (5, "5 связанных с ним шагов"), (21, "21 связанный с ним шаг")])
def test_russian_counts_its_steps_and_names_the_record_first(qapp, russian, count: int, steps: str) -> None:
    said = dropped_text(count, "Тигран Варданян")
    assert said.startswith("Удалено: Тигран Варданян.") and steps in said, said


def test_armenian_counts_its_steps(qapp, armenian) -> None:
    said = dropped_text(3, "Տիգրան Վարդանյան")
    assert "Տիգրան Վարդանյան" in said and "3 քայլ" in said, said
