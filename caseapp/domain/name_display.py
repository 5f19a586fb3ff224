"""Which spelling of a captive's name is shown: the one Latin headline name
(:func:`latin_display_name`), the Armenian passport romanisation it may be made by
(:func:`romanise_armenian`), a name written surname first put given name first
(:func:`given_name_first`), and the spelling each language's documents and interface head with
(:func:`name_record_in_script`, :func:`name_in_every_language`). The keys the search and the
duplicate check read names by are :mod:`caseapp.domain.names`'.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from anyascii import anyascii

from caseapp.domain.enums import NameKind, Script
from caseapp.domain.messages import LANGUAGES, Translated
from caseapp.domain.name_words import ARMENIAN_MARKS, with_letters
from caseapp.domain.ukrainian_latin import is_ukrainian, ukrainian_latin

# ---- the Latin headline name ------------------------------------------------------------------
#
# Source: the romanisation Armenian passports use for names, which is the BGN/PCGN 1981
# system for (Eastern) Armenian without its apostrophes for aspirates (թ t, չ ch, ց ts, փ p,
# ք k) and with ռ as r (BGN/PCGN: rr). BGN/PCGN, "Romanization of Armenian" (1981, confirmed
# 2019), https://assets.publishing.service.gov.uk/government/uploads/system/uploads/
# attachment_data/file/810208/ROMANIZATION_OF_ARMENIAN.pdf, notes 1-3: ե is "ye" at the start
# of a word and after a vowel, ո is "vo" at the start of a word (except the word ով), և is
# "yev" at the start, alone and after a vowel, else "ev". ISO 9985 differs (ē, ë, ž, x, ç,
# ǰ…) and anyascii follows neither (Erevan, Rrowben, Mkrtch'yan): passports do not.
ARMENIAN_PASSPORT_ROMANISATION: dict[str, str] = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y",
    "թ": "t", "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h",
    "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o",
    "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r",
    "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f",
    "ու": "u", "և": "ev", "եւ": "ev",
}
_ARMENIAN_INITIAL = {"ե": "ye", "ո": "vo", "և": "yev", "եւ": "yev"}  # at a word's start
_ARMENIAN_AFTER_VOWEL = {"ե": "ye", "և": "yev", "եւ": "yev"}
_ARMENIAN_VOWELS = frozenset({"ա", "ե", "է", "ը", "ի", "ո", "ու", "օ", "և", "եւ"})
_ARMENIAN_WORD = re.compile(r"[\u0531-\u0556\u0561-\u0587]+")
_UNITS = re.compile(r"ու|եւ|.", re.DOTALL)
_ARMENIAN_NOT_SPELT = re.compile(f"[\u055a{ARMENIAN_MARKS}]")


def _romanise_word(word: str) -> str:
    lower = word.lower()
    if lower == "ով":  # the one exception to initial ո → vo
        return "Ov" if word[0].isupper() else "ov"
    shouting = len(word) > 1 and word.isupper()
    out: list[str] = []
    previous = ""
    pos = 0
    for unit in _UNITS.findall(lower):
        if pos == 0 and unit in _ARMENIAN_INITIAL:
            latin = _ARMENIAN_INITIAL[unit]
        elif previous in _ARMENIAN_VOWELS and unit in _ARMENIAN_AFTER_VOWEL:
            latin = _ARMENIAN_AFTER_VOWEL[unit]
        else:
            latin = ARMENIAN_PASSPORT_ROMANISATION.get(unit, unit)
        if shouting:
            latin = latin.upper()
        elif word[pos].isupper():
            latin = latin[:1].upper() + latin[1:]
        out.append(latin)
        previous, pos = unit, pos + len(unit)
    return "".join(out)


def romanise_armenian(text: str) -> str:
    """Armenian-script words of ``text`` in the passport romanisation (Արտաշես Մկրտչյան →
    Artashes Mkrtchyan); anything else is kept as it is."""
    text = unicodedata.normalize("NFC", text or "")
    # The Armenian marks over a vowel (Պետրո՛սյան) and the Armenian apostrophe are not letters
    # of the name: a passport writes none (they came out as "Petro՛syan").
    text = _ARMENIAN_NOT_SPELT.sub("", text)
    return _ARMENIAN_WORD.sub(lambda m: _romanise_word(m.group()), text)


# Letters of the Azerbaijani alphabet no English, Armenian passport or Russian-made Latin spelling
# has, and its patronymic words ("Karen oğlu", son of Karen; "Sergey qızı", daughter of Sergey):
# a Latin name holding one is written in Azerbaijani.
_AZERBAIJANI_LETTERS = frozenset("əƏıİğĞ")
_AZERBAIJANI_PATRONYMIC_WORD = re.compile(r"o[ğg]lu|q[ıi]z[ıi]", re.IGNORECASE)


def azerbaijani_spelling(name: str) -> bool:
    """Whether a Latin name is written in Azerbaijani: an Azerbaijani letter (ə, ı, ğ) or an
    Azerbaijani patronymic (oğlu, qızı)."""
    return (not _AZERBAIJANI_LETTERS.isdisjoint(name)
            or any(_AZERBAIJANI_PATRONYMIC_WORD.fullmatch(w) for w in name.split()))


_LANGUAGE_OF_SCRIPT = {Script.ARMENIAN: "hy", Script.CYRILLIC: "ru"}


def language_written_in(name: str) -> str:
    """The language a name's letters tell: Armenian letters Armenian, Cyrillic ones Russian (as
    Russian-language sources write names), a Latin name in Azerbaijani spelling Azerbaijani;
    "" when the letters do not tell (another Latin name: a passport's, an English or French
    one) or there are none."""
    from caseapp.domain.names import detect_script

    script = detect_script(name)
    if script is Script.LATIN:
        return "az" if azerbaijani_spelling(name) else ""
    return _LANGUAGE_OF_SCRIPT.get(script, "")


# Languages written in a Latin alphabet of their own: a spelling tagged with one of them is
# that language's rendering of the name (an Azerbaijani court's "Artaşes Mkrtçyan"), never
# the headline.
OTHER_LATIN_ALPHABETS = frozenset({"az", "tr", "tk", "uz", "ku"})
PASSPORT_LANGUAGES = frozenset({"", "en", "hy"})  # how the lawyer records the passport spelling


def _value(x: object) -> str:
    if type(x) is str:  # as read models give them: no enum member to unwrap
        return x
    return str(getattr(x, "value", x) or "")


def _plain_latin(name: str) -> bool:
    """Every letter is one of the 26 of the English alphabet, as in a passport."""
    # an all-ASCII name (most Latin spellings) answers without a look at each letter
    return name.isascii() or all(ch.isascii() for ch in name if ch.isalpha())


def latin_display_name(names: Iterable[object]) -> str:
    """The one Latin headline name of a captive, from its names in record order.

    Each name has ``full_name``, ``script``, ``language``, ``kind`` and ``is_primary`` (enum
    members or their values). In order of preference:

    1. a recorded Latin spelling (not an alias) tagged English, Armenian or untagged and
       written in plain A-Z letters: the passport spelling;
    2. another recorded Latin transliteration in plain letters (a French "Ghazarian"),
       unless tagged with a language that has its own Latin alphabet (Azerbaijani…);
    3. the Armenian name in the passport romanisation (primary first);
    4. any other Latin name that is not an alias nor in another language's alphabet, as
       written (a foreigner's own name, "Jürgen Müller");
    5. a name in another script (Cyrillic), in ASCII letters (a Ukrainian name as a
       Ukrainian passport spells it: :mod:`caseapp.domain.ukrainian_latin`);
    6. a Latin spelling in another language's alphabet; 7. an alias, as a last resort.
    """
    rows = [(n.full_name, _value(n.script), _value(n.language).split("-")[0].lower(),  # type: ignore[attr-defined]
             _value(n.kind), bool(n.is_primary)) for n in names]  # type: ignore[attr-defined]
    rows = [r for r in rows if r[0] and r[0].strip()]
    latin, armn = Script.LATIN.value, Script.ARMENIAN.value
    alias = NameKind.ALIAS.value
    own = [r for r in rows if r[3] != alias]
    for r in own:
        if r[1] == latin and r[2] in PASSPORT_LANGUAGES and _plain_latin(r[0]):
            return r[0].strip()
    for r in own:
        if r[1] == latin and r[2] not in OTHER_LATIN_ALPHABETS and _plain_latin(r[0]):
            return r[0].strip()
    armenian = sorted((r for r in own if r[1] == armn), key=lambda r: not r[4])
    if armenian:
        return romanise_armenian(given_name_first(armenian[0][0])).strip()
    for r in own:
        if r[1] == latin and r[2] not in OTHER_LATIN_ALPHABETS:
            return r[0].strip()
    for r in sorted((r for r in own if r[1] != latin), key=lambda r: not r[4]):
        return _in_latin_letters(r[0], r[1], r[2], surname_first=True)
    pool = own or rows  # only spellings in another language's alphabet, or aliases
    if not pool:
        return ""
    best = min(pool, key=lambda r: (r[1] != latin, not r[4]))
    return best[0].strip() if best[1] == latin else _in_latin_letters(best[0], best[1], best[2])


def _in_latin_letters(name: str, script: str, language: str, *,
                      surname_first: bool = False) -> str:
    """A name in another script in Latin letters: a clearly Ukrainian name as a Ukrainian
    passport spells it ("Mykola", not "Mikola"), any other by the generic transliteration."""
    name = given_name_first(name) if surname_first else name
    if script == Script.CYRILLIC.value and is_ukrainian(name, language):
        return ukrainian_latin(name)
    return _to_ascii(name)


# A surname by its form in Cyrillic and Armenian letters, as Russian and Armenian lists write
# it before the given name ("Петросян Арам Гагикович", "Պետրոսյան Արամ Գագիկի", "Алиев Тофик
# Рамиз оглы"): -ян, -янц (-յան, -յանց, -ունց), -ов, -ев, -ова, -ева, -ский, -ская, -цкий, -цкая,
# in a word of five letters or more (Лев is a given name). Not -ин or -ли, which given names
# end in too (Армин, Вениамин, Али).
_NATIVE_SURNAME = re.compile(r"(?:ян|янц|յան|յանց|ունց|ов|ев|ёв|ова|ева|ёва|ский|цкий|ская|цкая)$")


def _a_native_surname(word: str) -> bool:
    return sum(ch.isalpha() for ch in word) >= 5 and \
        _NATIVE_SURNAME.search(word.lower()) is not None


def _capitalised(word: str) -> str:
    """A word in capitals in small letters after its first (ТЕР-ПЕТРОСЯН: Тер-Петросян)."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)


def given_name_first(name: str) -> str:
    """A name in Cyrillic or Armenian letters written surname first, as Russian and Armenian
    lists write it, with the surname moved to the end, as the app writes a Latin name
    ("Петросян Арам Гагикович": "Арам Гагикович Петросян"); a surname in capitals (or the
    whole name) in small letters after the first. Surname first is told by its first word
    having a surname's form (:data:`_NATIVE_SURNAME`) and no other word having one; any other
    name is returned as it is ("Арам Петросян", "Петросян Саркисов"). A word without a letter
    (a number left in the cell) stays after the name (:func:`with_letters`)."""
    words, others = with_letters(name.split())
    if len(words) < 2 or not _a_native_surname(words[0]) or any(
            _a_native_surname(w) for w in words[1:]):
        return name
    surname, given = words[0], words[1:]
    if surname.isupper():
        surname = _capitalised(surname)
        if all(w.isupper() for w in given):
            given = [_capitalised(w) for w in given]
    return " ".join([*given, surname, *others])


_GEORGIAN, _GEORGIAN_END = "\u10d0", "\u10ff"  # Mkhedruli: lower case by Unicode, used alone


def _to_ascii(name: str) -> str:
    """The name in ASCII letters; a word in capitals (as lists write surnames: ПЕТРОСЯН)
    stays in capitals, where anyascii writes a letter of two as "Ya", "Ch" (PETROSYaN); a
    word of a script without capitals (Georgian, Devanagari, Arabic) begins with one, as a
    name does in Latin letters. A word is all that stands between spaces, its vowel signs
    and other combining marks with it (राजेश: "Rajes", not "rाjेs", half of it left as it was)."""
    def word(m: re.Match[str]) -> str:
        typed = m.group()
        latin = anyascii(typed)
        if typed.isupper() and len(typed) > 1:
            return latin.upper()
        if not any(ch.isupper() or (ch.islower() and not _GEORGIAN <= ch <= _GEORGIAN_END)
                   for ch in typed):  # a script without case (Georgian writes no capitals)
            return latin[:1].upper() + latin[1:]
        return latin

    return re.sub(r"\S+", word, romanise_armenian(name)).replace("'", "").strip()


@dataclass(frozen=True, slots=True)  # three a captive in the captives list
class NameRow:
    """One name as read straight from the table (for read models that skip the ORM)."""

    full_name: str
    script: str
    language: str
    kind: str
    is_primary: bool


# The script each language of CaseApp's documents and interface is written in (English: Latin).
SCRIPT_OF_LANGUAGE = {"hy": Script.ARMENIAN.value, "ru": Script.CYRILLIC.value}


Name = TypeVar("Name")  # a name record: NameDTO, or a name of an import's or a report's rows


def name_record_in_script(names: Iterable[Name], lang: str) -> Name | None:
    """Which of a captive's names is shown first in ``lang`` -- in the documents and the
    interface alike: its own spelling in the script of ``lang`` (None if none is recorded, or
    the language is written in Latin letters). Each name has ``full_name``, ``script``,
    ``kind`` and ``is_primary``; a primary name comes first, then a native one, then a
    transliteration, each in record order; an alias never."""
    script = SCRIPT_OF_LANGUAGE.get(lang)
    if script is None:
        return None
    found = [n for n in names
             if _value(getattr(n, "script", "")) == script
             and _value(getattr(n, "kind", "")) != NameKind.ALIAS.value
             and str(getattr(n, "full_name", "") or "").strip()]
    found.sort(key=lambda n: (not getattr(n, "is_primary", False),
                              _value(getattr(n, "kind", "")) != NameKind.NATIVE.value))
    return found[0] if found else None


def name_in_script(names: Iterable[object], lang: str) -> str:
    """The spelling :func:`name_record_in_script` chooses ("" if none)."""
    found = name_record_in_script(names, lang)
    return str(getattr(found, "full_name", "")).strip() if found is not None else ""


def name_in_every_language(captive: object) -> Translated:
    """A captive's name (anything with ``names``, ``latin_name`` and ``primary_name``) for a
    message, as each language's outputs head with it: the spelling in the language's script
    (:func:`name_in_script`), else the Latin headline name, else the primary name."""
    return names_in_languages(getattr(captive, "names", ()), getattr(captive, "latin_name", ""),
                              getattr(captive, "primary_name", ""))


def names_in_languages(names: Iterable[object], latin: str, primary: str) -> Translated:
    """:func:`name_in_every_language` from the spellings (``names``), the Latin headline name
    and the primary name themselves (a read model's row)."""
    names = list(names)
    return Translated(tuple((lang, name_in_script(names, lang) or latin or primary)
                            for lang in LANGUAGES))
