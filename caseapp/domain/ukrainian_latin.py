"""A name in Ukrainian Cyrillic in the Latin letters of a Ukrainian passport: the national
transliteration of the Cabinet of Ministers of Ukraine, Resolution No. 55 of 27 January 2010
(Микола Mykola, Юрій Yurii, Євген Yevhen, Згурський Zghurskyi), as the ``translitua`` library
implements it. The generic transliteration every other Cyrillic name goes through reads
Ukrainian letters as Russian ones ("Mikola", "Yuriy").

A name is taken as Ukrainian only when it clearly is: tagged Ukrainian, or holding a letter
only Ukrainian has among the languages CaseApp meets (і ї є ґ), or a word that is a Ukrainian
given-name form (:mod:`caseapp.domain.given_name_forms`: Микола, Дмитро, Олександр). A
Russian name ("Николай Петренко") never is."""

from __future__ import annotations

import re

from caseapp.domain.given_name_forms import FORMS

_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
# The Ukrainian forms that are no Russian name as well (not Олег, Ольга, Галина).
_UKRAINIAN_FORMS = frozenset(uk.lower() for uk, _latin, ru in FORMS if uk != ru)


def is_ukrainian(name: str, language: str = "") -> bool:
    """Whether ``name`` (in Cyrillic) is clearly a Ukrainian one."""
    if language == "uk":
        return True
    if any(ch in _UKRAINIAN_LETTERS for ch in name):
        return True
    return any(w.lower() in _UKRAINIAN_FORMS for w in re.findall(r"[^\W\d_]+", name))


def ukrainian_latin(name: str) -> str:
    """``name`` in the Latin letters of a Ukrainian passport; a word in capitals (as lists
    write surnames) stays in capitals."""
    from translitua import UkrainianKMU, translit  # (read only where a Ukrainian name is)

    def word(m: re.Match[str]) -> str:
        typed = m.group()
        latin = str(translit(typed, UkrainianKMU))
        # (the library writes a capital Ш as "Sh" in a word in capitals too: ShEVChENKO)
        return latin.upper() if typed.isupper() and len(typed) > 1 else latin

    return re.sub(r"\S+", word, name).strip()
