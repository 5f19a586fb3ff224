"""A lawyer's own letter template that is not a Word document: one line and exit 2 from
``caseapp letter``, marked unusable in ``caseapp templates list``, never a traceback."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from docx import Document

from caseapp.cli import main
from caseapp.reports.letter_templates import user_templates_dir
from tests.cli.one_captive import one_captive_file


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _good_docx() -> bytes:
    buf = io.BytesIO()
    doc = Document()
    doc.add_paragraph("For {{ captive_name }}.")
    doc.save(buf)
    return buf.getvalue()


def _zip_without_word_document() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("notes.txt", "not a letter")
    return buf.getvalue()


BAD = {
    "renamed_text_en": lambda: b"Dear {{ recipient_name }},\nplain text saved as .docx\n",
    "truncated_en": lambda: _good_docx()[:1500],
    "empty_en": lambda: b"",
    "foreign_zip_en": _zip_without_word_document,
    "damaged_member_en": lambda: _good_docx()[:-200] + b"\0" * 200,
}


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, str]:
    folder = user_templates_dir()
    folder.mkdir(parents=True)
    for key, make in BAD.items():
        (folder / f"{key}.docx").write_bytes(make())
    (folder / "fine_en.docx").write_bytes(_good_docx())
    return one_captive_file(tmp_path, "Արամ Սարգսյան")


@pytest.mark.parametrize("key", sorted(BAD))
def test_letter_from_an_unusable_template_is_one_line_and_exit_2(
        setup: tuple[Path, str], tmp_path: Path, key: str) -> None:
    db, cid = setup
    out = tmp_path / "letter.docx"
    code, stdout, err = run("letter", key, cid, "-o", str(out), "--db", str(db))
    assert code == 2, (stdout, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert f"{key}.docx" in err and "cannot be read as a Word document" in err
    assert not out.exists()


def test_templates_list_marks_unusable_templates(setup: tuple[Path, str], tmp_path: Path) -> None:
    db, cid = setup
    code, stdout, err = run("templates", "list")
    assert code == 0 and "Traceback" not in err, err
    lines = {line.split()[0]: line for line in stdout.splitlines() if line.strip()}
    for key in BAD:
        assert "UNUSABLE" in lines[key], lines[key]
    assert "UNUSABLE" not in lines["fine_en"]
    code, stdout, _ = run("templates", "list", "--format", "json")
    problems = {t["key"]: t["problem"] for t in json.loads(stdout)["templates"]}
    assert all("cannot be read as a Word document" in problems[k] for k in BAD)
    assert problems["fine_en"] == "" and problems["icrc_request_en"] == ""
    code, _, err = run("letter", "fine_en", cid, "-o", str(tmp_path / "ok.docx"), "--db", str(db))
    assert code == 0, err


def test_template_with_a_broken_placeholder_is_named_as_such(setup: tuple[Path, str],
                                                             tmp_path: Path) -> None:
    db, cid = setup
    doc = Document()
    doc.add_paragraph("Dear {{ recipient_name ,")
    doc.save(user_templates_dir() / "typo_en.docx")
    code, stdout, _ = run("templates", "list")
    line = next(x for x in stdout.splitlines() if x.startswith("typo_en"))
    assert "UNUSABLE, broken placeholder" in line
    code, _, err = run("letter", "typo_en", cid, "-o", str(tmp_path / "x.docx"), "--db", str(db))
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "typo_en.docx has a broken placeholder" in err


@pytest.mark.parametrize(("lang", "unusable", "why"), [
    ("ru", "НЕЛЬЗЯ ИСПОЛЬЗОВАТЬ", "не читаемый .docx"),
    ("hy", "ԱՆՕԳՏԱԳՈՐԾԵԼԻ Է", "ընթեռնելի .docx չէ"),
])
def test_an_unusable_template_is_listed_in_the_users_language(
        setup: tuple[Path, str], lang: str, unusable: str, why: str) -> None:
    code, stdout, err = run("--lang", lang, "templates", "list")
    assert code == 0, err
    line = next(x for x in stdout.splitlines() if x.startswith("empty_en"))
    assert unusable in line and why in line and "UNUSABLE" not in line, line
