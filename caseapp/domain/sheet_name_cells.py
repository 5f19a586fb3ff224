"""A spreadsheet's name cell as a list writes it, read as CaseApp writes a name (pure: no
file, no database): a Latin name written surname first turned round, a remark in brackets
after it taken out, another name it says the captive is known by ("aka") read apart, letters
of the other alphabet that look alike written in its own, the
surname a given name's cell repeats left out (:func:`caseapp.domain.sheet_rows.read_row`)."""

from __future__ import annotations

import re
from typing import Any

from caseapp.domain.messages import Message, msg, quoted_each
from caseapp.domain.name_display import azerbaijani_spelling
from caseapp.domain.sheet_columns import about_someone_else
from caseapp.domain.sheet_values import (
    azerbaijani_surname_first,
    lookalikes_fixed,
    surname_first,
)


def given_first(value: Any, azerbaijani: bool = False) -> tuple[Any, Message | None]:
    """A name cell's spellings with each Latin one written surname first turned round (an
    Azerbaijani spelling, or any Latin one of a list in Azerbaijani, by the forms of
    Azerbaijani surnames: :func:`azerbaijani_surname_first`), and what to say of the cell
    (None when none was)."""
    written = value if isinstance(value, list) else [value]
    turned = [azerbaijani_surname_first(w) if azerbaijani or azerbaijani_spelling(w)
              else surname_first(w) for w in written]
    if not any(turned):
        return value, None
    read = [t or w for t, w in zip(turned, written, strict=True)]
    return (read if isinstance(value, list) else read[0]), msg(
        "is written surname first: read as {names}",
        names=quoted_each(t for t in turned if t))


# A remark in brackets after a name, in small letters ("(брат Карена)", "(со слов матери)");
# a capitalised word in brackets may be a name (a maiden name) and stays.
NAME_REMARK = re.compile(r"(.*?\S)\s*\((?=[^\W\d_])([^()]*)\)\s*")


def remark_cut(value: Any) -> tuple[Any, bool]:
    """A name (or the spellings of a name cell) without a remark in brackets after it, and
    whether one was cut: one in small letters, or one about a relative, whose words may begin
    with a name ("(Աշոտի դուստր)", "(Son of Karen)")."""
    out, cut = [], False
    for written in value if isinstance(value, list) else [value]:
        found = NAME_REMARK.fullmatch(written) if isinstance(written, str) else None
        if found and (found.group(2)[:1].islower() or about_someone_else(found.group(2))):
            written, cut = found.group(1), True
        out.append(written)
    return (out if isinstance(value, list) else out[0]), cut


# Another name the captive is known by, after the name or in brackets after it: "Aram
# Petrosyan aka Aro", "Петросян Арам, он же Аро", "Karen Sargsyan (a.k.a. Ko)",
# "Արամ Պետրոսյան, մականունը՝ Արո".
_MARKS = (r"(?:aka|a\.\s?k\.\s?a\.?|a/k/a|also known as|alias|он же|она же|"
          r"также известн(?:ый|ая) как|известн(?:ый|ая) как|по прозвищу|кличка:?|"
          r"մականունը՝?|մականունով)")
ALIAS_MARK = re.compile(rf"\s*,?\s+{_MARKS}\s+", re.IGNORECASE)
_ALIAS_IN_BRACKETS = re.compile(rf"(.*?\S)\s*\(\s*{_MARKS}\s+([^()]+)\)\s*", re.IGNORECASE)


def aliases_cut(text: str) -> tuple[str, list[str]]:
    """A name cell's text without the other names it says the captive is known by ("aka
    Aro"), and those names (none: the text as it is)."""
    bracketed = _ALIAS_IN_BRACKETS.fullmatch(text)
    if bracketed:
        text = f"{bracketed.group(1)} aka {bracketed.group(2)}"
    parts = [" ".join(p.split()).strip(",;") for p in ALIAS_MARK.split(text)]
    if len(parts) < 2 or not all(parts):
        return text, []
    return parts[0], parts[1:]


# A form of address or a title before a name ("Mr.", "Dr.", "г-н", "պրն."): not the name.
_TITLE = re.compile(r"(?:mr|mrs|ms|miss|dr|prof|г-н|г-жа|гр-н|гр-ка|господин|госпожа|"
                    r"պրն|պարոն|տկն|տիկին|օրիորդ|mme|mlle)\.?\s+(?=\w)", re.IGNORECASE)


def title_cut(value: Any) -> tuple[Any, str]:
    """A name (or the spellings of a name cell) without a form of address or a title before
    it ("Mr. Vahe Sargsyan", "Dr. Anna Grigoryan"), and the first one cut ("" when none)."""
    out, cut = [], ""
    for written in value if isinstance(value, list) else [value]:
        found = _TITLE.match(written) if isinstance(written, str) else None
        if found and len(written[found.end():].split()) >= 2:  # ("M. Petrosyan": an initial)
            cut = cut or found.group().strip()
            written = written[found.end():]
        out.append(written)
    return (out if isinstance(value, list) else out[0]), cut


def lookalikes_fixed_in(value: Any) -> tuple[Any, list[Message]]:
    """A name (or the spellings of a name cell) with its look-alike letters of the other
    alphabet written in its own, and the warning of each such spelling."""
    out, said = [], []
    for written in value if isinstance(value, list) else [value]:
        fixed, letters = lookalikes_fixed(written)
        if letters:
            said.append(msg("has letters of the other alphabet that look alike ({letters}) "
                            "among its own; read as “{name}”", letters=letters, name=fixed))
        out.append(fixed)
    return (out if isinstance(value, list) else out[0]), said


def without_surname(given: str, surname: str) -> str:
    """A given name's cell without the surname written in it too ("Aram Petrosyan" beside
    "Petrosyan", a whole name under "Name"): the surname's column says which word it is,
    and it was repeated ("Aram Petrosyan Petrosyan")."""
    words, own = given.split(), surname.casefold().split()
    if not own or len(words) <= len(own):
        return given
    for i in range(len(words) - len(own) + 1):
        if [w.casefold() for w in words[i:i + len(own)]] == own:
            return " ".join(words[:i] + words[i + len(own):])
    return given


def same_words(one: str, other: str) -> bool:
    return sorted(one.casefold().split()) == sorted(other.casefold().split())


__all__ = ["ALIAS_MARK", "NAME_REMARK", "aliases_cut", "given_first", "lookalikes_fixed_in",
           "remark_cut", "same_words", "title_cut", "without_surname"]
