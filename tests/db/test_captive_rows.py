"""The captives list's reader answers the usual captive's Latin headline name itself
(:func:`caseapp.db.captive_rows.headline_name`): always the name the one rule,
:func:`caseapp.domain.name_display.latin_display_name`, gives."""

from __future__ import annotations

import itertools

import pytest

from caseapp.db.captive_rows import headline_name
from caseapp.domain.name_display import NameRow, latin_display_name

# (full_name, script, language, kind, is_primary): the spellings the rule tells apart
SPELLINGS = [
    ("Aram Vardanyan", "Latn", "en", "transliteration", False),
    ("Aram Vardanian", "Latn", "", "transliteration", False),
    ("  Aram  Vardanyan ", "Latn", "hy", "native", True),  # padded: the rule strips it
    ("Aram Vardanyan", "Latn", "en-GB", "transliteration", False),  # a regional tag
    ("Aram Vardanyan", "Latn", "EN", "transliteration", False),
    ("Aram Vardaniantz", "Latn", "fr", "transliteration", False),  # not a passport tag
    ("Aram Vardanyan", "Latn", "en", "alias", False),  # an alias: never first
    ("Aram O’Vardanyan", "Latn", "en", "transliteration", False),  # plain letters, not ASCII
    ("Jürgen Müller", "Latn", "", "native", True),  # letters beyond A-Z
    ("Artaşes Mkrtçyan", "Latn", "az", "transliteration", False),  # another Latin alphabet
    ("   ", "Latn", "en", "transliteration", False),  # blank: passed over
    ("", "Latn", "", "native", False),
    ("Արամ Վարդանյան", "Armn", "hy", "native", True),
    ("Арам Варданян", "Cyrl", "ru", "transliteration", False),
]


def _rows(names: tuple[tuple[str, str, str, str, bool], ...]) -> list[tuple[object, ...]]:
    """As the reader has them: (captive_id, full_name, script, language, kind, is_primary),
    is_primary as SQLite gives it."""
    return [(7, *n[:4], int(n[4])) for n in names]


# every seventh list of up to three spellings, in every order, and all of them both ways
CASES = [names for size in (0, 1, 2, 3) for names in itertools.permutations(SPELLINGS, size)]
CASES = [*CASES[::7], tuple(SPELLINGS), tuple(reversed(SPELLINGS))]


@pytest.mark.parametrize("names", CASES)
def test_the_headline_is_the_rules(names: tuple[tuple[str, str, str, str, bool], ...]) -> None:
    assert headline_name(_rows(names)) == latin_display_name([NameRow(*n) for n in names])


def test_the_first_passport_spelling_is_answered_without_the_rule(monkeypatch) -> None:
    import caseapp.db.captive_rows as reader

    monkeypatch.setattr(reader, "latin_display_name", None)  # not called: it would fail
    assert headline_name(_rows((SPELLINGS[12], SPELLINGS[6], SPELLINGS[2], SPELLINGS[0]))) \
        == "Aram  Vardanyan"
