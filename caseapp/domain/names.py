"""Names across scripts: detecting the script and folding spellings to the keys the search and the
duplicate check read names by (which spelling of a name is shown, the Latin headline name among
them, is :mod:`caseapp.domain.name_display`'s). The words of a text are
:mod:`caseapp.domain.name_words`', a word's search key :mod:`caseapp.domain.name_folding`'s and
its sound keys :mod:`caseapp.domain.name_sounds`'; this module gives them for each word of a
name (:func:`name_keys`) and for what a search looks for (:func:`name_terms`).

A captive's family name may be stored as ``Վարդանյան`` and searched as ``Варданян``,
``Vardanyan`` or ``Vardanian``. Each word is transliterated to ASCII with ``anyascii`` (a
maintained library covering Armenian, Cyrillic and Azerbaijani Latin) and then folded by a few
rules that erase the usual differences between English, French, Russian-derived and Armenian
romanisations. Both stored text and queries go through :func:`search_keys`, so whatever the
spelling on either side, the keys meet.

What the conventions write by a different sound (Казарян / Ghazaryan, Джафаров / Cəfərov,
Мамедов / Məmmədov / Mammadov; Саркисян / Sargsyan:
:data:`~caseapp.domain.name_sounds._WITH_THE_VOWEL`; Janna / Жанна:
:func:`~caseapp.domain.name_sounds.more_readings`; Serguei / Sergei) meets in the sound keys
instead (:func:`~caseapp.domain.name_sounds.sound_key`, several for a word with an Azerbaijani
ə or ö, for an е of an Azerbaijani name that may be an ə, for a Russian г that may be an h, and
for the Armenian surname in -ян a Russified one in -ов stands for). :func:`name_keys` gives
both for each word of a name: the search index, the search and the duplicate check all take
their keys from it. Format characters (zero-width joiners and the like) and the Armenian marks
over a vowel (Պետրո՛սյան) are read as nothing, an apostrophe of any kind inside a word too
(T'adevosyan, T’adevosyan, Tadevosyan); a hyphen parts a double name (Ter-Petrosyan), which the
index also keeps whole (:func:`~caseapp.domain.name_words.compound_words`, :func:`name_terms`),
and two words of a name next to each other may be one word typed as two (Ter Petrosyan,
Terpetrosyan: :data:`JOINED`). A double letter is one letter (Petrossian, Petrosyan), but a run
of three or more of one letter is kept as typed (:data:`~caseapp.domain.name_folding.RUN`); the
Russian ё romanised "yo" sounds as the e it is written with (Semyonov, Semenov, Семёнов,
Семенов: :data:`~caseapp.domain.name_sounds._SOUND_YO`). A Ukrainian given name has the sound
keys of its Russian form too (Oleksandr, Олександр: Aleksandr;
:mod:`caseapp.domain.given_name_forms`, :func:`word_keys`). A word with a digit in it has no
sound of a name (:func:`_keys_of`).

A woman's surname. Armenian surnames (-yan, -ian, -yants) are the same for a woman: Petrosyan
finds Ani Petrosyan as it finds Aram. A Russian-form surname (-ov, -ev: Russian, Azerbaijani,
an Armenian one Russified) takes an a for a woman (Semyonova, Aliyeva, Məmmədova): the man's
surname typed, in any spelling, finds the woman's as it finds the man's, since a search word
finds the words it begins and a woman's sound key is the man's and an a
(:data:`~caseapp.domain.name_sounds._FEMININE`): "Aliyev" finds Aliyeva and Алиева, "Semyonov"
Семёнова, "Mamedov" Məmmədova, "Ağayev" Агаева; -in / -ina alike ("Ilyin" finds Ильина). Not
the other way round: "Aliyeva" does not find Aliyev (the woman searched for is not her father
or her brother). The Russian -sky / -skaya alike
(:data:`~caseapp.domain.name_sounds._FEMININE_SKY`): "Vysotsky", "Vysotskiy", "Высоцкий" find
Vysotskaya and Высоцкая. A man's surname whose sound key is too short to be searched as a
prefix (Hayev "aiv") is looked for whole as itself and as the woman's
(:data:`~caseapp.domain.name_sounds.MASCULINE_ENDINGS`).

The keys are stored in case files: a change to the folding needs an Alembic revision that calls
``caseapp.db.search.rebuild`` so that existing files are indexed again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from caseapp.domain.enums import Script
from caseapp.domain.given_name_forms import FORMS
from caseapp.domain.name_folding import RUN, fold_word, sh_begun, sh_unmarked, sound_fold
from caseapp.domain.name_letter_readings import h_or_kh
from caseapp.domain.name_other_ways import initial_vo, is_place, place_keys
from caseapp.domain.name_sounds import (
    AZERBAIJANI_FORM,
    SOUND_DROPPED,
    SOUND_MIN,
    armenian_root,
    more_readings,
    reading_sounds,
    sound_key,
    sound_of,
    vowel_readings,
    whole_sound_key,
    without_the_vowel,
)
from caseapp.domain.name_words import LINKS, compound_words, stored_words, text_words

# One word may be written as two (Ter Petrosyan, Տեր Պետրոսյան, Abdul Rahman) or two as one
# (Terpetrosyan, Abdulrahman). The index keeps each two words next to each other (of a name,
# a note, any text it holds) as one key, their keys with JOINED between them ("ter0petrosian"), and a word typed is
# also looked for cut in two at each place with JOINED put there (:func:`name_terms`): the
# typed word must run on past the first word of the name. Joined without a mark, "Aram"
# would begin the key of "Ara Mkrtchyan", "Mariam" that of "Maria Martirosyan".
JOINED = "0"


# The least letters of the first and of the second word joined: an initial is not joined
# ("A. Vardanyan"), nor a second word shorter than three letters ("Nare Ka" is not Narek).
_JOIN_FIRST, _JOIN_SECOND = 2, 3


def _joins(first: str, second: str) -> bool:
    """Whether two keys next to each other may be one word typed as two: neither a number
    (a case number's parts are not a name), neither too short (:data:`_JOIN_FIRST`)."""
    return (len(first) >= _JOIN_FIRST and len(second) >= _JOIN_SECOND
            and not first.isdigit() and not second.isdigit())


def _joined(words: list[WordKeys]) -> list[WordKeys]:
    """The keys the index keeps for each two words of a name next to each other (see
    :data:`JOINED`): found by a word typed, cut in two there; they have no sound keys."""
    return [WordKeys(a.key + JOINED + b.key, ()) for a, b in pairwise(words)
            if _joins(a.key, b.key)]


# A word typed longer than this is not two words of a name run together (and cut at each
# place, a text of 100,000 letters pasted into the search would be 100,000 keys of as many).
_CUT_AT_MOST = 48


def _cut(word: str, key: str) -> list[WordKeys]:
    """A typed word cut in two at each place it may be two words (see :data:`JOINED`): its
    key cut, and the word as typed cut between two of its letters, each side folded as the
    index folds each of two words. The folding reads letters across the two words written as
    one, which it does not across two words ("Matsak": the t and s are the ts of "macak",
    where Mat Sak is "mat" and "sak"; "Terrafaelyan": two r are one; "Teryeghiazaryan": a
    Ye beginning the second word is E), so the key cut alone missed those names written as
    two. None for a number or a word too long to be two."""
    if not key.isalpha() or len(key) > _CUT_AT_MOST:
        return []
    cuts = [key[:at] + JOINED + key[at:] for at in range(_JOIN_FIRST, len(key) - _JOIN_SECOND + 1)]
    if len(word) <= _CUT_AT_MOST:
        for at in range(1, len(word)):
            first, second = fold_word(word[:at]), fold_word(word[at:])
            if _joins(first, second) and first.isalpha() and second.isalpha():
                cuts.append(first + JOINED + second)
    return [WordKeys(cut, ()) for cut in dict.fromkeys(cuts)]


@dataclass(frozen=True, slots=True)
class WordKeys:
    """The keys of one word of a name: ``key``, its search key (the word as written, folded:
    :func:`fold_word`), and ``sounds``, its sound keys (:func:`sound_key`; one for each
    reading of an Azerbaijani ə or ö, or of a Cyrillic г standing for h in a short word), the
    usual reading first, none empty."""

    key: str
    sounds: tuple[str, ...]
    # The sound key of the Armenian surname a Russified one is made from (Петросов: that of
    # Петросян, see :func:`armenian_root`), also among ``sounds``; else "".
    root: str = ""
    # The sound keys of the word as a whole word, for the duplicate check
    # (:func:`whole_sound_key`), the root among them.
    whole: tuple[str, ...] = ()
    # The sound keys of the Russian form of a Ukrainian given name (Олександр, Oleksandr: those
    # of Александр; :mod:`caseapp.domain.given_name_forms`), also among ``sounds`` (and their
    # whole keys among ``whole``): a search looks for them as whole words only.
    forms: tuple[str, ...] = ()
    # Looked for as a whole word only, not as the beginning of one: another spelling of a
    # place a search looks for too (caseapp.domain.name_other_ways.place_keys).
    whole_only: bool = False
    # Typed, a place's spelling whole (Шуша, Shusha, Baku): its search key is looked for as
    # a whole word, only its sound keys as the beginning of one ("Baku" is not the beginning
    # of Bakirov; Шуша "wuwa" still begins Шушанян's "wuwanian").
    place: bool = False


# The a a woman's surname adds to the man's in -ov, -ev or -in, as :func:`sound_fold` writes
# them (Агуева, Aguyeva; Гаева; Ильина).
_FEMININE_A = re.compile(r"(?<=[oe]v|in)a$")


@lru_cache(maxsize=100_000)
def word_keys(word: str, azerbaijani: bool = False) -> WordKeys:
    """The keys of one word; ``azerbaijani``: of a name of Azerbaijani form (see
    :func:`name_keys`). A Ukrainian given name has the keys of its Russian form too
    (:func:`_other_form`)."""
    own = _own_keys(word, azerbaijani)
    other = _other_form(word, own.key)
    if other is None:
        return own
    forms = tuple(s for s in other.sounds if s not in own.sounds)
    return WordKeys(own.key, own.sounds + forms, own.root,
                    tuple(dict.fromkeys(own.whole + other.whole)), forms)


@lru_cache(maxsize=1)
def _given_name_forms() -> dict[str, WordKeys]:
    """The search key of each Ukrainian given name of
    :data:`caseapp.domain.given_name_forms.FORMS`, in Cyrillic and in Latin letters → the keys
    of its Russian form."""
    forms: dict[str, WordKeys] = {}
    for ukrainian, latin, russian in FORMS:
        other = _own_keys(russian)
        for spelling in (ukrainian, latin):
            key = fold_word(spelling)
            if key != other.key:
                forms[key] = other
    return forms


def _other_form(word: str, key: str) -> WordKeys | None:
    """The keys of the Russian form of ``word`` (its search key ``key``), if it is a Ukrainian
    given name of :data:`caseapp.domain.given_name_forms.FORMS` as spelt there, the other
    spellings the search key folds alike (Oleksiy, Oleksii) or read with ks for an x
    (Olexandr); else None. Told by the whole word's spelling, not its sound: a name that
    only sounds alike is another name (Alina is not Halyna, Galina)."""
    forms = _given_name_forms()
    found = forms.get(key)
    if found is None and "x" in word.lower():
        found = next((forms[k] for k in map(fold_word, more_readings(word.lower()))
                      if k in forms), None)
    return found


@lru_cache(maxsize=100_000)
def _own_keys(word: str, azerbaijani: bool = False) -> WordKeys:
    """The keys of one word by its own spelling (:func:`word_keys` but for the other form of
    a given name)."""
    key = fold_word(word)
    if RUN.search(key) is not None:  # typed by accident, not a spelling: looked for as typed
        return WordKeys(key, ())
    sounds: list[str] = []
    whole: list[str] = []
    readings = vowel_readings(word, azerbaijani)
    kh: list[str] = []  # a first h or kh (see caseapp.domain.name_letter_readings)
    for reading in [*readings, *(r for one in readings for r in more_readings(one))]:
        folded = sound_fold(reading)
        # (a woman's surname is short as the man's is: Агуева as Агуев, whatever finds his
        # finds hers)
        bare = len(sound_of(SOUND_DROPPED.sub("", _FEMININE_A.sub("", folded))))
        sounds.extend(reading_sounds(reading, folded, sound_key, bare < SOUND_MIN, azerbaijani))
        whole.extend(reading_sounds(reading, folded, whole_sound_key, bare <= SOUND_MIN,
                                     azerbaijani))
        if bare >= SOUND_MIN:
            kh.append(h_or_kh(folded, sound_key))
            if len(kh) == 1 and kh[0]:  # the usual reading's, next to its own sound key
                whole.insert(1, h_or_kh(folded, whole_sound_key))
    sounds.extend(kh)
    without = without_the_vowel()
    sounds.extend(without[s] for s in list(sounds) if s in without)
    whole.extend(without[s] for s in list(whole) if s in without)
    root = armenian_root(key)
    root = without.get(root, root)  # (Саркисов: that of Саргсян, Sargsyan)
    if root:
        sounds.append(root)
        whole.append(root)
    return WordKeys(key, tuple(dict.fromkeys(s for s in sounds if s)), root,
                    tuple(dict.fromkeys(s for s in whole if s)))


def name_keys(text: str, *, name: bool = True, stored: bool = False) -> list[WordKeys]:
    """The key of a name (or any text): the keys of each of its words, in order, without the
    words that fold to nothing. The one place the search index, the search and the duplicate
    check take their keys from, so that what one spelling stores another meets. ``name``:
    the text is a name (or a query for one): if one of its words has an Azerbaijani form (a
    surname in -ов, a patronymic оглы…), its е are read as ə too (see :func:`vowel_readings`).
    ``stored``: the keys the search index keeps, the words of a word with an apostrophe or a
    hyphen after the others (:func:`stored_words`), then each two words next to each other
    joined (:data:`JOINED`), and a word with a Latin ş or š as typed with s
    (:func:`sh_unmarked`), of a name and of any other text alike: the lists' filters read
    a note's or a contact's text so (:mod:`caseapp.domain.name_filter`), and the search finds
    it as they do ("Terpetrosyan" a note naming Ter Petrosyan)."""
    words = text_words(text)
    azerbaijani = name and _azerbaijani(words)
    own = [_keys_of(w, azerbaijani) for w in words]
    if stored:
        extra = [_keys_of(w, azerbaijani) for w in stored_words(text)[len(words):]]
        own += extra + _joined(own) + [WordKeys(k, ()) for k in map(sh_unmarked, words) if k]
    return [k for k in own if k.key]


def keyed_words(name: str) -> tuple[list[tuple[str, WordKeys]], bool]:
    """Each word of a name with its keys, as :func:`name_keys` gives them (the words that
    fold to nothing left out), and whether the name is of Azerbaijani form: the duplicate
    check reads a patronymic's word by its spelling (:mod:`caseapp.domain.name_patronymics`)."""
    words = text_words(name)
    azerbaijani = _azerbaijani(words)
    keyed = [(w, _keys_of(w, azerbaijani)) for w in words]
    return [(w, k) for w, k in keyed if k.key], azerbaijani


def _azerbaijani(words: list[str]) -> bool:
    """Whether a word of a name has an Azerbaijani form (see :func:`name_keys`)."""
    return any(AZERBAIJANI_FORM.search(w.lower()) and not armenian_root(fold_word(w))
               for w in words)


def _keys_of(word: str, azerbaijani: bool) -> WordKeys:
    # A number (a case number, a year, a house) is its own key and sound key: made here, not
    # kept in the cache of words, where thousands of them would push the names out. So is a
    # word with a digit in it (a code, "A12", or a 0 typed by a slip, "0hasanov"): it has no
    # sound of a name, and read as one its key met those of names (a sound key beginning
    # with a 0, KH_MARK). A search looks for it among the search keys only
    # (caseapp.domain.name_filter.looked_for).
    if word.isdigit() and word.isascii():
        return WordKeys(word, (word,), "", (word,))
    if any(ch.isdigit() for ch in word):
        key = fold_word(word)
        return WordKeys(key, (key,), "", (key,)) if key else WordKeys("", ())
    return word_keys(word, azerbaijani)


Term = tuple[tuple[WordKeys, ...], ...]


# The particle of an Azerbaijani patronymic as its search key folds it (oğlu, оглы, ogly; qızı,
# кызы, gizi: caseapp.domain.name_folding). An Azerbaijani court writes "Vardanyan Ruben Karen
# oğlu" where the file holds Варданян Рубен Каренович or Վարդանյան Ռուբեն Կարենի: the particle
# is no word of those, and looked for like the others, the name copied from the court's
# decision found no one. A query looks for it only when it is all that was typed.
PATRONYMIC_PARTICLES = frozenset({"oglu", "qizi"})


def name_terms(text: str) -> list[Term]:
    """What a search looks for, typed ``text``: for each of its words (:func:`name_keys`),
    the ways it may be written, each a row of keys a record must hold all of. A word is one
    way, its keys; a double name typed with its hyphen (Ter-Petrosyan) two: its parts, as
    name_keys gives them, or the whole of it joined (a record holding "Terpetrosyan"). One
    word typed as two (Ter Petrosyan, for a record holding "Terpetrosyan"): each of the two
    may also be written as the two joined. Two words typed as one (Terpetrosyan, for a name
    "Ter Petrosyan"): the word may also be written cut in two (see :data:`JOINED`)."""
    if LINKS.search(text) is None:
        words = text_words(text)
        compounds = [[w] for w in words]
    else:
        compounds = [c.replace("'", "").split("-") for c in compound_words(text)]
        words = [p for parts in compounds for p in parts]
    azerbaijani = _azerbaijani(words)
    terms: list[Term] = []
    for at, parts in enumerate(compounds):
        keys = [_keys_of(p, azerbaijani) for p in parts]
        if len(keys) == 1 and is_place(keys[0].key):
            keys = [replace(keys[0], place=True)]
        ways: list[tuple[WordKeys, ...]] = [tuple(k for k in keys if k.key)]
        if not ways[0]:
            continue
        if len(parts) > 1:
            ways.append((_keys_of("".join(parts), azerbaijani),))
        else:
            ways.extend((k,) for k in _cut(parts[0], keys[0].key))
            other = initial_vo(parts[0], keys[0].key)
            if other is not None:
                ways.append((_keys_of(other, azerbaijani),))
            ways.extend((WordKeys(k, (), whole_only=not stem),)
                        for k, stem in place_keys(keys[0].key))
        begun = sh_begun(parts[-1])
        if begun is not None:  # "S", "Shus": perhaps an sh half typed
            ways.append((*keys[:-1], _keys_of(begun, azerbaijani)))
        if at and _joins(fold_word(compounds[at - 1][-1]), keys[0].key):
            ways.append((_keys_of("".join(compounds[at - 1] + parts), azerbaijani),))
        if at + 1 < len(compounds) and _joins(keys[-1].key, fold_word(compounds[at + 1][0])):
            ways.append((_keys_of("".join(parts + compounds[at + 1]), azerbaijani),))
        terms.append(tuple(dict.fromkeys(w for w in ways if w and all(k.key for k in w))))
    particles = [t for t in terms if len(t[0]) == 1 and t[0][0].key in PATRONYMIC_PARTICLES]
    return [t for t in terms if t not in particles] or terms


def search_keys(text: str, *, stored: bool = False) -> list[str]:
    """Search keys of every word of ``text``, in order, without empty ones; ``stored``: as
    the search index keeps them (see :func:`name_keys`), for a text searched in."""
    keys: list[str] = []
    for word in (stored_words if stored else text_words)(text):
        key = fold_word(word)
        if key:
            keys.append(key)
    return keys


def typed_key(text: str) -> str:
    """What a picker looks for, typed ``text`` (a part of a choice's :func:`picker_keys`):
    the search key of its words written as one word (Ter Petrosyan, Ter-Petrosyan and
    Terpetrosyan all "terpetrosian"); "" if it has no word."""
    return fold_word("".join(text_words(text)))


def picker_keys(text: str) -> str:
    """What a picker's choice ``text`` is found by, a :func:`typed_key` being a part of it:
    the search keys of its words written one after the other, and, from each of its words
    on, the words written as one word and folded (across two words the folding may differ:
    "Ter Rafaelyan" typed is "terafaelian", one r of two, as Terrafaelyan is)."""
    words = text_words(text)
    parts = ["".join(fold_word(w) for w in words),
             *(fold_word("".join(words[at:at + _PICKER_WORDS]))
               for at in range(len(words) - 1))]
    return " ".join(p for p in parts if p)


# The words typed at most that :func:`picker_keys` folds as one from each word of a choice on
# (a long choice, or one of thousands of words pasted, is not folded whole from each word).
_PICKER_WORDS = 6


def detect_script(text: str) -> Script:
    """The script most letters of ``text`` are written in."""
    counts = {Script.ARMENIAN: 0, Script.CYRILLIC: 0, Script.LATIN: 0}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("ARMENIAN"):
            counts[Script.ARMENIAN] += 1
        elif name.startswith("CYRILLIC"):
            counts[Script.CYRILLIC] += 1
        elif name.startswith("LATIN"):
            counts[Script.LATIN] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else Script.OTHER
