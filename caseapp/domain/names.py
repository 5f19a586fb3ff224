"""Names across scripts: detecting the script and folding spellings to the keys the search and
the duplicate check read names by (which spelling of a name is shown, the Latin headline name
among them, is :mod:`caseapp.domain.name_display`'s).

A captive's family name may be stored as ``Վարդանյան`` and searched as ``Варданян``,
``Vardanyan`` or ``Vardanian``. Each word is transliterated to ASCII with ``anyascii``
(a maintained library covering Armenian, Cyrillic and Azerbaijani Latin) and then
folded by a few rules that erase the usual differences between English, French,
Russian-derived and Armenian romanisations. Both stored text and queries go through
:func:`search_keys`, so whatever the spelling on either side, the keys meet.

What the conventions write by a different sound (Казарян / Ghazaryan, Джафаров / Cəfərov,
Мамедов / Məmmədov / Mammadov; Саркисян / Sargsyan: :data:`_WITH_THE_VOWEL`; Janna / Жанна:
:func:`_other_readings`; Serguei / Sergei) meets in the sound keys instead
(:func:`sound_key`, several for a word with an Azerbaijani ə or ö, for an е of an Azerbaijani
name that may be an ə, for a Russian г that may be an h, and for the Armenian surname in -ян a
Russified one in -ов stands for). :func:`name_keys` gives both for each word of a name:
the search index, the search and the duplicate check all take their keys from it. Format
characters (zero-width joiners and the like) and the Armenian marks over a vowel (Պետրո՛սյան)
are read as nothing, an apostrophe of any kind inside a word too (T'adevosyan, T’adevosyan,
Tadevosyan); a hyphen parts a double name (Ter-Petrosyan), which the index also keeps whole
(:func:`_compounds`, :func:`name_terms`), and two words of a name next to each other may be
one word typed as two (Ter Petrosyan, Terpetrosyan: :data:`JOINED`). A double letter is one
letter (Petrossian, Petrosyan), but a run of three or more of one letter is kept as typed
(:data:`RUN`); the Russian ё romanised "yo" sounds as the e it is written with (Semyonov,
Semenov, Семёнов, Семенов: :data:`_SOUND_YO`). A Ukrainian given name has the sound keys of
its Russian form too (Oleksandr, Олександр: Aleksandr; :mod:`caseapp.domain.given_name_forms`,
:func:`word_keys`). A word with a digit in it has no sound of a name (:func:`_keys_of`).

A woman's surname. Armenian surnames (-yan, -ian, -yants) are the same for a woman: Petrosyan
finds Ani Petrosyan as it finds Aram. A Russian-form surname (-ov, -ev: Russian, Azerbaijani,
an Armenian one Russified) takes an a for a woman (Semyonova, Aliyeva, Məmmədova): the man's
surname typed, in any spelling, finds the woman's as it finds the man's, since a search word
finds the words it begins and a woman's sound key is the man's and an a (:data:`_FEMININE`):
"Aliyev" finds Aliyeva and Алиева, "Semyonov" Семёнова, "Mamedov" Məmmədova, "Ağayev"
Агаева; -in / -ina alike ("Ilyin" finds Ильина). Not the other way round: "Aliyeva" does not
find Aliyev (the woman searched for is not her father or her brother). The Russian -sky /
-skaya alike (:data:`_FEMININE_SKY`): "Vysotsky", "Vysotskiy", "Высоцкий" find Vysotskaya and
Высоцкая. A man's surname whose sound key is too short to be searched as a prefix (Hayev
"aiv") is looked for whole as itself and as the woman's (:data:`MASCULINE_ENDINGS`).

The keys are stored in case files: a change to the folding needs an Alembic revision
that calls ``caseapp.db.search.rebuild`` so that existing files are indexed again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, product

from anyascii import anyascii

from caseapp.domain.clean_text import INVISIBLE
from caseapp.domain.enums import Script
from caseapp.domain.given_name_forms import FORMS
from caseapp.domain.name_letter_readings import h_or_kh, other_readings

# Letters anyascii romanises differently from how names are spelt in practice.
_PRE_MAP = str.maketrans({
    "Ə": "A", "ə": "a",  # Azerbaijani schwa: Əliyev → Aliyev
    # Azerbaijani and Turkish ç is ch (anyascii: c), so that the folding of tch meets it:
    # Mkrtçyan as Mkrtchyan, Мкртчян.
    "Ç": "Ch", "ç": "ch",
    # Azerbaijani and Turkish ş is sh (anyascii: s): the search key reads sh as s anyway, but
    # the sound key tells them apart (Qasımov is not Həşimov / Hashimov).
    "Ş": "Sh", "ş": "sh",
})

# Armenian ու is one sound, /u/; letter by letter it would read "ow".
_ARMENIAN_DIGRAPHS = (("ու", "u"), ("Ու", "U"), ("ՈՒ", "U"))

# Applied in order to the lower-case ASCII form of one word.
_FOLD_RULES: tuple[tuple[str, str], ...] = (
    ("tch", "ch"),  # French: Tchakhalian
    ("dzh", "j"),  # Russian-derived: Dzhivan
    ("dj", "j"),  # French: Djivan
    ("kh", "x"),
    ("gh", "g"),
    ("tz", "c"),
    ("ts", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("zh", "z"),
    ("ou", "u"),  # French: Ghougassian
    ("w", "v"),  # Western Armenian: Geworgyan
    ("y", "i"),  # Vardanyan / Vardanian, Aliyev / Aliev
)

_SOFT_U = re.compile(r"([b-df-hj-np-tv-zW])iu")
# The particles of an Azerbaijani patronymic ("Əli oğlu", "Tofiq qızı": son, daughter of)
# as the Russian convention and the press write them: Али оглы, Тофик кызы, Tofig gizi.
_PARTICLES = {"ogli": "oglu", "kizi": "qizi", "gizi": "qizi"}

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Every format character (Unicode category Cf) is read as nothing: the invisible characters a
# name is kept without (caseapp.domain.clean_text) and those it may still hold, pasted from a
# web page or a chat (zero-width joiner and non-joiner, word joiner, invisible operators,
# tags). Between two letters they would cut one word in two ("Vard<ZWJ>anyan" as "Vard" and
# "anyan"), so a name pasted with one would find nothing and be found by nothing. The ranges
# are those of Unicode 15.1; tests/domain/test_names.py checks them against the running
# Python's tables.
FORMAT_CHARACTERS = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
                     "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
                     "\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
                     "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
                     "\U000e0020-\U000e007f")
_INVISIBLE = re.compile(f"[{INVISIBLE}{FORMAT_CHARACTERS}]")


# The characters a name is written with inside a word, which never part it in two (see
# :func:`_compounds`). Apostrophes: the ASCII one, the typographic ones a word processor or a
# phone puts in (’ ‘ ‛), the modifier letters of transliterations (ʼ ʻ ʹ ʺ ʽ: Tʻadevosyan),
# the prime, grave and acute typed for one (′ ` ´), the fullwidth one, the saltillo and the
# Armenian apostrophe ՚. Armenian romanisations mark an aspirate with one (T'adevosyan,
# Ch'ilingaryan for Թադևոսյան, Չիլինգարյան), Russian ones a soft sign (Vasil'ev).
APOSTROPHES = ("'\u2019\u2018\u201b\u02bc\u02bb\u02b9\u02ba\u02bd\u2032`\u00b4"
               "\uff07\ua78c\u055a")
# Hyphens, as between the parts of a double name (Ter-Petrosyan, Тер-Петросян,
# Տեր-Պետրոսյան): the ASCII one, the Unicode hyphens, the figure and en dashes a word
# processor may put in, the minus sign, the Armenian hyphen ֊ and the small and fullwidth ones.
HYPHENS = "-\u2010\u2011\u2012\u2013\u2212\u058a\ufe63\uff0d"
# The Armenian marks written over a vowel inside a word: emphasis ՛, exclamation ՜,
# question ՞, and the abbreviation mark ՟. Read as nothing wherever they are.
ARMENIAN_MARKS = "\u055b\u055c\u055e\u055f"
# Each apostrophe as ', each hyphen as -, the Armenian marks as nothing.
_AS_LINKS = str.maketrans({**dict.fromkeys(APOSTROPHES, "'"), **dict.fromkeys(HYPHENS, "-"),
                           **dict.fromkeys(ARMENIAN_MARKS)})
# Any of them: a text without one has no word to link or mark to read as nothing.
LINKS = re.compile(f"[{re.escape(APOSTROPHES + HYPHENS + ARMENIAN_MARKS)}]")

# A piece of a word, or one character that is neither a letter, a digit nor a space (a
# combining mark, a hyphen, an apostrophe…).
_PIECE = re.compile(r"[^\W_]+|[^\w\s]|_")
_NEITHER = re.compile(r"[^\w\s]")
# A word of ASCII text, its parts linked by an apostrophe or a hyphen between two letters.
_ASCII_COMPOUND = re.compile(r"[^\W_]+(?:(?<=[^\W\d_])['-](?=[^\W\d_])[^\W_]+)*")


def _compounds(text: str) -> list[str]:
    """The words of ``text``, a word's parts linked by an apostrophe (written ') or a hyphen
    (written -) between two letters kept together: "T'adevosyan", "Ter-Petrosyan" (see
    :data:`APOSTROPHES`, :data:`HYPHENS`). Read as nothing: the format characters (a
    zero-width joiner pasted inside a name) and the Armenian marks (:data:`ARMENIAN_MARKS`).

    Each run of letters and digits is composed (NFC: an é typed as e and an accent, as a Mac
    or a PDF may give it, is the é typed at once), with the combining marks that belong to
    its letters (a Devanagari or a Thai vowel sign, an Arabic or a Hebrew vowel point): cut
    at them, "Mu\u0308ller" was "Mu" and "ller", found by neither "Müller" nor "Muller", and
    a Hindi name a row of one-letter words, "initials" that made it likely the same person
    as anyone whose names begin with those letters."""
    text = text or ""
    if text.isascii():
        if "'" not in text and "-" not in text and "`" not in text:
            return _WORD.findall(text)
        return _ASCII_COMPOUND.findall(text.replace("`", "'"))
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    if LINKS.search(text) is not None:
        text = text.translate(_AS_LINKS)
    if _NEITHER.search(text) is None:
        return _WORD.findall(text)
    words: list[str] = []
    end = -1  # where the last word ends (a mark right after it is a part of it)
    link = ""  # an apostrophe or a hyphen right after the last word's letter
    for m in _PIECE.finditer(text):
        piece = m.group()
        glued = m.start() == end
        if piece[0].isalnum():
            if glued and link and piece[0].isalpha():
                words[-1] += link + piece
            elif glued and not link:
                words[-1] += piece
            else:
                words.append(piece)
            end, link = m.end(), ""
        elif glued and not link and unicodedata.category(piece)[0] == "M":
            words[-1] += piece
            end = m.end()
        elif glued and not link and piece in "'-" and words[-1][-1].isalpha():
            link, end = piece, m.end()
        else:
            end, link = -1, ""
    return words


def _words(text: str) -> list[str]:
    """The words of ``text`` (:func:`_compounds`) as a search, a query and the duplicate
    check read them: a word with an apostrophe is one word without it (T'adevosyan,
    T’adevosyan and Tadevosyan are one), a hyphen parts two words (Ter-Petrosyan is Ter and
    Petrosyan, as Ter Petrosyan is)."""
    out: list[str] = []
    for word in _compounds(text):
        if "'" in word or "-" in word:
            out.extend(word.replace("'", "").split("-"))
        else:
            out.append(word)
    return out


# An Armenian name of a priest's or a prince's line written as one word (Terpetrosyan,
# Տերպետրոսյան, Терпетросян, Melikshahnazaryan): the surname after the particle is kept too,
# so that "Petrosyan" finds it as it finds Ter-Petrosyan and Ter Petrosyan. Only before a
# surname of Armenian form of at least five letters: Terentyev is no Ter- name, Teryan none.
_LINE_PARTICLE = re.compile(r"(?:ter|melik|տեր|մելիք|тер|мелик)(?=\w{2,}(?:yan|ian|jan|yants|"
                            r"ян|янц|յան|յանց)$)", re.IGNORECASE)


def _stored_words(text: str) -> list[str]:
    """The words of ``text`` as the search index keeps them: those of :func:`_words`, then,
    for each word with an apostrophe or a hyphen, its parts and the whole of it joined
    (Ter-Petrosyan is found by "Terpetrosyan", l'ombudsman by "ombudsman"), and for a name
    of a Ter- or Melik- line written as one word the surname after it
    (:data:`_LINE_PARTICLE`), each once."""
    compounds = _compounds(text)
    out: list[str] = []
    extra: list[str] = []
    for word in compounds:
        if "'" in word or "-" in word:
            own = word.replace("'", "").split("-")
            out.extend(own)
            # A part of one letter (the l of l'ombudsman) finds nothing the others do not.
            extra.extend(p for p in (*re.split("['-]", word), word.replace("'", "")
                                     .replace("-", "")) if len(p) > 1 and p not in own)
        else:
            out.append(word)
            line = _LINE_PARTICLE.match(word)
            if line is not None:
                extra.append(word[line.end():])
    return out + list(dict.fromkeys(extra))


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


def ascii_fold(text: str) -> str:
    """Lower-case ASCII form: diacritics and scripts removed, punctuation kept."""
    text = unicodedata.normalize("NFC", text).translate(_PRE_MAP)
    for armenian, latin in _ARMENIAN_DIGRAPHS:
        text = text.replace(armenian, latin)
    return anyascii(text).lower()


# The sound key's folding keeps sh apart from s (as "w", which no folded word holds: w is
# read as v): Cyrillic ш, Armenian շ, Azerbaijani ş and sh are never written с, ս or s by any
# convention, and two surnames a sibilant apart are two people (Qasımov / Hashimov).
# The French gu before e and i is a g (Serguei, Guevorkian, Guiragos: Sergei, Gevorkian,
# Kirakos); the sound key reads it so.
_SOUND_FOLD_RULES = (("gue", "ge"), ("gui", "gi"),
                     *((old, "W" if old == "sh" else new) for old, new in _FOLD_RULES))


_NOT_LETTERS = re.compile(r"[^a-z0-9]")
_DOUBLED = re.compile(r"([a-zW])\1+")
# Three or more of one letter in a row, as typed: no name has them in any of its spellings
# (Armenian, Russian, Azerbaijani or Latin), so such a run is what was typed by accident, not
# a spelling to fold. (The folding may make one of a name: Seyyidov, s-e-i-i-i-d, is Seyidov.)
RUN = re.compile(r"([a-zW])\1\1")


def _one_of_two(m: re.Match[str]) -> str:
    """A double letter as one (Petrossian, Aliiev, Mkrttchian); a run of three or more as it
    is: folded to one letter, "aaaaaaaaaa" typed by accident was "a", the beginning of every
    name in A, and listed hundreds of captives as matches."""
    run = m.group()
    return run[0] if len(run) == 2 else run


@lru_cache(maxsize=100_000)  # names repeat: the same surnames fill a case file
def fold_word(word: str) -> str:
    """The search key of one word."""
    return _fold(unicodedata.normalize("NFC", word).lower(), _FOLD_RULES)


@lru_cache(maxsize=100_000)
def _letters(word: str) -> str:
    """A lower-case word's ASCII letters and digits: what both foldings start from (the
    costly part, done once for the search key and the sound key of its usual reading)."""
    return _NOT_LETTERS.sub("", ascii_fold(word))


def _fold(word: str, rules: tuple[tuple[str, str], ...]) -> str:
    key = _letters(word)
    for old, new in rules:
        key = key.replace(old, new)
    # A word-initial Ye (Yeghiazaryan, Yerevan) is written Е / Ե, which romanise as "E".
    if key.startswith("ie"):
        key = key[1:]
    # A "yu" after a consonant is Russian ю for a u softened before it: Azerbaijani ü
    # (Şükürov / Шукюров, Günel / Гюнель), Armenian յու (Harutyunyan / Арутюнян).
    key = _SOFT_U.sub(r"\1u", key)
    # Doubled letters carry no meaning across romanisations (Aliiev, Mkrttchian, Seyyidov as
    # Seyidov); a run of three or more typed is kept (:func:`_one_of_two`).
    typed_run = RUN.search(_letters(word)) is not None
    key = _DOUBLED.sub(_one_of_two if typed_run else r"\1", key)
    key = key.replace("W", "w")  # letters only: 1990 stays
    return _PARTICLES.get(key, key)


# The Russian convention spells Armenian names by a different sound than the Armenian
# spelling and its Latin transliterations: հ as Г or left out (Оганесян / Hovhannisyan,
# Арутюнян / Harutyunyan), ղ and գ as К (Казарян / Ghazaryan, Геворкян / Gevorgyan), բ and դ
# unvoiced (Акопян / Hakobyan, Вартанян / Vardanyan), ի as Е, and the վ of Հով- left out.
# Azerbaijani names meet the same trades: q as Г or К (Qasımov / Гасымов, Quliyev / Кулиев),
# h as Г (Hüseynov / Гусейнов), x as Х (Xəlilov / Халилов), and c, which is the sound of j,
# as Дж (Cəfərov / Джафаров / Jafarov). The sound key erases exactly those differences from
# a search key: the consonants the conventions trade (h and the velars g, k, q, x) are
# dropped, b, d and j unvoiced (j to c, the key of ch and ç), e read as i, ov before a vowel
# read as o. Shared by the search (which also stores these keys) and the duplicate score of
# :mod:`caseapp.domain.sheet_match`, both through :func:`name_keys`.
_SOUND_DROPPED = re.compile(r"[hgkqx]")
_SOUND_OV = re.compile(r"ov(?=[aeiou])")
# A woman's surname in -ova, -eva (Семёнова, Məmmədova, Ağayeva): its sound key is the man's
# and an a (see the module's rule for a woman's surname). Made as any word's, the ov of -ova
# was read as o before the a ("simenoa", not begun by Семёнов's "simenov"), and a surname of
# few sounds was short as the man's and long as the woman's (Ağayev "akaiv", Агаева "aiva"):
# "Mamedov" found Məmmədov but not Məmmədova, "Ağayev" not Агаева.
_FEMININE = ("ova", "eva")
# The search keys of a man's Russian-form surname whose woman's form adds an a (-ov / -ova,
# -ev / -eva, -in / -ina): a sound key too short to be searched as a prefix (see
# :data:`SOUND_MIN`) is also looked for as the woman's, whole (Hayev "aiv" finds Гаева "aiva").
MASCULINE_ENDINGS = ("ov", "ev", "in")
# The Russian -ская / -цкая (Высоцкая, Ковальская; Vysotskaya, Vysotskaia, Vysotskaja): the
# sound key of the man's -ский / -цкий (Высоцкий, Vysotsky, Vysotskiy, Vysotskii, all
# "visocki") and an a, as for -ova. Made as any word's, "visockaia" was begun by no spelling
# of his: "Vysotsky" did not find Vysotskaya.
_FEMININE_SKY = re.compile(r"(?<=[sc])ka[ij]a$")
_SOUND_MAP = str.maketrans({"b": "p", "d": "t", "e": "i", "j": "c"})
# A sound key shorter than this is searched for as a whole word only (caseapp.db.search_match:
# as a prefix, "a" would find every name with an a in it), and it is made keeping the velars:
# dropped, they would leave too little to tell names apart (Gagik and Hayk both "ai").
SOUND_MIN = 4
_VELARS = re.compile(r"[gkqx]")
_VELAR_LETTERS = frozenset("gkqx")


@lru_cache(maxsize=100_000)
def sound_key(key: str) -> str:
    """The sound key of one key (:func:`sound_fold`, or :func:`fold_word`): Казарян,
    Ghazaryan and Kazarian all give ``kazarian``; Оганесян and Hovhannisyan ``oanisian``.

    A velar that begins a word is kept, as k: no convention writes a name's first g, k, q or
    x as nothing (Karen is not Aren, Karam not Aram), and the h it may stand for (Гайк,
    Гасанов) is the reading :func:`word_keys` adds. Kept at the start, it stays in the key
    of every word the key is a prefix of, as a search needs.

    A short word (a sound key of fewer than :data:`SOUND_MIN` letters) keeps its velars as
    one letter, k, and drops only h: Gagik ``kakik``, Hayk and Айк ``aik``, Gor ``kor``,
    Vahe ``vai`` (the Cyrillic г that stands for h is read both ways by :func:`word_keys`:
    Ваге ``vaki`` and ``vai``)."""
    if len(key) > 4 and key.endswith(_FEMININE):
        return sound_key(key[:-1]) + "a"
    sky = _FEMININE_SKY.search(key)
    if sky is not None and sky.start() > 2:
        return sound_key(key[:sky.start()] + "ki") + "a"
    long = _sound(_SOUND_DROPPED.sub("", key))
    if len(long) < SOUND_MIN:
        return _sound(_VELARS.sub("k", key.replace("h", "")))
    if key[:1] in _VELAR_LETTERS:
        return _sound("k" + _SOUND_DROPPED.sub("", key[1:]))
    return long


@lru_cache(maxsize=100_000)
def whole_sound_key(key: str) -> str:
    """The sound key of a whole word, for the duplicate check (a search word may be the
    beginning of a longer one, a name's word is whole): a velar that ends it is kept too, as
    k (Rafik ``rafik`` is not Raffi ``rafi``, Narek not Nare), and a word left with no more
    than :data:`SOUND_MIN` letters without its velars keeps them all (Garegin ``karikin`` is
    not Karen ``karin``, as Gagik is not Hayk)."""
    if len(_sound(_SOUND_DROPPED.sub("", key))) <= SOUND_MIN:
        return _sound(_VELARS.sub("k", key.replace("h", "")))
    sound = sound_key(key)
    return sound + "k" if key[-1:] in _VELAR_LETTERS and sound[-1:] != "k" else sound


# The Russian ё after a consonant, romanised "yo" (Semyonov, Fyodorov, Korolyov, Pyotr) or "e"
# (Semenov, Fedorov, Korolev: the passports' and anyascii's way), and written е in most
# Russian texts (Семенов for Семёнов): "yo" (folded "io") after a consonant is read as e.
# Only in the sound keys, searched after the spelling as written: "io" after a consonant
# has the sound of "i" whatever it stands for (Antonio sounds as Antoni, Mario as Mari); at
# the start of a word or after a vowel it stays (Iosif, Yolkin).
_SOUND_YO = re.compile(r"(?<=[b-df-hj-np-tv-z])io")


def _sound(key: str) -> str:
    key = _SOUND_YO.sub("e", key)
    key = _SOUND_OV.sub("o", key).translate(_SOUND_MAP)
    # Armenian ձ (dz) is written Ц by the Russian convention and ts by the press, as ծ and ց
    # are: unvoiced, dz is the tz that the search key already reads as c (Hambardzumyan /
    # Амбарцумян / Ambartsumyan).
    key = key.replace("tz", "c")
    return re.sub(r"([a-z])\1+", r"\1", key)


@lru_cache(maxsize=100_000)
def sound_fold(word: str) -> str:
    """What the sound key of one word is made from: its search key (:func:`fold_word`) but
    with sh kept apart from s, as ``w``."""
    return _fold(unicodedata.normalize("NFC", word).lower(), _SOUND_FOLD_RULES)


def sound_keys(keys: Iterable[str]) -> list[str]:
    """The sound keys of search keys, in order, without empty ones."""
    return [s for s in (sound_key(k) for k in keys) if s]


# Two Azerbaijani vowels the Russian convention writes two ways, with no rule a reader of the
# Latin spelling could follow: ə as А or Е (Əliyev / Алиев but Məmmədov / Мамедов, Çələbi /
# Челеби), ö as Ё, typed Е more often than not (Gözəlov / Гёзалов, Гезалов). A word holding
# them has a sound key for each reading (at most :data:`_READINGS_AT_MOST`).
_TWO_READINGS = {"ə": "ae", "ö": "oe"}
_READINGS_AT_MOST = 8
# The other way round, the Russian spelling of an Azerbaijani name and the Latin one made from
# it (Мамедов, Mamedov) have an е where the press writes the ə as a (Mammadov), and where
# the Azerbaijani spelling may have an e (Mehdiyev / Мехтиев): in a name that is Azerbaijani
# by its form (a surname in -ов, -ев, -ли, -заде, a patronymic оглы / кызы: see name_keys),
# an е after a consonant of a Cyrillic or plain Latin word is read as е and as а. Not the е
# of the ending -ев / -ева (Алиев), which is the Azerbaijani -yev.
_AZERBAIJANI_FORM = re.compile(
    r"(?:ов|ев|ова|ева|ли|лы|заде|оглы|оглу|кызы|ov|ev|ova|eva|li|ly|zade|oglu|ogly|qizi|gizi|kizi)$")
_E_AS_SCHWA = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщbcdfghjklmnpqrstvxz])[еe](?!(?:в|ва|v|va)$)")
_CYRILLIC_OR_ASCII = re.compile(r"[\u0400-\u04ffa-z]+")


def _readings(word: str, azerbaijani: bool = False) -> list[str]:
    """``word`` in lower case with each ə and ö read each way (and, in an Azerbaijani name,
    each е that may be an ə): the usual reading first; beyond three such letters, only all
    one way or all the other."""
    word = unicodedata.normalize("NFC", word).lower()
    spots = [(i, _TWO_READINGS[ch]) for i, ch in enumerate(word) if ch in _TWO_READINGS]
    if azerbaijani and not spots and _CYRILLIC_OR_ASCII.fullmatch(word):
        spots = [(m.start(), m.group() + ("а" if m.group() == "е" else "a"))
                 for m in _E_AS_SCHWA.finditer(word)]
    if not spots:
        return [word]
    choices = ([tuple(0 for _ in spots), tuple(1 for _ in spots)]
               if 2 ** len(spots) > _READINGS_AT_MOST else product((0, 1), repeat=len(spots)))
    out = []
    for choice in choices:
        letters = list(word)
        for (spot, letter), pick in zip(spots, choice, strict=True):
            letters[spot] = letter[pick]
        out.append("".join(letters))
    return out


# Armenian surnames written with the Russian ending -ов / -ев (-ова / -ева for a woman) in
# place of -ян, as Russian records did and Armenians living in Russia often still do
# (Петросов for Петросян, Мартиросов, Аветисов, Оганесов; Kasparov, Parajanov): the
# Armenian given names they are made from, each with the surname in -ян it stands for. Only
# names that are Armenian alone: not those a Russian or an Azerbaijani surname is made from
# too (Степанов, Григоров, Назаров, Мирзоев, Бабаев), which stay what they are.
_ARMENIAN_ROOTS = {
    "Абгар": "Абгарян", "Аветис": "Аветисян", "Айрапет": "Айрапетян", "Акоп": "Акопян",
    "Амбарцум": "Амбарцумян", "Аракел": "Аракелян", "Арутюн": "Арутюнян",
    "Асатур": "Асатрян", "Багдасар": "Багдасарян", "Вартан": "Вартанян", "Галуст": "Галстян",
    "Геворк": "Геворкян", "Гукас": "Гукасян", "Егиазар": "Егиазарян",
    "Карапет": "Карапетян", "Киракос": "Киракосян", "Манук": "Манукян",
    "Мартирос": "Мартиросян", "Мелкон": "Мелконян", "Месроп": "Месропян",
    "Мкртыч": "Мкртчян", "Мовсес": "Мовсесян", "Нерсес": "Нерсесян", "Ованес": "Оганесян",
    "Овсеп": "Овсепян", "Оганес": "Оганесян", "Петрос": "Петросян", "Погос": "Погосян",
    "Саак": "Саакян", "Саркис": "Саркисян", "Сукиас": "Сукиасян", "Тадевос": "Тадевосян",
    "Татевос": "Тадевосян", "Тевос": "Тевосян", "Тигран": "Тигранян", "Торос": "Торосян",
    "Хачатур": "Хачатрян",
}
_RUSSIAN_ENDING = re.compile(r"(?:ov|ev)a?$")


@lru_cache(maxsize=1)
def _root_sounds() -> dict[str, str]:
    """The sound key of each given name of :data:`_ARMENIAN_ROOTS` → that of its surname."""
    return {sound_key(fold_word(name)): sound_key(sound_fold(surname))
            for name, surname in _ARMENIAN_ROOTS.items()}


@lru_cache(maxsize=100_000)
def armenian_root(key: str) -> str:
    """For the search key of an Armenian surname with the Russian ending (Петросов,
    Petrosova, Оганесов), the sound key of the surname in -ян it stands for (that of
    Петросян and Petrosyan, of Оганесян and Hovhannisyan); else "". The given name is found
    by its sound (Akopov and Hakobov, Оганесов and Ованесов)."""
    ending = _RUSSIAN_ENDING.search(key)
    if ending is None or ending.start() < 2:
        return ""
    return _root_sounds().get(sound_key(key[:ending.start()]), "")


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


# Where the Russian convention writes an h as Г (and a Latin spelling made from the Russian
# one as G): Armenian Հ before a and r (Гайк / Hayk, Гамлет / Hamlet, Гарутюн / Harutyun,
# Грант / Hrant, Грачья / Hrachya) and Azerbaijani h before any vowel (Гасанов / Həsənov,
# Гусейнов / Hüseynov, Гейдаров / Heydərov, Гидаятов / Hidayətov). Never before о: Armenian
# Հո- is written О- (Ованес / Оганес for Hovhannes, Овсеп / Hovsep, Оганесян, Овакимян), so
# Гор is Gor (Գոռ) and never Hor. Not the Latin gh, which is Armenian ղ (Ghazaryan).
_G_AS_H = re.compile(r"г[аеиуыэюяр]|g[aeiuyr]")


def _h_spots(reading: str, short: bool) -> list[int]:
    """Where a г (or a first Latin g) of a word may stand for an h, to read left out: in a
    short word each г, one at a time (Ваге as Vahe; Гагик is not Hayk), in a longer one the
    first letter (its other velars are left out of the sound key already); neither a first
    г before о (see :data:`_G_AS_H`)."""
    first = [0] if _G_AS_H.match(reading) else []
    if not short:
        return first
    return [i for i, ch in enumerate(reading) if ch == "г" and (i or first)]


# Armenian surnames whose Eastern spelling drops the vowel of the given name they are made from
# (Սարգսյան from Սարգիս, Խաչատրյան from Խաչատուր, Գալստյան from Գալուստ, Ասատրյան from Ասատուր,
# Մկրտչյան from Մկրտիչ), which the Russian convention and the Western Armenian and French
# spellings keep (Саркисян, Sarkissian; Хачатурян, Khatchadourian; Галустян, Асатурян,
# Мкртичян): the spelling with the vowel → the one without. Its sound key is given that of
# the one without too, so that each finds the other (:func:`word_keys`).
_WITH_THE_VOWEL = {"Саркисян": "Саргсян", "Хачатурян": "Хачатрян", "Галустян": "Галстян",
                   "Асатурян": "Асатрян", "Мкртичян": "Мкртчян"}


@lru_cache(maxsize=1)
def _without_the_vowel() -> dict[str, str]:
    """The sound key of each surname of :data:`_WITH_THE_VOWEL` → that of the one without."""
    return {sound_key(sound_fold(full)): sound_key(sound_fold(short))
            for full, short in _WITH_THE_VOWEL.items()}


# A Latin j not after a d is also read as the Russian ж of the French and English spellings
# (Janna, Jirair, Jora: Жанна, Zhirayr, Жора), besides the j of Jafarov. (A first kh is not
# read as a plain h, which the sound key leaves out: Khachatryan is not Achatryan. It meets a
# first h by a key of their own: caseapp.domain.name_letter_readings.)
_J_AS_ZH = re.compile(r"(?<!d)j")


def _other_readings(reading: str) -> list[str]:
    """``reading`` (a word in small letters) as :data:`_J_AS_ZH` reads it too, a Latin j as
    zh, and as :func:`caseapp.domain.name_letter_readings.other_readings` does, an x inside it
    as ks and a last r after a consonant as er (none if none applies)."""
    out = other_readings(reading, ascii_fold)
    if reading.isascii() and _J_AS_ZH.search(reading) is not None:
        out.insert(0, _J_AS_ZH.sub("zh", reading))
    return out


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
        found = next((forms[k] for k in map(fold_word, _other_readings(word.lower()))
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
    readings = _readings(word, azerbaijani)
    kh: list[str] = []  # a first h or kh (see caseapp.domain.name_letter_readings)
    for reading in [*readings, *(r for one in readings for r in _other_readings(one))]:
        folded = sound_fold(reading)
        # (a woman's surname is short as the man's is: Агуева as Агуев, whatever finds his
        # finds hers)
        bare = len(_sound(_SOUND_DROPPED.sub("", _FEMININE_A.sub("", folded))))
        sounds.extend(_reading_sounds(reading, folded, sound_key, bare < SOUND_MIN, azerbaijani))
        whole.extend(_reading_sounds(reading, folded, whole_sound_key, bare <= SOUND_MIN,
                                     azerbaijani))
        if bare >= SOUND_MIN:
            kh.append(h_or_kh(folded, sound_key))
            if len(kh) == 1 and kh[0]:  # the usual reading's, next to its own sound key
                whole.insert(1, h_or_kh(folded, whole_sound_key))
    sounds.extend(kh)
    without = _without_the_vowel()
    sounds.extend(without[s] for s in list(sounds) if s in without)
    whole.extend(without[s] for s in list(whole) if s in without)
    root = armenian_root(key)
    root = without.get(root, root)  # (Саркисов: that of Саргсян, Sargsyan)
    if root:
        sounds.append(root)
        whole.append(root)
    return WordKeys(key, tuple(dict.fromkeys(s for s in sounds if s)), root,
                    tuple(dict.fromkeys(s for s in whole if s)))


# A Latin word made from the Russian spelling: the Russian дж written dzh, which no other
# convention writes (English and the Armenian passports j, French dj, Azerbaijani c). Its
# first g is the Russian Г, which may stand for an h as the Cyrillic one does (Gadzhi: Гаджи,
# Hacı), whatever the other words of the name.
_MADE_FROM_RUSSIAN = re.compile(r"dzh")


def _reading_sounds(reading: str, folded: str, sound: Callable[[str], str],
                    short: bool, azerbaijani: bool = False) -> list[str]:
    """The sound keys (made by ``sound``) of one reading of a word, ``folded`` by
    :func:`sound_fold`: its own, and those with a г that may be an h left out. A short Latin
    word keeps its g (Gagik, Gor), but for the first g of a name of Azerbaijani form
    (``azerbaijani``), which is the Г Russian writes the Azerbaijani h with as often as Х
    (Gadzhi, Geydar, Gadzhiev: Гаджи, Гейдар, Гаджиев; Hacı, Heydər, Hacıyev), and of a word
    spelt from the Russian (:data:`_MADE_FROM_RUSSIAN`: "Gadzhi" alone, or beside a surname
    of no Azerbaijani form)."""
    if short and "г" not in reading:
        spots = ([0] if (azerbaijani or _MADE_FROM_RUSSIAN.search(reading) is not None)
                 and _G_AS_H.match(reading) else [])
    else:
        spots = _h_spots(reading, short)
    return [sound(folded), *(sound(sound_fold(reading[:i] + reading[i + 1:])) for i in spots)]


def name_keys(text: str, *, name: bool = True, stored: bool = False) -> list[WordKeys]:
    """The key of a name (or any text): the keys of each of its words, in order, without the
    words that fold to nothing. The one place the search index, the search and the duplicate
    check take their keys from, so that what one spelling stores another meets. ``name``:
    the text is a name (or a query for one): if one of its words has an Azerbaijani form (a
    surname in -ов, a patronymic оглы…), its е are read as ə too (see :func:`_readings`).
    ``stored``: the keys the search index keeps, the words of a word with an apostrophe or a
    hyphen after the others (:func:`_stored_words`), then each two words next to each other
    joined (:data:`JOINED`), of a name and of any other text alike: the lists' filters read
    a note's or a contact's text so (:mod:`caseapp.domain.name_filter`), and the search finds
    it as they do ("Terpetrosyan" a note naming Ter Petrosyan)."""
    words = _words(text)
    azerbaijani = name and any(_AZERBAIJANI_FORM.search(w.lower())
                               and not armenian_root(fold_word(w)) for w in words)
    own = [_keys_of(w, azerbaijani) for w in words]
    if stored:
        extra = [_keys_of(w, azerbaijani) for w in _stored_words(text)[len(words):]]
        own += extra + _joined(own)
    return [k for k in own if k.key]


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


def name_terms(text: str) -> list[Term]:
    """What a search looks for, typed ``text``: for each of its words (:func:`name_keys`),
    the ways it may be written, each a row of keys a record must hold all of. A word is one
    way, its keys; a double name typed with its hyphen (Ter-Petrosyan) two: its parts, as
    name_keys gives them, or the whole of it joined (a record holding "Terpetrosyan"). One
    word typed as two (Ter Petrosyan, for a record holding "Terpetrosyan"): each of the two
    may also be written as the two joined. Two words typed as one (Terpetrosyan, for a name
    "Ter Petrosyan"): the word may also be written cut in two (see :data:`JOINED`)."""
    if LINKS.search(text) is None:
        words = _words(text)
        compounds = [[w] for w in words]
    else:
        compounds = [c.replace("'", "").split("-") for c in _compounds(text)]
        words = [p for parts in compounds for p in parts]
    azerbaijani = any(_AZERBAIJANI_FORM.search(w.lower())
                      and not armenian_root(fold_word(w)) for w in words)
    terms: list[Term] = []
    for at, parts in enumerate(compounds):
        keys = [_keys_of(p, azerbaijani) for p in parts]
        ways: list[tuple[WordKeys, ...]] = [tuple(k for k in keys if k.key)]
        if not ways[0]:
            continue
        if len(parts) > 1:
            ways.append((_keys_of("".join(parts), azerbaijani),))
        else:
            ways.extend((k,) for k in _cut(parts[0], keys[0].key))
        if at and _joins(fold_word(compounds[at - 1][-1]), keys[0].key):
            ways.append((_keys_of("".join(compounds[at - 1] + parts), azerbaijani),))
        if at + 1 < len(compounds) and _joins(keys[-1].key, fold_word(compounds[at + 1][0])):
            ways.append((_keys_of("".join(parts + compounds[at + 1]), azerbaijani),))
        terms.append(tuple(dict.fromkeys(w for w in ways if w and all(k.key for k in w))))
    return terms


def search_keys(text: str, *, stored: bool = False) -> list[str]:
    """Search keys of every word of ``text``, in order, without empty ones; ``stored``: as
    the search index keeps them (see :func:`name_keys`), for a text searched in."""
    keys: list[str] = []
    for word in (_stored_words if stored else _words)(text):
        key = fold_word(word)
        if key:
            keys.append(key)
    return keys


def typed_key(text: str) -> str:
    """What a picker looks for, typed ``text`` (a part of a choice's :func:`picker_keys`):
    the search key of its words written as one word (Ter Petrosyan, Ter-Petrosyan and
    Terpetrosyan all "terpetrosian"); "" if it has no word."""
    return fold_word("".join(_words(text)))


def picker_keys(text: str) -> str:
    """What a picker's choice ``text`` is found by, a :func:`typed_key` being a part of it:
    the search keys of its words written one after the other, and, from each of its words
    on, the words written as one word and folded (across two words the folding may differ:
    "Ter Rafaelyan" typed is "terafaelian", one r of two, as Terrafaelyan is)."""
    words = _words(text)
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
