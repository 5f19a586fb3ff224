"""One rule for the characters a name is written with inside a word (apostrophes of every
kind, hyphens, the Armenian marks over a vowel, invisible joiners), the same for the text
searched in and the text typed: each way of typing a name gives the keys its plain typing
gives, and a list's filter reads it the same way."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.domain.collation import loosely
from caseapp.domain.name_display import NameRow, latin_display_name
from caseapp.domain.name_words import APOSTROPHES, ARMENIAN_MARKS, HYPHENS
from caseapp.domain.names import name_keys, search_keys


def keys(text: str) -> list[str]:
    return [w.key for w in name_keys(text)]


def stored(text: str) -> list[str]:
    return [w.key for w in name_keys(text, stored=True)]


def found_by(query: str, text: str) -> bool:
    """The search's rule: each word of the query begins a word the index keeps for the text."""
    held = stored(text)
    return bool(keys(query)) and all(any(h.startswith(k) for h in held) for k in keys(query))


@pytest.mark.parametrize("typed", [
    "T'adevosyan", "T’adevosyan", "Tʼadevosyan", "Tʻadevosyan", "T′adevosyan", "T`adevosyan",
    "T´adevosyan", "T‘adevosyan", "tadevosyan", "TADEVOSYAN", "Тадевосян", "Թադևոսյան",
    "Թ՚ադևոսյան", "Tad\u200devosyan", "Tad\u200cevosyan",
])
def test_every_typing_of_an_aspirate_gives_the_one_key(typed: str) -> None:
    assert keys(typed) == ["tadevosian"]


@pytest.mark.parametrize("typed", ["Պետրո՛սյան", "Պետրոսյա՜ն", "Պետրոսյա՞ն", "Պետր\u200dոսյան"])
def test_an_armenian_mark_inside_a_word_does_not_cut_it(typed: str) -> None:
    assert keys(typed) == ["petrosian"]


@pytest.mark.parametrize("query", ["Ter-Petrosyan", "Ter–Petrosyan", "Ter‐Petrosyan",
                                   "Ter Petrosyan", "Terpetrosyan", "Petrosyan", "Тер-Петросян",
                                   "Տեր-Պետրոսյան", "ter petros"])
def test_a_double_name_is_found_with_its_hyphen_without_it_or_by_a_part(query: str) -> None:
    assert found_by(query, "Ter-Petrosyan Levon")
    assert found_by(query, "Տեր֊Պետրոսյան Լևոն")  # the Armenian hyphen


def test_a_word_after_an_elision_is_found_alone() -> None:
    """French notes: "l'ombudsman" is found by "ombudsman", as before, and by itself."""
    assert found_by("ombudsman", "Lettre à l'ombudsman d’Arménie")
    assert found_by("Arménie", "Lettre à l'ombudsman d’Arménie")
    assert found_by("l’ombudsman", "Lettre à l'ombudsman d’Arménie")


def test_numbers_with_a_hyphen_stay_apart() -> None:
    """A case number or a date is not a double name: no joined key is added for it."""
    assert stored("1-234/2023 2024-05-01") == ["1", "234", "2023", "2024", "05", "01"]


def test_a_quote_around_a_name_is_not_a_part_of_it() -> None:
    assert keys("'Vardanyan'") == keys("‘Vardanyan’") == ["vardanian"]


# ---- property tests --------------------------------------------------------------------

_LATIN = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
_ARMENIAN = st.text(alphabet=[chr(c) for c in range(0x0561, 0x0587)], min_size=2, max_size=9)
_CYRILLIC = st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюя", min_size=2, max_size=9)
_WORD = st.one_of(_LATIN, _ARMENIAN, _CYRILLIC)
_INVISIBLES = "\u200b\u200c\u200d\u2060\u00ad\ufeff"


@st.composite
def _variant(draw: st.DrawFn) -> tuple[str, str]:
    """A name of one to three words, and the same name typed with an apostrophe of any kind,
    an Armenian mark or an invisible character inside one of its words."""
    words = draw(st.lists(_WORD, min_size=1, max_size=3))
    at = draw(st.integers(0, len(words) - 1))
    word = words[at]
    cut = draw(st.integers(1, len(word) - 1))
    inside = draw(st.sampled_from([*APOSTROPHES, *ARMENIAN_MARKS, *_INVISIBLES]))
    typed = [*words[:at], word[:cut] + inside + word[cut:], *words[at + 1:]]
    if draw(st.booleans()):
        typed[0] = typed[0].capitalize()
    return " ".join(words), " ".join(typed)


@settings(max_examples=300, deadline=None)
@given(_variant())
def test_a_variant_has_the_plain_typing_s_keys(pair: tuple[str, str]) -> None:
    plain, typed = pair
    assert keys(typed) == keys(plain)
    assert search_keys(typed) == search_keys(plain)
    assert found_by(typed, plain) and found_by(plain, typed)
    assert loosely(typed) == loosely(plain)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_LATIN, _ARMENIAN, _CYRILLIC), min_size=2, max_size=3),
       st.sampled_from(HYPHENS))
def test_a_hyphenated_name_is_found_by_its_parts_and_by_its_joined_typing(
        words: list[str], hyphen: str) -> None:
    written = hyphen.join(words)
    for query in (" ".join(words), "".join(words), written, words[-1]):
        assert found_by(query, written), query
    assert loosely("".join(words)) == loosely(written)


@pytest.mark.parametrize(("armenian", "latin"), [("Պետրո՛սյան Անի", "Ani Petrosyan"),
                                                 ("Պետրոսյա՞ն", "Petrosyan"),
                                                 ("Թ՚ադևոսյան", "Tadevosyan")])
def test_the_latin_headline_name_leaves_the_armenian_marks_out(armenian: str, latin: str) -> None:
    """The Latin name shown and printed for a captive recorded in Armenian only was
    "Petro՛syan Ani", the mark kept between two Latin letters."""
    assert latin_display_name([NameRow(armenian, "Armn", "hy", "native", True)]) == latin
