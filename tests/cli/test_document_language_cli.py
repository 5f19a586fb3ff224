"""``caseapp dossier --lang`` and ``caseapp report --lang``: the document in Armenian or
Russian, English by default, and an unknown language refused in one line (exit 2)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from caseapp.cli.reports import DOCUMENT_LANGUAGES
from caseapp.reports import texts
from tests.cli.test_reports_cli import _id, run


@pytest.fixture
def demo_db(demo_copy: Path) -> Path:
    return demo_copy


def _pdf(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_the_command_line_offers_the_catalogues_languages() -> None:
    assert set(DOCUMENT_LANGUAGES) == set(texts.DOCUMENT_LANGUAGES)


def test_dossier_in_russian(demo_db: Path, tmp_path: Path) -> None:
    cid = _id(demo_db, "Armen Martirosyan")
    ru = tmp_path / "ru.pdf"
    code, out, _ = run("--db", str(demo_db), "dossier", cid, "--level", "shareable",
                       "--lang", "ru", "-o", str(ru))
    assert code == 0, out
    text = _pdf(ru)
    assert text.startswith("Армен Мартиросян · Armen Martirosyan")
    assert "Хронология" in text and "Уровень «ДЛЯ ПЕРЕДАЧИ»" in text
    assert "Chronology" not in text


def test_report_in_armenian_and_by_default_in_english(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    code, _, err = run("--db", str(demo_db), "report", "--lang", "hy", "-o", str(out))
    assert code == 0, err
    assert openpyxl.load_workbook(out).sheetnames == ["Գերիներ", "Ամփոփում", "Նիստեր"]
    en = tmp_path / "en.xlsx"
    assert run("--db", str(demo_db), "report", "-o", str(en))[0] == 0
    assert openpyxl.load_workbook(en).sheetnames == ["Captives", "Summary", "Hearings"]


def test_an_unknown_language_is_refused_before_anything_is_written(demo_db: Path,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    for command in (["dossier", "1", "--level", "internal"], ["report"]):
        code, _, err = run("--db", str(demo_db), *command, "--lang", "de", "-o", str(out))
        assert code == 2 and err.count("\n") == 1, err
        assert "invalid choice: 'de'" in err and "'hy'" in err and "Traceback" not in err
    assert not out.exists()
