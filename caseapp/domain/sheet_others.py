"""Columns of a spreadsheet about someone other than the captive: a relative's, grouped under
a label in the row above the header ("Мать" merged over "ФИО" and "Дата рождения"), or
following a column about that person ("ФИО матери", then "Дата рождения" when another column
names the date of birth too). They are not imported, and the preview says so; and what is
said of a column left out because an earlier one names its field (pure: no file, no database).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from caseapp.domain.messages import Message, msg, quoted_each
from caseapp.domain.sheet_columns import (
    FIELD_NAMES,
    REPEATABLE,
    about_someone_else,
    column_letter,
    field_for_header,
)


class SheetLayout(Protocol):
    """What is read of a :class:`caseapp.domain.sheet_rows.SheetLayout` here."""

    @property
    def header_index(self) -> int: ...
    @property
    def headers(self) -> tuple[str, ...]: ...
    @property
    def columns(self) -> dict[int, str]: ...
    @property
    def others(self) -> dict[int, str]: ...
    @property
    def beside(self) -> dict[int, str]: ...
    @property
    def table_beside(self) -> int | None: ...


def shortened(text: str, n: int = 40) -> str:
    """A cell's text on one line, cut to ``n`` characters (for a message)."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def under_someone_else(above: Sequence[str], width: int) -> dict[int, str]:
    """The columns under a label about someone else in the row above the header (``above``,
    its cells' texts): the captive's and the mother's columns grouped under "Пленный" and
    "Мать" (merged cells: the label is in the first column of its group and runs on to the
    next label). A row above with one cell is a title, not labels of groups. Column index →
    the label."""
    if sum(1 for c in above if c) < 2:
        return {}
    out: dict[int, str] = {}
    label = ""
    for i in range(width):
        label = (above[i] if i < len(above) else "") or label
        if label and about_someone_else(label):
            out[i] = label
    return out


def beside_someone_else(headers: Sequence[str]) -> dict[int, str]:
    """The columns that follow a column about someone else ("ФИО матери") and name a field
    that another column names too ("Дата рождения" twice): the run right of that column
    whose fields are named elsewhere as well. Column index → the header they follow."""
    fields = [field_for_header(h) if h else None for h in headers]
    out: dict[int, str] = {}
    for i, header in enumerate(headers):
        if not header or not about_someone_else(header) or field_for_header(header):
            continue  # (notes about the relatives are the captive's: nothing follows them)
        j = i + 1
        while j < len(headers):
            name = fields[j]
            if name is None or name in REPEATABLE or not any(
                    fields[k] == name for k in range(len(headers)) if k != j and k not in out
                    and not (i < k <= j)):
                break
            out[j] = header
            j += 1
    return out


_NAME_FIELDS = frozenset({"name", "given_name", "surname"})


def table_beside(headers: Sequence[str]) -> int | None:
    """The first column of a second table beside the list ("Held" in A–C, "Released" in
    E–G): after an empty header, headers that name a name again and another field named
    before the empty one. None when there is none."""
    fields = [field_for_header(h) if h.strip() else None for h in headers]
    for gap, header in enumerate(headers):
        if header.strip() or not _NAME_FIELDS & set(fields[:gap]):
            continue
        start = next((i for i in range(gap + 1, len(headers)) if headers[i].strip()), None)
        if start is None:
            return None
        after = {f for f in fields[start:] if f}
        if _NAME_FIELDS & after and (after - _NAME_FIELDS) & set(fields[:gap]):
            return start
    return None


