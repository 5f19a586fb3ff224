"""Is this the same person? A match score between two people's names across scripts and
spelling conventions, weighted by their birth and capture dates.

Names go through the search keys of :mod:`caseapp.domain.names` (Armenian, Cyrillic and
Latin spellings meet there: Վարդանյան, Варданян, Vardanian) and then through their sound
keys (:func:`caseapp.domain.name_sounds.sound_key`, the rules the search uses too) for the
spellings the Russian convention writes by a different sound: Armenian հ as Г or dropped
(Оганесян / Hovhannisyan, Арутюнян / Harutyunyan), ղ as К (Казарян / Ghazaryan), գ as к
(Gevorkyan / Gevorgyan), and Azerbaijani names as the Russian convention writes them
(Şükürov / Шукюров, Cəfərov / Джафаров; an ə read as а or е: Məmmədov / Мамедов). Words are
compared by a similarity ratio (rapidfuzz), so a dropped syllable (Hov-h-annisyan) still
matches; a man's and a woman's surname (Əliyev / Əliyeva, Мартиросов / Мартиросова) never
do, nor a man's and a woman's given name of one root (Aleksandr / Aleksandra:
:mod:`caseapp.domain.given_name_sexes`), nor two names a first or last velar apart (Karen /
Aren, Rafik / Raffi). A Russified Armenian surname meets the one in -ян it stands for
(Петросов / Petrosyan). A patronymic in one spelling only is left out: the shorter list of
words is matched into the longer one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice, product

from rapidfuzz import fuzz, process

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.domain.given_name_sexes import man_and_woman
from caseapp.domain.name_letter_readings import KH_MARK
from caseapp.domain.name_other_ways import armenian_vo_read
from caseapp.domain.name_patronymics import PATRONYMIC_MARK, Part, readings
from caseapp.domain.name_words import HYPHENS
from caseapp.domain.names import WordKeys

# Similarity (0-100) of two words' sound keys below which they are different names. After
# the sound keys, one name in two conventions differs little (Sargsyan/Саркисян 93,
# Hambardzumyan/Амбарцумян 87) and two names a letter or two apart differ more (Grigoryan/
# Gevorgyan 86, Hakobyan/Abovyan and Sargsyan/Sahakyan 83, Arman/Armen 80): cut between.
WORD_CUTOFF = 86.5
LIKELY = 0.8  # a score from which two people are shown as likely the same
# Words whose sound keys have fewer letters than this match only when the keys are equal: one
# letter is a fifth of them, and a letter apart is another name (Garik / Gagik, Karen / Aren);
# longer, a letter apart is a convention (Ruzan / Рузанна).
SHORT_WORD = 5
# The most two people whose birth dates differ can score (a name alike, halved, with a
# capture date alike): above it, only people born in the same year (or of unknown birth)
# can be likely the same.
BIRTHS_APART_AT_MOST = 0.55


SPELLINGS_AT_MOST = 16  # readings of one name compared (see name_spellings)


# Marks the sound key of the Armenian surname a Russified one stands for (WordKeys.root:
# Петросов as Петросян): two Russified surnames never meet through it (see word_ratio).
ROOT_MARK = "+"


def _whole_word(word: WordKeys) -> tuple[str, ...]:
    """A word's sound keys as a whole word (:func:`caseapp.domain.name_sounds.whole_sound_key`: a
    search word may be a prefix, a name's is not), the Armenian root marked
    (:data:`ROOT_MARK`)."""
    return tuple(s + ROOT_MARK if s == word.root else s for s in word.whole)


@lru_cache(maxsize=50_000)  # a person's are read when looked up and again when added
def name_spellings(name: str) -> tuple[tuple[str, ...], ...]:
    """The name as words of sound keys (:func:`_whole_word`): one spelling, or one for each
    reading of its Azerbaijani ə and ö (Məmmədov as Mamadov and as Mamedov; at most
    :data:`SPELLINGS_AT_MOST`), the usual reading first; a patronymic, in any of its forms,
    as the father's name marked (:mod:`caseapp.domain.name_patronymics`)."""
    spellings: list[tuple[str, ...]] = []
    # Ter-Petrosyan also as Terpetrosyan, as the search finds it; Ոսկանյան also as Voskanyan
    for other in dict.fromkeys((name, _HYPHENATED.sub("", name), armenian_vo_read(name))):
        for reading in readings(other):
            words = [_part_keys(p) for p in reading]
            words = [w for w in words if w]
            if words:
                spellings += islice(product(*words), SPELLINGS_AT_MOST)
    return tuple(dict.fromkeys(spellings))


