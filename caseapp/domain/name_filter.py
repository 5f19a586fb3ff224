"""The search's rule on texts held in memory: what a list's filter box and a picker's typing
find, as the search of the case file finds it (:mod:`caseapp.db.search_match`).

A text (a row of a list, a picker's choice) is held as its keys (:func:`held`): those the
search index keeps for it (:func:`caseapp.domain.names.name_keys`, ``stored=True``), its words'
search keys and sound keys. A typed text (:class:`Typed`) finds it when each of its words, in
one of the ways it may be written (:func:`caseapp.domain.names.name_terms`), begins one of its
search keys, or one of its sound keys of at least :data:`SOUND_MIN` letters begins one of its
keys or sound keys, or a shorter sound key is one of them whole: "Kazaryan" and "Казарян" find
Ghazaryan, "Mamedov" Məmmədova, "Semyonov" Семёнова, in a list as in the search. Made once for
a text, the keys are looked up by plain substring tests (a space before each key): a filter
over 100,000 rows stays a matter of microseconds a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from caseapp.domain.name_sounds import MASCULINE_ENDINGS, SOUND_MIN
from caseapp.domain.name_words import APOSTROPHES, ARMENIAN_MARKS, HYPHENS
from caseapp.domain.names import WordKeys, name_keys, name_terms

# A word typed, as looked for: its search key and its sound keys, each with the room for a
# key before it (" key"), a short sound key whole (" key "); see :func:`looked_for`.
Needles = tuple[str, tuple[str, ...]]


def looked_for(word: WordKeys) -> tuple[str, tuple[str, ...]]:
    """A word's search key, and what it is looked for as by sound: the key and its sound
    keys (else nothing, when it has none to search by). The key is among them even when it is
    its own sound key (Cafarov): a record's word whose sound key it is (Джафаров) holds it
    among its sound keys only. A sound key shorter than :data:`SOUND_MIN` is looked for as a
    whole word, written with a trailing ``=``; not a single letter that the key starts with
    ("v" typed: the key finds it already); a man's surname's short sound key also as the
    woman's, whole (:data:`caseapp.domain.name_sounds.MASCULINE_ENDINGS`). The search of the
    case file looks for the same (:mod:`caseapp.db.search_match`)."""
    if any(ch.isdigit() for ch in word.key):
        return word.key, ()  # a number, or a word with a digit: as written (see written_only)
    if word.whole_only:
        return word.key, (word.key + "=",)
    if word.place:  # its search key whole unless it is its sound key, its sound keys as
        # the beginning of a word (see WordKeys.place)
        sounds = [s if len(s) >= SOUND_MIN else s + "=" for s in word.sounds]
        return word.key, tuple(dict.fromkeys(
            sounds if word.key in word.sounds else [word.key + "=", *sounds]))
    sounds = [s if len(s) >= SOUND_MIN else s + "=" for s in word.sounds
              if (len(s) > 1 or not word.key.startswith(s)) and s not in word.forms]
    if word.key.endswith(MASCULINE_ENDINGS):
        # A man's surname in -ov, -ev, -in finds the woman's (-ova, -eva, -ina), whose sound
        # key is his and an a (caseapp.domain.name_sounds.sound_key): a short one whole too, as
        # "Hayev" finds Гаева, and still not the longer names it begins (Гаевский).
        sounds += [s[:-1] + "a=" for s in sounds if s.endswith("=")]
    # The Russian form of a Ukrainian given name (Oleksandr: Aleksandr), whole: "Oleksandr"
    # finds Aleksandr, not Aleksandrov or Aleksandra.
    sounds += [s + "=" for s in word.forms]
    return word.key, tuple(dict.fromkeys([word.key, *sounds])) if sounds else ()


def written_only(term: tuple[tuple[WordKeys, ...], ...]) -> bool:
    """Whether a typed word (a term of :func:`caseapp.domain.names.name_terms`) is looked for
    only as written, among the search keys, in each of its ways: a number or a word with a
    digit ("0", "2024", "A12"). A digit never meets a letter's key: the sound keys hold none
    but the key a first h or kh shares (:data:`caseapp.domain.name_letter_readings.KH_MARK`,
    which begins with a 0: "Hasanov 0" found every name in H-)."""
    return any(ch.isdigit() for word in term[0] for ch in word.key)


@dataclass(frozen=True, slots=True)
class Held:
    """A text's keys as a filter looks in them: ``keys`` its search keys, ``every`` its search
    keys and sound keys (beginning with ``keys``), each string a space before and after each
    key."""

    keys: str
    every: str


@lru_cache(maxsize=200_000)  # a list's rows repeat their names (a captive's deadlines)
def held(text: str) -> Held:
    """The keys of ``text`` as the search index keeps them (a name's or a record's text)."""
    words = name_keys(text, stored=True)
    keys = " " + " ".join(w.key for w in words) + " "
    sounds = " ".join(dict.fromkeys(s for w in words for s in w.sounds if s != w.key))
    return Held(keys, keys + sounds + " ")


def _needles(word: WordKeys) -> Needles:
    key, sounds = looked_for(word)
    return (" " + key + (" " if word.whole_only or word.place else ""),
            tuple(" " + s[:-1] + " " if s.endswith("=") else " " + s for s in sounds))


# What a name is typed with: letters (and their marks), spaces, apostrophes, hyphens, an
# initial's full stop ("A. Vardanyan").
_NAME_TYPED = re.compile(rf"(?:[^\W\d_]|[{re.escape(APOSTROPHES + HYPHENS + ARMENIAN_MARKS)}\s\u0300-\u036f]|"
                         rf"(?<=[^\W\d_])\.(?=\s|$))+")


def a_name(text: str) -> bool:
    """Whether ``text`` is typed as a name is: a filter looks for it by the search's rule only
    then. "az.detention.expiry" (a rule's id), "12/2024" or "2025-01" is looked for as typed:
    cut into its words, the rule's id found every deadline whose text holds "az", "detention"
    and "expiry"."""
    return _NAME_TYPED.fullmatch(text.strip()) is not None


class Typed:
    """What a filter looks for, typed ``text``: ``matches(held(row))`` is whether the search
    would find the row. Nothing to look for (no word typed): false, see ``bool()``."""

    def __init__(self, text: str):
        typed = name_terms(text)
        terms = [tuple(tuple(_needles(w) for w in way) for way in term) for term in typed]
        if any(sounds for term in terms for way in term for _, sounds in way):
            # Searched by sound, each word is looked for among the sound keys too, a word
            # without sound keys of its own by its key (as the search does: "Гасанов a" finds
            # Гасанов Рамиз, whose sound key "asanov" begins with a); a number only as
            # written (written_only).
            terms = [tuple(tuple((key, () if written_only(words) else sounds or (key,))
                                 for key, sounds in way) for way in term)
                     for term, words in zip(terms, typed, strict=True)]
        self.terms = terms
        # What a text meeting a term holds one of at least: each of its words is either of
        # its key among the keys (which begin ``every``) or one of its sounds; a row of a long
        # list holding none of these (most rows) is told apart by one search, not a test of
        # each way.
        self._any = [re.compile("|".join(map(re.escape, sorted(
            {n for way in term for key, sounds in way for n in (key, *sounds)})))).search
            for term in terms]

    def __bool__(self) -> bool:
        return bool(self.terms)

    def matches(self, text: Held) -> bool:
        keys, every = text.keys, text.every
        for holds_one in self._any:
            if holds_one(every) is None:
                return False
        for term in self.terms:
            for way in term:
                for key, sounds in way:
                    if key not in keys and not any(s in every for s in sounds):
                        break
                else:
                    break  # every word of this way met
            else:
                return False
        return bool(self.terms)

    def finds(self, text: str) -> bool:
        """Whether the search would find ``text`` (its keys made here, and kept)."""
        return self.matches(held(text))


__all__ = ["Held", "Typed", "a_name", "held", "looked_for", "written_only"]
