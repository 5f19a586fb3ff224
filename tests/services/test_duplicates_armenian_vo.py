"""One person recorded in Armenian and again as the list heads the name (a first Ո read "vo":
Ոսկանյան is Voskanyan, Восканян) is offered as a likely duplicate."""

from __future__ import annotations

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_duplicates import likely_pairs


@pytest.mark.parametrize("other", ["Voskanyan Ruzanna", "Восканян Рузанна", "Ruzanna Voskanian"])
def test_an_armenian_name_beginning_with_vo_and_its_latin_or_russian_spelling_are_offered(
        any_case_file: CaseFile, other: str) -> None:
    armenian = any_case_file.captives.create(names=["Ոսկանյան Ռուզաննա"]).id
    again = any_case_file.captives.create(names=[other]).id
    any_case_file.captives.create(names=["Պետրոսյան Ռուզաննա"])  # another family
    pairs = [(p.first_id, p.second_id) for p in likely_pairs(any_case_file.ctx)]
    assert pairs == [(armenian, again)]


def test_a_word_beginning_with_the_vowel_u_is_not_read_with_a_v(any_case_file: CaseFile) -> None:
    # Ու is the vowel u (Ուռուտյան: Urutyan), not a Ո: nothing to read as "vo".
    any_case_file.captives.create(names=["Ուռուտյան Արմեն"])
    any_case_file.captives.create(names=["Vurutyan Armen"])
    assert likely_pairs(any_case_file.ctx) == []
