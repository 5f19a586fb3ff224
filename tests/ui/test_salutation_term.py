"""A letter's greeting line ("Dear Ms Petrova,") is called by the glossary's word for a
salutation (docs/glossary.md, *salutation (of a letter)*): «Строка приветствия», «Ողջույնի
տող». The letter dialog labelled it «Обращение», the word the rest of the window keeps for an
intervention («Обращения (3)» on the captive's page), and «Դիմելաձև», of the root of a filing
(դիմում). Read as the lead applies the deliveries (tests/applied_translations.py)."""

from __future__ import annotations

import pytest

from tests.applied_translations import catalogue, qt
from tests.glossary_table import COLUMNS, rows


def _term(english: str, lang: str) -> str:
    return next(cells for cells in rows() if cells[0] == english)[COLUMNS[lang]]


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_glossary_keeps_the_salutation_apart_from_an_intervention(lang: str) -> None:
    salutation = _term("salutation (of a letter)", lang).casefold()
    assert salutation
    assert _term("intervention", lang).casefold() not in salutation


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_letter_dialog_and_its_messages_say_the_glossarys_word(lang: str) -> None:
    term = _term("salutation (of a letter)", lang)
    said = {"window": qt(lang)[("LetterDialog", "Greeting")],
            "messages": catalogue(lang)[(None, "Greeting")]}
    assert said == {"window": [term[0].upper() + term[1:]], "messages": [term[0].upper() + term[1:]]}
