"""Where the list of captives ends on its sheet: a second table below it (its own header,
and the title above that), a total or a note under it, a title between its parts
("Освобождены"). Such rows are no person, never created as captives nor read by the
columns of another table: another table's rows are errors of their row; a total and a title
are rows of their own kind (:mod:`caseapp.domain.sheet_title_rows`). Pure: no file, no
database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_columns import field_for_header, whole_name_header
from caseapp.domain.sheet_values import (
    CATEGORY_WORDS,
    STATUS_WORDS,
    CellError,
    clean_text,
    normalise,
    parse_word,
)

_NAME_FIELDS = frozenset({"name", "given_name", "surname"})
_DIGIT = re.compile(r"\d")
# A word only a header of names has ("ФИО", "Фамилия", "Name"): a row right under a person
# is looked at as a header only when one of its cells has one (reading every row's cells as
# headers would be slow on a list of thousands).
_NAME_HEADER_WORD = re.compile(r"(?<!\w)(full name|names?|surname|last name|first name|"
                               r"given name|фио|ф\s*\.?\s*и\s*\.?\s*о|фамили\w*|имя|"
                               r"անուն|ազգանուն|soyad\w*|ad[ıi]|s\s*\.?\s*a\s*\.?\s*a)(?!\w)",
                               re.IGNORECASE)
# The first word of a total or a note written under a list, in the name column.
_TOTAL_OR_NOTE = re.compile(r"(итого|всего|total|totals|subtotal|sum|note|notes|nb|"
                            r"примечани\w*|прим|сноска|ընդամենը|նշում\w*|ծանոթ\w*|"
                            # a count of people ("2 человека", "12 persons", "5 անձ")
                            r"\d+ (человек\w*|чел|людей|пленн\w*|persons?|people|captives|"
                            r"individuals|անձ\w*|մարդ\w*|գերի\w*)|"
                            # where the list comes from and when ("Источник: …", "По
                            # состоянию на 01.05.2024", "Source: ICRC", "Աղբյուր՝ ԿԽՄԿ")
                            r"источник\w*|source\w*|աղբյուր\w*|по состоянию|as of|"
                            r"данные на|обновлен\w*|updated|составил\w*|compiled|"
                            # Azerbaijani: "Cəmi 12 nəfər", "Mənbə: …", "01.05.2024 tarixinə
                            # olan vəziyyət" (as of), "Tərtib etdi: …" (compiled by)
                            r"c[əe]mi|yekun|\d+ (n[əe]f[əe]r|[şs][əe]xs\w*|[əe]sir\w*)|"
                            r"m[əe]nb[əe]\w*|qeyd\w*|t[əe]rtib\w*|(\d+ ){1,3}tarixin[əe])\b")
# A footnote ("* данные по состоянию на …", "*освобожден 12.03.2024": a mark, then a space or
# a small letter; "*Петросян Арам" is a person marked), and a note made of a word and a
# colon ("Составил: юрист А. Б.", "Աղբյուր՝ ԿԽՄԿ"): no name has one after its first word.
_FOOTNOTE_MARK = re.compile(r"[*†]+(\s|[^\W\d_])")
_WORD_AND_COLON = re.compile(r"[^\W\d_]+\.?\s*[:՝]\s")


def cell_text(cell: object) -> str:
    """A text cell's text, cleaned; "" for any other cell, or one that cannot be read."""
    try:
        return clean_text(cell) if isinstance(cell, str) else ""
    except CellError:
        return ""


def _filled(cell: object) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def reads_as_header(row: Sequence[object]) -> bool:
    """Whether a row below the header is itself a header: its texts name two fields or
    more, a name among them, and at least half of its cells name one."""
    texts = [t for t in (cell_text(c) for c in row) if t]
    named = [f for f in (field_for_header(t) for t in texts) if f]
    return (len(set(named)) >= 2 and bool(_NAME_FIELDS & set(named))
            and 2 * len(named) >= len(texts))


def total_or_note(name: str, *, footnote: bool = True) -> bool:
    """Whether a name cell holds a total or a note under the list ("Итого: 4 человека",
    "Примечание: …", "Ընդամենը", "2 человека"); with ``footnote``, a footnote or a note of a
    word and a colon too ("* данные на …", "Составил: …": said of a name cell, or of a
    row's only cell, not of a remark beside a person whose name is missing)."""
    return (_TOTAL_OR_NOTE.match(normalise(name)) is not None
            or (footnote and _footnote(name.strip())))


