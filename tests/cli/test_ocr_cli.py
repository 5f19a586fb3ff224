"""``caseapp ocr ID``: a scanned document made searchable from the command line, and the
pages whose way up could not be told named in one warning line (the text copy kept all the
same); a mistake (an unknown document, a file that is not a scan) said in one line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services import ocr
from caseapp.services.casefile import open_case_file
from tests.cli.cli_run import one_line, run
from tests.services.scan_pages import scanned_pdf


def _case_with_scan(tmp_path: Path, **document: object) -> tuple[Path, int]:
    db = tmp_path / "case.db"
    cf = open_case_file(Location(path=db), create=True, actor="t")
    try:
        doc = cf.documents.create(**{"title": "Decision with a photo", "filename": "decision.pdf",
                                     "content": scanned_pdf(), **document})
    finally:
        cf.close()
    return db, doc.id


@pytest.fixture
def fake_ocr(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, ...]]:
    """OCR as it reads a scan whose page 2 is a photo (the reading itself is tested in
    tests/services/test_ocr_orientation.py): the pages to name are set by the test."""
    unsure: list[tuple[int, ...]] = [(2,)]
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    monkeypatch.setattr(ocr, "read_upright", lambda content, media_type, languages=(): (
        scanned_pdf(), "Decision Qyzylbashlyq", unsure[0]))
    return unsure


def test_a_scan_is_made_searchable_and_its_unsure_page_named_in_one_line(
        tmp_path: Path, fake_ocr: list[tuple[int, ...]]) -> None:
    db, doc_id = _case_with_scan(tmp_path)
    code, out, err = run("--db", str(db), "ocr", str(doc_id))
    assert code == 0
    assert out == "“Decision with a photo” is searchable now: 21 characters read.\n"
    assert err == ("warning: Page 2 of “Decision with a photo” may be unreadable in its text "
                   "copy: which way up it is could not be told, so a search may miss its "
                   "words.\n")
    cf = open_case_file(Location(path=db), actor="t")
    try:
        assert [h.record_id for h in cf.search.everything("Qyzylbashlyq")] == [doc_id]
    finally:
        cf.close()
    fake_ocr[0] = ()
    code, out, err = run("--db", str(db), "ocr", str(doc_id))
    assert (code, err) == (0, "")


def test_an_unknown_document_or_one_that_is_not_a_scan_is_said_in_one_line(
        tmp_path: Path, fake_ocr: list[tuple[int, ...]]) -> None:
    db, doc_id = _case_with_scan(tmp_path, title="Notes", filename="notes.docx",
                                 content=b"PK\x03\x04 notes")
    code, out, err = run("--db", str(db), "ocr", "999")
    assert code == 2 and out == "" and one_line(err) and "999" in err, err
    code, out, err = run("--db", str(db), "ocr", str(doc_id))
    assert code == 2 and out == "" and one_line(err), err
    assert "only PDF, PNG, JPEG and TIFF" in err
