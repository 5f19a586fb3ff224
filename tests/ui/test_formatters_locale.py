"""The one place that says how the interface writes a day, a time, a count and which spelling
of a name comes first (caseapp.ui.formats, caseapp.ui.captive_names). Expected texts
are written by hand from Qt's CLDR data for hy_AM and ru_RU and CaseApp's English."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.domain.name_display import NameRow
from caseapp.ui.captive_names import shown_names
from caseapp.ui.formats import date_text, datetime_text, long_date, number, partial_date_text

NNBSP = "\u202f"


@pytest.fixture(params=["hy_AM", "ru_RU", "C"])
def locale(request, qapp) -> str:
    QLocale.setDefault(QLocale(request.param))  # put back after the test (tests/ui/conftest)
    return request.param


EXPECTED = {
    # 5 March 2026, 09:07; May 1990 as a month and 1990 as a year, as the documents write them
    # (the window said «մայիս 1990» where the dossier says «1990 թ. մայիս»); 12345 days.
    "hy_AM": ("05.03.2026", "2026 թ. մարտի 5", "05.03.2026 09:07", "1990 թ. մայիս", "1990 թ.",
              "12\u00a0345"),
    "ru_RU": ("05.03.2026", f"5 марта 2026{NNBSP}г.", "05.03.2026 09:07", "май 1990\u00a0г.",
              "1990\u00a0г.", "12\u00a0345"),
    "C": ("5 Mar 2026", "5 March 2026", "5 Mar 2026 09:07", "May 1990", "1990", "12345"),
}


def test_days_times_months_and_counts_in_the_locale(locale: str) -> None:
    cell, sentence, when, month, year, count = EXPECTED[locale]
    assert date_text(date(2026, 3, 5)) == cell
    assert long_date(date(2026, 3, 5)) == sentence
    assert datetime_text(datetime(2026, 3, 5, 9, 7)) == when
    assert partial_date_text(PartialDate(date(1990, 5, 1), DatePrecision.MONTH)) == month  # the month on its own
    assert partial_date_text(PartialDate(date(1990, 1, 1), DatePrecision.YEAR)) == year
    assert partial_date_text(PartialDate(date(2026, 3, 5), DatePrecision.APPROXIMATE)) == f"≈ {cell}"
    assert number(12345) == count
    assert date_text(None) == "" and long_date(None) == ""


def _name(full: str, script: str, kind: str = "native", primary: bool = False) -> NameRow:
    return NameRow(full, script, "", kind, primary)


def test_the_name_shown_first_is_in_the_language_script_never_an_alias() -> None:
    names = [_name("Լևոն Սարգսյան", "Armn", primary=True),
             _name("Левон", "Cyrl", kind="alias"),
             _name("Levon Sargsyan", "Latn", kind="transliteration")]
    latin, primary = "Levon Sargsyan", "Լևոն Սարգսյան"
    assert shown_names(names, latin=latin, primary=primary, lang="hy") == ("Լևոն Սարգսյան", "Levon Sargsyan")
    # Only an alias in Cyrillic: Russian falls back to the Latin spelling, the Armenian beside it.
    assert shown_names(names, latin=latin, primary=primary, lang="ru") == ("Levon Sargsyan", "Լևոն Սարգսյան")
    assert shown_names(names, latin=latin, primary=primary, lang="en") == ("Levon Sargsyan", "Լևոն Սարգսյան")
    # A name in one script only: nothing beside it.
    assert shown_names([_name("Jane Roe", "Latn", primary=True)], latin="Jane Roe", primary="Jane Roe",
                       lang="hy") == ("Jane Roe", "")
