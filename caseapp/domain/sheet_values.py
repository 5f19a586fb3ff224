"""Reading the values of a spreadsheet's cells: hostile text (formulas, control
characters), tags, statuses, categories and sex written as words in English, Russian or
Armenian, and names. Dates are read in :mod:`caseapp.domain.sheet_dates`.

Pure functions: each takes what a cell held (text, a number, a date) and returns the app's
value or raises :class:`CellError` with a reason a lawyer can act on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from enum import Enum, StrEnum
from typing import TypeVar

from caseapp.domain.clean_text import INVISIBLE
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, NameKind, Script, Sex
from caseapp.domain.messages import Listed, Message, msg
from caseapp.domain.name_words import with_letters
from caseapp.domain.names import detect_script

# How a caller names a stored value (a status, a category, a sex) to the user: the documents'
# label, which the domain does not know (caseapp.services.labels.value_label); its code
# ("held") when none is given.
ValueNames = Callable[[Enum], object]


def value_code(member: Enum) -> object:
    return member.value


class CellError(ValueError):
    """A cell's value cannot be read: ``args[0]`` is the reason, a message finishing a
    sentence whose subject is the cell ("is not a date"); ``str(error)`` shows it."""


class UnknownWord(CellError):
    """A cell that names none of the values of ``enum``: :meth:`reason` lists them as the
    caller names them."""

    def __init__(self, enum: type[Enum]) -> None:
        # "withheld" is what a document writes at a level that hides the value: no value
        self.members = tuple(m for m in enum if m.value != "withheld")
        super().__init__(self.reason())

    def reason(self, names: ValueNames = value_code) -> Message:
        return msg("is not a known word for one of: {choices} (add it to the mapping)",
                   choices=Listed(tuple(names(m) for m in self.members)))


def normalise(text: str) -> str:
    """Case-folded, NFC, ё as е, punctuation as spaces, spaces collapsed."""
    # (a capital İ, Azerbaijani and Turkish, folds to i and a combining dot)
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е").replace("i\u0307", "i")
    text = re.sub(r"[^\w]+", " ", text, flags=re.UNICODE)
    return " ".join(text.split())


# ---- hostile text ---------------------------------------------------------------------------

# A cell a spreadsheet program may take as a formula begins with one of these (a tab or a
# carriage return before one too); the export quotes every such cell with an apostrophe, and
# an apostrophe beginning a cell too, so that the importer, taking one apostrophe off, reads
# back exactly what was written.
FORMULA_START = frozenset("=+-@\t\r")
_QUOTE_BEFORE = FORMULA_START | {"'"}
# What makes a cell beginning with + - or @ run as a formula: a call, a link to another
# program (DDE's "|"), a sheet reference ("!"), a join ("&"), a comparison. "-5 years" and a
# phone number "+374 91 000001" have none.
_FORMULA_BODY = re.compile(r"[=(|!&\"]")
# Control characters, and the invisible ones (a zero-width space, a soft hyphen: pasted from
# a web page, they make a date unreadable and a name differ from its look-alike).
_CONTROL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{INVISIBLE}]")
# What a spreadsheet program shows, and saves as the value, of a formula that fails.
FORMULA_ERROR = re.compile(r"#(NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|GETTING_DATA|SPILL!|"
                           r"CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ССЫЛКА!|ЗНАЧ!|ДЕЛ/0!|"
                           r"ИМЯ\?|ЧИСЛО!|Н/Д|ПУСТО!)|Err:\d{3}", re.IGNORECASE)  # (LibreOffice's)


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would run ``text`` as a formula ("=1+1", "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0", "@SUM(1)")."""
    text = text.lstrip()
    if text[:1] == "=":
        return True
    return text[:1] in ("+", "-", "@") and _FORMULA_BODY.search(text) is not None


