"""The words of a name or of any text, as the name keys read them (:mod:`caseapp.domain.names`):
the characters read inside a word (apostrophes and hyphens, which link its parts; format
characters and the Armenian marks over a vowel, read as nothing), a word's parts linked
(:func:`compound_words`), the words a search and the duplicate check read
(:func:`text_words`) and those the search index keeps (:func:`stored_words`).
"""

from __future__ import annotations

import re
import unicodedata

from caseapp.domain.clean_text import INVISIBLE

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
# :func:`compound_words`). Apostrophes: the ASCII one, the typographic ones a word processor or a
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


def compound_words(text: str) -> list[str]:
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


def text_words(text: str) -> list[str]:
    """The words of ``text`` (:func:`compound_words`) as a search, a query and the duplicate
    check read them: a word with an apostrophe is one word without it (T'adevosyan,
    T’adevosyan and Tadevosyan are one), a hyphen parts two words (Ter-Petrosyan is Ter and
    Petrosyan, as Ter Petrosyan is)."""
    out: list[str] = []
    for word in compound_words(text):
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


def stored_words(text: str) -> list[str]:
    """The words of ``text`` as the search index keeps them: those of :func:`text_words`, then,
    for each word with an apostrophe or a hyphen, its parts and the whole of it joined
    (Ter-Petrosyan is found by "Terpetrosyan", l'ombudsman by "ombudsman"), and for a name
    of a Ter- or Melik- line written as one word the surname after it
    (:data:`_LINE_PARTICLE`), each once."""
    compounds = compound_words(text)
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


def with_letters(words: list[str]) -> tuple[list[str], list[str]]:
    """The words of a name that have a letter, and those that have none (a number left in
    the cell: "Վարդանյան Արմեն 10"), each in order: a name turned round to given name first
    turns its words, the others kept after it ("Armen Vardanyan 10", not "Armen 10
    Vardanyan", a number read as his patronymic)."""
    lettered = [w for w in words if any(ch.isalpha() for ch in w)]
    return lettered, [w for w in words if not any(ch.isalpha() for ch in w)]
