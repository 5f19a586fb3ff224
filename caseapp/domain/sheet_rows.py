"""A spreadsheet's rows read as captives: for each row, the values it gives each field and
the cells that cannot be read, with the reason (pure: no file, no database)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import NameKind, Script
from caseapp.domain.errors import CaseAppError
from caseapp.domain.messages import Message, msg, quoted_each, text_of
from caseapp.domain.name_display import language_written_in
from caseapp.domain.names import detect_script
from caseapp.domain.sheet_cells import StatusOn, read_cell
from caseapp.domain.sheet_columns import (
    FIELD_NAMES,
    FIELDS,
    Mapping,
    about_someone_else,
    auto_columns,
    azerbaijani_headers,
    column_letter,
)
from caseapp.domain.sheet_columns import header_row as header_row_of
from caseapp.domain.sheet_date_and_place import DATE_OF_PLACE, date_and_place, names_a_date
from caseapp.domain.sheet_date_orders import DATE_FIELDS, ColumnOrder, in_column_order
from caseapp.domain.sheet_header_rows import finished_below, header_with_groups, name_parts_below
from caseapp.domain.sheet_match import Person
from caseapp.domain.sheet_name_cells import (
    aliases_cut,
    given_first,
    lookalikes_fixed_in,
    remark_cut,
    same_words,
    title_cut,
    without_surname,
)
from caseapp.domain.sheet_others import beside_someone_else, table_beside, under_someone_else
from caseapp.domain.sheet_others import shortened as _short
from caseapp.domain.sheet_part_titles import FromTitle, Parts
from caseapp.domain.sheet_tables import other_tables, repeated_headers
from caseapp.domain.sheet_title_rows import NotAPerson, lone_title_word, title_row, total_row
from caseapp.domain.sheet_values import (
    CellError,
    UnknownWord,
    ValueNames,
    clean_text,
    join_name,
    says_unknown,
    surname_unshouted,
    value_code,
)


def _language(name: str, script: Script, azerbaijani_sheet: bool) -> str:
    """The language a name read from a sheet is tagged with: the one its letters tell
    (:func:`language_written_in`), and for a Latin name Azerbaijani when the sheet is in
    Azerbaijani too (an Azerbaijani spelling is never the captive's passport spelling)."""
    if script is Script.LATIN and azerbaijani_sheet:
        return "az"
    return language_written_in(name)
# The widest a text field may be (the case file's column widths); longer is a cell error.
_WORD_FIELDS = frozenset({"status", "category", "sex"})
TEXT_LIMITS = {"name": 300, "birth_place": 200, "citizenship": 100, "capture_place": 200,
               "capturing_authority": 200, "place": 300, "tags": 100}


@dataclass(frozen=True, slots=True)
class CellProblem:
    """A cell that cannot be read, or is read with a caveat (``warning``)."""

    row: int  # 1-based, as the spreadsheet numbers it
    column: str  # A, B, …
    header: str
    field: str
    value: str
    reason: str  # the end of a sentence whose subject is the cell ("is not a date"), in the
    # language messages were shown in when the sheet was read
    warning: bool = False

    @property
    def reason_alone(self) -> str:
        """The reason with no value before it (a JSON field, a row's own problem): Russian
        joins a noun predicate to the value with a dash («x» — не дата), which has nothing to
        join when the value is not written before it."""
        return self.reason.removeprefix("— ")

    def detail(self) -> Message | str:
        """What is wrong without where: the value read and the reason."""
        if self.value:
            return msg("“{value}” {reason}", value=_short(self.value), reason=self.reason)
        return self.reason_alone

    def message(self) -> Message:
        """The problem as one sentence: where, the value, and what is wrong with it."""
        if not self.column:
            where = msg("row {row}", row=self.row)
        elif self.header.strip():
            where = msg("row {row}, column {column} ({header})", row=self.row,
                        column=self.column, header=_short(self.header))
        else:
            where = msg("row {row}, column {column}", row=self.row, column=self.column)
        if self.value:
            return msg("{where}: “{value}” {reason}", where=where, value=_short(self.value),
                       reason=self.reason)
        return msg("{where}: {reason}", where=where, reason=self.reason_alone)

    def __str__(self) -> str:
        return str(self.message())


@dataclass(frozen=True, slots=True)
class RowValues:
    """What one row says about one person, read into the app's values."""

    row: int
    names: tuple[tuple[str, str], ...] = ()  # (full name, language) in column order
    values: dict[str, Any] = field(default_factory=dict)  # field → value (dates as PartialDate)
    notes: tuple[str | Message, ...] = ()  # the sheet's text; CaseApp's own as a message
    tags: tuple[str, ...] = ()
    problems: tuple[CellProblem, ...] = ()
    # The title of the list's part the row's category or status was taken from
    # ("Военнослужащие", "Освобождены" above it), when the row gives none itself.
    from_title: FromTitle | None = None
    # A row that is no person (a part's title, a total): what it was read as. It is listed,
    # never imported, and no error.
    not_a_person: NotAPerson | None = None

    @property
    def errors(self) -> tuple[CellProblem, ...]:
        return tuple(p for p in self.problems if not p.warning)

    @property
    def person(self) -> Person:
        return Person(tuple(n for n, _ in self.names), self.values.get("birth"),
                      self.values.get("capture"))


@dataclass(frozen=True)
class SheetLayout:
    header_index: int  # 0-based index of the header row in the sheet's rows
    headers: tuple[str, ...]
    columns: dict[int, str]  # column index → field
    # Columns left unmapped because a label over them in the row above is about someone
    # else ("Мать" over "ФИО", "Дата рождения"): column index → that label.
    others: dict[int, str] = field(default_factory=dict)
    # Columns left unmapped because they follow a column about someone else ("ФИО матери",
    # then "Дата рождения") and another column names their field: index → that header.
    beside: dict[int, str] = field(default_factory=dict)
    # The first column of a second table beside the list (after an empty column): it and
    # the columns right of it are not mapped.
    table_beside: int | None = None
    # A header over two rows (sheet_header_rows): the first row's headers alone (or, for
    # group labels above the header's row, that row's: what the preview says is read
    # otherwise); the row below the header is then no data.
    top_headers: tuple[str, ...] | None = None
    # The date columns whose cells prove them written month first, or both ways
    # (sheet_date_orders.column_orders, set once the rows are read): index → order.
    date_orders: dict[int, ColumnOrder] = field(default_factory=dict)


def header_text(cell: object) -> str:
    """A header cell's text (cut short when it cannot be read as text)."""
    try:
        return clean_text(cell)
    except CellError:
        return str(cell)[:60]


def layout(rows: Sequence[Sequence[object]], mapping: Mapping | None, *,
           header_row: int | None = None) -> SheetLayout:
    """Where the header is and which column holds what: the mapping's (or the given) header
    row, else the detected one; the mapping's columns, else those the headers name."""
    texts = [[header_text(c) for c in r] for r in rows[:50]]
    wanted = header_row or (mapping.header_row if mapping else None)
    if wanted is not None:
        if not 1 <= wanted <= max(1, len(rows)):
            raise ValueError(msg("the header row {row} is beyond the sheet's last row ({last})",
                                 row=wanted, last=len(rows)))
        index = wanted - 1
    else:
        index = header_row_of(texts)
    headers = tuple(header_text(c) for c in rows[index]) if rows else ()
    if wanted is None and index and name_parts_below(
            [header_text(c) for c in rows[index - 1]], rows[index]):  # "ФИО" merged above
        index -= 1  # "Фамилия | Имя | Отчество": the header begins a row higher
        headers = tuple(header_text(c) for c in rows[index])
    finished = finished_below(rows, index, headers)
    if finished is None:  # "Задержание" merged over "Дата | Место"
        finished, index, headers = header_with_groups(rows, index, headers,
                                                       upward=wanted is None)
    top = headers
    headers = finished or headers
    if mapping is not None and mapping.columns:
        columns = mapping.resolve(headers)
        missing = [k for k in mapping.columns if k not in {headers[i] for i in columns}
                   and k not in {column_letter(i) for i in columns}]
        if missing and not columns:
            raise ValueError(msg("none of the mapping's columns is in the sheet (it names "
                                 "{columns})", columns=quoted_each(missing[:3])))
        others: dict[int, str] = {}
        beside: dict[int, str] = {}
        apart = None
    else:
        apart = table_beside(headers)
        own = headers[:apart] if apart is not None else headers
        above = [header_text(c) for c in rows[index - 1]] if index else []
        others = under_someone_else(above, len(own))
        beside = beside_someone_else(tuple("" if i in others else h for i, h in enumerate(own)))
        columns = auto_columns(tuple("" if i in others or i in beside else h
                                     for i, h in enumerate(own)))
    return SheetLayout(index, headers, columns, others, beside, apart,
                       top if finished else None)


def read_rows(rows: Sequence[Sequence[object]], lay: SheetLayout, mapping: Mapping | None,
              words: dict[str, dict[str, str]] | None = None,
              value_names: ValueNames = value_code
              ) -> tuple[list[RowValues], int, list[int]]:
    """Each data row below the header read into values; how many empty rows there were; and
    the numbers of the rows with nothing in the columns read but text in another (not empty:
    a column the lawyer may have forgotten to choose).
    ``words`` (field → normalised word → value: the words the app itself writes, given by
    the caller) are read before the importer's own; the mapping's words win over both.
    ``value_names`` says a value in the problems (a status read, the values a word is not)."""
    overrides = {f: {**(words or {}).get(f, {}), **(mapping.overrides(f) if mapping else {})}
                 for f in ("status", "category", "sex")}
    out: list[RowValues] = []
    empty = 0
    unchosen: list[int] = []
    others = other_tables(rows, lay.header_index)
    repeated = set(repeated_headers(rows, lay.header_index))
    parts = Parts()
    for index in range(lay.header_index + 1, len(rows)):
        row = rows[index]
        if index in repeated:
            continue
        cells = {i: row[i] for i in lay.columns if i < len(row) and row[i] not in (None, "")}
        if not cells or all(isinstance(v, str) and not v.strip() for v in cells.values()):
            if index in others and any(header_text(c) for c in row):
                out.append(_no_person(index + 1, row, others[index]))
            elif (found := title_row(row, {}, lay.columns, overrides)) is not None:
                parts.titled(index + 1, found.cell, found.title, overrides)
                out.append(RowValues(index + 1, not_a_person=found))
            elif any(header_text(c) for i, c in enumerate(row) if i not in lay.columns):
                unchosen.append(index + 1)
            else:
                empty += 1
            continue
        if index in others:
            parts.ended()
            out.append(_no_person(index + 1, row, others[index]))
            continue
        found = total_row(row, cells, lay.columns) or title_row(row, cells, lay.columns,
                                                                 overrides)
        if found is not None:
            if found.title:
                parts.titled(index + 1, found.cell, found.title, overrides)
            else:
                parts.ended()
            out.append(RowValues(index + 1, not_a_person=found))
            continue
        read = read_row(index + 1, cells, lay, overrides, value_names)
        title = [v for i, v in cells.items() if lay.columns[i] == "name"]
        alone = header_text(title[0]) if len(cells) == 1 and title else ""
        if len(cells) == 1 and (read.errors or len(alone.split()) == 1):
            # a title of no category ("2021", "Степанакерт", "Список"; a one-word name
            # alone on its row is read as a person still): the rows below are in no part
            parts.ended()
            if alone and lone_title_word(alone, overrides):
                read = _maybe_a_title(read, lay, title_column=next(iter(cells)))
        else:
            read = _with_title_value(read, parts)
        out.append(read)
    return out, empty, unchosen


def _with_title_value(read: RowValues, parts: Parts) -> RowValues:
    """The row with the category or status of its part's title, when it gives none
    itself."""
    source = parts.given(read.values, {p.field for p in read.errors})
    if source is None:
        return read
    return replace(read, values={**read.values, source.field: source.value}, from_title=source)


def _maybe_a_title(read: RowValues, lay: SheetLayout, title_column: int) -> RowValues:
    """A one-word name that is a word of a status or a category too ("Ազատ", "Free"): read
    as a person, with a warning that shows it."""
    header = lay.headers[title_column] if title_column < len(lay.headers) else ""
    name = read.names[0][0] if read.names else ""
    return replace(read, problems=(*read.problems, CellProblem(
        read.row, column_letter(title_column), header, "name", name, text_of(msg(
            "is read as a person's name, though it is a word of a status or a category too: "
            "check that it is a person and not the title of a part of the list")),
        warning=True)))


def _no_person(number: int, row: Sequence[object], reason: Message) -> RowValues:
    """A row of another table below the list (its header, its title, its rows), as an error
    of the row: that table is to be imported on its own."""
    text = " | ".join(t for t in (header_text(c) for c in row) if t)
    return RowValues(number, problems=(CellProblem(number, "", "", "name", text,
                                                   text_of(reason)),))


def read_row(number: int, cells: dict[int, object], lay: SheetLayout,
             overrides: dict[str, dict[str, str]],
             value_names: ValueNames = value_code) -> RowValues:
    problems: list[CellProblem] = []
    values: dict[str, Any] = {}
    names: list[tuple[str, str]] = []
    parts: dict[Script, dict[str, list[str]]] = {}
    notes: list[str] = []
    tags: list[str] = []
    aliases: list[str] = []
    status_day, status_cell = None, ""
    azerbaijani = azerbaijani_headers(tuple(lay.headers))

    def problem(i: int, name: str, raw: object, reason: str | Message,
                warning: bool = False) -> None:
        header = lay.headers[i] if i < len(lay.headers) else ""
        problems.append(CellProblem(number, column_letter(i), header, name, str(raw),
                                    text_of(reason), warning))

    for i in sorted(cells):
        name, raw = lay.columns[i], cells[i]
        unknown = says_unknown(raw)  # "н/д", "?", "—": as an empty cell, unless a word
        if unknown and name not in _WORD_FIELDS:  # field reads it ("неизвестно" for sex)
            continue
        known_as: list[str] = []
        try:
            if name == "name":  # "Aram Petrosyan aka Aro": "Aro" is a name of his too
                cell, known_as = aliases_cut(clean_text(raw))
            value, caveat, keep = read_cell(name, cell if known_as else raw, overrides,
                                             value_names)
            if name in DATE_FIELDS and i in lay.date_orders:  # 04/05/1990 in a US column
                value, _ = in_column_order(raw, value, lay.date_orders[i])
        except CellError as exc:
            if not unknown:
                problem(i, name, raw, exc.reason(value_names) if isinstance(exc, UnknownWord)
                        else exc.args[0] if exc.args else str(exc))
            continue
        except (ValueError, CaseAppError) as exc:  # any other: the cell's error, never the sheet's
            problem(i, name, raw, exc.message if isinstance(exc, CaseAppError) else str(exc))
            continue
        if isinstance(value, StatusOn):  # the day after the status: its day, unless the
            value, status_day = value  # row's own column of that day gives another
            status_cell = f"{lay.headers[i] if i < len(lay.headers) else FIELDS[name]}: " \
                f"{clean_text(raw)}"
        if known_as:
            problem(i, name, raw, msg("says the captive is also known as {names}: read as "
                                      "another name of theirs", names=quoted_each(known_as)),
                    warning=True)
            aliases.extend(known_as)
        if caveat is not None:
            problem(i, name, raw, caveat, warning=True)
            if keep:  # what the value read leaves out ("на 15 лет", "весна"): kept to read
                header = lay.headers[i] if i < len(lay.headers) else ""
                notes.append(f"{header or FIELDS[name]}: {clean_text(raw)}")
        if value in (None, ""):
            continue
        if name in DATE_OF_PLACE and DATE_OF_PLACE[name] not in lay.columns.values() and (
                i < len(lay.headers) and names_a_date(lay.headers[i])):
            try:
                both = date_and_place(value)  # "12.04.1976, г. Степанакерт"
            except CellError as exc:  # digits that are no date ("1987-1988"): never a place
                problem(i, name, raw, exc.args[0] if exc.args else str(exc))
                continue
            if both is not None:
                problem(i, name, raw, both.said, warning=True)
                if both.caveat is not None:
                    problem(i, name, raw, both.caveat, warning=True)
                if both.keep:
                    notes.append(f"{lay.headers[i]}: {clean_text(raw)}")
                values.setdefault(DATE_OF_PLACE[name], both.day)
                value = both.place
                if not value:  # a date alone ("13.12.1990")
                    continue
        if name in ("name", "given_name", "patronymic", "surname"):
            value, remarked = remark_cut(value)
            if remarked:  # "Петросян Арам (брат Карена)": the remark kept in the notes
                problem(i, name, raw, msg("holds a remark in brackets after the name: the name "
                                          "read without it, and the cell kept in the "
                                          "captive's notes"), warning=True)
                header = lay.headers[i] if i < len(lay.headers) else ""
                notes.append(f"{header or FIELDS[name]}: {clean_text(raw)}")
            value, title = title_cut(value) if name == "name" else (value, "")
            if title:  # "Mr. Vahe Sargsyan": the form of address kept in the notes
                problem(i, name, raw, msg("begins with a form of address or a title (“{title}”): "
                                          "the name read without it, and the cell kept in the "
                                          "captive's notes", title=title), warning=True)
                if not remarked:
                    header = lay.headers[i] if i < len(lay.headers) else ""
                    notes.append(f"{header or FIELDS[name]}: {clean_text(raw)}")
            value, said = lookalikes_fixed_in(value)
            for reason in said:
                problem(i, name, raw, reason, warning=True)
        limit = TEXT_LIMITS.get(name)
        longest = max(value, key=len, default="") if isinstance(value, list) else value
        if limit and isinstance(longest, str) and len(longest) > limit:
            problem(i, name, raw, msg("is longer than the {limit} characters a {field} may have",
                                      limit=limit, field=FIELD_NAMES[name]))
            continue
        if name == "name":  # "VARDANYAN Tigran", "Qriqoryan Anna": the name given first
            value, turned = given_first(value, azerbaijani)
            if turned is not None:
                problem(i, name, raw, turned, warning=True)
        if name == "name" and isinstance(value, list):
            problem(i, name, raw, msg("holds the name in more than one alphabet: read as a "
                                      "spelling in each, {names}", names=quoted_each(value)),
                    warning=True)
            names.extend((v, _language(v, detect_script(v), azerbaijani)) for v in value)
        elif name == "name":
            names.append((value, _language(value, detect_script(value), azerbaijani)))
        elif name in ("given_name", "patronymic", "surname"):
            parts.setdefault(detect_script(value), {}).setdefault(name, []).append(value)
        elif name == "notes" and i < len(lay.headers) and about_someone_else(lay.headers[i]):
            notes.append(f"{' '.join(lay.headers[i].split())}: {value}")  # (about the relatives)
        elif name == "notes":
            notes.append(value)
        elif name == "tags":
            tags.extend(value)
        elif name in values:
            problem(i, name, raw, msg("is a second {field}; the first is kept",
                                      field=FIELD_NAMES[name]), warning=True)
        else:
            values[name] = value
    for script, p in parts.items():
        surname = " ".join(p.get("surname", []))
        given = without_surname(" ".join(p.get("given_name", [])), surname)
        joined = join_name(given, " ".join(p.get("patronymic", [])),
                           surname_unshouted(surname, given))
        if len(joined) > TEXT_LIMITS["name"]:
            problems.append(CellProblem(number, "", "", "name", joined, str(msg(
                "is longer than the {limit} characters a name may have",
                limit=TEXT_LIMITS["name"]))))
        elif joined and not any(same_words(joined, n) for n, _ in names):
            # (a full-name column beside the parts' columns: "Григорян Айк" and "Айк" +
            # "Григорян" are one spelling, not two)
            names.append((joined, _language(joined, script, azerbaijani)))
    if status_day is not None and values.get("status_since", status_day) != status_day:
        notes.append(status_cell)
    elif status_day is not None:
        values["status_since"] = status_day
    if aliases:  # after the spellings, each an alias (a row's own name kinds say otherwise)
        names.extend((a, _language(a, detect_script(a), azerbaijani)) for a in aliases)
        values.setdefault("name_details", tuple(
            (NameKind.ALIAS if n in aliases else NameKind.NATIVE, language)
            for n, language in dict.fromkeys(names)))
    if not names and not any(p.field in ("name", "given_name", "surname", "patronymic")
                             for p in problems):
        problems.append(CellProblem(number, "", "", "name", "", str(msg(
            "has no name: every row needs one (a full name, or a given name and a surname)"))))
    return RowValues(number, tuple(dict.fromkeys(names)), values, tuple(notes), tuple(tags),
                     tuple(problems))


def describe(values: RowValues) -> dict[str, str]:
    """The row's values as text, field by field (for the preview)."""
    out: dict[str, str] = {}
    if values.names:
        out["name"] = " / ".join(n for n, _ in values.names)
    for key, value in values.values.items():
        out[key] = value.iso() if isinstance(value, PartialDate) else str(getattr(value, "value", value))
    if values.tags:
        out["tags"] = ", ".join(values.tags)
    if values.notes:
        out["notes"] = " · ".join(_short(text_of(n), 60) for n in values.notes)
    return out