def quoted_for_sheet(text: str) -> str:
    """``text`` as a spreadsheet cell that is never run as a formula: with a leading
    apostrophe when it begins with = + - @, a tab, a carriage return (or spaces before one)
    or an apostrophe; :func:`clean_text` takes it off again."""
    first = text[:1]
    if first in _QUOTE_BEFORE or text.lstrip()[:1] in FORMULA_START:
        return "'" + text
    return text


# An underscore that, with what follows it, reads as an XLSX cell text's escape of a character
# (``_x202E_``: ECMA-376 ST_Xstring; "x" in either case, to be safe).
_LIKE_AN_ESCAPE = re.compile(r"_(?=[xX][0-9A-Fa-f]{4}_)")
XLSX_UNDERSCORE = "_x005F_"  # the escape of a literal underscore


def escaped_for_xlsx(text: str) -> str:
    """``text`` as an XLSX cell's text that shows as it is written: in a cell's text Excel
    reads ``_xHHHH_`` as the character U+HHHH (a right-to-left override, a line break, a NUL;
    LibreOffice those below U+0020), which openpyxl does not escape. The underscore that
    starts such a sequence is written as its own escape, ``_x005F_``
    (:func:`unescaped_from_xlsx` reads it back)."""
    return _LIKE_AN_ESCAPE.sub(XLSX_UNDERSCORE, text) if "_" in text else text


def unescaped_from_xlsx(text: str) -> str:
    """An XLSX cell's text as openpyxl gives it, its escaped underscores (``_x005F_``) made
    underscores again: openpyxl does so in shared strings, not in a cell's own (inline)
    text, as :func:`escaped_for_xlsx` and other programs write it."""
    return text.replace(XLSX_UNDERSCORE, "_") if XLSX_UNDERSCORE in text else text


