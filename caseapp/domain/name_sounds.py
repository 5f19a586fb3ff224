"""The sound keys of a word (:func:`sound_key`, :func:`whole_sound_key`): what the conventions
write by a different sound (Казарян / Ghazaryan, Джафаров / Cəfərov, Мамедов / Məmmədov) meets
in them; the readings a word has besides its spelling (an Azerbaijani ə or ö, an е that may be
an ə, a Cyrillic г that may be an h, a Latin j as zh) and the Armenian surname a Russified one
in -ов stands for (:func:`armenian_root`). :mod:`caseapp.domain.names` gives them for each
word of a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import product

from caseapp.domain.name_folding import ascii_fold, fold_word, sound_fold
from caseapp.domain.name_letter_readings import other_readings

# The Russian convention spells Armenian names by a different sound than the Armenian
# spelling and its Latin transliterations: հ as Г or left out (Оганесян / Hovhannisyan,
# Арутюнян / Harutyunyan), ղ and գ as К (Казарян / Ghazaryan, Геворкян / Gevorgyan), բ and դ
# unvoiced (Акопян / Hakobyan, Вартанян / Vardanyan), ի as Е, and the վ of Հով- left out.
# Azerbaijani names meet the same trades: q as Г or К (Qasımov / Гасымов, Quliyev / Кулиев),
# h as Г (Hüseynov / Гусейнов), x as Х (Xəlilov / Халилов), and c, which is the sound of j,
# as Дж (Cəfərov / Джафаров / Jafarov). The sound key erases exactly those differences from
# a search key: the consonants the conventions trade (h and the velars g, k, q, x) are
# dropped, b, d and j unvoiced (j to c, the key of ch and ç), e read as i (not as a word's
# first letter: see :func:`sound_of`), ov before a vowel read as o. Shared by the search
# (which also stores these keys) and the duplicate score of :mod:`caseapp.domain.sheet_match`,
# both through :func:`caseapp.domain.names.name_keys`.
SOUND_DROPPED = re.compile(r"[hgkqx]")


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
    Гасанов) is the reading :func:`caseapp.domain.names.word_keys` adds. Kept at the start, it stays in the key
    of every word the key is a prefix of, as a search needs.

    A short word (a sound key of fewer than :data:`SOUND_MIN` letters) keeps its velars as
    one letter, k, and drops only h: Gagik ``kakik``, Hayk and Айк ``aik``, Gor ``kor``,
    Vahe ``vai`` (the Cyrillic г that stands for h is read both ways by :func:`caseapp.domain.names.word_keys`:
    Ваге ``vaki`` and ``vai``)."""
    if len(key) > 4 and key.endswith(_FEMININE):
        return sound_key(key[:-1]) + "a"
    sky = _FEMININE_SKY.search(key)
    if sky is not None and sky.start() > 2:
        return sound_key(key[:sky.start()] + "ki") + "a"
    long = sound_of(SOUND_DROPPED.sub("", key))
    if len(long) < SOUND_MIN:
        return sound_of(_VELARS.sub("k", key.replace("h", "")))
    if key[:1] in _VELAR_LETTERS:
        return sound_of("k" + SOUND_DROPPED.sub("", key[1:]))
    return long


@lru_cache(maxsize=100_000)
def whole_sound_key(key: str) -> str:
    """The sound key of a whole word, for the duplicate check (a search word may be the
    beginning of a longer one, a name's word is whole): a velar that ends it is kept too, as
    k (Rafik ``rafik`` is not Raffi ``rafi``, Narek not Nare), and a word left with no more
    than :data:`SOUND_MIN` letters without its velars keeps them all (Garegin ``karikin`` is
    not Karen ``karin``, as Gagik is not Hayk)."""
    if len(sound_of(SOUND_DROPPED.sub("", key))) <= SOUND_MIN:
        return sound_of(_VELARS.sub("k", key.replace("h", "")))
    sound = sound_key(key)
    return sound + "k" if key[-1:] in _VELAR_LETTERS and sound[-1:] != "k" else sound


