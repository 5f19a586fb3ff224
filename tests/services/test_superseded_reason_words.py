"""A step closed as superseded is known again by its reason (to reopen it when the order that
superseded it goes), whatever language and catalogue wrote the reason: the Armenian and
Russian texts of before session 53 (which read the order's start as its decision day) too,
and never a reason the lawyer wrote herself."""

from __future__ import annotations

import pytest

from caseapp.domain.messages import LANGUAGES, msg
from caseapp.domain.superseded_reasons import says_superseded


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reason_written_in_each_language_is_known(lang: str) -> None:
    written = msg("Superseded: custody continued under the order from {day}.",
                  day="01.12.2026").render(lang)
    assert says_superseded(written)


@pytest.mark.parametrize("written", [
    "Փոխարինված է. կալանքը շարունակվել է 01.12.2026-ի որոշմամբ։",
    "Заменено: содержание под стражей продолжено по постановлению от 01.12.2026.",
])
def test_the_words_of_the_earlier_catalogues_are_known(written: str) -> None:
    assert says_superseded(written)


@pytest.mark.parametrize("written", [
    "Заменено: по телефону сказали, что продлят.",  # the lawyer's own words
    "Superseded by the appeal court, see the note",
    "",
])
def test_the_lawyers_own_reason_is_not_taken_for_it(written: str) -> None:
    assert not says_superseded(written)