def clean_text(value: object) -> str:
    """A cell as text: stripped, control characters removed; a formula is refused (CaseApp
    never runs one, and a stored one could run when the data is opened in a spreadsheet)
    unless quoted as text by a leading apostrophe ("'=x" reads as "=x", "''x" as "'x")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _CONTROL.sub("", str(value)).strip()
    if text.startswith("'") and (text[1:2] in _QUOTE_BEFORE
                                 or text[1:].lstrip()[:1] in FORMULA_START):
        return text[1:]  # quoted as text (a spreadsheet's own way, and caseapp export-sheet's)
    if looks_like_formula(text):
        raise CellError(msg("looks like a spreadsheet formula, not a value; type the value itself"))
    if FORMULA_ERROR.fullmatch(text):
        raise CellError(msg("is what a formula of the spreadsheet gives when it fails: correct "
                            "the formula there, or type the value"))
    return text


# A cell saying that nothing is known: punctuation alone ("?", "—", "-"), or a word for it
# ("н/д", "n/a", "нет данных", "неизвестно", "անհայտ"). Read as an empty cell, never as a
# name, a place or a date that cannot be read.
_UNKNOWN = re.compile(r"_*|н д|нд|n a|na|нет|нет данных|нет сведений|не известн\w*|неизвестн\w*|"
                      r"неизв|не указан\w*|unknown|not known|none|չկա|տվյալ(ներ)? չկա|անհայտ|"
                      r"հայտնի չէ")


_UNKNOWN_FIRST = frozenset("нnuչտհա")  # the first letters of those words
_UNKNOWN_LONGEST = 16


# A date of zeros ("00.00.0000", "0000-00-00"), as registers and exports write an unknown date.
_ZERO_DATE = re.compile(r"0{1,4}([./-])0{1,2}\1(0{2}|0{4})")


def says_unknown(value: object) -> bool:
    """Whether a cell says that nothing is known ("н/д", "?", "—", "unknown", a date of
    zeros). (Every cell is asked: most are told apart by their length or first letter.)"""
    if not isinstance(value, str):
        return False
    text = value.strip()
    if not text or len(text) > _UNKNOWN_LONGEST:
        return False
    if text[0] == "0" and _ZERO_DATE.fullmatch(text):
        return True
    first = next((ch for ch in text if ch.isalnum()), "")
    if first and first.casefold() not in _UNKNOWN_FIRST:
        return False
    return not FORMULA_ERROR.fullmatch(text) and bool(_UNKNOWN.fullmatch(normalise(text)))


# ---- tags ----------------------------------------------------------------------------------

def split_tags(value: object) -> list[str]:
    """The tags of a cell: separated by commas or semicolons; a tag holding either is written
    in double quotes ("a, b"), a quote inside doubled, as :func:`joined_tags` writes them.
    Each tag is read as :func:`clean_text` reads a cell (a formula is refused)."""
    text = _CONTROL.sub("", "" if value is None else str(value)).strip()
    tags: list[str] = []
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] == " ":
            i += 1
        if i < n and text[i] == '"':
            end = i + 1
            while True:
                end = text.find('"', end)
                if end < 0 or text[end + 1:end + 2] != '"':
                    break
                end += 2
            if end < 0:
                raise CellError(msg("has a tag whose opening quote is not closed"))
            tag = text[i + 1:end].replace('""', '"')
            rest = text.find(",", end), text.find(";", end)
            stops = [r for r in rest if r >= 0]
            i = min(stops) + 1 if stops else n
        else:
            stops = [r for r in (text.find(",", i), text.find(";", i)) if r >= 0]
            stop = min(stops) if stops else n
            tag, i = text[i:stop], stop + 1
        tag = clean_text(tag)
        if tag:
            tags.append(tag)
    return tags


def joined_tags(tags: tuple[str, ...] | list[str]) -> str:
    """Tags as one cell that :func:`split_tags` reads back unchanged, never a formula."""
    out = []
    for tag in tags:
        cell = quoted_for_sheet(tag)
        if any(ch in cell for ch in ',;"') or cell != cell.strip():
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return ", ".join(out)



# ---- words for the app's values --------------------------------------------------------------

E = TypeVar("E", bound=StrEnum)

# Each pattern is matched against the whole normalised cell. Russian participles take their
# feminine and plural endings (осужден, осуждена, осуждены), Armenian words their plural
# (-ներ, -եր, with the article -ը): a list grouped in parts under titles ("Пропавшие без
# вести", "Զինծառայողներ", "Քաղաքացիական անձինք") names its parts in the plural. The
# Azerbaijani words, last in each pattern, are those of the other side's lists ("məhkum
# edilib", "mülki şəxs"), with ı and i both (a word in capitals folds its I to i).
STATUS_WORDS: tuple[tuple[str, CaptiveStatus], ...] = (
    (r"missing|disappeared|whereabouts unknown|unknown whereabouts|пропал\w* без вести|"
     r"без вести пропавш\w*|пропавш\w*( без вести)?|անհետ կորած(ներ|ները)?|"
     r"անհայտ կորած(ներ|ները)?|անհայտ|disparue?s?|port[ée]e?s? disparue?s?",
     CaptiveStatus.MISSING),
    (r"held|captive|in captivity|detained|in custody|prisoner|prisoner of war|pow|"
     r"в плену|плен|пленн\w*|военнопленн\w*|ռազմագերի(ներ|ները)?|"
     r"удерживает\w*|задержан\w*|под стражей|содерж\w* под стражей|գերության մեջ( է)?|"
     r"գերի է|կալանքի տակ է|"
     r"գերի(ներ|ները)?|գերեվարված(ներ|ները)?|կալանքի տակ|կալանավորված(ներ|ները)?|"
     r"պահվում է|"
     r"h[əe]bsd[əe](dir)?|saxlan[ıi]l[ıi]r|[əe]sirlikd[əe](dir)?|[əe]sir|"
     r"d[ée]tenue?s?|en d[ée]tention|captifs?|captives|prisonni[eè]re?s?", CaptiveStatus.HELD),
    (r"pre trial|pre trial detention|awaiting trial|under investigation|следствие|"
     r"под следствием|предварительн\w* заключени\w*|в сизо|сизо|"
     r"(содерж\w* )?под стражей до суда|նախաքննություն|"
     r"նախնական կալանք|istintaq|istintaq alt[ıi]nda(d[ıi]r)?|"
     r"(en )?d[ée]tention provisoire|en attente de (son )?proc[eè]s|"
     r"en attente de jugement|sous enqu[eê]te", CaptiveStatus.PRE_TRIAL),
    (r"on trial|trial|in court|под судом|на суде|суд|судебный процесс|идет суд|"
     r"դատավարություն|դատաքննություն|"
     r"դատական քննություն|դատարանում|m[əe]hk[əe]m[əe]d[əe](dir)?|m[əe]hk[əe]m[əe] prosesi|"
     r"(en )?proc[eè]s( en cours)?|en cours de jugement",
     CaptiveStatus.ON_TRIAL),
    (r"convicted|sentenced|осужд[её]н\w*|приговор[её]н\w*|դատապարտված(ներ|ները)?|"
     r"դատապարտվել է|m[əe]hkum( (edilib|olunub|edilmi[şs]dir|olunmu[şs]dur))?|"
     r"condamn[ée]e?s?",
     CaptiveStatus.CONVICTED),
    (r"released|freed|free|освобожд[её]н\w*|на свободе|ազատ արձակված(ներ|ները)?|"
     r"ազատված(ներ|ները| է)?|ազատ|"
     r"ազատ (է )?արձակվել( է)?|azad( (edilib|olunub|edilmi[şs]dir|olunmu[şs]dur))?|"
     r"azadl[ıi]qda(d[ıi]r)?|lib[ée]r[ée]e?s?|remise? en libert[ée]|en libert[ée]",
     CaptiveStatus.RELEASED),
    (r"repatriated|returned|returned home|exchanged|репатриирован\w*|возвращ[её]н\w*|"
     r"вернул\w*|обмен[её]н\w*|обменян\w*|փոխանակված(ներ|ները)?|"
     r"вернувш\w*|վերադարձված(ներ|ները)?|վերադարձ(վ)?ել է|հայրենադարձված(ներ|ները)?|"
     r"հայրենադարձվել է|"
     r"qaytar[ıi]l[ıi]b|t[əe]hvil verilib|repatriasiya (edilib|olunub)|rapatri[ée]e?s?",
     CaptiveStatus.REPATRIATED),
    # ("погиб в плену": died in captivity, not held; its "в плену" alone names the held)
    (r"(died|dead|killed|murdered) in captivity|(погиб\w*|умер\w*|скончал\w*|убит\w*) в плену|"
     r"(մահացել|զոհվել) է գերության մեջ|գերության մեջ (մահացած|զոհված)|"
     r"morte?s? en captivit[ée]|"
     r"deceased|dead|died|killed|погиб\w*|умер\w*|скончал\w*|мертв\w*|զոհված(ներ|ները)?|"
     r"մահացած(ներ|ները)?|"
     r"մահացել է|v[əe]fat (edib|edilib)|[öo]l[üu]b|h[əe]lak olub|d[ée]c[ée]d[ée]e?s?|"
     r"morte?s?|tu[ée]e?s?", CaptiveStatus.DECEASED),
)
# ("serviceman pow": the window's "Serviceman / POW"; the documents' words are read through
# caseapp.services.sheet_app_words.)
CATEGORY_WORDS: tuple[tuple[str, CaptiveCategory], ...] = (
    (r"civilians?|civil|гражданск\w*( лиц[оа])?|мирн\w* жител\w*|"
     r"քաղաքացիական( անձ| անձինք| անձիք)?|խաղաղ բնակիչ(ներ|ները)?|"
     r"m[üu]lki( [şs][əe]xs(l[əe]r)?)?|civile?s?", CaptiveCategory.CIVILIAN),
    (r"serviceman|servicemen|serviceman pow|soldiers?|military|pows?|prisoners? of war|"
     r"(пленн\w* )?военнослужащ\w*|военн\w*|военнопленн\w*|солдат(ы)?|"
     r"զինծառայող(ներ|ները)?|զինվոր(ներ|ները)?|ռազմագերի(ներ|ները)?|"
     r"h[əe]rbi qulluq[çc]u(lar)?|h[əe]rb[çc]i|h[əe]rbi [əe]sir|[əe]sg[əe]r|militaires?|"
     r"prisonni[eè]re?s? de guerre|soldats?",
     CaptiveCategory.SERVICEMAN),
    (r"former officials?|officials?|бывш\w* (чиновник\w*|должностн\w* лиц\w*)|чиновник(и)?|"
     r"должностн\w* лиц\w*|նախկին պաշտոնյա(ներ|ները)?|պաշտոնյա(ներ|ները)?|"
     r"(ke[çc]mi[şs] )?v[əe]zif[əe]li [şs][əe]xs|anciens? (hauts? )?(fonctionnaires?|responsables?)",
     CaptiveCategory.FORMER_OFFICIAL),
    (r"other|другое|иное|прочее|այլ", CaptiveCategory.OTHER),
)
SEX_WORDS: tuple[tuple[str, Sex], ...] = (
    (r"m|male|man|м|муж|мужской|мужчина|ա|ար|արական|տղամարդ|kişi|kisi|k|homme|masculin",
     Sex.MALE),
    (r"f|female|woman|ж|жен|женский|женщина|ի|իգ|իգական|կին|qadın|qadin|q|femme|f[ée]minin",
     Sex.FEMALE),
    (r"unknown|неизвестно|անհայտ", Sex.UNKNOWN),
)


def word_member(text: str, enum: type[E], words: tuple[tuple[str, E], ...],
                overrides: dict[str, str] | None = None) -> E | None:
    """The member of ``enum`` a normalised text names as a whole (:func:`parse_word`), or
    None."""
    if overrides and text in overrides:
        return enum(overrides[text])
    for member in enum:
        if text in (member.value, normalise(member.value)):
            return member
    for pattern, member in words:
        if re.fullmatch(pattern, text):
            return member
    return None


def parse_word(value: object, enum: type[E], words: tuple[tuple[str, E], ...],
               overrides: dict[str, str] | None = None) -> E:
    """The member of ``enum`` a cell names: its own value ("held"), a word of ``words``, or
    one the mapping adds (``overrides``: normalised word → value)."""
    text = normalise(clean_text(value))
    if not text:
        raise CellError(msg("is empty"))
    member = word_member(text, enum, words, overrides)
    if member is not None:
        return member
    raise UnknownWord(enum)


# ---- names ---------------------------------------------------------------------------------

_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def parse_name_details(value: object) -> tuple[tuple[NameKind, str], ...]:
    """The kind and language of each name of a row, in the order of its name columns:
    "native:hy; transliteration; alias:ru" (a kind without a language: none), as
    :func:`joined_name_details` writes them."""
    out = []
    for part in clean_text(value).split(";"):
        kind, _, language = part.strip().partition(":")
        try:
            member = NameKind(kind.strip().casefold())
        except ValueError:
            raise CellError(msg("names “{kind}”, which is not a kind of name ({kinds})",
                                kind=kind.strip(), kinds=", ".join(NameKind))) from None
        language = language.strip()
        if language and not _LANGUAGE.fullmatch(language):
            raise CellError(msg("names “{language}”, which is not a language code (hy, ru, en)",
                                language=language))
        out.append((member, language))
    return tuple(out)


def joined_name_details(names: list[tuple[NameKind | str, str]]) -> str:
    """The kinds and languages of names as one cell :func:`parse_name_details` reads."""
    return "; ".join(f"{NameKind(k).value}:{lang}" if lang else NameKind(k).value
                     for k, lang in names)


def join_name(given: str, patronymic: str, surname: str) -> str:
    """One full name from its parts, in the order the app writes names: given name,
    patronymic, surname ("Արտաշես Գագիկի Մկրտչյան")."""
    return " ".join(p for p in (given.strip(), patronymic.strip(), surname.strip()) if p)


# Latin and Cyrillic letters that look alike: a word typed in one alphabet with a few of the
# other's ("Иванoв" with a Latin o, from a keyboard switched mid-word or a copied register).
_LATIN_LIKE = dict(zip("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ", strict=True))
_CYRILLIC_LIKE = {v: k for k, v in _LATIN_LIKE.items()}
LOOKALIKES = frozenset(_LATIN_LIKE) | frozenset(_CYRILLIC_LIKE)  # letters of either alphabet


def _alphabet(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return "cyrillic" if name.startswith("CYRILLIC") else "latin" if name.startswith("LATIN") else ""


def lookalikes_fixed(text: str) -> tuple[str, str]:
    """``text`` with each word's letters of the other alphabet that look like its own
    written in its own (a word's alphabet is the one most of its letters are in; a word
    whose other letters are not all lookalikes is left as it is); and the letters changed
    ("o"), empty when none."""
    changed: list[str] = []

    def fixed(word: str) -> str:
        counts = {"cyrillic": 0, "latin": 0}
        for ch in word:
            kind = _alphabet(ch)
            if kind:
                counts[kind] += 1
        if not counts["cyrillic"] or not counts["latin"] or counts["cyrillic"] == counts["latin"]:
            return word
        table = _LATIN_LIKE if counts["cyrillic"] > counts["latin"] else _CYRILLIC_LIKE
        foreign = "latin" if table is _LATIN_LIKE else "cyrillic"
        if any(_alphabet(ch) == foreign and ch not in table for ch in word):
            return word
        changed.extend(ch for ch in word if ch in table)
        return "".join(table.get(ch, ch) for ch in word)

    out = re.sub(r"[^\W\d_]+", lambda m: fixed(m.group(0)), text)
    return out, "".join(dict.fromkeys(changed))


# An Armenian surname in Latin letters, as passports write it (Petrosyan, Ter-Petrosyan): six
# letters or more ending in -yan. (No given name ends so; -ian does: Christian, Julian.)
_ARMENIAN_SURNAME = re.compile(r"[A-Za-z][A-Za-z'-]{2,}yan", re.IGNORECASE)
_CAPITALS = re.compile(r"[A-Z][A-Z'-]*[A-Z]")


def surname_first(text: str) -> str | None:
    """A Latin name (plain A-Z letters, no comma) written surname first, turned round to
    "Given Patronymic Surname", the surname no longer in capitals; None when it is not one.

    Surname first is told by the surname in capitals before a given name that is not
    ("VARDANYAN Tigran", as passports and UN lists write it), or by an Armenian surname
    (-yan) first when no other word is one ("Petrosyan Aram", "PETROSYAN ARAM")."""
    if "," in text or not text.isascii():
        return None
    return _turned_round(text.split(), lambda w: _CAPITALS.fullmatch(w) is not None,
                         lambda w: _ARMENIAN_SURNAME.fullmatch(w) is not None, _unshouted)


def _turned_round(words: list[str], shouting: Callable[[str], bool],
                  a_surname: Callable[[str], bool], unshouted: Callable[[str], str]
                  ) -> str | None:
    """``words`` written surname first turned round to "Given Patronymic Surname": the
    surname told by being in capitals (``shouting``) before a given name that is not, or by
    its form (``a_surname``) in the first word when no other word has it; the words in
    capitals written in small letters after their first (``unshouted``). None when the name
    is not written surname first."""
    words, others = with_letters(words)  # a number left in the cell stays after the name
    if len(words) < 2:
        return None
    capitals = 0
    while capitals < len(words) and shouting(words[capitals]):
        capitals += 1
    if 0 < capitals < len(words):
        surname, given = words[:capitals], words[capitals:]
    elif a_surname(words[0]) and not any(a_surname(w) for w in words[1:]):
        surname, given = words[:1], words[1:]
        if capitals == len(words):  # all in capitals: the given names too
            given = [unshouted(w) for w in given]
    else:
        return None
    return " ".join([*given, *(unshouted(w) for w in surname), *others])


# An Azerbaijani Latin spelling's surname by its form (Qriqoryan, Vardanyan, Məmmədov, Əliyeva,
# Hüseynli, Quluzadə, Hacıoğlu), in a word of five letters or more (Əli, Vəli are given names);
# and the patronymic's particle, which is no surname ("Rasim qızı", "Karen oğlu").
_AZERBAIJANI_SURNAME = re.compile(r"(?:yan|ian|yants|ov|ova|ev|eva|yev|yeva|li|lı|lu|lü|"
                                  r"zadə|zade|oğlu|oglu)$")
_AZERBAIJANI_PARTICLE = frozenset({"oğlu", "oglu", "ogly", "qızı", "qizi", "gizi", "kizi"})


def _azerbaijani_lower(word: str) -> str:
    """A word in small letters as Azerbaijani writes them: İ is i, I is ı (Python's lower()
    makes İ an i with a dot above it and I an i)."""
    return word.replace("İ", "i").replace("I", "ı").lower()


def _an_azerbaijani_surname(word: str) -> bool:
    lower = _azerbaijani_lower(word)
    return (lower not in _AZERBAIJANI_PARTICLE and sum(ch.isalpha() for ch in lower) >= 5
            and _AZERBAIJANI_SURNAME.search(lower) is not None)


def azerbaijani_surname_first(text: str) -> str | None:
    """An Azerbaijani Latin spelling (the other side's lists: "Qriqoryan Anna", "Vardanyan
    Ruben Karen oğlu", "MƏMMƏDOVA Leyla") written surname first, turned round to "Given
    Patronymic Surname" as :func:`surname_first` turns a name in plain letters; None when it
    is not one. Surname first is told by the surname in capitals before a given name that is
    not, or by a first word of a surname's form (:data:`_AZERBAIJANI_SURNAME`) when no other
    word has one ("Anna Qriqoryan", "Leyla Rasim qızı Hüseynova" are kept as written)."""
    if "," in text or detect_script(text) is not Script.LATIN:
        return None
    return _turned_round(text.split(), lambda w: sum(ch.isalpha() for ch in w) > 1 and w.isupper(),
                         _an_azerbaijani_surname, _azerbaijani_unshouted)


def _azerbaijani_unshouted(word: str) -> str:
    """A word in capitals in Azerbaijani small letters after its first (QRİQORYAN: Qriqoryan)."""
    if not word.isupper():
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + _azerbaijani_lower(m.group(0)[1:]),
                  word)


def _unshouted(word: str) -> str:
    """A word in capitals in small letters after its first (TER-PETROSYAN: Ter-Petrosyan)."""
    if not word.isupper():
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)


def surname_unshouted(surname: str, given: str) -> str:
    """A surname written in capitals beside a given name that is not (French "NOM | Prénom",
    "ВАРДАНЯН | Тигран": the capitals mark the surname) in small letters after its first."""
    if given and not given.isupper() and surname.isupper():
        return " ".join(_unshouted(w) for w in surname.split())
    return surname


def full_name(text: str) -> str:
    """A full-name cell as a name: "Surname, Given Patronymic" (the comma of registers and
    lists) is turned round to "Given Patronymic Surname", the surname in small letters after
    its first where the capitals only mark it ("PETROSYAN, Aram"); spaces collapsed."""
    text = " ".join(text.split())
    if text.count(",") == 1:
        surname, given = (p.strip() for p in text.split(","))
        if surname and given:
            return f"{given} {surname_unshouted(surname, given)}"
    return text
