"""Dates as lists write them loosely: a two-digit year ("02.03.85") and a part of a year
("весна 2022", "early 2021", "2022թ. գարնանը"). Each is read with a caveat saying how; a
part of a year is kept as its year, and the cell is kept in the captive's notes so that
nothing it says is lost (pure: no file, no database)."""

from __future__ import annotations

import re
from datetime import date

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.domain.messages import Message, msg
from caseapp.domain.sheet_dates import plain_number, read_date
from caseapp.domain.sheet_values import clean_text, normalise

_TWO_DIGIT_YEAR = re.compile(r"(\d{1,2}\s*([./\-])\s*\d{1,2}\s*\2\s*)(\d{2})")
_PART_OF_YEAR = re.compile(
    r"spring|summer|autumn|fall|winter|early|mid|late|beginning of|end of|middle of|"
    r"весна|весной|лето|летом|осень|осенью|зима|зимой|(в )?начал[оеа]|(в )?кон[ец]\w*|"
    r"(в )?середин[аеы]|գարուն|գարնանը|ամառ|ամռանը|աշուն|աշնանը|ձմեռ|ձմռանը|սկիզբ|"
    r"սկզբին|վերջ|վերջին|կես|կեսին")
_YEAR_WORDS = {"г", "года", "год", "թ", "թվական", "թվականի", "of", "the", "in"}


def read_sheet_date(value: object, today: date | None = None
                    ) -> tuple[PartialDate, Message | None, bool]:
    """A cell as a date (:func:`read_date`), the caveat of reading it, and whether the cell
    is to be kept in the captive's notes (what the date read from it leaves out)."""
    if isinstance(value, str):
        text = clean_text(value)
        two = _TWO_DIGIT_YEAR.fullmatch(text)
        if two:
            short = int(two.group(3))
            year = 2000 + short if 2000 + short <= (today or date.today()).year else 1900 + short
            day, _ = read_date(f"{two.group(1)}{year}")
            return day, msg("has a two-digit year, read as {year}; write the year in four "
                            "digits if it is another", year=str(year)), False
        year_of_part = _part_of_year(text)
        if year_of_part is not None:
            return (PartialDate(date(year_of_part, 1, 1), DatePrecision.YEAR),
                    msg("is a part of a year: kept as the year {year}, and the cell in the "
                        "captive's notes", year=str(year_of_part)), True)
        remarked = _REMARK.fullmatch(text)  # "13.12.2020 (по данным МККК)"
        if remarked and any(ch.isalpha() for ch in remarked.group(2)):
            day, caveat, _keep = read_sheet_date(remarked.group(1), today)
            return day, caveat or msg("is a date with a remark in brackets: read as the date "
                                      "{date}, and the cell kept in the captive's notes",
                                      date=day.iso()), True
    day, caveat = read_date(value)
    if caveat is None and day.precision is DatePrecision.EXACT and plain_number(value):
        # A plain number (not a date cell) read as a spreadsheet's count of days: 45429 is
        # 17 May 2024, but 10190, a mistyped or a shifted value, was 24 November 1927, said
        # by nothing.
        return day, msg("is a number, read as the spreadsheet date {date} (days counted from "
                        "1900); if the cell means another day, type the date itself",
                        date=day.iso()), False
    # A month or a year marked uncertain ("около 1990") is kept at its precision, which
    # cannot say "about": the cell is kept in the notes, so the mark is not lost.
    return day, caveat, caveat is not None



# A date and a remark in brackets after it: where the date comes from, who said it.
_REMARK = re.compile(r"(\S.*?)\s*\(([^()]*)\)")


def _part_of_year(text: str) -> int | None:
    """The year of "весна 2022", "early 2021", "2022թ. գարնանը"; None for anything else."""
    spaced = re.sub(r"(?<=\d)(?=[^\W\d])|(?<=[^\W\d])(?=\d)", " ", normalise(text))
    words = [w for w in spaced.split() if w not in _YEAR_WORDS]
    years = [w for w in words if w.isdigit()]
    if len(years) != 1 or len(years[0]) != 4:
        return None
    rest = " ".join(w for w in words if w != years[0])
    return int(years[0]) if rest and _PART_OF_YEAR.fullmatch(rest) else None
