"""Generated sheets (random headers, encodings, empty rows, merged cells, formulas, 10,000-
character cells, dates as numbers and as text) never end in a traceback: a sheet is read, or
refused with one SheetError; an import either writes or, refused, changes nothing."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from caseapp.services.sheet_read import SheetError
from tests.sheets.makers import write_csv, write_ods, write_xlsx

HEADERS = ["ФИО", "Фамилия", "Имя", "Անուն", "Ազգանուն", "Name", "Date of birth",
           "Дата задержания", "Статус", "Կարգավիճակ", "Category", "Место содержания", "Notes",
           "Tags", "Пол", ""]
TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["Казарян Артур", "Artur Ghazaryan", "Արտաշես Մկրտչյան", "в плену",
                     "convicted", "17.05.2024", "May 2024", "մայիս 2024", "31.02.2024",
                     "=cmd|' /C calc'!A0", "=SUM(A1:A3)", "@x(1)", "2030", "1990", "45429",
                     "военнопленный", "", " ", "Ж"]),
    st.just("Ա" * 10_000),
)
CELL = st.one_of(TEXT, st.integers(min_value=-10, max_value=3_000_000),
                 st.floats(allow_nan=False, allow_infinity=False, width=32),
                 st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)))


@st.composite
def sheets(draw: st.DrawFn) -> list[list[object]]:
    width = draw(st.integers(1, 6))
    header = [draw(st.one_of(st.sampled_from(HEADERS), st.text(max_size=12))) for _ in range(width)]
    rows = draw(st.lists(st.lists(st.one_of(st.none(), CELL), max_size=width + 1), max_size=8))
    top = draw(st.lists(st.lists(TEXT, max_size=2), max_size=2))  # a title above the header
    return [*top, header, *rows]


def _as_text(row: list[object]) -> list[str]:
    return ["" if c is None else str(c) for c in row]


_counter = itertools.count()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=sheets(), kind=st.sampled_from(["csv", "xlsx", "ods"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251"]),
       delimiter=st.sampled_from([",", ";", "\t"]), merged=st.booleans())
def test_generated_sheets_never_crash_and_a_refusal_changes_nothing(
        case_file: CaseFile, tmp_path: Path, rows: list[list[object]], kind: str, encoding: str,
        delimiter: str, merged: bool) -> None:
    path = tmp_path / f"s{next(_counter)}.{kind}"
    if kind == "csv":
        text = [_as_text(r) for r in rows]
        try:
            write_csv(path, text, encoding=encoding, delimiter=delimiter)
        except UnicodeEncodeError:  # Armenian has no Windows-1251 bytes: not such a file
            write_csv(path, text, encoding="utf-8", delimiter=delimiter)
    elif kind == "xlsx":
        clean = [[c if not isinstance(c, str) else "".join(ch for ch in c if ch.isprintable())
                  for c in r] for r in rows]
        write_xlsx(path, {"S": clean}, merged=["A1:B1"] if merged else [])
    else:
        write_ods(path, {"S": rows})
    before = len(case_file.captives.list())
    try:
        pv = preview(case_file, path)
    except SheetError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    try:
        import_rows(case_file, pv, decisions_for(pv, skip_errors=True, on_duplicate="create"))
    except ValidationError:
        assert len(case_file.captives.list()) == before