def _part_keys(part: Part) -> tuple[str, ...]:
    """A word's sound keys as a whole word (:func:`_whole_word`), a patronymic's marked."""
    if not part.patronymic:
        return _whole_word(part.keys[0]) if part.keys[0].sounds else ()
    return tuple(dict.fromkeys(s + PATRONYMIC_MARK for k in part.keys if k.sounds
                               for s in k.whole))


# A hyphen between two letters (a double name: Ter-Petrosyan, Тер-Петросян).
_HYPHENATED = re.compile(rf"(?<=[^\W\d_])[{re.escape(HYPHENS)}](?=[^\W\d_])")


def _man_and_woman(a: str, b: str) -> bool:
    """``b`` is the woman's form of the man's surname ``a`` by their sound keys: -ev / -eva
    (``aliv`` / ``aliva``), -ov / -ova (``martirosov`` / ``martirosoa``, the v of -ova read
    as nothing before its a), -sky / -skaya (``visoci`` / ``visocia``: the sound key of
    -skaya is the man's and an a, see :func:`caseapp.domain.name_sounds.sound_key`)."""
    if a[-2:] in ("si", "ci") and len(a) > 4:
        return b == a + "a"
    return a[-1:] == "v" and (b == a + "a" or (a[-2:] == "ov" and b == a[:-1] + "a"))


# A given name this short (its sound key) with one more letter at its end is another name
# (Armen / Armine, a man's and a woman's), unless the letter is the a of the Russian
# convention's women's names (Tamar / Тамара, Ruzan / Рузанна).
ENDING_LETTER_BELOW = 7


def _one_more_letter(a: str, b: str) -> bool:
    return len(a) < ENDING_LETTER_BELOW and len(b) == len(a) + 1 and b.startswith(a) \
        and b[-1] != "a"


# An initial ("Оганесян Левон Р.", "Petrosyan A.") against a whole word beginning with its
# letter: alike, never the same word (a name with one is at most "similar").
INITIAL_RATIO = 90.0


def initial(word: str) -> bool:
    """Whether a word's key is an initial: one letter ("Р.", not "4", a number in a name)."""
    return len(word) == 1 and word.isalpha()


def word_ratio(a: str, b: str, *, initials: bool = True, **_: object) -> float:
    """The similarity (0-100) of two words' sound keys, except that a man's and a woman's
    form of one surname are two people: Əliyev / Əliyeva, Мехтиев / Мехтиева (sound keys
    ``aliv`` / ``aliva``, 89 by ratio), Мартиросов / Мартиросова (90). Only after a v: Tamar
    / Тамара, Ruzan / Рузанна are one woman. Short words (:data:`SHORT_WORD`) match only
    when their sound keys are equal. A Russified Armenian surname meets the one in -ян it
    stands for (Петросов, Петросова / Petrosyan) but never another Russified one through it
    (Петросов / Петросова are a man and a woman, by their own keys). A word beginning with a
    velar never meets one without (Karen / Aren, Karam / Aram), nor a short given name the
    same with one more letter but a (:data:`ENDING_LETTER_BELOW`: Armen / Armine). An
    initial ("Р.") is alike a word it begins (:data:`INITIAL_RATIO`), else another name;
    not with ``initials`` False (both spellings have initials: "Петросян А. Б." is not
    "Акопян П. Б.", its initials are matched with initials, its words with words)."""
    if (a[-1:] == PATRONYMIC_MARK) != (b[-1:] == PATRONYMIC_MARK):
        if not (initial(a) or initial(b)):
            return 0.0  # a father's name is not the person's own (Vardanyan Karen / Karen oğlu)
        a, b = a.rstrip(PATRONYMIC_MARK), b.rstrip(PATRONYMIC_MARK)  # K. is Каренович's
    elif a[-1:] == PATRONYMIC_MARK:
        a, b = a[:-1], b[:-1]
    if a[-1:] == ROOT_MARK or b[-1:] == ROOT_MARK:
        if a[-1:] == b[-1:]:
            return 0.0
        a, b = a.rstrip(ROOT_MARK), b.rstrip(ROOT_MARK)
    if _man_and_woman(a, b) or _man_and_woman(b, a) or man_and_woman(a, b):
        return 0.0  # (a man's given name and the woman's: Aleksandr / Aleksandra)
    if initial(a) != initial(b) and a.isalpha() and b.isalpha():  # an initial and a word
        letter, word = (a, b) if initial(a) else (b, a)
        return INITIAL_RATIO if initials and word.startswith(letter) else 0.0
    for first in (KH_MARK, "k"):
        if a.startswith(first) != b.startswith(first):
            # a first velar (kept as k) is never dropped: Ghazaryan is not Azaryan; nor the
            # mark of a first h or kh: Khachatryan is Hachatryan, not Achatryan
            return 0.0
        if a.startswith(first) and a != b:  # weighed without it, as before it was kept
            a, b = a[len(first):], b[len(first):]
    if a != b and min(len(a), len(b)) < SHORT_WORD:
        return 0.0  # a letter apart in a short word is another name: Garik / Gagik, Karen / Aren
    if _one_more_letter(a, b) or _one_more_letter(b, a):
        return 0.0  # Armen / Armine
    return fuzz.ratio(a, b)


