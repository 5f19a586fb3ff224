"""The import's column step shows a column's first values as the window writes them: a date
cell of her spreadsheet read «1985-06-30» beside the typed «15.03.1990» in a Russian window."""

from __future__ import annotations

from datetime import date, datetime

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.ui.dialogs.sheet_import_labels import sample


def test_date_cells_are_shown_as_the_language_writes_them(russian) -> None:  # type: ignore[no-untyped-def]
    assert sample(date(1985, 6, 30)) == "30.06.1985"
    assert sample(datetime(2023, 9, 19)) == "19.09.2023"
    assert sample(datetime(2023, 9, 19, 10, 30)) == "19.09.2023 10:30"
    assert sample(PartialDate(date(2024, 3, 1), DatePrecision.MONTH)) == "март 2024\u00a0г."
    assert sample("15.03.1990") == "15.03.1990"  # text as typed
    assert sample(1) == "1"
