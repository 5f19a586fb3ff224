"""Which column of a spreadsheet holds what: the fields a row can fill, the header words
that name them in English, Russian and Armenian (and in Azerbaijani, the language of the other
side's lists), the header row, and the mapping a lawyer edits and saves (as TOML) for the next
spreadsheet of the same kind.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import tomli_w

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, Sex
from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_header_words import place_meant
from caseapp.domain.sheet_proceedings import about_proceedings
from caseapp.domain.sheet_values import normalise

# The fields, in the order the wizard offers them. Several columns may fill "name" (one
# spelling each); given name, patronymic and surname are joined into one name per script.
FIELDS: dict[str, str] = {
    "name": "Full name",
    "given_name": "Given name",
    "patronymic": "Patronymic",
    "surname": "Surname",
    "name_details": "Name kinds and languages",
    "sex": "Sex",
    "birth": "Date of birth",
    "birth_place": "Place of birth",
    "citizenship": "Citizenship",
    "capture": "Date of capture",
    "capture_place": "Place of capture",
    "capturing_authority": "Captured by",
    "status": "Status",
    "status_since": "Status since",
    "category": "Category",
    "place": "Place of detention",
    "notes": "Notes",
    "tags": "Tags",
}
# The same fields as a message names them, in the middle of a sentence ("a second date of
# birth; the first is kept").
FIELD_NAMES: dict[str, Message] = {
    "name": msg("full name"),
    "given_name": msg("given name"),
    "patronymic": msg("patronymic"),
    "surname": msg("surname"),
    "name_details": msg("name kinds and languages"),
    "sex": msg("sex"),
    "birth": msg("date of birth"),
    "birth_place": msg("place of birth"),
    "citizenship": msg("citizenship"),
    "capture": msg("date of capture"),
    "capture_place": msg("place of capture"),
    "capturing_authority": msg("captured by"),
    "status": msg("status"),
    "status_since": msg("status since"),
    "category": msg("category"),
    "place": msg("place of detention"),
    "notes": msg("notes"),
    "tags": msg("tags"),
}
_WORD_FIELDS = {"status": [m.value for m in CaptiveStatus.choices()],
                "category": [m.value for m in CaptiveCategory.choices()],
                "sex": [m.value for m in Sex]}
REPEATABLE = frozenset({"name", "given_name", "patronymic", "surname", "notes", "tags"})

# A surname's header, and the words that beside it make a full name's ("Surname, name").
_NAME_WORD = {"name", "names", "имя", "անուն", "nom", "prénom", "ad", "adı", "adi"}
_SURNAME = re.compile(r"surname|last name|family name|фамилия|ազգանուն|nom de famille|soyad[ıi]?")

# Header words per field, matched against the normalised header: the whole header first, then
# any run of its words ("Дата рождения (д.м.г.)"). Tried in order: specific first ("место
# рождения" before "рождения").
_HEADERS: tuple[tuple[str, str], ...] = (
    ("birth_place", r"place of birth|birth ?place|место рожд\w*|ծննդավայր\w*|ծննդյան վայր\w*|"
                    r"lieu de naissance"),
    ("birth", r"(date of )?birth( date)?|dob|born|(дата|год|г) рождения|родил\w*|"
              r"ծննդյան (ամսաթիվ|տարեթիվ|օր)\w*|ծննդ\w*|ծնվ\w*|ծնունդ|ծ թ|"
              r"d o b|date of b|yob|рожд\w*|г р|д р|date de naissance|née? le"),
    ("capture_place", r"place of (capture|detention at capture|arrest)|captured (at|in)|"
                      r"место (плен|зад|задерж|захв|арест)\w*|(գերեվարման|ձերբակալման) վայր\w*|"
                      r"lieu de (la )?capture|lieu d arrestation"),
    ("capturing_authority", r"captured by|detaining authority|кем (задержан|пленен)\w*|"
                            r"ով է գերեվարել|capturée? par|autorité ayant procédé à la capture"),
    ("capture", r"(date of )?(capture|arrest|detention)( date)?|captured( on)?|detained( on)?|"
                r"(дата )?(пленения|задерж\w*|захв\w*|арест\w*)|(дата|когда) (задержан|пленен)\w*|"
                r"дата (плен|зад)\w*|взят\w* в плен|(когда |дата )?(попал|попадани)\w* в плен|"
                r"(գերեվ|ձերբակալ|կալանավոր)\w* (ամսաթիվ|օր|ա թ)\w*|գերեվարվ\w*|գերեվարում|ձերբակալում|"
                r"date de (la )?capture|date d arrestation|capturée? le"),
    ("place", r"place of detention|(detention )?facility|held (at|in)|prison|where held|"
              r"место (сод|содерж|заключ|нахожд)\w*|где содерж\w*|учреждение|тюрьма|"
              r"պահ(ման|վելու) վայր\w*|կալանավայր\w*|բանտ\w*|lieu de détention|établissement"),
    ("patronymic", r"patronymic|father s name|middle name|отчество|հայրանուն\w*"),
    ("surname", _SURNAME.pattern),
    ("given_name", r"given name|first name|forename|имя|անուն|prénom"),
    ("name", r"(full )?name( and surname)?|names?|person|фио|ф и о|имя фамилия|фамилия и о|"
             r"фамилия имя( отчество)?|полное имя|անուն ազգանուն( հայրանուն)?|"
             r"ազգանուն անուն( հայրանուն)?|անուն հայրանուն ազգանուն|"
             # the status report's column of the Latin spelling (text:latin)
             r"latin spelling|латиницей|լատինատառ|"
             # French (the status report's columns « Nom », « Graphie latine »)
             r"nom( complet)?|noms|nom et prénom|nom prénom|graphie latine"),
    ("name_details", r"name (kinds|details)( and languages)?"),
    ("status_since", r"status since|status date|дата (изменения )?статуса|статус с|"
                     r"կարգավիճակի ամսաթիվ|situation depuis"),
    ("sex", r"sex|gender|пол|սեռ|sexe"),
    ("citizenship", r"citizenship|nationality|гражд\w*|гр во|քաղաքացիություն|nationalité"),
    ("status", r"status|current status|статус|положение|կարգավիճակ\w*|situation|statut"),
    ("category", r"category|type|категория|կատեգորիա\w*|catégorie"),
    ("notes", r"notes?|comments?|remarks?|примеч\w*|прим|комментари\w*|заметки|"
              r"(additional|other|more) info\w*|(доп\w*|ин\w*|прочая) (информаци\w*|сведени\w*)|"
              r"նշում\w*|մեկնաբանություն\w*|(լրացուցիչ|այլ) տեղեկ\w*|remarques?|commentaires?"),
    ("tags", r"tags?|labels?|теги|метки|պիտակ\w*|étiquettes?"),
)
# A header about someone else (a relative, the lawyer, a contact: "Mother's name", "ФИО
# родственника", "Հարազատի անուն ազգանուն") names none of the captive's fields, whatever other
# words it has; matched against each of its words. ("Father's name" alone is the patronymic.)
_OTHER_PERSON = re.compile(
    r"mother|father|parents?|relatives?|relation|kin|wife|husband|spouse|brothers?|sisters?|"
    r"sons?|daughters?|lawyers?|attorney|counsel|advocate|contacts?|guardian|"
    r"родственни\w*|родны\w*|мать|матери|отец|отца|жена|жены|мужа|супруг\w*|брат\w*|"
    r"сестр\w*|сын\w*|доч\w*|адвокат\w*|защитник\w*|контакт\w*|представител\w*|"
    r"հարազատ\w*|մայր\w*|մոր|հայր|հոր|կնոջ|ամուսն\w*|եղբայր\w*|եղբոր|քույր\w*|քրոջ|"
    r"որդի\w*|դուստր\w*|դստեր|փաստաբան\w*|պաշտպան\w*|կոնտակտ\w*|ծնող\w*|ներկայացուցիչ\w*|"
    r"mère|père|frères?|sœurs?|soeurs?|fils|filles?|épou\w*|mari|conjoint\w*|avocat\w*|"
    r"proches?|représentant\w*|"
    # Azerbaijani (not "ata", "atasının": the father's name is the patronymic, "ata adı")
    r"ana|anas[ıi]|anas[ıi]n[ıi]n|qohum\w*|valideyn\w*|h[əe]yat|yolda[şs][ıi]|qarda[şs]\w*|"
    r"bac[ıi]s[ıi]\w*|[əe]ri|arvad\w*|[öo]vlad\w*|v[əe]kil\w*|m[üu]dafi[əe][çc]i\w*|"
    r"n[üu]may[əe]nd[əe]\w*")
_AZERBAIJANI_PATRONYMIC = r"atas[ıi]n[ıi]n ad[ıi]|ata ad[ıi]"  # the father's name
_PATRONYMIC = re.compile(rf"father s name|{_AZERBAIJANI_PATRONYMIC}")
# Headers of more than one field part (Фамилия, имя, отчество) name a full name.
_FULL_NAME_PARTS = {"given_name", "surname", "patronymic"}
# Azerbaijani header words, tried with each field's others. Matched after normalise(), which
# folds a capital I to i (not ı) and a capital İ to i: "SOYADI", "DOĞUM TARİXİ".
_AZERBAIJANI_HEADERS: dict[str, str] = {
    "birth_place": r"do[ğg]um yeri|do[ğg]uldu[ğg]u yer|anadan oldu[ğg]u yer",
    "birth": r"do[ğg]um tarixi|do[ğg]uldu[ğg]u tarix|anadan oldu[ğg]u tarix|do[ğg]um ili|"
             r"t[əe]v[əe]ll[üu]d[üu]?|do[ğg]um",
    "capture_place": r"tutuldu[ğg]u yer|[əe]sir g[öo]t[üu]r[üu]ld[üu]y[üu] yer|"
                     r"[əe]sir g[öo]t[üu]r[üu]lm[əe] yeri",
    "capturing_authority": r"kim t[əe]r[əe]find[əe]n (saxlan[ıi]l[ıi]b|tutulub|h[əe]bs edilib)",
    "capture": r"h[əe]bs tarixi|h[əe]bs (edildiyi|olundu[ğg]u) tarix|tutulma tarixi|"
               r"tutuldu[ğg]u tarix|saxlan[ıi]lma tarixi|saxlan[ıi]ld[ıi][ğg][ıi] tarix|"
               r"[əe]sir g[öo]t[üu]r[üu]lm[əe] tarixi|[əe]sir g[öo]t[üu]r[üu]ld[üu]y[üu] tarix",
    "place": r"saxlan[ıi]ld[ıi][ğg][ıi] yer|saxlan[ıi]lma yeri|c[əe]za[çc][əe]km[əe] m[üu][əe]ssis[əe]si|"
             r"penitensiar m[üu][əe]ssis[əe]|m[üu][əe]ssis[əe]|h[əe]bsxana|t[əe]cridxana",
    "patronymic": _AZERBAIJANI_PATRONYMIC,
    "surname": r"soyad[ıi]?",
    "given_name": r"ad[ıi]?",
    "name": r"s a a|a s a|ad soyad|ad[ıi] soyad[ıi]|ad[ıi] v[əe] soyad[ıi]|soyad[ıi] ad[ıi]",
    "sex": r"cinsi?",
    "citizenship": r"v[əe]t[əe]nda[şs]l[ıi][ğg][ıi]|v[əe]t[əe]nda[şs]l[ıi]q",
    "status": r"statusu|h[üu]quqi statusu|v[əe]ziyy[əe]ti",
    "category": r"kateqoriya(s[ıi])?",
    "notes": r"qeyd|qeydl[əe]r|[əe]lav[əe] m[əe]lumat|[şs][əe]rh|izah",
}
_BASE = [(f, re.compile(p)) for f, p in _HEADERS]
_COMPILED = [(f, re.compile(f"{p}|{_AZERBAIJANI_HEADERS[f]}" if f in _AZERBAIJANI_HEADERS else p))
             for f, p in _HEADERS]


def field_for_header(header: str) -> str | None:
    """The field a header names, or None. A header naming the surname and the given name
    together ("Фамилия, имя, отчество", "Անուն Ազգանուն", "Soyadı, adı, atasının adı") names
    the full name."""
    return _field(header, _COMPILED)


def _field(header: str, compiled: list[tuple[str, re.Pattern[str]]]) -> str | None:
    text = normalise(header)
    if not text:
        return None
    if about_someone_else(header):
        # Notes about the relatives ("Примечание (родственники)", "Notes (relatives)",
        # "Նշումներ (հարազատներ)") are the captive's notes, kept with their header
        # (caseapp.domain.sheet_rows.read_row); anything else about someone else names
        # none of the captive's fields.
        return "notes" if any(_words_match(rx, text) for f, rx in compiled
                              if f == "notes") else None
    if _PATRONYMIC.fullmatch(text):
        return "patronymic"  # ("atasının adı": not a given name beside a patronymic)
    parts = {f for f, rx in compiled if f in _FULL_NAME_PARTS and _words_match(rx, text)}
    if len(parts) >= 2 and ("surname" in parts or "given_name" in parts):
        return "name"
    if "surname" in parts and _NAME_WORD & set(_SURNAME.sub(" ", text).split()):
        return "name"  # "Surname, name", "Name (surname first)"
    for name, rx in compiled:
        if rx.fullmatch(text):
            return name
    for name, rx in compiled:
        if _words_match(rx, text):
            if name in _PROCEEDINGS_HAVE_TOO and about_proceedings(text):
                return None  # "Статус жалобы в ЕСПЧ", "Case category": not the captive's
            return place_meant(name, text)  # "Capture place": not the date
    return None


# The fields an application, a case or a hearing has too (caseapp.domain.sheet_proceedings).
_PROCEEDINGS_HAVE_TOO = frozenset({"status", "status_since", "category"})


@lru_cache(maxsize=64)
def azerbaijani_headers(headers: tuple[str, ...]) -> bool:
    """Whether a sheet's headers are in Azerbaijani: one of them names a field only in its
    Azerbaijani words ("Soyadı, adı, atasının adı", "Doğum tarixi"). Its Latin names are
    then Azerbaijani spellings."""
    return any(_field(h, _COMPILED) is not None and _field(h, _BASE) is None for h in headers)


def whole_name_header(header: str) -> bool:
    """Whether the whole of a header names a name ("ФИО", "Фамилия", "Name", "Անուն
    Ազգանուն"), not merely has a word of one ("Имя неизвестно")."""
    text = normalise(header)
    return any(rx.fullmatch(text) for f, rx in _COMPILED if f in ("name", "given_name", "surname"))


def names_a_field(header: str) -> bool:
    """Whether the whole of a header names one of the captive's fields ("Status", "Дата
    рождения"), not merely has a word of one ("Имя неизвестно")."""
    text = normalise(header)
    return any(rx.fullmatch(text) for _, rx in _COMPILED)


def about_someone_else(header: str) -> bool:
    """Whether a header, or a label over several headers ("Мать" over "ФИО" and "Дата
    рождения"), is about someone other than the captive: a relative, the lawyer, a contact."""
    text = normalise(header)
    return (any(_OTHER_PERSON.fullmatch(w) for w in text.split())
            and not _PATRONYMIC.fullmatch(text))


def _words_match(rx: re.Pattern[str], text: str) -> bool:
    """Whether a run of whole words of ``text`` matches ``rx`` ("Дата рождения (д.м.г)")."""
    words = text.split()
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            if rx.fullmatch(" ".join(words[i:j])):
                return True
    return False


def header_row(rows: Sequence[Sequence[str]], *, scan: int = 20) -> int:
    """The index of the row most likely to be the header among the first ``scan``: the one
    whose cells name the most fields (the first such), a row naming a name before any that
    does not (the top row of a header over two rows, "ФИО | Дата" over "| рождения |
    задержания"), else the first row with any text."""
    best, best_score = -1, (False, 0)
    for i, row in enumerate(rows[:scan]):
        named = {f for f in (field_for_header(c) for c in row if c) if f}
        score = (bool(named & {"name", "given_name", "surname"}), len(named))
        if named and score > best_score:
            best, best_score = i, score
    if best >= 0:
        return best
    return next((i for i, row in enumerate(rows[:scan]) if any(c.strip() for c in row)), 0)


def auto_columns(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field, from the headers; a field that is not repeatable goes to its
    first column only."""
    out: dict[int, str] = {}
    taken: set[str] = set()
    for i, header in enumerate(headers):
        name = field_for_header(header)
        if name is None or (name in taken and name not in REPEATABLE):
            continue
        out[i] = name
        taken.add(name)
    if "given_name" in taken and "surname" not in taken:  # "Nom | Prénom", "Name | First name"
        bare = next((i for i, f in out.items() if f == "name"
                     and normalise(headers[i]) in _BARE_NAME_HEADERS), None)
        if bare is not None:  # the given name beside it: the bare "Name" is the surname
            out[bare] = "surname"
    elif "surname" in taken and "given_name" not in taken:  # "Surname | Name | Patronymic"
        bare = next((i for i, f in out.items() if f == "name"
                     and normalise(headers[i]) in _BARE_ENGLISH_NAME_HEADERS), None)
        if bare is not None:  # "Фамилия | Имя" in English: the bare "Name" is the given name
            out[bare] = "given_name"
    return out


# A header saying only "name" (not "full name", "ФИО"): beside a given name's column, the
# surname (as French "Nom" always is).
_BARE_NAME_HEADERS = frozenset({"name", "names", "nom", "noms", "nom usuel"})
# Beside a surname's column and no given name's, an English bare "Name" is the given name
# ("Surname | Name | Patronymic", "Фамилия | Имя | Отчество" translated word for word); a
# French "Nom" never is.
_BARE_ENGLISH_NAME_HEADERS = frozenset({"name", "names"})


def column_letter(index: int) -> str:
    """A, B, … Z, AA, AB … for a 0-based column index."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# ---- the mapping ---------------------------------------------------------------------------

THE_MAPPING = msg("the mapping")


@dataclass
class Mapping:
    """How to read one kind of spreadsheet. Columns are found by their header text (so a
    column moved keeps its field), else by letter ("C")."""

    name: str = ""
    sheet: str = ""  # "" → the first sheet
    header_row: int | None = None  # 1-based; None → detected
    columns: dict[str, str] = field(default_factory=dict)  # header text or letter → field
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field → word → value
    delimiter: str = ""  # CSV; "" → detected
    encoding: str = ""  # CSV; "" → detected

    def resolve(self, headers: Sequence[str]) -> dict[int, str]:
        """Column index → field for a sheet with these headers."""
        by_header = {normalise(h): i for i, h in reversed(list(enumerate(headers))) if h.strip()}
        out: dict[int, str] = {}
        for key, name in self.columns.items():
            index = by_header.get(normalise(key))
            if index is None and re.fullmatch(r"[A-Z]{1,3}", key):
                index = next((i for i in range(len(headers)) if column_letter(i) == key), None)
            if index is not None:
                out[index] = name
        return out

    def overrides(self, name: str) -> dict[str, str]:
        """The mapping's words for a field, normalised, and as typed too (a word with a
        question mark, "в плену?", which only the mapping may give a meaning)."""
        words = self.values.get(name, {})
        return {**{" ".join(k.casefold().split()): v for k, v in words.items()},
                **{normalise(k): v for k, v in words.items()}}

    def to_toml(self) -> str:
        data: dict[str, object] = {"name": self.name}
        if self.sheet:
            data["sheet"] = self.sheet
        if self.header_row is not None:
            data["header_row"] = self.header_row
        if self.delimiter or self.encoding:
            data["csv"] = {k: v for k, v in (("delimiter", self.delimiter),
                                             ("encoding", self.encoding)) if v}
        data["columns"] = dict(self.columns)
        if self.values:
            data["values"] = {k: dict(v) for k, v in self.values.items() if v}
        return tomli_w.dumps(data)

    @classmethod
    def from_toml(cls, text: str, *, where: str | Message = THE_MAPPING) -> Mapping:
        """Read a saved mapping; a mistake raises ValueError (its ``args[0]`` a message)
        naming it and where it is."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:  # its words are English: only where is kept
            at = re.search(r"line (\d+), column (\d+)", str(exc))
            raise ValueError(msg("{where} is not valid TOML (line {line}, column {column})",
                                 where=where, line=at[1], column=at[2]) if at else
                             msg("{where} is not valid TOML (it ends too soon)",
                                 where=where)) from None
        unknown = set(data) - {"name", "sheet", "header_row", "csv", "columns", "values"}
        if unknown:
            raise ValueError(msg("{where} has an unknown key “{key}”", where=where,
                                 key=sorted(unknown)[0]))
        columns = data.get("columns", {})
        if not isinstance(columns, dict) or not columns:
            raise ValueError(msg("{where} has no [columns] table saying which column holds what",
                                 where=where))
        for key, name in columns.items():
            if name not in FIELDS:
                raise ValueError(msg("{where}: column “{column}” is mapped to “{name}”, which is "
                                     "not a field (fields: {fields})", where=where, column=key,
                                     name=name, fields=", ".join(FIELDS)))
        row = data.get("header_row")
        if row is not None and (not isinstance(row, int) or isinstance(row, bool) or row < 1):
            raise ValueError(msg("{where}: header_row must be a row number (1 or more)",
                                 where=where))
        csv = data.get("csv", {})
        values = data.get("values", {})
        if not isinstance(csv, dict) or not isinstance(values, dict) or not all(
                isinstance(v, dict) for v in values.values()):
            raise ValueError(msg("{where}: [csv] and [values.FIELD] must be tables", where=where))
        for name, words in values.items():
            choices = _WORD_FIELDS.get(name)
            if choices is None:
                raise ValueError(msg("{where}: [values.{name}]: only status, category and sex "
                                     "take words", where=where, name=name))
            for word, value in words.items():
                if value not in choices:
                    raise ValueError(msg("{where}: [values.{name}] “{word}” = “{value}”, which "
                                         "is not one of: {choices}", where=where, name=name,
                                         word=word, value=value, choices=", ".join(choices)))
        return cls(name=str(data.get("name", "")), sheet=str(data.get("sheet", "")),
                   header_row=row, columns={str(k): str(v) for k, v in columns.items()},
                   values={k: {str(w): str(x) for w, x in v.items()} for k, v in values.items()},
                   delimiter=str(csv.get("delimiter", "")), encoding=str(csv.get("encoding", "")))