def words_score(a: Sequence[str], b: Sequence[str]) -> float:
    """How well the words of one spelling match those of another, 0 … 1: each word of the
    shorter spelling to its best partner in the longer one (each used once), averaged. One
    word against several is not enough to call two people the same."""
    if not a or not b:
        return 0.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1 and len(long_) > 1:
        return 0.0
    free = list(long_)
    total = 0.0
    initials = not (any(map(initial, a)) and any(map(initial, b)))
    for word in short:
        best = process.extractOne(word, free, scorer=word_ratio,
                                  scorer_kwargs={"initials": initials})
        if best is None or best[1] < WORD_CUTOFF:
            return 0.0
        total += best[1] / 100
        free.pop(best[2])
    return total / len(short)


ABOUT = timedelta(days=15)  # "about 10 Nov 2020" may be any day this far either side


def dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool | None:
    """None when either is unknown; else whether the periods they stand for overlap (May
    1990 agrees with 17 May 1990, not with 1991; about 10 Nov 2020 with 12 Nov 2020)."""
    if a is None or b is None:
        return None
    (a0, a1), (b0, b1) = _period(a), _period(b)
    return a0 <= b1 and b0 <= a1


def _period(d: PartialDate) -> tuple[date, date]:
    about = ABOUT if d.precision is DatePrecision.APPROXIMATE else timedelta()
    return d.earliest - about, d.latest + about


@dataclass(frozen=True, slots=True)
class Person:
    """What the score looks at: every spelling of the name, and two dates."""

    names: tuple[str, ...]
    birth: PartialDate | None = None
    capture: PartialDate | None = None

    @property
    def spellings(self) -> tuple[tuple[str, ...], ...]:
        """The words of each spelling; a one-word name (a nickname, "Aro", that many share)
        only when the person has no longer one."""
        words = tuple(dict.fromkeys(w for n in self.names for w in name_spellings(n)))
        whole = tuple(w for w in words if len(w) > 1)
        return whole or words

    @property
    def fathers(self) -> tuple[str, ...]:
        """The sound keys of every father's name a patronymic of the person's names may be
        of, marked (:func:`name_fathers`)."""
        return tuple(dict.fromkeys(f for n in self.names for f in name_fathers(n)))


@lru_cache(maxsize=100_000)
def name_fathers(name: str) -> tuple[str, ...]:
    """The marked sound keys of the father's name a patronymic of ``name`` may be of (every
    reading of it: Կարենի, perhaps a patronymic, is one; Անի, perhaps too)."""
    return spelling_fathers(name_spellings(name))


def fathers_apart(a: Person, b: Person) -> bool:
    """Whether both have a patronymic and none of ``a``'s may be of ``b``'s father: two
    men of one name and one year, sons of two fathers (cousins named after one grandfather),
    however many spellings of theirs leave it out (Ruben Vardanyan, Վարդանյան Ռուբեն Կարենի
    is not Vardanyan Ruben Armen oğlu)."""
    return other_fathers(a.fathers, b.fathers)


def other_fathers(fa: Sequence[str], fb: Sequence[str]) -> bool:
    """Whether patronymics are known on both sides (``fa``, ``fb``: marked sound keys of the
    fathers' names) and none of one side may be of the other's father."""
    return bool(fa and fb) and not any(word_ratio(x, y) >= WORD_CUTOFF for x in fa for y in fb)


