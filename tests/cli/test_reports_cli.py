"""``caseapp dossier``, ``report``, ``letter`` and ``templates list``: files written, exit codes,
the missing-fields message."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def demo_db(demo_copy: Path) -> Path:
    """A fresh copy of the shared demo case file (tests/conftest.py)."""
    return demo_copy


def _id(db: Path, latin: str) -> str:
    cf = open_case_file(Location(path=db), actor="tester")
    try:
        return str(next(c.id for c in cf.captives.list() if c.latin_name == latin))
    finally:
        cf.close()


def _contact(db: Path, name: str) -> str:
    cf = open_case_file(Location(path=db), actor="tester")
    try:
        return str(next(c.id for c in cf.contacts.list() if c.name == name))
    finally:
        cf.close()


def test_dossier(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_LAWYER_NAME", "Anna Example")
    out = tmp_path / "d.pdf"
    cid = _id(demo_db, "Tigran Vardanyan")
    code, stdout, err = run("dossier", cid, "--level", "shareable", "-o", str(out),
                            "--db", str(demo_db))
    assert code == 0, err
    assert "Tigran Vardanyan at the shareable level" in stdout
    reader = PdfReader(out)
    assert reader.metadata["/Author"] == "Anna Example"
    assert "Տիգրան Վարդանյան" in reader.pages[0].extract_text()
    code, _, err = run("dossier", "999", "--level", "public", "-o", str(out), "--db", str(demo_db))
    assert code == 2 and err.startswith("caseapp: There is no captive with ID 999")
    code, _, err = run("dossier", _id(demo_db, "Edgar Zakaryan"), "--level", "public", "-o",
                       str(tmp_path / "z.pdf"), "--db", str(demo_db))
    assert code == 2 and "cannot be printed at the public level" in err
    assert not (tmp_path / "z.pdf").exists()


def test_report_pdf_and_xlsx(demo_db: Path, tmp_path: Path) -> None:
    code, stdout, err = run("report", "-o", str(tmp_path / "r.xlsx"), "--status", "pre_trial",
                            "--db", str(demo_db))
    assert code == 0, err
    assert "6 captives" in stdout and "XLSX" in stdout
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["Captives"]
    assert ws.max_row == 7
    code, stdout, err = run("report", "--format", "pdf", "--level", "public", "--tag",
                            "Khtsaberd group", "-o", str(tmp_path / "r.pdf"), "--db", str(demo_db))
    assert code == 0, err
    assert "public level, PDF" in stdout
    assert "Status report on captives" in PdfReader(tmp_path / "r.pdf").pages[0].extract_text()


def test_letter_missing_fields_then_set(demo_db: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    for var, value in (("NAME", "Anna Example"), ("ADDRESS", "1 Demo Street\\nYerevan"),
                       ("BAR_NUMBER", "AM-1234"), ("EMAIL", "anna@example.org")):
        monkeypatch.setenv(f"CASEAPP_LAWYER_{var}", value)
    cid = _id(demo_db, "Tigran Vardanyan")
    out = tmp_path / "l.docx"
    code, stdout, err = run("letter", "echr_rule39_cover_en", cid, "-o", str(out),
                            "--db", str(demo_db))
    assert code == 2 and stdout == "" and err.count("\n") == 1
    assert "respondent_state" in err and "--set respondent_state=" in err
    assert "--to CONTACT_ID" in err
    assert not out.exists()
    to = _contact(demo_db, "Pierre Modèle")
    code, stdout, err = run("letter", "echr_rule39_cover_en", cid, "--to", to, "-o", str(out),
                            "--set", "respondent_state=Azerbaijan", "--set",
                            "health=Good\\nbut tired", "--keep", "--db", str(demo_db))
    assert code == 0, err
    assert "draft intervention" in stdout
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Tigran Vardanyan v. Azerbaijan" in text and "Pierre Modèle" in text
    assert "{{" not in text
    code, _, err = run("letter", "icrc_request_hy", cid, "--set", "oops", "-o", str(out),
                       "--db", str(demo_db))
    assert code == 2 and "NAME=VALUE" in err
    code, _, err = run("letter", "no_such", cid, "-o", str(out), "--db", str(demo_db))
    assert code == 2 and "templates list" in err


def test_templates_list() -> None:
    code, out, err = run("templates", "list")
    assert code == 0, err
    assert "icrc_request_hy" in out and "{{ captive_name }}" in out
    code, out, _ = run("templates", "list", "--format", "json")
    data = json.loads(out)
    assert {t["key"] for t in data["templates"]} >= {"press_statement_en", "icrc_request_ru"}
    assert "lawyer_bar_number" in data["placeholders"]