def someone_elses_columns(lay: SheetLayout) -> list[Message]:
    """What is said of the columns left out as being about someone else."""
    groups: dict[str, list[int]] = {}
    for i, label in lay.others.items():
        if i not in lay.columns and i < len(lay.headers) and lay.headers[i].strip():
            groups.setdefault(label, []).append(i)
    out = [msg("columns {columns} are under “{label}” (row {row}), about someone else: not "
               "imported", columns=_listed(lay, cols), label=shortened(label),
               row=lay.header_index) for label, cols in groups.items()]
    after: dict[str, list[int]] = {}
    for i, header in lay.beside.items():
        if i not in lay.columns:
            after.setdefault(header, []).append(i)
    start = lay.table_beside
    if start is not None and not any(i >= start for i in lay.columns):  # (not mapped by hand)
        out.append(msg("columns {first} to {last} ({headers}) are another table beside the list "
                       "(after the empty column {gap}): not imported; import that table on its "
                       "own, mapping its columns", first=column_letter(start),
                       last=column_letter(len(lay.headers) - 1), gap=column_letter(start - 1),
                       headers=quoted_each(shortened(h, 20)
                                           for h in lay.headers[start:start + 4] if h.strip())))
    out += [msg("columns {columns} follow “{header}” and other columns name their fields: "
                "taken as about that person, not imported; map the columns if that is wrong",
                columns=_listed(lay, cols), header=shortened(header))
            for header, cols in after.items()]
    return out


def _listed(lay: SheetLayout, columns: list[int]) -> str:
    return ", ".join(f"{column_letter(i)} ({shortened(lay.headers[i])})" for i in columns)


def second_columns(lay: SheetLayout) -> list[Message]:
    """A warning for each column left out because an earlier one names the same field (two
    "Дата рождения", the second perhaps a relative's): the first is read; which is the
    captive's is the lawyer's to check."""
    first: dict[str, int] = {}
    for i, mapped in sorted(lay.columns.items()):
        first.setdefault(mapped, i)
    out: list[Message] = []
    for i, header in enumerate(lay.headers):
        if i in lay.columns or i in lay.others or i in lay.beside or (
                lay.table_beside is not None and i >= lay.table_beside):
            continue
        name = field_for_header(header)
        if name is None or name not in first:
            continue
        j = first[name]
        out.append(msg("column {column} ({header}) also names the {field}, which is read from "
                       "column {first} ({first_header}) only; check that column {first} is the "
                       "captive's, or map the columns", column=column_letter(i),
                       header=shortened(header), field=FIELD_NAMES[name],
                       first=column_letter(j), first_header=shortened(lay.headers[j])))
    return out


def unheaded_columns(rows: Sequence[Sequence[object]], lay: SheetLayout) -> Message | None:
    """A warning for the values under no header (a row wider than the header: a note typed
    to the right of the list, cells shifted by a delimiter inside a name), which no column
    reads: they were left out without a word. Columns mapped by hand, a table beside the
    list and columns about someone else are said elsewhere."""
    width = len(lay.headers) if lay.table_beside is None else lay.table_beside
    empty = [i for i, h in enumerate(lay.headers[:width]) if not h.strip() and i not in lay.columns]
    found: dict[int, tuple[int, int, str]] = {}  # column → its first row with a value, …
    for index in range(lay.header_index + 1, len(rows)):
        row = rows[index]
        beyond = range(width, len(row)) if lay.table_beside is None else ()
        for i in (*empty, *beyond):
            cell = row[i] if i < len(row) and i not in found and i not in lay.columns else None
            text = " ".join(str(cell).split()) if cell is not None else ""
            if text:
                found[i] = (index, i, text)
    if not found:
        return None
    first = min(found.values())
    columns = sorted(found)
    return msg("column {columns} has no header, and no field reads its values (row {row}: "
               "“{value}”): they are not imported; give the column a header or map it, if "
               "they belong to the list", columns=", ".join(column_letter(i) for i in columns),
               row=first[0] + 1, value=shortened(first[2])) if len(columns) == 1 else msg(
        "columns {columns} have no header, and no field reads their values (row {row}: "
        "“{value}”): they are not imported; give the columns a header or map them, if they "
        "belong to the list", columns=", ".join(column_letter(i) for i in columns),
        row=first[0] + 1, value=shortened(first[2]))
