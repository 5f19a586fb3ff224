"""Her own letter templates added and removed as she would in the window or with
``caseapp templates add`` / ``remove``: a template that cannot be used is refused with why and
never lands among her letters; one of hers of the same name is never replaced unasked; a
shipped template cannot be removed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from docx import Document

from caseapp.domain.errors import ConflictError, NotFound, ValidationError
from caseapp.domain.messages import text_of
from caseapp.reports.letter_templates import list_templates
from caseapp.services.letter_template_files import add_template, remove_template


def _docx(path: Path, text: str) -> Path:
    doc = Document()
    doc.add_paragraph(text)
    doc.save(str(path))
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "my templates"  # not there yet: made by the first template added


def test_a_template_added_is_listed_as_hers_byte_for_byte(tmp_path: Path, folder: Path) -> None:
    source = _docx(tmp_path / "visit_request_ru.docx", "Для {{ captive_name }}.")
    added = add_template(source, user_dir=folder)
    assert (added.key, added.language, added.shipped, added.problem) == (
        "visit_request_ru", "ru", False, "")
    assert (folder / "visit_request_ru.docx").read_bytes() == source.read_bytes()
    assert "visit_request_ru" in {t.key for t in list_templates(folder)}


@pytest.mark.parametrize(("name", "content", "said"), [
    ("broken_en.docx", "placeholder", "broken placeholder"),
    ("damaged_en.docx", b"PK\x03\x04 not really a zip", "cannot be read as a Word document"),
    ("empty_en.docx", b"", "cannot be read as a Word document"),
    ("old_en.doc", b"\xd0\xcf\x11\xe0", "is not a Word document (.docx)"),
])
def test_a_template_that_cannot_be_used_is_refused_and_nothing_added(
        tmp_path: Path, folder: Path, name: str, content: bytes | str, said: str) -> None:
    source = tmp_path / name
    if isinstance(content, str):
        _docx(source, "Broken {{ captive_name ")
    else:
        source.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        add_template(source, user_dir=folder)
    assert said in text_of(caught.value.message, "en")
    assert str(source) in text_of(caught.value.message, "en")  # her file, not a copy's name
    assert not folder.exists() or not any(folder.iterdir())


def test_a_missing_file_a_folder_or_a_pipe_is_named(tmp_path: Path, folder: Path) -> None:
    with pytest.raises(ValidationError, match=r"gone_en\.docx"):
        add_template(tmp_path / "gone_en.docx", user_dir=folder)
    (tmp_path / "folder_en.docx").mkdir()
    os.mkfifo(tmp_path / "pipe_en.docx")  # read, it would wait for a writer forever
    for name in ("folder_en.docx", "pipe_en.docx"):
        with pytest.raises(ValidationError, match="is not a file"):
            add_template(tmp_path / name, user_dir=folder)


def test_hers_of_the_same_name_is_replaced_only_when_asked(tmp_path: Path, folder: Path) -> None:
    folder.mkdir()
    mine = _docx(folder / "visit_en.docx", "Old {{ captive_name }}.").read_bytes()
    newer = _docx(tmp_path / "visit_en.docx", "New {{ captive_name }}.")
    with pytest.raises(ConflictError, match="visit_en"):
        add_template(newer, user_dir=folder)
    assert (folder / "visit_en.docx").read_bytes() == mine
    assert sorted(p.name for p in folder.iterdir()) == ["visit_en.docx"]
    add_template(newer, replace=True, user_dir=folder)
    assert (folder / "visit_en.docx").read_bytes() == newer.read_bytes()


def test_hers_is_removed_a_shipped_one_is_not(tmp_path: Path, folder: Path) -> None:
    add_template(_docx(tmp_path / "icrc_request_en.docx", "Mine {{ captive_name }}."),
                 user_dir=folder)
    assert not {t.key: t for t in list_templates(folder)}["icrc_request_en"].shipped
    remove_template("icrc_request_en", user_dir=folder)
    assert {t.key: t for t in list_templates(folder)}["icrc_request_en"].shipped  # offered again
    with pytest.raises(ValidationError, match="comes with CaseApp"):
        remove_template("icrc_request_en", user_dir=folder)
    with pytest.raises(NotFound, match="nope_en"):
        remove_template("nope_en", user_dir=folder)


def test_removing_never_reaches_outside_her_folder(tmp_path: Path, folder: Path) -> None:
    folder.mkdir()
    outside = _docx(tmp_path / "outside.docx", "Not a template of hers.")
    with pytest.raises(NotFound):
        remove_template("../outside", user_dir=folder)
    assert outside.is_file()


def test_an_unusable_template_of_hers_can_be_removed(folder: Path) -> None:
    folder.mkdir()
    (folder / "damaged_en.docx").write_bytes(b"not a zip")
    remove_template("damaged_en", user_dir=folder)
    assert not (folder / "damaged_en.docx").exists()
