"""The category or status a list's part is titled with ("Военнослужащие", "Զինծառայողներ",
"Civilians", "Освобождены", "Released", "Ազատ արձակվածներ"), given to the rows under the
title that give none themselves, and where each took it from (said in the preview, for the
lawyer to check). Pure: no file, no database.

Only a title that clearly names a value gives one: a civilian, a serviceman or prisoner of
war, a former official; or any status. "Other" (a part of whoever is left) or no title at
all (a place, a date, "Список") gives none; a title of either kind, a total under a part
("Итого"), another table, or a row of one cell that is no person or one word only (a date,
"Степанакерт": the caller says so, :meth:`Parts.ended`) ends the part above it. A part is
the one title's: a category title under a status title ends the status's part (a title
nested in another is not guessed at).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
from caseapp.domain.sheet_values import CATEGORY_WORDS, STATUS_WORDS, CellError, parse_word

# The categories a title names clearly enough to record for the people under it.
_TITLE_CATEGORIES = frozenset({CaptiveCategory.CIVILIAN, CaptiveCategory.SERVICEMAN,
                               CaptiveCategory.FORMER_OFFICIAL})


@dataclass(frozen=True, slots=True)
class FromTitle:
    """The title row a row's category or status was taken from."""

    row: int  # 1-based, as the spreadsheet numbers it
    title: str
    value: CaptiveCategory | CaptiveStatus

    @property
    def field(self) -> str:
        """The captive's field the title gives: "category" or "status"."""
        return "category" if isinstance(self.value, CaptiveCategory) else "status"


def title_category(title: str, overrides: dict[str, str] | None = None
                   ) -> CaptiveCategory | None:
    """The category a title of a part names clearly (the mapping's words, ``overrides``,
    read too), or None."""
    try:
        value = parse_word(title, CaptiveCategory, CATEGORY_WORDS, overrides)
    except CellError:
        return None
    return value if value in _TITLE_CATEGORIES else None


def title_status(title: str, overrides: dict[str, str] | None = None) -> CaptiveStatus | None:
    """The status a title of a part names as a whole ("Освобождены", "Released"), or None."""
    try:
        return parse_word(title, CaptiveStatus, STATUS_WORDS, overrides)
    except CellError:
        return None


class Parts:
    """The part of the list each row is in, read top to bottom: the category or status its
    title names, if it names one."""

    def __init__(self) -> None:
        self.current: FromTitle | None = None

    def titled(self, row: int, title: str, words: str,
               overrides: dict[str, dict[str, str]] | None = None) -> None:
        """A title row (``title`` as written, ``words`` its title without a running number
        or a count): the part it begins (one that gives nothing when it names nothing)."""
        overrides = overrides or {}
        value: CaptiveCategory | CaptiveStatus | None = (
            title_category(words, overrides.get("category"))
            or title_status(words, overrides.get("status")))
        self.current = FromTitle(row, title, value) if value is not None else None

    def ended(self) -> None:
        """A total, a note or another table: the rows below are in no titled part."""
        self.current = None

    def given(self, values: dict[str, object], fields_in_error: set[str]) -> FromTitle | None:
        """Where a row's category or status comes from when it gives none (nor one that
        cannot be read): the title of its part, if that names one."""
        source = self.current
        if source is None or source.field in values or source.field in fields_in_error:
            return None
        return source


def row_ranges(rows: list[int]) -> str:
    """Row numbers as ranges: "4–6, 9"."""
    out = []
    for _, run in groupby(enumerate(sorted(set(rows))), key=lambda pair: pair[1] - pair[0]):
        numbers = [n for _, n in run]
        out.append(str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}")
    return ", ".join(out)
