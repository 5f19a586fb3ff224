"""Files nobody on the project made, added as the lawyer adds them (the Documents tab's
``add_file``): an empty file, a pipe, a file over the size limit, a Word file or a note named
``.pdf``, the same file twice. Each is refused in one line naming the file, or stored with
what it really is; nothing is half-stored."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from caseapp.domain.dto import CaptiveDTO
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import text_of
from caseapp.services import documents as documents_module
from caseapp.services.casefile import CaseFile

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4


@pytest.fixture
def captive(case_file: CaseFile) -> CaptiveDTO:
    return case_file.captives.create(names=["Vardanyan Armen"], capture="2020-11-10")


def refused(call, *words: str) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        call()
    for lang in ("en", "hy", "ru"):
        said = text_of(err.value.message, lang)
        assert "\n" not in said and "Traceback" not in said
    for word in words:
        assert word in str(err.value), str(err.value)
    return err.value


def test_an_empty_file_is_refused_naming_it(case_file: CaseFile, captive: CaptiveDTO,
                                            tmp_path: Path) -> None:
    path = tmp_path / "Որոշում 2024.pdf"
    path.write_bytes(b"")
    error = refused(lambda: case_file.documents.add_file(path, captive_id=captive.id),
                    str(path), "empty")
    assert error.field == "content"
    assert case_file.documents.list() == []
    # Not by another way in either: a document is its bytes.
    refused(lambda: case_file.documents.create(captive_id=captive.id, title="Scan",
                                               content=b""), "empty")
    assert case_file.documents.list() == []


def test_a_pipe_is_refused_without_waiting_for_it(case_file: CaseFile, tmp_path: Path) -> None:
    fifo = tmp_path / "scan.pdf"
    os.mkfifo(fifo)  # reading it would wait for a writer forever
    refused(lambda: case_file.documents.add_file(fifo), str(fifo), "not a regular file")
    assert case_file.documents.list() == []


def test_a_file_over_the_limit_is_refused_before_it_is_read(
        case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "video of the hearing.pdf"
    with big.open("wb") as f:  # sparse: no disk used
        f.truncate(documents_module.MAX_DOCUMENT_BYTES + 1)

    def read_bytes(self: Path) -> bytes:
        raise AssertionError("read whole before its size was checked")

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    refused(lambda: case_file.documents.add_file(big), str(big), "200 MB")
    monkeypatch.undo()
    assert case_file.documents.list() == []


def _docx() -> bytes:
    import docx

    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("A letter")
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("name", "content", "media_type"), [pytest.param(*case, id=case[0]) for case in (
    ("letter.pdf", _docx(),
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("notes.pdf", "Заметки адвоката\n".encode(), "text/plain"),
    ("photo.jpg", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
    ("scan.png", b"\xff\xd8\xff\xe0" + bytes(64), "image/jpeg"),
    ("decision.png", PDF, "application/pdf"),
    ("scan.pdf", b"RIFF\x10\x00\x00\x00WEBPVP8 " + bytes(32), "image/webp"),
    ("binary.pdf", b"\x00\x01\x02\xff" * 16, "application/octet-stream"),
)])
def test_the_type_stored_is_what_the_content_is_not_what_the_name_says(
        case_file: CaseFile, captive: CaptiveDTO, tmp_path: Path, name: str, content: bytes,
        media_type: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    doc = case_file.documents.add_file(path, captive_id=captive.id)
    assert doc.media_type == media_type
    assert case_file.documents.content(doc.id) == content  # the bytes as they were
    assert doc.filename == name


def test_a_true_name_keeps_its_type(case_file: CaseFile, captive: CaptiveDTO,
                                    tmp_path: Path) -> None:
    for name, content, media_type in (("d.pdf", PDF, "application/pdf"),
                                      ("n.txt", b"words", "text/plain"),
                                      ("l.docx", _docx(), "application/vnd.openxmlformats-"
                                       "officedocument.wordprocessingml.document")):
        path = tmp_path / name
        path.write_bytes(content)
        assert case_file.documents.add_file(path, captive_id=captive.id).media_type == media_type


def test_the_same_file_twice_for_one_captive_is_said_and_not_stored_again(
        case_file: CaseFile, captive: CaptiveDTO, tmp_path: Path) -> None:
    first = tmp_path / "decision.pdf"
    first.write_bytes(PDF)
    kept = case_file.documents.add_file(first, captive_id=captive.id, title="Detention order")
    again = tmp_path / "copy of decision.pdf"
    again.write_bytes(PDF)
    error = refused(lambda: case_file.documents.add_file(again, captive_id=captive.id),
                    str(again), "Detention order", str(kept.id))
    assert error.field == "content"
    assert [d.id for d in case_file.documents.list()] == [kept.id]
    # Another captive's file may hold the same decision (co-defendants).
    other = case_file.captives.create(names=["Petrosyan Hayk"], capture="2020-11-10")
    assert case_file.documents.add_file(again, captive_id=other.id).sha256 == kept.sha256


def test_a_name_that_reverses_the_line_is_shown_escaped_in_the_refusal(
        case_file: CaseFile, tmp_path: Path) -> None:
    """"invoice\\u202efdp.exe" shows as "invoiceexe.pdf" and reverses the rest of the line in
    the window's message box: the override is shown as its escape, not obeyed."""
    path = tmp_path / "invoice\u202efdp.exe"
    path.write_bytes(b"")
    error = refused(lambda: case_file.documents.add_file(path), "empty")
    for lang in ("en", "hy", "ru"):
        said = text_of(error.message, lang)
        assert "\u202e" not in said and "invoice\\u202efdp.exe" in said, said
