"""A patronymic in any of the forms the lists write it, read as the father's given name it is
made from, for the duplicate check (:mod:`caseapp.domain.sheet_match`).

One man is "Варданян Рубен Каренович" in a Russian list, "Vardanyan Ruben Karen oğlu" in an
Azerbaijani court's decision, "Վարդանյան Ռուբեն Կարենի" in his Armenian passport and "Ruben
Karen's Vardanyan" in an English letter. Read word by word, Каренович, "Karen oğlu" and Կարենի
are three different words (and the oğlu of the court's spelling left the father's name Karen to
meet a given name: Vardanyan Karen, his father or his son). Here each form is read as the
father's name with a mark (:data:`PATRONYMIC_MARK`): a patronymic meets a patronymic of the same
name, never a given name.

The forms:

- the Russian -ович / -евич / -овна / -евна (and their Latin spellings -ovich, -evich…), in a name
  of three words or more, never its first word (Абрамович Роман Аркадьевич: the surname comes
  first); of two such words after the first (Роман Аркадьевич Абрамович), each is read so in
  turn. After a vowel, the father's name may have ended in й (Николаевич: Николай; Алиевич: Али);
- the Russian -ич / -ична of a father's name in -а / -я (Ильич, Ильинична: Илья; Кузьмич,
  Кузьминична: Кузьма; Никитич, Никитична: Никита; Ilyich, Nikitichna), in the same places; as
  a surname (Бабич) or a given name (Heinrich) may end so too, such a name is also read as it
  is written;
- the Azerbaijani particle after the father's name, in any spelling (oğlu, оглы, ogly; qızı,
  кызы, gizi: the search key folds them alike, :data:`caseapp.domain.names.PATRONYMIC_PARTICLES`);
- the English genitive (Karen's);
- the Armenian genitive in -ի (Կարենի; Kareni as transliterated), in a name of three words or
  more, never its first word. A given name may end so too (Անի), so such a name is also read
  as it is written, unless it has three words, the surname at one end and the genitive right
  after the given name (Վարդանյան Ռուբեն Կարենի, Ruben Kareni Vardanyan);
- bare, after the given name, in a name of three words with its surname at one end
  (Vardanyan Ruben Karen, Ruben Karen Vardanyan): also read as it is written (a second given
  name), the way a court's list without the particle was matched before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caseapp.domain.name_folding import fold_word
from caseapp.domain.names import PATRONYMIC_PARTICLES, WordKeys, keyed_words, word_keys

# Put after each sound key of the father's name a patronymic is read as (see the module).
PATRONYMIC_MARK = "="

_RUSSIAN = re.compile(r"(?<=\w\w)(?:[оеё]вич|[оеё]вна|[oe]vi(?:t?ch|ć|c|ç)|[oe]vych|[oe]vna)$",
                      re.IGNORECASE)
# The -ич / -ична of a father's name in -а / -я (Ильич, Ильинична: Илья; Никитична: Никита);
# after -ович / -евич, which are read first.
_RUSSIAN_A = re.compile(r"(?<=\w\w)(?:инична|ична|ич|inichna|ichna|itch|ich)$", re.IGNORECASE)
# The vowel a father's name ending in й ends in before the -евич of the patronymic
# (Николай, Николаевич; Сергей, Сергеевич; Nikolayevich is read as -yevich after a).
_BEFORE_Y = re.compile(r"[аеяaey]$", re.IGNORECASE)
_ARMENIAN_GENITIVE = re.compile(r"(?<=[\u0561-\u0586]{2})յ?ի$")
_LATIN_GENITIVE = re.compile(r"(?<=[a-z]{3})y?i$", re.IGNORECASE)
_ENGLISH_GENITIVE = re.compile(r"(\w+)['’ʼ`]s\b")
_SHORTEST = 3  # words in a name before a word's ending alone makes it a patronymic
# The most words of a name read for a patronymic: a longer text is no one's name (and read
# once for each word that may be one, 300 words pasted were 180 readings of 300 words each).
_LONGEST = 8
_READINGS_AT_MOST = 3  # words read as the patronymic in turn (a name has one)


@dataclass(frozen=True, slots=True)
class Part:
    """One word of a reading: its keys (several for a father's name that may have ended in
    й), and whether it is a patronymic (read as the father's name)."""

    keys: tuple[WordKeys, ...]
    patronymic: bool = False


def readings(name: str) -> list[list[Part]]:
    """The ways ``name`` is read word by word: as written when it has no patronymic of the
    forms above (or one only perhaps, an Armenian genitive), and once with each word that may
    be its patronymic read as the father's name."""
    keyed, azerbaijani = keyed_words(name)
    words = [w for w, _ in keyed]
    plain = [Part((k,)) for _, k in keyed]
    if len(words) > _LONGEST:  # no name: a text pasted into the cell, read as written
        return [plain]
    english = {fold_word(m.group(1) + "s"): m.group(1) for m in _ENGLISH_GENITIVE.finditer(name)}
    out: list[list[Part]] = []
    keep_plain = True
    for at, word in enumerate(words):
        key = keyed[at][1].key
        if key in PATRONYMIC_PARTICLES and at > 0:  # Karen oğlu: Karen, the particle left out
            out.append([*plain[:at - 1], _father(words[at - 1], azerbaijani), *plain[at + 1:]])
            keep_plain = False
        elif at > 0 and key in english:
            out.append([*plain[:at], _father(english[key], azerbaijani), *plain[at + 1:]])
            keep_plain = False
        elif at > 0 and len(words) >= _SHORTEST:
            stems = _russian_stems(word)
            if stems:  # each in turn, if two (Роман Аркадьевич Абрамович)
                out.append([*plain[:at], _father(stems, azerbaijani), *plain[at + 1:]])
                keep_plain = False
            elif stems := _russian_a_stems(word):  # perhaps (Бабич, Heinrich): read as
                out.append([*plain[:at], _father(stems, azerbaijani), *plain[at + 1:]])  # written too
            elif genitive := _genitive(word):  # perhaps (Անի is a given name)
                out.append([*plain[:at], _father(genitive, azerbaijani), *plain[at + 1:]])
                # surely, after the given name with the surname at the other end: read as
                # written, Վահեի sounds as Վահե, Vahe, which it is not
                keep_plain = keep_plain and (len(words) > _SHORTEST or _bare(keyed) != at)
    if not out and len(words) == _SHORTEST:
        bare = _bare(keyed)
        if bare is not None:
            out.append([*plain[:bare], _father(words[bare], azerbaijani), *plain[bare + 1:]])
    out = out[:_READINGS_AT_MOST]
    return [plain, *out] if keep_plain else out


# A surname's form by its search key (Vardanyan, Варданян, Վարդանյան: vardanian; Əliyev;
# Hüseynli; Quluzadə; Высоцкий), in a word of five letters or more.
_SURNAME = re.compile(r"(?<=\w{3})(?:ian|ianc|iants|unc|ov|ova|ev|eva|in|ina|li|lu|zade|zada|"
                      r"ski|skaia|ki|kaia)$")


def _bare(keyed: list[tuple[str, WordKeys]]) -> int | None:
    """Where a name of three words written without a patronymic's ending may have the
    father's name bare (Vardanyan Ruben Karen, Ruben Karen Vardanyan): after the given name,
    the surname, told by its form, at one end and not at the other; None if not told."""
    first, last = (_SURNAME.search(keyed[at][1].key) is not None for at in (0, -1))
    if not all(k.key.isalpha() for _, k in keyed) or first == last:
        return None
    return 2 if first else 1


def _genitive(word: str) -> str:
    """The name an Armenian genitive is of (Կարենի, Kareni: Կարեն, Karen; Արտոյի: Արտո), ""
    if ``word`` does not end as one."""
    lower = word.lower()
    found = _ARMENIAN_GENITIVE.search(lower) or (
        _LATIN_GENITIVE.search(lower) if word.isascii() else None)
    return word[:found.start()] if found else ""


def _russian_stems(word: str) -> tuple[str, ...]:
    """The father's name of a Russian patronymic (Каренович: Карен; Николаевич: Никола and
    Николай), none if ``word`` is not one."""
    stem = _RUSSIAN.sub("", word)
    if stem == word:
        return ()
    if stem[-1:].lower() == "ь":  # Аркадьевич: Аркадий; Игоревич: Игорь
        return stem, stem[:-1] + "ий"
    y = "й" if not stem.isascii() else "y"
    return (stem, stem + y) if _BEFORE_Y.search(stem) and word[len(stem)] in "еёeE" else (stem,)


def _russian_a_stems(word: str) -> tuple[str, ...]:
    """The father's name of a patronymic in -ич / -ична (Ильич: Илья; Кузьминична: Кузьма;
    Ilich: Ila, Ilya), none if ``word`` does not end so."""
    stem = _RUSSIAN_A.sub("", word)
    if stem == word:
        return ()
    if not stem.isascii():
        return (stem + "я",) if stem[-1:].lower() == "ь" else (stem + "а",)
    return (stem + "a",) if stem[-1:].lower() == "y" else (stem + "a", stem + "ya")


def _father(stems: str | tuple[str, ...], azerbaijani: bool) -> Part:
    names = (stems,) if isinstance(stems, str) else stems
    return Part(tuple(word_keys(n, azerbaijani) for n in names), patronymic=True)
