"""The preview of a spreadsheet import: every row read, checked by the captives' own rules,
and compared with the captives already in the case file and with the rows above it.

Nothing is written here; :mod:`caseapp.services.sheet_import` writes what a preview shows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
from caseapp.domain.garbled_text import garbled, read_as_utf8
from caseapp.domain.messages import Message, Translated, msg, msg_n, quoted, quoted_each
from caseapp.domain.sheet_columns import Mapping, column_letter
from caseapp.domain.sheet_date_orders import column_orders, orders_said
from caseapp.domain.sheet_header_rows import header_over_two_rows
from caseapp.domain.sheet_nameless_tables import nameless_table, nameless_table_said
from caseapp.domain.sheet_notices import (
    header_repeated,
    slashed_dates_unproven,
    two_row_header,
)
from caseapp.domain.sheet_others import second_columns, someone_elses_columns, unheaded_columns
from caseapp.domain.sheet_part_titles import FromTitle, row_ranges
from caseapp.domain.sheet_rows import SheetLayout, layout, read_rows
from caseapp.domain.sheet_shape import counted_from_1904, filled_down, hidden_said, uncomputed_said
from caseapp.domain.sheet_styled_tables import styled_table, styled_table_said
from caseapp.services.base import ServiceContext
from caseapp.services.captives import CaptiveService
from caseapp.services.labels import value_label
from caseapp.services.sheet_app_words import app_words
from caseapp.services.sheet_encoding import CHOICES, ENCODINGS
from caseapp.services.sheet_preview_rows import RowPreview, check_and_match
from caseapp.services.sheet_read import SheetError, open_workbook, read_sheet


class SheetServices(Protocol):
    """What an import needs of the open case file (a :class:`~caseapp.services.casefile.CaseFile`)."""

    ctx: ServiceContext
    captives: CaptiveService
    detention_places: Any
    notes: Any
    deadline_engine: Any


@dataclass(frozen=True)
class SheetPreview:
    path: Path
    sha256: str
    kind: str  # csv, xlsx, ods
    sheet: str
    sheet_names: tuple[str, ...]
    encoding: str
    delimiter: str
    header_row: int  # 1-based
    headers: tuple[str, ...]
    columns: dict[int, str]
    rows: tuple[RowPreview, ...]
    empty_rows: int
    # What is said of the whole sheet or a column (a column of dates in two orders), in the
    # language messages were shown in when it was read.
    notices: tuple[str, ...] = ()
    # Rows (their numbers in the sheet) with nothing in the columns read, but text in another:
    # left out like empty rows, said apart (a column not chosen that should have been?).
    unchosen_rows: tuple[int, ...] = ()
    # The other encoding a CSV file reads in as well as in ``encoding`` (its code: "cp1252"),
    # when the one read in is not certain (``notices`` then begins with saying so); "" when
    # it is.
    encoding_other: str = ""

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def with_errors(self) -> tuple[RowPreview, ...]:
        return tuple(r for r in self.rows if r.errors)

    @property
    def with_duplicates(self) -> tuple[RowPreview, ...]:
        return tuple(r for r in self.rows if r.duplicates and not r.errors)

    @property
    def not_people(self) -> tuple[RowPreview, ...]:
        """The rows that are no person (parts' titles, totals): listed, never imported."""
        return tuple(r for r in self.rows if r.values.not_a_person is not None)

    def mapping(self, name: str = "") -> Mapping:
        """The mapping this preview used, to save for the next spreadsheet of its kind."""
        return Mapping(name=name, sheet=self.sheet if self.kind != "csv" else "",
                       header_row=self.header_row,
                       columns={self.headers[i] if i < len(self.headers) and self.headers[i]
                                else column_letter(i): f for i, f in sorted(self.columns.items())},
                       delimiter=self.delimiter, encoding=self.encoding)


def preview(services: SheetServices, path: Path | str, *, sheet: str = "",
            mapping: Mapping | None = None, header_row: int | None = None,
            encoding: str = "", delimiter: str = "", columns: dict[int, str] | None = None
            ) -> SheetPreview:
    """Read the file and say, row by row, what an import would create and what is wrong.

    ``mapping`` (a saved one) or ``columns`` (column index → field, as edited in the
    wizard) say which column holds what; without either, the headers do. Raises
    :class:`SheetError` when the file or the mapping cannot be used.
    """
    path = Path(path)
    book = open_workbook(path)
    if mapping is not None:
        sheet = sheet or mapping.sheet
        encoding = encoding or mapping.encoding
        delimiter = delimiter or mapping.delimiter
    data = read_sheet(path, sheet if book.kind != "csv" else "", encoding=encoding,
                      delimiter=delimiter)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    if not any(data.rows):  # (told apart from a sheet whose headers name no one)
        raise SheetError(msg("{name} is empty: there is nothing to import.", name=path.name)
                         if book.kind == "csv" else
                         msg("{name}: sheet “{sheet}” is empty: there is nothing to import; "
                             "its sheets: {sheets}.", name=path.name, sheet=data.name,
                             sheets=quoted_each(book.sheet_names)))
    try:
        lay = layout(data.rows, mapping, header_row=header_row)
    except ValueError as exc:
        raise SheetError(msg("{name}: {reason}.", name=path.name, reason=exc)) from None
    if columns is not None:
        lay = SheetLayout(lay.header_index, lay.headers, dict(columns), lay.others, lay.beside,
                          lay.table_beside, lay.top_headers)
    if not {"name", "given_name", "surname"} & set(lay.columns.values()):
        shown = [" ".join(h.split())[:40] for h in lay.headers[:8] if h.strip()]
        found = quoted_each(shown) if shown else msg("none")
        if book.kind == "csv" and (junk := _garbled_reading(data.rows, data.encoding)):
            raise SheetError(msg("{name}: no column holds a name (headers of row {row}: {found}); "
                                 "{garbled}", name=path.name, row=lay.header_index + 1,
                                 found=found, garbled=junk))
        raise SheetError(msg("{name}: no column holds a name (headers of row {row}: {found}); map one, or give the "
                             "header row.", name=path.name, row=lay.header_index + 1, found=found))
    cells, merged = filled_down(data.rows, data.shape.merged, lay.header_index, lay.headers)
    if lay.top_headers is not None:  # a header over two rows: its second row is no data
        below = lay.header_index + 1
        cells = (*cells[:below], (), *cells[below + 1:])
        merged.insert(0, header_over_two_rows(lay.header_index, lay.top_headers, lay.headers))
    if data.shape.dates_from_1904:
        cells, counted = counted_from_1904(cells, lay.header_index, lay.columns)
        merged += [counted] if counted else []
    table = nameless_table(cells, lay.header_index, lay.columns)
    styled = styled_table(cells, lay.header_index, lay.columns, data.shape.emphasised_rows)
    if styled is not None and (table is None or styled[0] < table[0]):
        merged.insert(0, styled_table_said(cells, *styled))  # a header told by its look
        cells = cells[:styled[0]]
    elif table is not None:  # a table below the list whose header names no one: the list ends
        merged.insert(0, nameless_table_said(cells, *table))
        cells = cells[:table[0]]
    merged += hidden_said(lay.header_index + 1, len(cells), data.shape.hidden_rows,
                          data.shape.hidden_columns, lay.columns, lay.headers)
    merged += uncomputed_said(lay.header_index + 1, data.shape.uncomputed, lay.columns,
                              lay.headers)
    # the app's own words read too; values named as the documents name them
    lay = replace(lay, date_orders=column_orders(cells, lay))  # a column's dates, one order
    values, empty, unchosen = read_rows(cells, lay, mapping, app_words(), value_label)
    if lay.top_headers is not None and values:  # (the header's second row, no empty row)
        empty = max(0, empty - 1)
    if not values and not unchosen:  # headers only (an export cut short): not "0 captives"
        raise SheetError(msg("{name}: no row under the header (row {row}) holds anything: "
                             "there is nothing to import.", name=path.name,
                             row=lay.header_index + 1))
    said = [m for m in (two_row_header(cells, lay), header_repeated(cells, lay),
                        unheaded_columns(cells, lay)) if m]
    said += [*merged, *orders_said(lay.date_orders), *slashed_dates_unproven(cells, lay)]
    # The cells are read: they are not held while the rows are checked and matched (the
    # sheet's text, its cells and the rows' values at once were the preview's peak).
    name, encoding, delim = data.name, data.encoding, data.delimiter
    other_encoding = data.encoding_other or ""
    # (first of all: how the whole file was read; the window and the command line say after it
    # how to read it in the other encoding)
    doubt = [_encoding_in_doubt(encoding, data.encoding_other)] if data.encoding_other else []
    if data.shape.sheet_hidden and sheet in ("", book.default_sheet):  # (not one asked for)
        said.insert(0, msg("sheet “{sheet}” is hidden in the workbook: it is read because it "
                           "lists people and no sheet shown does", sheet=name))
    if data.shape.other_lists and sheet in ("", book.default_sheet):
        others = data.shape.other_lists
        said.insert(0, msg_n(
            "only sheet “{sheet}” is read, and the workbook's sheet {sheets} lists people too: "
            "import it on its own, choosing its sheet",
            "only sheet “{sheet}” is read, and the workbook's sheets {sheets} list people too: "
            "import each on its own, choosing its sheet", len(others), sheet=name,
            sheets=quoted_each(others)))
    del data, cells
    with services.ctx.read() as s:
        rows = check_and_match(s, services.captives, values, lay)
    notices = [str(m) for m in (*doubt, *someone_elses_columns(lay), *second_columns(lay), *said,
                                *_from_titles(rows), *_defaulted(rows))]
    return SheetPreview(path, sha, book.kind, name, book.sheet_names, encoding,
                        delim, lay.header_index + 1, lay.headers, dict(lay.columns),
                        tuple(rows), empty, tuple(notices), tuple(unchosen), other_encoding)


def _garbled_reading(rows: Sequence[Sequence[object]], encoding: str) -> Message | None:
    """What to say when a CSV list's text, read in ``encoding``, looks garbled as a wrong
    encoding makes it (headers that name no column among it): the encodings to try."""
    texts = [c for row in rows[:30] for c in row if isinstance(c, str) and c.strip()]
    utf8 = read_as_utf8(encoding)
    if not texts or garbled(texts, utf8=utf8) is None:
        return None
    example = next((t for t in texts if garbled([t], utf8=utf8)), texts[0])
    return msg("its text looks garbled, as a wrong encoding makes it (“{example}”, read as "
               "{encoding}): read it in another of {choices}.", example=" ".join(example.split())[:40],
               encoding=ENCODINGS.get(encoding, encoding),
               choices=", ".join(c for c in CHOICES if c != encoding.removesuffix("-sig")))


def _encoding_in_doubt(chosen: str, other: str) -> Message:
    """What is said of a CSV file whose bytes read plausibly in two encodings."""
    return msg("The file's encoding is not certain: it was read as {chosen}, and it reads as "
               "{other} too. If the names look wrong, read it as {other}.",
               chosen=ENCODINGS.get(chosen, chosen), other=ENCODINGS.get(other, other))


def _from_titles(rows: list[RowPreview]) -> list[Message]:
    """What is said of each title that gives its category or status to the rows under it
    (for the lawyer to check): which rows, what value, and the title row it was read from;
    and, for a status, that it has no date."""
    taken: dict[FromTitle, list[int]] = {}
    undated: dict[FromTitle, bool] = {}
    for r in rows:
        source = r.values.from_title
        if source is not None and not r.errors:
            taken.setdefault(source, []).append(r.row)
            undated[source] = undated.get(source, False) or "status_since" not in r.values.values
    # (one sentence for one row, one for several: "rows 4–24" are several, whatever the
    # plural of 21 is)
    out: list[Message] = []
    for source, numbers in taken.items():
        one = len(numbers) == 1
        where: dict[str, Any] = {"rows": numbers[0] if one else row_ranges(numbers),
                                 "value": _quoted(source.value), "row": source.row,
                                 "title": source.title}
        if source.field == "category":
            out.append(msg("row {rows} takes the category {value} from the title row {row} "
                           "“{title}” (a row's own category column wins).", **where) if one else
                       msg("rows {rows} take the category {value} from the title row {row} "
                           "“{title}” (a row's own category column wins).", **where))
        elif undated[source]:
            out.append(msg("row {rows} takes the status {value} from the title row {row} "
                           "“{title}” (a row's own status column wins); the sheet gives no "
                           "date of it, and none is recorded.", **where) if one else
                       msg("rows {rows} take the status {value} from the title row {row} "
                           "“{title}” (a row's own status column wins); the sheet gives no "
                           "date of it, and none is recorded.", **where))
        else:
            out.append(msg("row {rows} takes the status {value} from the title row {row} "
                           "“{title}” (a row's own status column wins).", **where) if one else
                       msg("rows {rows} take the status {value} from the title row {row} "
                           "“{title}” (a row's own status column wins).", **where))
    return out


def _defaulted(rows: list[RowPreview]) -> list[Message]:
    """What is said of the rows that give no status or no category: the captive's defaults
    (missing; civilian) are recorded for them; and of those giving a status with no date of it
    (a title's status is said with its title, :func:`_from_titles`): none is recorded."""
    def lacking(name: str) -> int:
        return sum(1 for r in rows if not r.errors and r.values.not_a_person is None
                   and name not in r.values.values)

    out = []
    if count := lacking("status"):
        out.append(msg_n("{count} row gives no status: a captive created from it is recorded "
                         "as {value}.", "{count} rows give no status: captives created from "
                         "them are recorded as {value}.",
                         count, value=_quoted(CaptiveStatus.MISSING)))
    if count := sum(1 for r in rows if not r.errors and r.values.not_a_person is None
                    and "status" in r.values.values and "status_since" not in r.values.values
                    and (r.values.from_title is None or r.values.from_title.field != "status")):
        out.append(msg_n("{count} row gives a status but no date of it: the status is recorded "
                         "with no date, not as of the day of the import.", "{count} rows give a "
                         "status but no date of it: the status is recorded with no date, not as "
                         "of the day of the import.", count))
    if count := lacking("category"):
        out.append(msg_n("{count} row gives no category: a captive created from it is "
                         "recorded as {value}.", "{count} rows give no category: captives "
                         "created from them are recorded as {value}.",
                         count, value=_quoted(CaptiveCategory.CIVILIAN)))
    return out


def _quoted(value: object) -> Translated:
    """A stored value's name, in each language's quotation marks, for the middle of a
    sentence ("recorded as “Civilian”")."""
    return quoted(value_label(value))