def spelling_fathers(spellings: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """The marked sound keys of the fathers' names among the words of ``spellings``."""
    return tuple(dict.fromkeys(w for words in spellings for w in words
                               if w.endswith(PATRONYMIC_MARK)))


def match_score(a: Person, b: Person) -> tuple[float, tuple[str, ...]]:
    """The score (0 … 1) that ``a`` and ``b`` are one person, and its reasons in words.

    The best agreement of any two spellings; birth dates that agree add 0.1, that differ
    halve it; capture dates add 0.05 or take off a third. The same name with the same exact
    birthday scores at least :data:`LIKELY`, whatever the capture dates; so does the same
    name of three words or more with the same day of capture, whatever the birth dates."""
    return _score(a.spellings, b.spellings, a, b)


def _score(sa: Sequence[tuple[str, ...]], sb: Sequence[tuple[str, ...]], a: Person, b: Person
           ) -> tuple[float, tuple[str, ...]]:
    return dated(names_score(sa, sb), a, b)


def names_score(sa: Sequence[tuple[str, ...]], sb: Sequence[tuple[str, ...]]) -> float:
    """The best agreement of any two spellings (words_score), 0 … 1."""
    best = 0.0
    for x in sa:
        for y in sb:
            best = max(best, words_score(x, y))
            if best >= 1.0:
                return best
    return best


def dated(names: float, a: Person, b: Person) -> tuple[float, tuple[str, ...]]:
    """The score of two people whose names agree by ``names``, weighted by their dates."""
    if names == 0.0 or fathers_apart(a, b):
        return 0.0, ()
    reasons = ["same name" if names >= 0.999 else "similar name"]
    score = names
    birth = dates_agree(a.birth, b.birth)
    if birth is True:
        score, reasons = min(1.0, score + 0.1), [*reasons, _agreeing("birth", a.birth, b.birth)]
    elif birth is False:
        score, reasons = score * 0.5, [*reasons, "different birth dates"]
    capture = dates_agree(a.capture, b.capture)
    if capture is True:
        score, reasons = (min(1.0, score + 0.05),
                          [*reasons, _agreeing("capture", a.capture, b.capture)])
    elif capture is False:
        score, reasons = score * 0.67, [*reasons, "different capture dates"]
    if names >= 0.999 and _same_day(a.birth, b.birth):
        # One name and one exact birthday: a capture date written differently (or wrongly)
        # does not make two people of them.
        score = max(score, LIKELY)
    elif names >= 0.999 and _same_day(a.capture, b.capture) and _whole_names_alike(a, b):
        # One full name (a patronymic too) captured the same day: a birth date corrected in
        # the next month's list does not make two people of them either (the lawyer asked).
        score = max(score, LIKELY)
    return round(score, 3), tuple(reasons)


def _whole_names_alike(a: Person, b: Person) -> bool:
    """Whether a spelling of each of three words or more, none an initial, is the same name
    (a surname, a given name and a patronymic: two words are a common name, shared by men
    captured together)."""
    long_a = [x for x in a.spellings if len(x) >= 3 and not any(map(initial, x))]
    long_b = [y for y in b.spellings if len(y) >= 3 and not any(map(initial, y))]
    return any(words_score(x, y) >= 0.999 for x in long_a for y in long_b)


def born_apart_alike(person: Person) -> bool:
    """Whether ``person`` can be likely the same as someone born another year: a name of
    three words or more and a day of capture (see dated)."""
    return (_same_day(person.capture, person.capture)
            and any(len(x) >= 3 and not any(map(initial, x)) for x in person.spellings))


# Why two dates that agree (dates_agree) count, as the reasons say it: "same birth date" only
# of one day known on both sides; "1978" and "03.02.1978", or two years, agree only as far as
# both are known. Keys of caseapp.services.labels.MATCH_REASONS.
_AGREEING = {("birth", True): "same birth date",
             ("birth", False): "birth dates agree as far as both are known",
             ("capture", True): "same capture date",
             ("capture", False): "capture dates agree as far as both are known"}


def _agreeing(which: str, a: PartialDate | None, b: PartialDate | None) -> str:
    return _AGREEING[which, _same_day(a, b)]


def _same_day(a: PartialDate | None, b: PartialDate | None) -> bool:
    return (a is not None and b is not None and a == b
            and a.precision is DatePrecision.EXACT)
