"""``caseapp ocr ID``: a scanned document made searchable from the command line, and the
pages whose way up could not be told named in one warning line (the text copy kept all the
same); a mistake (an unknown document, a file that is not a scan) said in one line, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services import ocr
from caseapp.services.casefile import open_case_file
from tests.cli.cli_run import digest, one_line, run
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
    tests/services/test_ocr_orientation.py): the pages to name are set by the test, those
    whose way up could not be told first, those not checked for it (the time ran out) second."""
    unsure: list[tuple[int, ...]] = [(2,), ()]
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    monkeypatch.setattr(ocr, "read_upright", lambda content, media_type, languages=(), **_k: (
        ocr.ScanText(scanned_pdf(), "Decision Qyzylbashlyq", unsure[0], unsure[1])))
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


def test_a_mistyped_id_among_several_is_said_before_any_scan_is_read(
        tmp_path: Path, fake_ocr: list[tuple[int, ...]]) -> None:
    """``caseapp ocr 1 999`` read (for minutes) and stored document 1, then refused 999 with
    exit code 2: a failed command that had changed the case file. Every ID is looked up
    first; one unknown, or not a scan, is said before anything is read."""
    db, doc_id = _case_with_scan(tmp_path)
    before = digest(db)
    for wrong in ("999", "notes"):
        if wrong == "notes":
            cf = open_case_file(Location(path=db), actor="t")
            try:
                wrong = str(cf.documents.create(title="Notes", filename="notes.docx",
                                                content=b"PK\x03\x04 notes").id)
            finally:
                cf.close()
            before = digest(db)
        code, out, err = run("--db", str(db), "ocr", str(doc_id), wrong)
        assert code == 2 and out == "" and one_line(err), err
        assert f"ID {wrong}" in err or "“Notes”" in err, err
        assert digest(db) == before


def test_pages_not_checked_for_their_way_up_are_named_and_kept_for_captives_show(
        tmp_path: Path, fake_ocr: list[tuple[int, ...]]) -> None:
    """The time to turn the pages upright ran out after page 40 of 200: the rest were read as
    they are, said at once on stderr and, with the page whose way up could not be told, in
    the document's line of `captives show` days later, until the scan is read again."""
    cf = open_case_file(Location(path=tmp_path / "case.db"), create=True, actor="t")
    try:
        captive = cf.captives.create(names=["Սարգսյան Արամ"], capture="2020-11-10")
        doc_id = cf.documents.create(captive_id=captive.id, title="Indictment",
                                     filename="indictment.pdf", content=scanned_pdf()).id
    finally:
        cf.close()
    db = tmp_path / "case.db"
    fake_ocr[1] = tuple(range(41, 201))
    code, out, err = run("--db", str(db), "ocr", str(doc_id))
    assert code == 0
    assert err.splitlines() == [
        "warning: Page 2 of “Indictment” may be unreadable in its text copy: which way up it "
        "is could not be told, so a search may miss its words.",
        "warning: Pages 41–200 of “Indictment” were not checked for which way up they are: the "
        "time for it ran out, and they were read as they are, so a search may miss the words "
        "of any of them lying sideways or upside down."]

    code, out, err = run("--db", str(db), "captives", "show", str(captive.id))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("  Indictment (ID "))
    assert lines[at + 1:at + 3] == [
        "    Page 2 may not have been read: which way up it is could not be told; check it by "
        "eye.",
        "    Pages 41–200 were not checked for which way up they are (the time for it ran out) "
        "and were read as they are: any of them sideways or upside down was not read; check "
        "them by eye."]

    fake_ocr[:] = [(), ()]  # read again: nothing to check now
    assert run("--db", str(db), "ocr", str(doc_id))[0] == 0
    code, out, err = run("--db", str(db), "captives", "show", str(captive.id))
    assert "by eye" not in out
    code, out, err = run("--db", str(db), "captives", "show", str(captive.id), "--format",
                         "json")
    assert '"ocr_unsure_pages": []' in out


@pytest.mark.skipif(not ocr.readiness().ready, reason=ocr.readiness().message)
def test_a_damaged_scan_is_refused_in_one_line_and_nothing_changes(tmp_path: Path) -> None:
    """A PDF cut short (a download broken off): one line, exit 2, the case file untouched; no
    English line of the PDF library's ("EOF marker not found") on the terminal before it.
    Run as the lawyer runs it, in a process of its own: Python writes a library's warnings on
    the real stderr when nothing listens (a test's log capture would listen)."""
    damaged = scanned_pdf()[:-400]
    db, doc_id = _case_with_scan(tmp_path, title="Verdict", filename="verdict.pdf",
                                 content=damaged)
    before = digest(db)
    done = subprocess.run([sys.executable, "-m", "caseapp", "--db", str(db), "ocr", str(doc_id)],
                          capture_output=True, text=True, timeout=600, check=False,
                          cwd=Path(__file__).parents[2], env={**os.environ, "LANG": "C.UTF-8"})
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert done.stderr == ("caseapp: OCR cannot read this file: it is damaged, or not the PDF "
                           "or image it is said to be.\n")
    assert digest(db) == before


def test_a_scan_in_which_ocr_read_nothing_is_not_said_searchable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A photo of bruises, or a scan too faint: "“…” is searchable now: 0 characters read."
    told the lawyer it could be found by a search. It now says that OCR read no text in it."""
    monkeypatch.setattr(ocr, "readiness", lambda languages=ocr.LANGUAGES: ocr.OcrReadiness(
        True, (), ""))
    monkeypatch.setattr(ocr, "read_upright", lambda content, media_type, languages=(), **_k: (
        ocr.ScanText(scanned_pdf(), "  \n ", (), ())))
    db, doc_id = _case_with_scan(tmp_path, title="Photo of the cell")
    code, out, err = run("--db", str(db), "ocr", str(doc_id))
    assert code == 0 and err == ""
    assert out == ("OCR read no text in “Photo of the cell”: a search will not find it. If it "
                   "holds writing, check the scan (too faint, or in another language) and make "
                   "it searchable again.\n")
