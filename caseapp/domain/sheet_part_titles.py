"""The category a list's part is titled with ("Военнослужащие", "Զինծառայողներ",
"Civilians"), given to the rows under the title that give none themselves, and where each
took it from (said in the preview, for the lawyer to check). Pure: no file, no database.

Only a title that clearly names a category gives one: a civilian, a serviceman or prisoner
of war, a former official. A title naming a status ("Пропавшие без вести"), "Other" (a part
of whoever is left) or no title at all (a place, a date, "Список") gives none; a title of
either kind, a total under a part ("Итого"), another table, or a row of one cell that is no
person or one word only (a date, "Степанакерт": the caller says so, :meth:`Parts.ended`)
ends the part above it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from caseapp.domain.enums import CaptiveCategory
from caseapp.domain.sheet_values import CATEGORY_WORDS, CellError, parse_word

# The categories a title names clearly enough to record for the people under it.
_TITLE_CATEGORIES = frozenset({CaptiveCategory.CIVILIAN, CaptiveCategory.SERVICEMAN,
                               CaptiveCategory.FORMER_OFFICIAL})


@dataclass(frozen=True, slots=True)
class FromTitle:
    """The title row a row's category was taken from."""

    row: int  # 1-based, as the spreadsheet numbers it
    title: str
    category: CaptiveCategory


def title_category(title: str, overrides: dict[str, str] | None = None
                   ) -> CaptiveCategory | None:
    """The category a title of a part names clearly (the mapping's words, ``overrides``,
    read too), or None."""
    try:
        value = parse_word(title, CaptiveCategory, CATEGORY_WORDS, overrides)
    except CellError:
        return None
    return value if value in _TITLE_CATEGORIES else None


class Parts:
    """The part of the list each row is in, read top to bottom: the category its title
    names, if it names one."""

    def __init__(self) -> None:
        self.current: FromTitle | None = None

    def titled(self, row: int, title: str, overrides: dict[str, str] | None = None) -> None:
        """A title row: the part it begins (one without a category when it names none)."""
        category = title_category(title, overrides)
        self.current = FromTitle(row, title, category) if category is not None else None

    def ended(self) -> None:
        """A total, a note or another table: the rows below are in no titled part."""
        self.current = None

    def category_of(self, values: dict[str, object], fields_in_error: set[str]
                    ) -> FromTitle | None:
        """Where a row's category comes from when it gives none (nor one that cannot be
        read): the title of its part, if that names one."""
        if "category" in values or "category" in fields_in_error:
            return None
        return self.current


def row_ranges(rows: list[int]) -> str:
    """Row numbers as ranges: "4–6, 9"."""
    out = []
    for _, run in groupby(enumerate(sorted(set(rows))), key=lambda pair: pair[1] - pair[0]):
        numbers = [n for _, n in run]
        out.append(str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}")
    return ", ".join(out)
