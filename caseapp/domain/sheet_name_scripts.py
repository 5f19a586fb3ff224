"""A name cell holding several people's names ("Петросян Арам, Саркисян Ваге": an error of
its cell, never one captive named by both), or one person's name in two or three alphabets, as lists keep them when
they have one name column ("Vahe Sargsyan / Վահե Սարգսյան", "Levon Grigoryan⏎Левон
Григорян", "Григорян Левон (Levon Grigoryan)"): one spelling for each alphabet, as the
columns "Name", "Name 2" give them, each stored with its script and language. Read as one
name, the cell was one spelling in a script most of its letters are in (a Latin name tagged
Armenian). Pure: no file, no database.
"""

from __future__ import annotations

import re

from caseapp.domain.enums import Script
from caseapp.domain.messages import msg, quoted_each
from caseapp.domain.names import detect_script
from caseapp.domain.sheet_values import LOOKALIKES, CellError

# What lists put between two people's names in one cell.
_BETWEEN_PEOPLE = re.compile(r"[,;\n\r]")
# What lists put between the spellings: a slash, a bar, a semicolon, a line break, brackets.
_BETWEEN = re.compile(r"[/|;\n\r()\[\]]")


def spellings(text: str) -> list[str] | None:
    """The spellings of a name cell written in more than one alphabet, in the order written;
    None when its words are of one alphabet. Raises :class:`CellError` when they cannot be
    told apart: the alphabets alternate word by word, or a spelling is one word beside a
    full name (a given name alone in brackets would be taken for a spelling of the whole)."""
    words = [(w, _script(w)) for chunk in _BETWEEN.split(text) for w in chunk.split()]
    runs: list[tuple[Script, list[str]]] = []
    for at, (word, script) in enumerate(words):
        if script is Script.OTHER:  # ("-", an initial "A."): in the spelling around it
            script = runs[-1][0] if runs else next(
                (s for _, s in words[at + 1:] if s is not Script.OTHER), Script.OTHER)
        if runs and runs[-1][0] is script:
            runs[-1][1].append(word)
        else:
            runs.append((script, [word]))
    scripts = [script for script, _ in runs if script is not Script.OTHER]
    if len(set(scripts)) < 2:
        return None
    if len(scripts) != len(set(scripts)):
        raise CellError(msg("mixes the alphabets word by word, so its spellings cannot be told "
                            "apart; put each spelling in a column of its own"))
    out = [" ".join(_trimmed(words)) for script, words in runs if script is not Script.OTHER]
    if any(len(s.split()) < 2 for s in out):
        raise CellError(msg("holds a name in more than one alphabet, one of them a single word; "
                            "put each spelling in a column of its own"))
    return out


def _trimmed(words: list[str]) -> list[str]:
    """The words without those of no letter at the end ("Aram Petrosyan –")."""
    while words and not any(ch.isalpha() for ch in words[-1]):
        words = words[:-1]
    return words


def _script(word: str) -> Script:
    """The word's alphabet; none (OTHER) for a word of no letter, an initial ("D."), or a
    word of letters the Latin and the Cyrillic alphabets share the look of ("Ост"): each
    belongs to the spelling around it, whichever alphabet a list typed it in."""
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 2 or all(ch in LOOKALIKES for ch in letters):
        return Script.OTHER
    return detect_script(word)


def one_person(text: str) -> None:
    """Raises :class:`CellError` when a name cell (of one alphabet) holds the names of
    several people: two parts or more of two words or more, between commas, semicolons or
    line breaks. ("Казарян, Артур Гагикович" is one: "Surname, Given" has one word before
    its comma; "Петросян Арам⏎Гагикович", a name wrapped, is one.)"""
    parts = [p.strip() for p in _BETWEEN_PEOPLE.split(text) if p.strip()]
    full = [p for p in parts if len(p.split()) >= 2]
    if len(full) >= 2:
        raise CellError(msg("seems to hold the names of several people ({names}): one person a "
                            "row (a name written “Surname, Given” has one word before its comma)",
                            names=quoted_each(" ".join(p.split()) for p in full)))
