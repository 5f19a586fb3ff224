"""A header over two rows: "ФИО | Дата | Статус" over " | рождения | задержания | ", the
"Дата" cell merged over the two columns below it. Its columns are read by the two rows'
words together ("Дата рождения", "Дата задержания"), and the second row is no person (pure:
no file, no database)."""

from __future__ import annotations

from collections.abc import Sequence

from caseapp.domain.messages import Message, msg, quoted_each
from caseapp.domain.sheet_columns import field_for_header
from caseapp.domain.sheet_header_words import bare_date_or_place
from caseapp.domain.sheet_others import shortened
from caseapp.domain.sheet_tables import cell_text
from caseapp.domain.sheet_values import normalise

_NAME_FIELDS = frozenset({"name", "given_name", "surname"})


def finished_below(rows: Sequence[Sequence[object]], index: int, headers: Sequence[str]
                   ) -> tuple[str, ...] | None:
    """The headers of row ``index`` finished by the row below it, when that row is the
    header's second row: text only, nothing under a name's header, and some of its words
    finishing the header above them (written in the first column of a merged cell, and
    naming no field alone) into one that names a field. None when it is not."""
    if index + 1 >= len(rows):
        return None
    below = rows[index + 1]
    filled = [c for c in below if c is not None and c != ""]
    if not filled or not all(isinstance(c, str) for c in filled):
        return None
    parts = name_parts_below(headers, below)
    if any(field_for_header(h) in _NAME_FIELDS and i < len(below) and below[i] not in (None, "")
           and i not in parts for i, h in enumerate(headers)):
        return None
    out = list(headers) + [""] * max(0, len(below) - len(headers))
    above = ""
    finished = False
    for i, cell in enumerate(below):
        header = headers[i] if i < len(headers) else ""
        above = header or above  # a merged header is written in its first column
        text = cell_text(cell)
        if i in parts:
            out[i] = parts[i]
            finished = True
        elif (text and above and field_for_header(above) is None
                and field_for_header(f"{above} {text}") is not None):
            out[i] = f"{above} {text}"
            finished = True
        elif text and not header:
            out[i] = text
    return tuple(out) if finished else None


def grouped(top: Sequence[object], bottom: Sequence[object]) -> tuple[str, ...] | None:
    """The headers of two rows read as one, when the lower names a date or a place alone
    under a group label of the upper ("Задержание" merged over "Дата | Место", "Ծնունդ"
    over "Ամսաթիվ | Վայր"): "Задержание: Дата", "Задержание: Место"; every other column by
    the lower row's header, else the upper's (a header merged down over both rows). None
    when no such word is under a label naming an event (a title above the header, a row of
    data below it), or when the lower row is not text only."""
    filled = [c for c in bottom if c is not None and c != ""]
    if not filled or not all(isinstance(c, str) for c in filled):
        return None
    if sum(1 for c in top if cell_text(c)) < 2:  # a title above the header: no groups
        return None
    out: list[str] = []
    label, found = "", False
    for i in range(max(len(top), len(bottom))):
        upper = cell_text(top[i]) if i < len(top) else ""
        lower = cell_text(bottom[i]) if i < len(bottom) else ""
        label = upper or label  # a merged label is written in its first column
        if lower and label and bare_date_or_place(normalise(lower)):
            joined = f"{label}: {lower}"
            if field_for_header(joined) in _EVENT_FIELDS:
                out.append(joined)
                found = True
                continue
        out.append(lower or upper)
    return tuple(out) if found else None


_EVENT_FIELDS = frozenset({"birth", "birth_place", "capture", "capture_place", "place"})
_NAME_PARTS = frozenset({"given_name", "patronymic", "surname"})


def name_parts_below(headers: Sequence[str], below: Sequence[object]) -> dict[int, str]:
    """The parts of a name written under a full name's header merged over their columns
    ("Name" over "Family | Given", "ФИО" over "Фамилия | Имя | Отчество"): column index →
    the part's header ("Family name", "Фамилия"). Empty unless every cell under the name's
    header is a part's header, two of them or more (a person's name under it is data)."""
    out: dict[int, str] = {}
    above, under_name = "", False
    for i in range(max(len(headers), len(below))):
        header = headers[i] if i < len(headers) else ""
        if header:
            above, under_name = header, field_for_header(header) == "name"
        text = cell_text(below[i]) if i < len(below) else ""
        if not (under_name and text):
            continue
        part = next((h for h in (text, f"{text} name", f"{text} {above}")
                     if field_for_header(h) in _NAME_PARTS), None)
        if part is None:
            return {}
        out[i] = part
    return out if len(out) >= 2 else {}


def header_over_two_rows(index: int, headers: Sequence[str], finished: Sequence[str]
                         ) -> Message:
    """What is said of a header read over two rows."""
    read = [shortened(h) for i, h in enumerate(finished)
            if h and (i >= len(headers) or h != headers[i])]
    return msg("the header is merged over rows {row} and {next}: its columns are read as {columns}",
               row=index + 1, next=index + 2, columns=quoted_each(read))


def header_with_groups(rows: Sequence[Sequence[object]], index: int,
                       headers: tuple[str, ...], *, upward: bool
                       ) -> tuple[tuple[str, ...] | None, int, tuple[str, ...]]:
    """A header over two rows whose group labels ("Задержание" merged over "Дата | Место")
    name the date and the place under them: the header found in the upper row (the lower
    then no data) or, when the header's row was found rather than given (``upward``), in
    the lower (the header then begins a row higher: the row the wizard and a saved mapping
    give afterwards). The headers read (None when not so), the index of the header's upper
    row, and the headers found (those the preview says are read otherwise)."""
    if index + 1 < len(rows) and (below := grouped(rows[index], rows[index + 1])):
        return below, index, headers
    if upward and index and (above := grouped(rows[index - 1], rows[index])):
        return above, index - 1, headers
    return None, index, headers
