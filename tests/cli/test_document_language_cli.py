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


def test_dossier_report_and_letter_in_french(demo_db: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """French is a document language (the ECHR's Registry, the ICRC and the WGAD in Geneva work
    in it): the dossier's, the report's and the letter's own --lang, or the letter's _fr
    template; the command line itself still speaks en, hy and ru."""
    cid = _id(demo_db, "Armen Martirosyan")
    dossier = tmp_path / "fr.pdf"
    code, out, _ = run("--db", str(demo_db), "dossier", cid, "--level", "shareable",
                       "--lang", "fr", "-o", str(dossier))
    assert code == 0, out
    text = _pdf(dossier)
    assert text.startswith("Armen Martirosyan")
    assert "Chronologie" in text and "Imprimé au niveau TRANSMISSIBLE" in text
    assert "Chronology" not in text and "novembre 2026" in text
    pdf = tmp_path / "r.pdf"
    assert run("--db", str(demo_db), "report", "--lang", "fr", "-o", str(pdf))[0] == 0
    assert "Rapport de situation des captifs" in _pdf(pdf)
    book = tmp_path / "r.xlsx"
    assert run("--db", str(demo_db), "report", "--lang", "fr", "-o", str(book))[0] == 0
    assert openpyxl.load_workbook(book).sheetnames == ["Captifs", "Synthèse", "Audiences"]
    letter = tmp_path / "icrc.docx"
    monkeypatch.setenv("CASEAPP_LAWYER_NAME", "Anna Example")
    code, out, err = run("--db", str(demo_db), "letter", "icrc_request_fr", cid, "--to", "1",
                         "-o", str(letter))
    assert code == 0, err
    from tests.reports.conftest import docx_text

    said = docx_text(letter.read_bytes())
    assert "Madame, Monsieur," in said and "novembre 2026" in said
    assert "Je vous prie d’agréer, Madame, Monsieur," in said


def test_the_command_lines_own_language_stays_en_hy_ru(demo_db: Path, tmp_path: Path) -> None:
    """--lang before a command (the messages' language) offers no French: the messages are
    not translated into it."""
    code, _, err = run("--lang", "fr", "--db", str(demo_db), "check")
    assert code == 2 and "invalid choice: 'fr'" in err
    code, _, err = run("--db", str(demo_db), "check", "--lang", "fr")
    assert code == 2 and "invalid choice: 'fr'" in err
