"""The first names of a CSV list read in an encoding: what the wizard shows beside its choice
of encoding, so that the lawyer sees the names come out whole, or garbled, before going on.

The names are those of the columns the headers name (a full name, else surname and given
name); when the headers name none (in a wrong encoding they are garbled too), the first
texts of each row. A file that cannot be read in the encoding raises :class:`SheetError`,
the line the import would say; one that reads, but into junk (Chinese characters, NULs, the
pairs of letters of UTF-8 read as Windows-1251), is said to be garbled
(:func:`caseapp.domain.garbled_text.garbled`), so that the wizard does not go on with it as
if the names were read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from caseapp.domain.garbled_text import Garble, garbled, read_as_utf8
from caseapp.domain.sheet_rows import layout
from caseapp.domain.sheet_tables import cell_text
from caseapp.services.sheet_read import read_sheet

_NAME_FIELDS = ("name", "surname", "given_name", "patronymic")
_TEXTS_A_ROW = 3
_ROWS_JUDGED = 30  # the rows whose cells tell a garbled reading


@dataclass(frozen=True)
class NamesRead:
    """The first names of a list, and the sign that its text is garbled (None: it reads as
    names may)."""

    names: tuple[str, ...]
    garbled: Garble | None = None


def names_read_as(path: Path | str, *, encoding: str = "", delimiter: str = "",
                  most: int = 5) -> NamesRead:
    """The first ``most`` names of the CSV file at ``path`` read in ``encoding`` (found
    from the file when "")."""
    sheet = read_sheet(path, encoding=encoding, delimiter=delimiter)
    return names_of(sheet.rows, most, encoding=sheet.encoding)


def names_of(rows: Sequence[Sequence[object]], most: int = 5, *, encoding: str = ""
             ) -> NamesRead:
    """The first ``most`` names of a sheet's rows, and whether its first rows are garbled
    (their cells as read, control characters and all: a cell's cleaned text drops a cell
    holding NULs), as read in ``encoding`` (a CSV file's)."""
    cells = (c for row in rows[:_ROWS_JUDGED] for c in row if isinstance(c, str))
    return NamesRead(names_in(rows, most), garbled(cells, utf8=read_as_utf8(encoding)))


def names_in(rows: Sequence[Sequence[object]], most: int = 5) -> tuple[str, ...]:
    """The first ``most`` names of a sheet's rows, each as its row gives it."""
    try:
        lay = layout(rows, None)
    except ValueError:
        lay = None
    named = [] if lay is None else sorted(
        (_NAME_FIELDS.index(f), i) for i, f in lay.columns.items() if f in _NAME_FIELDS)
    # a full name's column alone, else the surname's, the given name's and the patronymic's
    columns = [i for order, i in named if order == 0][:1] or [i for _, i in named]
    start = lay.header_index + 1 if columns and lay is not None else 0
    out: list[str] = []
    for row in rows[start:]:
        if columns:
            text = " ".join(t for t in (cell_text(row[i]) for i in columns if i < len(row)) if t)
        else:
            text = " | ".join([t for t in map(cell_text, row) if t][:_TEXTS_A_ROW])
        if text:
            out.append(text)
        if len(out) == most:
            break
    return tuple(out)


def garbled_names(names: Sequence[tuple[int, str]], *, encoding: str = ""
                  ) -> list[tuple[int, str]]:
    """Of a list's names (row, name as read in ``encoding``), those that look garbled each on
    its own, as a wrong encoding makes them (:func:`caseapp.domain.garbled_text.garbled`)."""
    utf8 = read_as_utf8(encoding)
    return [(row, name) for row, name in names if name.strip() and garbled([name], utf8=utf8)]