# The Russian ё after a consonant, romanised "yo" (Semyonov, Fyodorov, Korolyov, Pyotr) or "e"
# (Semenov, Fedorov, Korolev: the passports' and anyascii's way), and written е in most
# Russian texts (Семенов for Семёнов): "yo" (folded "io") after a consonant is read as e.
# Only in the sound keys, searched after the spelling as written: "io" after a consonant
# has the sound of "i" whatever it stands for (Antonio sounds as Antoni, Mario as Mari); at
# the start of a word or after a vowel it stays (Iosif, Yolkin).
_SOUND_YO = re.compile(r"(?<=[b-df-hj-np-tv-z])io")


# A word's first e stays e: the conventions trade an e for an и within a word (the Armenian
# ի the Russian convention writes е), never at its start, where Ե, Է, Е, Э and Є are e (or
# ye, folded to e) and Ի, И, І are i in every spelling. Read as i, it made Елена (the Russian
# form of Olena) Ильина, Ilyina and Ilina, and Erik Irik.
_FIRST_E = "e"


def sound_of(key: str) -> str:
    first_e = key[:1] == _FIRST_E
    key = _SOUND_YO.sub("e", key)
    key = _SOUND_OV.sub("o", key).translate(_SOUND_MAP)
    if first_e:
        key = _FIRST_E + key[1:]
    # Armenian ձ (dz) is written Ц by the Russian convention and ts by the press, as ծ and ց
    # are: unvoiced, dz is the tz that the search key already reads as c (Hambardzumyan /
    # Амбарцумян / Ambartsumyan).
    key = key.replace("tz", "c")
    return re.sub(r"([a-z])\1+", r"\1", key)


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
# by its form (a surname in -ов, -ев, -ли, -заде, a patronymic оглы / кызы: see caseapp.domain.names.name_keys),
# an е after a consonant of a Cyrillic or plain Latin word is read as е and as а. Not the е
# of the ending -ев / -ева (Алиев), which is the Azerbaijani -yev.
AZERBAIJANI_FORM = re.compile(
    r"(?:ов|ев|ова|ева|ли|лы|заде|оглы|оглу|кызы|ov|ev|ova|eva|li|ly|zade|oglu|ogly|qizi|gizi|kizi)$")


_E_AS_SCHWA = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщbcdfghjklmnpqrstvxz])[еe](?!(?:в|ва|v|va)$)")


_CYRILLIC_OR_ASCII = re.compile(r"[\u0400-\u04ffa-z]+")


def vowel_readings(word: str, azerbaijani: bool = False) -> list[str]:
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
# the one without too, so that each finds the other (:func:`caseapp.domain.names.word_keys`).
_WITH_THE_VOWEL = {"Саркисян": "Саргсян", "Хачатурян": "Хачатрян", "Галустян": "Галстян",
                   "Асатурян": "Асатрян", "Мкртичян": "Мкртчян"}


@lru_cache(maxsize=1)
def without_the_vowel() -> dict[str, str]:
    """The sound key of each surname of :data:`_WITH_THE_VOWEL` → that of the one without."""
    return {sound_key(sound_fold(full)): sound_key(sound_fold(short))
            for full, short in _WITH_THE_VOWEL.items()}


# A Latin j not after a d is also read as the Russian ж of the French and English spellings
# (Janna, Jirair, Jora: Жанна, Zhirayr, Жора), besides the j of Jafarov. (A first kh is not
# read as a plain h, which the sound key leaves out: Khachatryan is not Achatryan. It meets a
# first h by a key of their own: caseapp.domain.name_letter_readings.)
_J_AS_ZH = re.compile(r"(?<!d)j")


def more_readings(reading: str) -> list[str]:
    """``reading`` (a word in small letters) as :data:`_J_AS_ZH` reads it too, a Latin j as
    zh, and as :func:`caseapp.domain.name_letter_readings.other_readings` does, an x inside it
    as ks and a last r after a consonant as er (none if none applies)."""
    out = other_readings(reading, ascii_fold)
    if reading.isascii() and _J_AS_ZH.search(reading) is not None:
        out.insert(0, _J_AS_ZH.sub("zh", reading))
    return out


# A Latin word made from the Russian spelling: the Russian дж written dzh, which no other
# convention writes (English and the Armenian passports j, French dj, Azerbaijani c). Its
# first g is the Russian Г, which may stand for an h as the Cyrillic one does (Gadzhi: Гаджи,
# Hacı), whatever the other words of the name.
_MADE_FROM_RUSSIAN = re.compile(r"dzh")


def reading_sounds(reading: str, folded: str, sound: Callable[[str], str],
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
