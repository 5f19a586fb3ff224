"""The status report lists the captives in the alphabetical order of its language, by the
name each row shows first: an Armenian report listed Էդգար Զաքարյան (Edgar) before Գագիկ
Ստեփանյան (Gagik), Ելենա (Yelena) last; a Russian one Айк (Hayk) after Гагик and Артём
after Артур."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import openpyxl
import pytest

from caseapp.reports.status_pdf import render_status_pdf
from caseapp.reports.status_xlsx import render_status_xlsx
from caseapp.services.casefile import CaseFile
from caseapp.services.status_report_data import build_status_report

PEOPLE = [  # (Armenian, Russian, Latin)
    ("Էդգար Զաքարյան", "Эдгар Закарян", "Edgar Zakaryan"),
    ("Գագիկ Ստեփանյան", "Гагик Степанян", "Gagik Stepanyan"),
    ("Ելենա Ավետիսյան", "Елена Аветисян", "Yelena Avetisyan"),
    ("Հայկ Գևորգյան", "Айк Геворкян", "Hayk Gevorgyan"),
    ("Արթուր Պետրոսյան", "Артур Петросян", "Artur Petrosyan"),
    ("Արտյոմ Սեմյոնով", "Артём Семёнов", "Artyom Semyonov"),
]
EXPECTED = {
    "hy": ["Արթուր Պետրոսյան", "Արտյոմ Սեմյոնով", "Գագիկ Ստեփանյան", "Ելենա Ավետիսյան",
           "Էդգար Զաքարյան", "Հայկ Գևորգյան"],
    "ru": ["Айк Геворкян", "Артём Семёнов", "Артур Петросян", "Гагик Степанян",
           "Елена Аветисян", "Эдгар Закарян"],
    "en": ["Artur Petrosyan", "Artyom Semyonov", "Edgar Zakaryan", "Gagik Stepanyan",
           "Hayk Gevorgyan", "Yelena Avetisyan"],
}


@pytest.fixture
def report(case_file: CaseFile):  # type: ignore[no-untyped-def]
    for hy, ru, en in PEOPLE:
        case_file.captives.create(
            names=[dict(full_name=hy, language="hy", is_primary=True),
                   dict(full_name=ru, language="ru", kind="transliteration"),
                   dict(full_name=en, language="en", kind="transliteration")],
            status="held")
    return build_status_report(case_file, level="internal")


@pytest.mark.parametrize("lang", ["hy", "ru", "en"])
def test_the_xlsx_lists_the_captives_in_the_languages_order(report, lang: str) -> None:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(io.BytesIO(render_status_xlsx(report, lang=lang)))
    sheet = book.worksheets[0]
    header = next(i for i, row in enumerate(sheet.iter_rows(values_only=True))
                  if row and row[0] is not None and not isinstance(row[0], str | None)) - 1
    column = 2 if lang != "en" else 1  # the name in the language's script; in English the Latin
    shown = [row[column] for row in sheet.iter_rows(min_row=header + 2, values_only=True)
             if isinstance(row[0], int)]
    assert shown == EXPECTED[lang]


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_pdf_lists_them_in_that_order(report, lang: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "report.pdf"
    path.write_bytes(render_status_pdf(report, lang=lang))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    text = " ".join(out.split())
    at = [text.index(name) for name in EXPECTED[lang]]
    assert at == sorted(at)
