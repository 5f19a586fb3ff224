"""Other ways a typed word may be written that no folding of its letters meets (see
:func:`caseapp.domain.names.name_terms`, which looks for each of them too):

- the Armenian Ո beginning a word, read "vo" (Ոսկանյան: Voskanyan, Восканян) where its search
  key begins with an o (:func:`initial_vo`);
- the places captives are held, tried and taken, in the spellings of each side
  (:data:`PLACES`, :func:`place_keys`): an Azerbaijani court writes Bakı, Gəncə, Xankəndi,
  İrəvan, a Russian document Бакинский следственный изолятор, the lawyer types Baku, Ganja,
  Stepanakert, Yerevan; "Baku" found none of the captives held in the «Bakı İstintaq
  Təcridxanası».

Looked for only in a search (the index keeps each word's own keys), so a change here needs no
new index.
"""

from __future__ import annotations

import re
from functools import lru_cache

from caseapp.domain.name_folding import fold_word

# Each place as the sides write it: Azerbaijani, Russian (declined where it is; with the
# adjective a Russian institution's name begins with, written with a "-" after it and looked for
# as the beginning of a word: Бакинский, Бакинская, Бакинского), English, Armenian. The others
# are looked for as whole words: as the beginning of one, "Shushi" (susi) found Susanna and
# "Baku" (baki) Bakirov. The same place under two names (Xankəndi and Stepanakert; Şuşa and
# Shushi; Laçın and Berdzor) is one place to a search: a lawyer's records and a court's use each.
PLACES: tuple[tuple[str, ...], ...] = (
    ("Bakı", "Baku", "Баку", "Бакинск-", "Բաքու"),
    ("Gəncə", "Ganja", "Гянджа", "Гянджи", "Гяндже", "Гянджу", "Гянджинск-", "Գանձակ"),
    ("Sumqayıt", "Sumgait", "Sumgayit", "Сумгаит", "Сумгаита", "Сумгаите", "Сумгаитск-",
     "Սումգայիթ"),
    ("Naxçıvan", "Nakhchivan", "Нахичевань", "Нахичевани", "Нахичеванск-", "Նախիջևան"),
    ("Xankəndi", "Khankendi", "Ханкенди", "Stepanakert", "Степанакерт", "Степанакерта",
     "Степанакерте", "Степанакертск-", "Ստեփանակերտ"),
    ("Şuşa", "Shusha", "Шуша", "Шуши", "Шуше", "Шушу", "Шушинск-", "Shushi", "Շուշի"),
    ("Laçın", "Lachin", "Лачин", "Лачина", "Лачине", "Лачинск-", "Berdzor", "Бердзор",
     "Բերձոր"),
    ("İrəvan", "Yerevan", "Ереван", "Еревана", "Ереване", "Ереванск-", "Երևան"),
)

# A place's spelling's key and whether it is looked for as the beginning of a word (an
# adjective's stem) rather than as a whole word.
PlaceKey = tuple[str, bool]


@lru_cache(maxsize=1)
def _place_groups() -> tuple[frozenset[PlaceKey], ...]:
    return tuple(frozenset((fold_word(w.rstrip("-")), w.endswith("-")) for w in group)
                 for group in PLACES)


# The fewest letters of a spelling's key a typed word must have to be read as that place: a
# word being typed ("Bak", "Сум") is not yet a place, and begins its own spellings anyway.
_PLACE_AT_LEAST = 4


def place_keys(key: str) -> tuple[PlaceKey, ...]:
    """The keys of the other spellings of the place one of whose spellings ``key`` is (or,
    for an adjective's stem, begins: "bakinskaia" is Бакинская), each with whether it is
    looked for as the beginning of a word (else whole); () when it is no place of
    :data:`PLACES`. Those ``key`` begins too: typed whole, a place's own key is looked for as
    a whole word only (:func:`is_place`), not as the beginning of "Бакинский"."""
    if len(key) < _PLACE_AT_LEAST:
        return ()
    for group in _place_groups():
        if any(key == k or (stem and key.startswith(k)) for k, stem in group):
            return tuple(sorted((k, stem) for k, stem in group if k != key))
    return ()


def is_place(key: str) -> bool:
    """Whether ``key`` is the search key of one of the spellings of a place of :data:`PLACES`
    whole (not an adjective's stem: "bakinsk" is no place typed whole)."""
    return len(key) >= _PLACE_AT_LEAST and any(
        key == k for group in _place_groups() for k, stem in group if not stem)


# The fewest letters of a word's key read either way by :func:`initial_vo`: "Vo" typed finds
# Ոսկանյան, headed Voskanyan, as it is typed; "o" alone is not also "vo".
_VO_AT_LEAST = 2


def initial_vo(word: str, key: str) -> str | None:
    """``word`` (search key ``key``) as the other reading of a first Ո writes it: without its
    first letter if that is a v before an o, with a v before it if it begins with an o; else
    None."""
    if len(key) < _VO_AT_LEAST or not word:
        return None
    first = fold_word(word[0])
    if first == "v" and key.startswith("vo"):
        return word[1:]
    if first == "o" and key.startswith("o"):  # (not the French ou, a u: Ouzounian)
        return "v" + word
    return None


# An Armenian Ո beginning a word (not Ու, the vowel u).
_ARMENIAN_FIRST_VO = re.compile(r"(?<![^\W\d_])[Ոո](?![Ււ])")


def armenian_vo_read(name: str) -> str:
    """``name`` with each word beginning with the Armenian Ո written with a v before it, read
    "vo" as the Latin and the Russian spellings write it (Ոսկանյան as Voskanyan, Восканян): the
    duplicate check reads such a name both ways (caseapp.domain.sheet_match.name_spellings)."""
    return _ARMENIAN_FIRST_VO.sub(lambda m: "v" + m.group(), name)