def _footnote(text: str) -> bool:
    mark = _FOOTNOTE_MARK.match(text)
    if mark is not None:
        return mark.group(1).isspace() or mark.group(1).islower()
    return _WORD_AND_COLON.match(text) is not None


def a_title(name: str, overrides: dict[str, dict[str, str]] | None = None) -> bool:
    """Whether a name cell alone on its row is the title of a part of the list: a status or
    a category ("Освобождены", "Released", "Военнопленные", «В предварительном заключении»
    among the ``overrides``: field → normalised word → value)."""
    for field, enum, words in (("status", CaptiveStatus, STATUS_WORDS),
                               ("category", CaptiveCategory, CATEGORY_WORDS)):
        try:
            parse_word(name, enum, words, (overrides or {}).get(field))
        except CellError:
            continue
        return True
    return False


def repeats_header(row: Sequence[object], headers: Sequence[str]) -> bool:
    """Whether a row below the header is the list's own header again (two lists pasted one
    under the other, a header repeated for printing): two cells or more, each the header of
    its column."""
    texts = [(i, normalise(cell_text(c))) for i, c in enumerate(row) if _filled(c)]
    return len(texts) >= 2 and all(
        i < len(headers) and text and text == normalise(headers[i]) for i, text in texts)


def repeated_headers(rows: Sequence[Sequence[object]], header_index: int) -> list[int]:
    """The 0-based indexes of the rows below the header that repeat it."""
    if header_index >= len(rows):
        return []
    headers = [cell_text(c) for c in rows[header_index]]
    first = next((i for i, h in enumerate(headers) if h), None)
    if first is None:
        return []
    key = normalise(headers[first])
    return [index for index in range(header_index + 1, len(rows))
            if first < len(rows[index]) and normalise(cell_text(rows[index][first])) == key
            and repeats_header(rows[index], headers)]


def _header_under_a_person(row: Sequence[object]) -> bool:
    """Whether a row right under a person's row is a header: text only, without digits, in
    two cells or more, one of them wholly a name's header ("Name | Court | Hearing date"). A
    cell merely having a name's word ("Имя неизвестно") is no header: nothing is written
    between the tables to tell them apart."""
    if not any(isinstance(c, str) and _NAME_HEADER_WORD.search(c) for c in row):
        return False  # (a quick look first: a list has thousands of rows)
    filled = [c for c in row if _filled(c)]
    return (len(filled) >= 2 and all(isinstance(c, str) and not _DIGIT.search(c) for c in filled)
            and any(whole_name_header(cell_text(c)) for c in filled))


def other_tables(rows: Sequence[Sequence[object]], header_index: int) -> dict[int, Message]:
    """The rows (0-based index → the reason) from the first row below the header that reads
    as a second table's header: it, the title just above it (one cell, after an empty row
    or none) and every row below. A row after an empty row or a title is one when it
    :func:`reads_as_header` or has the signs of :func:`_header_under_a_person`; a row right
    under a person only by those stricter signs. The list's own header repeated is not another table
    (:func:`repeats_header`)."""
    headers = [cell_text(c) for c in rows[header_index]] if header_index < len(rows) else []
    for index in range(header_index + 2, len(rows)):
        row = rows[index]
        if sum(1 for c in rows[index - 1] if _filled(c)) > 1:
            if not _header_under_a_person(row):
                continue
        elif not (reads_as_header(row) or _header_under_a_person(row)):
            continue
        if repeats_header(row, headers):
            continue
        out: dict[int, Message] = {}
        above = index - 1
        if above > header_index and sum(1 for c in rows[above] if _filled(c)) == 1:
            out[above] = msg("is the title of another table (its header in row {row}), not a "
                             "person", row=index + 1)
        out[index] = msg("is the header of another table below the list; import that table "
                         "on its own, with row {row} as the header row", row=index + 1)
        for below in range(index + 1, len(rows)):
            out[below] = msg("is in another table (its header in row {row}); import that "
                             "table on its own, with row {row} as the header row", row=index + 1)
        return out
    return {}
