"""People to match new ones against, found without scoring everyone against everyone: the
index the import and the likely duplicates look people up in, by the score of
:mod:`caseapp.domain.sheet_match`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from itertools import combinations

from rapidfuzz import fuzz, process

from caseapp.domain.sheet_match import (
    BIRTHS_APART_AT_MOST,
    LIKELY,
    WORD_CUTOFF,
    Person,
    born_apart_alike,
    dated,
    initial,
    names_score,
    other_fathers,
    spelling_fathers,
)

Spelling = tuple[tuple[str, ...], ...]  # every spelling of a person's name, as words


class PeopleIndex:
    """People to match new ones against. A person is scored only when enough words of one
    of the new spellings are like words of theirs (found among the words with the same first
    letter of their loose key): so 10,000 rows are not each scored against every other, and
    a common given name alone brings no one.

    People are kept by their spellings (everyone written "Armen Petrosyan" together) and,
    under them, by their year of birth: the words are compared once per spelling, not once
    per person, and a person born in another year, who cannot score :data:`LIKELY` (unless
    both have a name of three words and a day of capture alike), is not looked at. So a
    sheet where a thousand rows share a common name is read in time growing with its rows,
    not with their square."""

    def __init__(self) -> None:
        self._people: dict[Hashable, tuple[Person, Spelling]] = {}
        # spellings → birth year (None: unknown) → people, in the order they were added
        self._groups: dict[Spelling, dict[int | None, dict[Hashable, None]]] = {}
        self._order: dict[Hashable, int] = {}
        self._fathers: dict[Spelling, tuple[str, ...]] = {}  # the fathers' names, marked
        self._by_word: dict[str, dict[str, set[Spelling]]] = defaultdict(lambda: defaultdict(set))
        self._words: dict[str, list[str]] = defaultdict(list)  # first letter → words, in order
        self._by_shortest: dict[int, set[Spelling]] = defaultdict(set)  # fewest words → spellings
        # first letter → the spellings without initials having a word beginning with it
        self._by_letter: dict[str, set[Spelling]] = defaultdict(set)

    def add(self, key: Hashable, person: Person) -> None:
        if key in self._people:
            old, spellings = self._people[key]
            self._groups[spellings][_year(old)].pop(key, None)
        spellings = person.spellings
        self._people[key] = (person, spellings)
        self._order.setdefault(key, len(self._order))
        if spellings not in self._groups:
            self._groups[spellings] = defaultdict(dict)
            self._fathers[spellings] = spelling_fathers(spellings)
            self._by_shortest[min((len(sp) for sp in spellings), default=0)].add(spellings)
            for words in spellings:
                for w in words:
                    bucket = self._by_word[w[0]]
                    if w not in bucket:
                        self._words[w[0]].append(w)
                    bucket[w].add(spellings)
                    if not any(map(initial, words)):
                        self._by_letter[w[0]].add(spellings)
        self._groups[spellings][_year(person)][key] = None

    def _hits(self, word: str, to_initials: bool) -> set[Spelling]:
        """The spellings with a word like ``word``; with ``to_initials`` (``word`` is of a
        spelling without initials: those of one that has some meet only initials, see
        word_ratio), those with its initial too."""
        bucket = self._by_word.get(word[0])
        if not bucket:
            return set()
        if initial(word):  # an initial ("Р.") meets that initial, and every word it begins
            return bucket.get(word, set()) | self._by_letter[word]  # of a name without any
        to_initial = to_initials and word[0].isalpha()  # "Левон" meets "Л."
        found = set(bucket.get(word[0], ()) if to_initial else ())
        for other, _, _ in process.extract(word, self._words[word[0]], scorer=fuzz.ratio,
                                           score_cutoff=WORD_CUTOFF, limit=None):
            found |= bucket[other]
        return found

    def _meeting(self, sets: list[set[Spelling]]) -> set[Spelling]:
        """The spellings met by enough of a spelling's words (``sets``: what each word
        meets): every word of the shorter of the two spellings (words_score), and at least
        two (one of a one-word spelling). Counted by set operations, in C."""
        if len(sets) <= 1:
            return set(sets[0]) if sets else set()
        met_two = set().union(*(x & y for x, y in combinations(sets, 2)))
        met_all = set.intersection(*sets)
        found: set[Spelling] = set()
        for shortest, spellings in self._by_shortest.items():
            need = max(min(len(sets), shortest), 2)
            if need == 2:
                found |= met_two & spellings
            elif need == len(sets):
                found |= met_all & spellings
            else:
                found |= {sp for sp in met_two & spellings
                          if sum(sp in hit for hit in sets) >= need}
        return found

    def candidates(self, person: Person, *, threshold: float = LIKELY,
                   exclude: Iterable[Hashable] = ()) -> list[tuple[Hashable, float, tuple[str, ...]]]:
        """People scoring ``threshold`` or more against ``person``: best first, then in the
        order they were added."""
        spellings = person.spellings
        met: set[Spelling] = set()
        for words in spellings:
            to_initials = not any(map(initial, words))
            met |= self._meeting([self._hits(w, to_initials) for w in dict.fromkeys(words)])
        excluded = set(exclude)
        year = _year(person)
        found = []
        fathers = spelling_fathers(spellings)
        for other_spellings in met:
            if other_fathers(fathers, self._fathers[other_spellings]):
                continue  # sons of two fathers (see sheet_match.fathers_apart)
            names = names_score(spellings, other_spellings)
            if names == 0.0:
                continue
            by_year = self._groups[other_spellings]
            if year is None or threshold <= BIRTHS_APART_AT_MOST or born_apart_alike(person):
                groups = list(by_year.values())
            else:
                groups = [by_year.get(year, {}), by_year.get(None, {})]
            for group in groups:
                for key in group:
                    if key in excluded:
                        continue
                    score, reasons = dated(names, person, self._people[key][0])
                    if score >= threshold:
                        found.append((key, score, reasons))
        found.sort(key=lambda f: (-f[1], self._order[f[0]]))
        return found


def _year(person: Person) -> int | None:
    return person.birth.value.year if person.birth is not None else None
